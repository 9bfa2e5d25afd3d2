/**
 * Phrases that lean on the sentence before them whatever their nouns: "…, he said" closing a
 * statement (who said?), "that cannot come soon enough" (what cannot?), "a property here"
 * (where?), "A spokesman said" (whose?), "the rest of the debt" (the rest after which part?),
 * "The 22-year-old", "The other shortlisted poets", "More than 70% came from…". Read on the
 * statement's first sentence, outside quotation marks. ("Afterwards" and "between then and" are
 * times: relativeTime in pointing-words.ts.)
 */
import { MONTHS, WEEKDAYS } from '../../language/lexicon.ts';
import { FINITE_VERBS } from './pointing-words.ts';

/**
 * "…, he said.", "Tamewell paid £61 million in dividends, they point out, while bills rose": a
 * speech tag, at the end or mid-way, whose speaker the statement does not name.
 */
const PRONOUN_TAG =
	/,\s+(he|she|they)\s+(said|says?|added|told|claimed|argued|insisted|noted|notes?|points? out|pointed out|warned|warns?)\b(?:[^,]*\.?$|\s*,)/i;
/** "…, it says.": ending the statement ("…, it said up to 35 roles could go" names it before). */
const IT_TAG = /,\s+(it)\s+(said|says|added|claimed|argued|insisted)\.?$/i;

/** Modal and finite verbs that make "that" a pronoun when they follow it: "that cannot". */
const AFTER_THAT = new Set([...FINITE_VERBS, 'cannot', "can't", 'can', 'means', 'meant', 'made']);

/** Sums that "the rest of" splits: the rest after a part the sentence before gave. */
const SPLIT_SUMS =
	/^(debt|debts|money|cost|costs|bill|budget|funding|sum|amount|total|loss|losses)$/;

/** Sums a statement may open with and point back by alone: "The money will fund…". */
const BARE_SUMS = /^(money|cash|funding)$/;

/** Why a statement's first sentence leans on the one before, by a phrase of its own. */
/** Capitalised words that name no place or body: months and days. */
const TIME_NAMES = new RegExp(`^(${[...MONTHS, ...WEEKDAYS].join('|')})$`);

/** A time said before "the following evening", which says following what. */
const TIME_BEFORE = new RegExp(
	String.raw`\b(?:in|on|since|by) something\b|\b(?:1[5-9]|20)\d\d\b|\b(?:${[...MONTHS, ...WEEKDAYS].join('|')}|day|evening|morning|night|week|weekend|month|year|season)\b`,
	'i'
);

export function pointingPhrase(first: string): string | undefined {
	const text = first.trim();
	// "Most of that, £240,000, came from…": a part of a sum told before.
	const part =
		/^(most|much|all|some|half|part|none|the bulk) of (that|this|it|those|these)\b/i.exec(text);
	if (part) return `“${part[0]}” is part of something the sentence before gives`;
	// "Mrs Okonjo said at least 15 more were needed": more of what the sentence before counted.
	const more =
		/\b(\d[\d,]*|_____|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a few|several) more (were|was|are|is|will|would|could|had|have|needed)\b/i.exec(
			text
		);
	if (more) return `“${more[1]} more” does not say of what`;
	const tag = PRONOUN_TAG.exec(text) ?? IT_TAG.exec(text);
	// "She said the school would close, she said" is rare; a tag after a clause names its speaker.
	if (tag && !new RegExp(`^${tag[1]}\\b`, 'i').test(text))
		return `“${tag[1]} ${tag[2]}” does not say who`;
	// "For some in Fellside, that cannot come soon enough.": no clause before it for "that" to be
	// ("… will be available in some form, but given …, that is less than assured" has one).
	const pronoun = /(?:^|[,;]\s+|\b(?:and|but|so)\s+)(that|this)\s+([\p{L}']+)/giu;
	for (const m of text.matchAll(pronoun)) {
		const before = text
			.slice(0, m.index)
			.toLowerCase()
			.split(/[^\p{L}']+/u);
		const clause = before.some((w) => FINITE_VERBS.has(w) || /ed$/.test(w));
		if (AFTER_THAT.has(m[2].toLowerCase()) && !clause) return `“${m[1]} ${m[2]}” does not say what`;
	}
	// "Hospital managers admitted that was expensive": what was?
	const said =
		/\b(?:admitted|accepted|agreed|conceded|acknowledged|said|insisted|argued)\s+that\s+(was|is|were|would|will|could|has|had)\b/i.exec(
			text
		);
	// Only at the start: "…win five scrum penalties, and their coach said that had been the
	// difference" has said what before it.
	if (said && !/[,;]/.test(text.slice(0, said.index))) return `“that ${said[1]}” does not say what`;
	// "Connecting a property here works out at about £4,500": where?
	if (/\bhere\b/i.test(text) && !/\b(here is|here are|here's)\b/i.test(text))
		return '“here” does not say where';
	// "A spokesman said the roughly £610,000 …": a spokesman for whom?
	if (/^an?\s+(spokesman|spokeswoman|spokesperson)\s+(said|says|added|told)\b/i.test(text))
		return '“A spokesperson” does not say for whom';
	// "The 22-year-old, ranked 61st…": who?
	if (/^the \d+-year-old\b/i.test(text)) return '“The …-year-old” does not say who';
	// "A further £900,000 was raised by local people": further to a sum told before.
	const further =
		/^(?:a further|another)\s+(?:about\s+|some\s+)?[£$€]?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?/i.exec(
			text
		);
	if (further) return `“${further[0]}” adds to something the sentence before gives`;
	// "The younger of the two, Walter Penny, was 14", "more than 13 times the size of the first":
	// of the two, or the first, told before ("the younger of the two boys" says of what).
	const ofTwo =
		/\b(?:younger|older|elder|larger|smaller|bigger|better|worse|first|second|last|latter|former) of the (?:two|three|pair)\b(?!\s+\p{Ll}+s\b)|\b(?:size|length|cost|price|value) of the (?:first|second|last|previous|original)\b(?!\s+\p{Ll})/iu.exec(
			text
		);
	if (ofTwo) return `“${ofTwo[0]}” does not say of what`;
	// "The previous oldest", "The other shortlisted poets": of what was said before.
	const other = /^the (other|previous|remaining)\s+(?!(?:\S+\s+){0,3}of\b)(\S+)/i.exec(text);
	if (other) return `“the ${other[1]} ${other[2]}” does not say of what`;
	// "Because of the rising numbers, the trust is asking…": numbers of what?
	const trend =
		/\bthe (rising|growing|increasing|falling|higher|lower) (numbers?|figures?)\b(?!\s+of\b)/i.exec(
			text
		);
	if (trend) return `“${trend[0]}” does not say of what`;
	// "Off-peak fares will also rise, although by a smaller amount": smaller than what?
	const than =
		/\ban? (smaller|larger|bigger|greater|lesser|lower|higher) (amount|number|margin|share|sum|figure|rise|increase|fall|cut)\b/i.exec(
			text
		);
	if (than && !/\bthan\b/i.test(text)) return `“${than[0]}” does not say than what`;
	// "More than 70% came from just four villages": 70% of what?
	const share =
		/^(?:(?:more than|about|almost|nearly|over|some|around|roughly|just over|just under)\s+)?\d[\d.]*\s?(?:%|per ?cent)\s+(?!of\b)(?:came|were|was|are|is|had|have|said|went|voted|lived|used|live|come)\b/i.exec(
			text
		);
	if (share) return '“…%” does not say of what';
	// "Most of the money came from the transport department", "Most of the money, £29 million,
	// came from…", "The money will fund a bus route": of which money? ("The money for the repairs",
	// "most of the money raised" say.)
	const sum =
		/^(?:(most|much|half|all|part|some) of )?the\s+(\p{L}+)\b(?!\s+(?:of|for|to|spent|raised|from|needed)\b)/iu.exec(
			text
		);
	if (sum && (sum[1] ? SPLIT_SUMS : BARE_SUMS).test(sum[2].toLowerCase()))
		return `“${sum[0]}” does not say which`;
	// "Tickets will cost £5", "Shares cost £50 each": tickets or shares in what the sentence before
	// tells ("Tickets for the concert cost £5" says).
	const priceOf =
		/^(tickets|shares|places|entries|seats|passes|memberships|spaces|plots|pitches)\s+(?:will\s+|would\s+)?(cost|costs|are priced|were priced|sell for|go on sale)\b/i.exec(
			text
		);
	if (priceOf) return `“${priceOf[1]}” does not say for what`;
	// "The £320,000 cost was raised by…": the cost of what the sentence before tells.
	const priced =
		/^the (?:[£$€]\s?[\d.,]+|_____)(?:\s?(?:million|billion|m|bn))? (cost|bill|price|budget|total)\b(?! of)/i.exec(
			text
		);
	if (priced) return `“${priced[0]}” does not say of what`;
	// "The most recent, a start-up called Pagefold, closed…": the most recent of what?
	const order =
		/^the (most recent|latest|last|first|next|previous|oldest|largest|biggest|smallest)\s*,/i.exec(
			text
		);
	if (order) return `“the ${order[1]}” does not say of what`;
	// "The earliest were struck around 1280": the earliest of the coins the sentence before found.
	const alone =
		/^the (earliest|latest|oldest|youngest|largest|smallest)\s+(were|was|are|is|had|have|date|dates)\b/i.exec(
			text
		);
	if (alone) return `“the ${alone[1]}” does not say of what`;
	// "The worst readings were recorded on Canal Street": the worst of the readings told before.
	const most2 =
		/^the (worst|best|highest|lowest|biggest|largest|smallest|heaviest)\s+(\p{Ll}+s)\s+(were|are|came|come|have|had)\b/iu.exec(
			text
		);
	if (most2) return `“the ${most2[1]} ${most2[2]}” does not say of what`;
	// "The journey takes almost two hours", "The work takes about 40 minutes": the route, the
	// repair the sentence before told.
	const task =
		/^the (?:(journey|trip)\s+(?:takes|took|is|was|will)|(work|repairs?)\s+(?:takes|took|will take|would take|has brought|has helped|has led))\b/i.exec(
			text
		);
	if (task) return `“the ${task[1] ?? task[2]}” does not say which`;
	// "Similar schemes have been brought in…", "In another case, a man…": like or besides what?
	// "A similar ban introduced in 2022" too.
	const like =
		/^(?:in\s+)?(?:an?\s+)?(similar|such|another)\s+(\p{Ll}+)\b(?!\s+(?:to|as)\b)/iu.exec(text);
	if (like) return `“${like[1]} ${like[2]}” does not say besides what`;
	// "Among them was Margaret Fenwick", "Among the few who did was…": among whom?
	const among = /^among (them|those|the (?:few|many|\p{Ll}+) who (?:did|had|were|was))\b/iu.exec(
		text
	);
	if (among) return `“among ${among[1]}” does not say whom`;
	// "The 1930s building on Market Street shut in 2019": the one the sentence before named.
	const dated =
		/^the (\d{4}s|\p{Ll}+-century)\s+(building|hall|church|chapel|mill|house|station|cinema|theatre|school|pub|hotel|site)\b/iu.exec(
			text
		);
	if (dated) return `“the ${dated[1]} ${dated[2]}” does not say which`;
	// "hopes the new system will raise that to 50%": raise what?
	const moved =
		/\b(?:raise|raised|raising|cut|halve|halved|double|doubled|reduce|reduced|lower|lowered|bring|brought|push|pushed|lift|lifted|increase|increased)\s+(that|this|those|these)\s+(?:to|by|from|down|up)\b/i.exec(
			text
		);
	if (moved) return `“${moved[1]}” does not say what`;
	// "Carver Motors recalled 12,500 of the cars over a fault": which cars?
	const of =
		/\b\d[\d,.]*\s+of the (\p{Ll}+s)\b(?!['’]|\s+(?:in|at|on|of|from|that|which|who|whose|with|across|under|it|they|\p{Ll}+ed|\p{Ll}+ing)\b)/iu.exec(
			text
		);
	if (of) return `“of the ${of[1]}” does not say which`;
	// "the emergency department there": where the sentence before said.
	if (
		/\b(?:department|hospital|site|office|school|station|plant|factory|centre|ward|unit)\s+there\b/i.test(
			text
		)
	)
		return '“there” does not say where';
	// "The real colliery, three miles from the theatre": real beside which one told before?
	const real = /^the (real|actual)\s+(\p{L}+)/iu.exec(text);
	if (real) return `“the ${real[1]} ${real[2]}” does not say which`;
	// "Just 48% of patients began treatment within 62 days", "Only 22% backed a cut": a share of
	// people the sentence names no place or body for.
	const bareShare =
		/^(?:just|only|about|almost|nearly|some|around)?\s*\d[\d.]*\s*(?:%|per cent)\s+(?:of\s+(?:the\s+)?(?:patients|people|residents|pupils|respondents|members|those|staff|voters|adults|children|households)\b|(?:backed|said|supported|opposed|agreed|wanted|voted)\b)/i.exec(
			text
		);
	const names = text
		.split(/\s+/)
		.slice(1)
		.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TIME_NAMES.test(w.replace(/\W+$/, '')));
	if (bareShare && !names) return `“${bareShare[0]}” does not say of whom or where`;
	// "was openly critical of the new owners, who closed…": who they are was told before.
	const owners = /\b[Tt]he new (owners?|operators?|landlords?|buyers?)\b(?!\s*,\s*\p{Lu})/u.exec(
		text
	);
	if (owners) return `“${owners[0]}” does not say who`;
	// "Three men have been charged and will appear…": charged with what?
	if (/\b(?:have|has|had) been charged\s*(?:and\b|,|\.|$)/i.test(text))
		return '“charged” does not say with what';
	// "Most of the rest was traced to the works": the rest after the part the sentence before gave.
	if (/^(?:(?:most|much|half|all|some) of )?the rest\s+(?!of\b)/i.test(text))
		return '“the rest” does not say of what';
	// "The existing site covers 42 hectares": the site of what the sentence before told.
	const existing = /^the (existing|current|present)\s+(\p{L}+)/iu.exec(text);
	if (existing) return `“the ${existing[1]} ${existing[2]}” does not say of what`;
	// "…sat on the committee that approved three of them": of the contracts before.
	const them =
		/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|none|each|both) of them\b/i.exec(
			text
		);
	const plural =
		/\b\p{Ll}{2,}[^s\P{L}]s\b|\d|\b(people|children|men|women|staff|twenty|thirty|forty|fifty|hundreds?|thousands?)\b/iu;
	if (them && !plural.test(text.slice(0, them.index))) return '“of them” does not say of what';
	// "Among the 31, six babies died": the 31 of what the sentence before counted.
	// ("the 12 and the 63" are bus routes; "Save the 47," a campaign's name.)
	const counted =
		/(?<!\b(?:and|save)\s+)\bthe (\d{1,3}(?:,\d{3})+|\d+)(?=\s*[,;:](?!\d)|\s*$)(?!,?\s+and the \d)/i.exec(
			text
		);
	if (counted) return `“the ${counted[1]}” does not say of what`;
	// "said the gap had become impossible to defend": between what?
	if (/\bthe gap\b(?!\s+(?:between|in|of|from)\b)/i.test(text))
		return '“the gap” does not say between what';
	// "have made that journey", "About 1,900 lorries use that route": the one told before.
	const that =
		/\b(?:use|used|uses|made|make|makes|take|takes|took|on|along|down|up)\s+(that|those)\s+(journeys?|routes?|trips?|roads?|stretch|crossings?|flights?)\b/i.exec(
			text
		);
	if (that) return `“${that[1]} ${that[2]}” does not say which`;
	// "Only two other copies are known to survive": other than which?
	const others =
		/^(?:only\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+other\s+(\p{Ll}+)/iu.exec(
			text
		);
	if (others) return `“${others[1]} other ${others[2]}” does not say besides what`;
	// "A bus runs between the two towns once an hour": which two? Named before, unless here
	// ("between the two villages of Ashby and Crane").
	const pair =
		/\bbetween the (two|three|four) (?!(?:was|has|does|goes)\b)(\p{Ll}{2,}s)\b(?!\s+of\b)/iu.exec(
			text
		);
	const named = /\p{Lu}[\p{L}'-]*,?\s+and\s+\p{Lu}/u.test(text.slice(0, pair?.index ?? 0));
	if (pair && !named) return `“the ${pair[1]} ${pair[2]}” does not say which`;
	// "All 312 finished, although 11…": all 312 of whom?
	const all =
		/^all (\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(finished|survived|died|completed|returned|escaped|were|are|have|had|made|took|passed|recovered)\b/i.exec(
			text
		);
	if (all) return `“all ${all[1]}” does not say of what`;
	// "Hallam said the work would cost about £420,000": the work the sentence before told.
	const work =
		/\b(?:said|says|told|added|estimated|expects?|expected)\s+(?:that\s+)?the (work|works|repairs?|job)\s+(?:would|will|could|should|is|was|had|has|might)\b/i.exec(
			text
		);
	if (work) return `“the ${work[1]}” does not say which`;
	const rest = /\bthe rest of (?:the|its|their|his|her)\s+([\p{L}]+)/iu.exec(text);
	if (rest && SPLIT_SUMS.test(rest[1].toLowerCase()))
		return `“the rest of the ${rest[1]}” does not say after which part`;
	// "A fourth, a 58-year-old man, was taken…": a fourth after the three the sentence before told.
	const nth = /^(a|another) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*,/i.exec(
		text
	);
	if (nth) return `“${nth[1]} ${nth[2]}” does not say of what`;
	// "Within 48 hours, observatories had confirmed it": within 48 hours of what?
	const within =
		/^within (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (minutes?|hours?|days?|weeks?|months?)\s*,/i.exec(
			text
		);
	if (within) return `“${within[0].slice(0, -1)}” does not say of what`;
	// "…will also be introduced at the same time": as what?
	if (/\bat the same time\b(?!\s+as\b)/i.test(text))
		return '“at the same time” does not say as what';
	// "Patients given a dummy patch saw a smaller fall": smaller than which?
	const compared =
		/\ba (smaller|larger|bigger|greater|steeper|sharper|slower|faster) (fall|rise|increase|decrease|drop|gain|loss|improvement)\b/i.exec(
			text
		);
	if (compared && !/\bthan\b/i.test(text.slice(compared.index)))
		return `“a ${compared[1]} ${compared[2]}” does not say than what`;
	// "keep pressing both firms to share the cost": the two told before, unless named here.
	// "The two bodies estimate that visitors spent £11.2 million": which two?
	const both =
		/\b[Bb]oth (firms|companies|councils|parties|schools|hospitals|surgeries|practices|groups|charities|operators|developers|banks|bodies|organisations|organizations)\b(?!\s+of\b)|\b[Tt]he two (bodies|organisations|organizations|clubs|teams)\b|^The two (men|women|sides|pairs|towns|leaders|mayors)\b(?!\s+of\b|,\s*\p{Lu})/u.exec(
			text
		);
	if (both && !/\p{Lu}[\p{L}'’]*\s+and\s+\p{Lu}/u.test(text.slice(0, both.index)))
		return `“${both[0]}” does not say which`;
	// "Chasing 241, the home side needed three runs": which side, unless named beside it.
	const side =
		/(?:^|,\s*|\band\s+)the (home|away) (side|team)\s+(?:had|has|was|were|needed|reached|won|lost|went|led|took|made|scored|finished)\b/iu.exec(
			text
		);
	if (side) return `“${side[0]}” does not say which`;
	// "plans to celebrate the following evening": following what? ("set up in 2020, bought it the
	// following year" says; so does a blank in its place, "in something".)
	const following =
		/\bthe following (day|evening|morning|night|afternoon|week|weekend|month|year|season)\b/i.exec(
			text
		);
	if (following && !TIME_BEFORE.test(text.slice(0, following.index)))
		return `“${following[0]}” does not say following what`;
	// "Cracks have opened for a further 300 metres": further than what?
	const furtherBy =
		/\bfor a further [\d,.]+\s*(metres|meters|miles|yards|km|kilometres|feet)\b/i.exec(text);
	if (furtherBy) return `“${furtherBy[0].replace(/^for /i, '')}” does not say beyond what`;
	// "The NRSO forecasts that it will fall back to about 3.5%": a body does not fall; the rate
	// the sentence before told does.
	const rate =
		/\b(?:forecasts?|predicts?|expects?)\s+(?:that\s+)?it will (?:fall|rise|ease|drop|climb|peak|return|slow)\b/i.exec(
			text
		);
	if (rate) return '“it will fall” does not say what will';
	// "the first count put only three votes between them": between whom, unless named here.
	const between =
		/\b(votes|points|seconds|goals|runs|shots|strokes|places|minutes|lengths) between them\b/i.exec(
			text
		);
	if (between && !/\p{Lu}[\p{L}'’]*\s+and\s+\p{Lu}/u.test(text.slice(0, between.index)))
		return `“${between[1]} between them” does not say between whom`;
	// "Nine others, including three children, were treated": others than whom?
	const othersThan =
		/^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens of) others\b/i.exec(
			text
		);
	if (othersThan) return `“${othersThan[0]}” does not say others than whom`;
	// "killed much of what was left": left of what? ("what was left of the fleet" says.)
	const left = /\bwhat (was|is|were|had been|remained) left\b(?!\s+of\b)/i.exec(text);
	if (left) return `“${left[0]}” does not say of what`;
	// "No player has scored more than 25 in a season since.": since when?
	if (/\bsince\s*\.?$/i.test(text)) return '“since” does not say since when';
	return answersBefore(text);
}

/**
 * Openings that answer the sentence before: "To tackle that, the society set up a fund" (tackle
 * what?), "If that is confirmed, …" (what?) and "Patients will instead be cared for at…"
 * (instead of what?). ("At its height, 80 firefighters…" is the story's own event: clear.)
 */
function answersBefore(text: string): string | undefined {
	const remedy =
		/^to (tackle|address|deal with|fix|solve|counter|combat|ease|offset|make up for|cover|meet)\s+(that|this|it|these|those|them)\b/i.exec(
			text
		);
	if (remedy) return `“${remedy[0]}” does not say what`;
	const condition = /^if (that|this|it|so)\b(?:\s+(is|was|were|goes|happens|proves|works))?/i.exec(
		text
	);
	if (condition) return `“${condition[0]}” does not say what`;
	// Early in the sentence, with no "no longer" or "would have" before it to say what it replaces.
	const instead = /^(\S+\s+){0,6}?\S*\binstead\b(?!\s+of\b)/i.exec(text);
	if (instead && !/\b(rather than|not|no longer|stopped|would have|could have)\b/i.test(instead[0]))
		return '“instead” does not say of what';
	return undefined;
}
