/**
 * A sentence that points back ("He died on…", "The council voted…", "The scheme was passed…")
 * cannot be asked as it stands: the question would need the sentence before it. Here such words
 * are replaced by what they stand for, when the text says it plainly: the person just named for
 * "he" or "his", the one council the article named for "the council", the plan the article
 * described for "the scheme" (found by antecedents.ts). What cannot be resolved is reported, and
 * the sentence is not used.
 */
import { hasTag, isCommonNoun, type Sentence, type Token } from './analyse.ts';
import { bodyNoun, PERSON_NOUNS, ROLE_NOUNS, SPEECH_VERBS } from '../language/lexicon.ts';
import { meansSomeoneHere } from './someone-here.ts';
import {
	antecedentOrganisation,
	antecedentPerson,
	DECISION_NOUNS,
	PLAN_NOUNS,
	type AntecedentContext
} from './antecedents.ts';
import { antecedentPlan } from './plan-antecedents.ts';
import { antecedentGroup, antecedentThing, introducedJustBefore } from './thing-antecedents.ts';
import { expletiveIt, figureInBrackets } from './sentences.ts';
import { afterTimeOpening, ownedWhy, ownerBefore, resolveOpeners } from './reference-openers.ts';
import { bodyNounBefore, datedBodyAt, definedHere, otherFirmWord } from './body-nouns.ts';
import { nameInPlace, possessiveOf } from './name-in-place.ts';
import { eventByItsKind, namedByItsTail, namedEvent } from './named-tail.ts';
import { PLACE_TAILS } from '../language/lexicon.ts';
import { storyWords } from './story-town.ts';
import { LEAD_SENTENCES } from '../questions/lint/central-things.ts';

export interface Rewrite {
	/** Token index → the words written instead of it. */
	replacements: Map<number, string>;
	/** Tokens left out of the statement (an acronym in brackets, "also", "By then,"). */
	removed: Set<number>;
	/** Tokens whose punctuation after them goes (the comma closing a dropped apposition). */
	bare: Set<number>;
	/** Earlier sentences that name what a replacement stands for: part of the fact's source. */
	namedIn: Sentence[];
	/** Why the sentence cannot stand alone, when something it points back to was not found. */
	unresolved?: string;
}

const SUBJECT = /^(he|she)$/;
const OBJECT = /^(him)$/;
const POSSESSIVE = /^(his)$/;
/** "her" is a possessive before a noun ("her side"), an object otherwise ("told her"). */
const HER = /^her$/;

/** Leading phrases that only place the sentence after the one before: left out. */
const TIME_OPENERS =
	`by then|at the time|back then|at that time|even so|in other words|as a result|at
	the same time|in the meantime|despite that|despite this`
		.split('|')
		.map((phrase) => phrase.split(/\s+/));

/** What a sentence is resolved in: the text so far, and which of its own words are quoted. */
export interface ReferenceContext extends AntecedentContext {
	quoted: boolean[];
	/** Tokens already dropped from the start ("But", "However,"). */
	skip: number;
}

/**
 * Only plural: a sentence that starts "It goes on sale…" after one naming the maker and its new
 * device could mean either, and a wrong guess teaches a wrong fact ("Halden Devices goes on sale").
 */
const THING = /^(they|their|them|it|its)$/;

/** Whether the words start at token `at`. */
function matchesWords(tokens: Token[], at: number, words: string[]): boolean {
	return words.every((w, k) => tokens[at + k]?.normal === w);
}

/**
 * The words of a sentence that point back, each replaced by what it stands for or left out; or
 * why the sentence cannot stand alone.
 */
export function resolveReferences(sentence: Sentence, ctx: ReferenceContext): Rewrite {
	const tokens = sentence.tokens;
	const replacements = new Map<number, string>();
	const removed = new Set<number>();
	const bare = new Set<number>();
	const namedIn: Sentence[] = [];
	let unresolved: string | undefined;
	const fail = (why: string) => {
		unresolved ??= why;
	};
	const mentions = ctx.index.mentionsIn(sentence.index).filter((m) => !m.quoted);

	resolveOpeners(sentence, ctx, mentions, { replacements, removed, bare, namedIn, fail });

	// "By then, the trust had frozen pay…": the opener only ties it to the sentence before.
	for (const words of TIME_OPENERS)
		if (
			matchesWords(tokens, ctx.skip, words) &&
			(words.length > 2 || /,/.test(tokens[ctx.skip + words.length - 1].post)) &&
			// "As a result of the sighting, …": the phrase goes on; cut, it leaves "Of the sighting".
			tokens[ctx.skip + words.length]?.normal !== 'of'
		)
			for (let k = 0; k < words.length; k++) removed.add(ctx.skip + k);

	// "Work is due to begin next March": work on the plan the article described.
	if (
		tokens[ctx.skip]?.normal === 'work' &&
		/^(is|was|began|begins|started|starts|will|has|had|should|could|would|must|finished|ended)$/.test(
			tokens[ctx.skip + 1]?.normal ?? ''
		)
	) {
		const plan = antecedentPlan('plan', sentence, ctx);
		if (plan) {
			replacements.set(ctx.skip, `${tokens[ctx.skip].text} on the plan ${plan.complement}`);
			if (!namedIn.includes(plan.namedIn)) namedIn.push(plan.namedIn);
		}
	}

	let personResolved = false;
	tokens.forEach((t, i) => {
		if (i < ctx.skip || ctx.quoted[i] || removed.has(i)) return;
		const word = t.normal;
		// "82 miles (132 km)": a conversion in brackets gives the answer away; the quiz asks one.
		const bracket = figureInBrackets(tokens, i);
		if (bracket) {
			if (bracket.conversion) for (let k = i; k <= bracket.close; k++) removed.add(k);
			return;
		}
		// "The Bank of Caldonia (BoC)": the acronym is for the reader of the article, not the quiz.
		if (/\(/.test(t.pre) && /^\)/.test(t.post) && /^[A-Z][A-Za-z&]{1,7}$/.test(t.text)) {
			const before = mentions.find((m) => m.end === i);
			if (before && before.entity.aliases.has(t.text)) removed.add(i);
			return;
		}
		// "the council also agreed…": "also" leans on the sentence before.
		if (
			word === 'also' &&
			i > ctx.skip &&
			!/,/.test(tokens[i - 1].post) &&
			tokens[i - 1].normal !== 'but'
		) {
			removed.add(i);
			return;
		}
		const isPerson =
			SUBJECT.test(word) || OBJECT.test(word) || POSSESSIVE.test(word) || HER.test(word);
		if (isPerson && !personResolved) {
			personResolved = true;
			// "Graham Pentelow, the harbourmaster, described him as…": the object of the verb whose
			// subject the sentence names is someone else, whoever this sentence names or brings in.
			const objectOfNamed =
				OBJECT.test(word) &&
				hasTag(tokens[i - 1], 'Verb') &&
				!tokens
					.slice(ctx.skip, i - 1)
					.some((b) => b.normal === 'that' || SPEECH_VERBS.has(b.normal) || hasTag(b, 'Verb'));
			if (!objectOfNamed && meansSomeoneHere(tokens, i, word, mentions, ctx)) return;
			const described = tokens
				.slice(0, i)
				.some((b) => PERSON_NOUNS.has(b.normal) || ROLE_NOUNS.has(b.normal));
			// "The chief executive said he understood…": he is the one the sentence opens with,
			// whom no name written in can stand for without reading as a second person.
			const opener = tokens.slice(ctx.skip, ctx.skip + 3).map((b) => b.normal);
			// So is "The 26-year-old, who rides for…, crossed the line ahead of her nearest rival".
			if (opener[0] === 'the' && /^\d+-year-old$/.test(opener[1] ?? '')) return;
			if (opener[0] === 'the' && opener.slice(1).some((w) => ROLE_NOUNS.has(w)) && described)
				return;
			// "Born in 1940, the son of a miner, he was…": he is named if the text says who.
			const found = antecedentPerson(word, sentence, ctx);
			if (!found && described) return;
			if (!found) {
				fail(`“${t.text}” could be anyone: no one person is named just before`);
				return;
			}
			// "Instead, he began supplying bread" of "her grandfather, Walter": a first name alone
			// says no more than "he" does.
			if (!/\s/.test(found.person.name) && found.person.category === 'person-public') {
				fail(`“${t.text}” is someone the text names only as ${found.person.name}`);
				return;
			}
			const next = tokens[i + 1];
			const possessive =
				POSSESSIVE.test(word) ||
				// "Her 1984 production": opening the sentence, "Her" is always whose.
				(HER.test(word) && i === ctx.skip && next !== undefined) ||
				(HER.test(word) &&
					next !== undefined &&
					!hasTag(next, 'Pronoun') &&
					// "her volunteers were serving": a word the tagger calls a verb, before the verb;
					// "her first decisions": an ordinal before the noun.
					(hasTag(next, 'Noun', 'Adjective', 'Ordinal') ||
						hasTag(tokens[i + 2], 'Auxiliary', 'Copula')));
			replacements.set(i, possessive ? possessiveOf(found.person.name) : found.person.name);
			if (!namedIn.includes(found.namedIn)) namedIn.push(found.namedIn);
			return;
		}
		// "Their captain, lock Tom Okafor, …", "It goes on sale…": at the start, the club, company
		// or thing the sentence before began with.
		if ((i === ctx.skip || i === afterTimeOpening(tokens, ctx.skip)) && THING.test(word)) {
			// "Its chief executive, Sarah Kemp," is already the hospital's (above).
			if (replacements.has(i) || removed.has(i)) return;
			const singular = /^(it|its)$/.test(word);
			if (word === 'it' && expletiveIt(tokens, i)) {
				fail(`“${t.text}” does not say what it stands for`);
				return;
			}
			const thing = /^(its|their)$/.test(word)
				? ownerBefore(word, sentence, ctx)
				: antecedentThing(word, sentence, ctx);
			if (thing === 'owned') {
				fail(ownedWhy(t.text));
				return;
			}
			const group =
				!thing && /^(they|it|its)$/.test(word)
					? antecedentGroup(sentence, ctx, !singular)
					: undefined;
			if (group) {
				const its = word === 'its';
				const name = group.entity && nameInPlace(group.entity, ctx, its);
				replacements.set(i, name ?? (its ? possessiveOf(group.words) : group.words));
				namedIn.push(group.namedIn);
				return;
			}
			if (!thing) {
				fail(`“${t.text}” does not say what it stands for`);
				return;
			}
			replacements.set(i, nameInPlace(thing.entity, ctx, /^(its|their)$/.test(word)));
			namedIn.push(thing.namedIn);
			return;
		}
		// "Next year's festival", "The 11-day festival": the festival named before.
		const dated = datedBodyAt(tokens, i, word);
		const held = tokens[dated];
		// "The three-day event": the one event (a festival, a show) named before.
		const event = held?.normal === 'event';
		if (
			held &&
			/^[a-z]+$/.test(held.text) &&
			(bodyNoun(held.normal) || event) &&
			!ctx.quoted[dated]
		) {
			const entity = event
				? namedEvent(sentence, ctx)
				: antecedentOrganisation(held.normal, sentence, ctx);
			if (entity) replacements.set(dated, entity.name);
			return;
		}
		if (word !== 'the') return;
		// "The start-up raised £1.4 million": the one firm named before, as "the company" is.
		if (
			tokens[i + 1]?.normal === 'start' &&
			tokens[i + 1].post === '-' &&
			/^up(['’]s)?$/.test(tokens[i + 2]?.normal ?? '')
		) {
			const firm = antecedentOrganisation('company', sentence, ctx);
			if (!firm) return;
			removed.add(i).add(i + 1);
			replacements.set(i + 2, nameInPlace(firm, ctx, /['’]s$/.test(tokens[i + 2].text)));
			return;
		}
		// "The Castlebridge-based company confirmed…", "The family-owned chain": the company named
		// before; where it is based, or who owns it, goes with "the".
		if (
			/-$/.test(tokens[i + 1]?.post ?? '') &&
			/^(based|owned|run|led)$/.test(tokens[i + 2]?.normal ?? '') &&
			bodyNoun(tokens[i + 3]?.normal.replace(/['’]s$/, '') ?? '')
		) {
			const noun = tokens[i + 3].normal.replace(/['’]s$/, '');
			const entity = antecedentOrganisation(noun, sentence, ctx);
			if (!entity) return;
			removed
				.add(i)
				.add(i + 1)
				.add(i + 2);
			replacements.set(i + 3, nameInPlace(entity, ctx, /['’]s$/.test(tokens[i + 3].text)));
			return;
		}
		// "The heritage centre said…" after "the Saltmarrow Heritage Centre".
		const [a, b] = [tokens[i + 1], tokens[i + 2]];
		const tailed =
			!ctx.quoted[i + 1] &&
			/^[a-z]+$/.test(a?.text ?? '') &&
			/^[a-z]+(['’]s)?$/.test(b?.text ?? '') &&
			/^\s+$/.test(a.post) &&
			// "the youth orchestra of the Baarvelde Music School": "of" says which one.
			!definedHere(tokens, i + 1)
				? namedByItsTail([a.normal, b.normal.replace(/['’]s$/, '')], sentence, ctx)
				: undefined;
		if (tailed) {
			removed.add(i).add(i + 1);
			replacements.set(i + 2, nameInPlace(tailed, ctx, /['’]s$/.test(tokens[i + 2].text)));
			return;
		}
		const next = tokens[i + 1];
		if (!next || ctx.quoted[i + 1] || !/^[a-z]/.test(next.text)) return;
		const noun = next.normal.replace(/['’]s$/, '');
		const possessive = /['’]s$/.test(next.text);
		const after = tokens[i + 2]?.normal ?? '';
		// "The council said…" of a council never named, "in the town": the story's town's.
		const story = storyWords(tokens, i, sentence, ctx);
		if (story) {
			removed.add(i);
			replacements.set(i + 1, story);
			return;
		}
		const calledEvent = eventByItsKind(noun, after, sentence, ctx);
		if (calledEvent) {
			removed.add(i);
			replacements.set(i + 1, nameInPlace(calledEvent, ctx, possessive));
			return;
		}
		if (bodyNoun(noun)) {
			// "the council's 45 seats", "the council voted": the council the article named.
			// "the council of Europe"; "the Coastal Lifeboat Trust, the charity that runs the station".
			if (!possessive && definedHere(tokens, i)) return;
			const entity = antecedentOrganisation(noun, sentence, ctx);
			const mentions = ctx.index.mentionsIn(sentence.index);
			// "the operator, Westshore Rail, said": the body named beside it says which.
			const beside = (m: (typeof mentions)[number]) =>
				/^,/.test(next.post) && m.start === i + 2 && m.entity.kind === 'organisation';
			if (mentions.some(beside)) return;
			// "…and a small shop at the back of the building. The shop will sell bread…": no body
			// named, the one the sentence before brings in.
			if (!entity && !isCommonNoun(tokens[i + 2]) && introducedJustBefore(noun, sentence, ctx))
				fail(`“the ${next.text}” is the one the sentence before brings in`);
			// "Renamed Kettridge Boats, the business went on to…": not its name before the renaming.
			// "ownership by the Mabberley family, who started the business": the family's firm, which
			// no other firm's name stands for.
			const family = /\bthe (\p{Lu}\p{L}+) family\b/u.exec(sentence.text)?.[1];
			if (!entity || /\b(renamed|formerly|now called)\b/i.test(sentence.text)) return;
			if (family && !entity.name.includes(family)) return;
			// "before the court hearing": the court's name before a noun keeps the article's "the".
			const use = bodyNounBefore(noun, after);
			if (use === 'compound' && !possessive) return; // "the school day", "council tax"
			// "the council-owned bus company": a name joined to the word after it keeps "the".
			// ("Shares in the company rose 4.2%": "rose" is the verb the tagger took for a noun.)
			const joined =
				next.post === '-' ||
				(/^\s+$/.test(next.post) &&
					isCommonNoun(tokens[i + 2]) &&
					!/^(rose|fell|grew|sank|soared|slid|slipped|jumped|dropped|climbed|rises|falls|grows)$/.test(
						tokens[i + 2]?.normal ?? ''
					));
			// "the rail infrastructure company Southmere Rail": the sentence names it after.
			const namedAfter = mentions.some((m) => m.entity === entity && m.start > i + 1);
			if (!possessive && joined && !use) {
				if (!namedAfter) replacements.set(i + 1, entity.name);
				return;
			}
			// "said the company had been trying to buy the firm": two words for two bodies, never
			// one body twice.
			const other = otherFirmWord(tokens, i + 1, noun);
			if (other) {
				fail(`“the ${noun}” and “the ${other.text}” are two bodies the text does not tell apart`);
				return;
			}
			removed.add(i);
			replacements.set(i + 1, nameInPlace(entity, ctx, possessive));
			return;
		}
		// "after the scheme ran a series of talks": the Regional Finds Recording Scheme named before.
		// "The farm produced about 2.4 million litres" after Hollin Rigg Farm: a place by its head.
		// "lost possession near the centre circle": a place's last word before a noun names no place.
		const compound = !possessive && noun === 'centre' && isCommonNoun(tokens[i + 2]);
		const scheme =
			(PLAN_NOUNS.has(noun) || PLACE_TAILS.test(noun)) && !compound
				? namedByItsTail([noun], sentence, ctx)
				: undefined;
		if (scheme?.kind === 'organisation' || (scheme?.kind === 'place' && PLACE_TAILS.test(noun))) {
			removed.add(i);
			replacements.set(i + 1, nameInPlace(scheme, ctx, possessive));
			return;
		}
		if (PLAN_NOUNS.has(noun) || DECISION_NOUNS.has(noun)) {
			if (/^(to|of|for|that|which|by|on|in|at|from|about)$/.test(after)) return; // defined here
			const plan = antecedentPlan(noun, sentence, ctx);
			// "The chamber welcomed the decision" where the opening reports one (an approval): that
			// one, not a later plan the article told of ("agreed to create 52 hectares…").
			const opening = ctx.sentences.filter((s) => !s.heading).slice(0, LEAD_SENTENCES);
			const later = plan && plan.namedIn !== sentence && !opening.includes(plan.namedIn);
			if (DECISION_NOUNS.has(noun) && ctx.central?.has(noun) && later) return;
			// The article's first sentence has nothing before it to point to: "the programme" there
			// is the programme of what it reports ("the festival … moved most of the programme").
			const lead = ctx.sentences.find((s) => !s.heading) === sentence;
			// What the headline and opening report is "the decision" anywhere in the article.
			if (!plan && (lead || ctx.central?.has(noun))) return;
			if (!plan) {
				fail(`“the ${next.text}” points back to something the sentence does not say`);
				return;
			}
			replacements.set(i + 1, `${next.text} ${plan.complement}`);
			if (plan.namedIn !== sentence && !namedIn.includes(plan.namedIn)) namedIn.push(plan.namedIn);
			return;
		}
		// "…asked for permission to lay a private cable to a factory. Mr Delacourt said the cable
		// would cost £1.1 million": the thing the sentence before brought in, one of several.
		if (introducedJustBefore(noun, sentence, ctx))
			fail(`“the ${next.text}” is the one the sentence before brings in`);
	});
	return { replacements, removed, bare, namedIn, ...(unresolved ? { unresolved } : {}) };
}
