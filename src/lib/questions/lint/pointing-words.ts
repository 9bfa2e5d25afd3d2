/**
 * The words the dangling-reference rule reads a statement by: nouns and pronouns that point back,
 * the words that keep them from pointing back ("the plan to build…", "this year"), and small
 * helpers over a statement's words.
 */
import type { DeckIndex } from '../deck-index.ts';
import {
	FEMALE_NOUNS,
	FEMALE_TITLES,
	MALE_NOUNS,
	MALE_TITLES,
	MONTH_ALTERNATION,
	MONTHS
} from '../../language/lexicon.ts';

/** Nouns that, after "the", "that" or "this", point back to something said before. */
export const POINTING_NOUNS = new Set(
	`number figure figures plan plans decision decisions move change changes proposal proposals scheme
	deal idea policy problem amount sum total claim claims measure measures announcement episode
	matter latter former same step cut rise increase fall drop loss request warning offer target growth
	pair couple duo trio brothers sisters twins siblings findings results reason reasons case ban grant argument promise criticism
	appeal campaign approach group`.split(/\s+/)
);
/** Words that may follow "this"/"that"/"these" without pointing back. */
export const TIME_WORDS = new Set(
	'year week month summer winter spring autumn season morning afternoon evening weekend century decade time monday tuesday wednesday thursday friday saturday sunday'.split(
		' '
	)
);

/** "By mid-morning 12 had…": whether the word at `at` follows an opening phrase of time. */
export function afterOpeningTime(ws: Word[], at: number): boolean {
	const opener = /^(by|on|at|in|until)$/.test(ws[0]?.lower ?? '');
	return at <= 4 && opener && TIME_WORDS.has(ws[at - 1]?.lower ?? '');
}
/** After a pointing noun, these make it defined by its own sentence: "the plan to build…". */
export const DEFINING = new Set(
	'to of for that which who why by on in at from about between over against with'.split(' ')
);
export const PERSONAL = /^(he|she|him|her|his|hers|they|them|their|theirs|it|its)$/i;
export const PERSON_PRONOUN = /^(he|she|him|her|his|hers)$/i;
const RELATIVE_TIME = new RegExp(
	String.raw`\b(the (day|week|month|year|night|morning) (before|after)|the (next|following|previous) (day|week|month|year|morning|night|spring|summer|autumn|winter|${MONTH_ALTERNATION})|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|few|\d+)( and a half)? (minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|generations?) (later|earlier|before(?!\s+(?!that\b|then\b)\w))|the (following|preceding) ((a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|\d+) )?(minutes|hours|days|weeks|months|years)|(later|earlier) that (day|week|month|year)|that (day|night|morning|afternoon|evening|week|month|year|time)|at the time|since then|by then|until then|between then|after that|before that|^afterwards?|^subsequently|^thereafter|^(minutes|hours|days|weeks|months|years|decades) (later|earlier))\b`,
	'i'
);

export const THING_PRONOUN = /^(it|they|them)$/i;
/** Plurals without an "s" that "they" and "their" stand for. */
export const PLURAL_NOUNS = new Set([
	'people',
	'children',
	'men',
	'women',
	'police',
	'staff',
	'crew'
]);
/** After "there", the words that make it "there is", not a place: "there will be", "there are". */
export const EXISTENTIAL =
	/^(is|are|was|were|be|been|being|will|would|could|can|might|may|must|should|shall|has|have|had|seems?|seemed|appears?|appeared|remains?|remained|[’']s)$/;
/** Words after which "that" is a pointer, not a conjunction: "cut off that route". */
export const PARTICLES = new Set(
	'off on in at for from with by to into onto over under through across about after before during'.split(
		' '
	)
);
/** A verb in the past, as written: "wore", "stopped", "said". */
export const PAST_VERB =
	/^(?:[a-z]+ed|wore|went|said|took|got|made|came|saw|left|lost|gave|fell|ran|won|paid|spent|told|had|were|was|did|kept|chose|felt|found|knew|thought|brought|bought|sold|held|became)$/;
/** Words that stand for "many of them" when a verb follows: "many would have sunk". */
export const QUANTIFIERS = new Set([
	'many',
	'most',
	'some',
	'several',
	'few',
	'others',
	'both',
	'all',
	'half'
]);
/**
 * "more than four times as much, because…", "twice as long and…": a comparison that ends there,
 * with no "as …" to say what it is compared with ("twice as much energy … as its newest plant").
 */
export const COMPARED_WITHOUT_AS =
	/\b(\S+ times|twice|half) as (much|many|large|big|long|high|expensive|fast|likely)(?=\s*[,.;:]|\s*$|\s+(because|and|but|so|since)\b)/i;
/** The subject's purpose about "its" something: "A public meeting to discuss its future". */
export const PURPOSE_ITS =
	/^(?:A|An|The)(?: [a-z]+){0,2} (?:meeting|plan|bid|campaign|consultation|vote|review|inquiry|hearing|petition|appeal|scheme|programme|project|effort|attempt|move|proposal)s? to [a-z]+ (its [a-z]+)/;
/** Words for a part of a set: "the last of them", "most of them". */
export const PART_WORDS = new Set(
	'last first rest most many some all none each both one two three four five half majority few several'.split(
		' '
	)
);
export const FINITE_VERBS = new Set(
	'would could will were was are is had have has did do may might must should died survived'.split(
		' '
	)
);
export const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'its',
	'their',
	'this',
	'that',
	'these',
	'those'
]);
/** Words that never name a thing, after which "the total" or "the council" stands alone. */
const NOT_NOUNS = new Set(
	`and or but nor as than so because when where while if also now then still not never just only
	even already down up out off away back again ahead here there what`.split(/\s+/)
);
/** Past tenses without "-ed", which follow a subject: "the decision came", "the plan went". */
const IRREGULAR_PAST = new Set(
	`came went took made left led got gave saw met began fell rose hit set put cut cost drew won lost
	sent built meant brought held kept ran paid said told sold stood found thought knew grew became
	struck spent felt`.split(/\s+/)
);

/**
 * "the total repair bill", "the energy regulator": a singular noun that only describes the noun
 * after it, so the phrase says what it is. "the total was", "the decision came" do not.
 */
export function describesNext(noun: Word, after: Word | undefined): boolean {
	if (!after || /s$/.test(noun.lower)) return false;
	const word = after.lower;
	return (
		/^\p{Ll}{3,}$/u.test(after.text) &&
		// "lived with the couple since 2004": a time after the noun, not a noun it describes.
		!/^(since|until|till|after|before|during|when|while|because|last|next|this|ever|again|still|together|now|then|but|and)$/.test(
			word
		) &&
		!NOT_NOUNS.has(word) &&
		!FINITE_VERBS.has(word) &&
		!DEFINING.has(word) &&
		!PARTICLES.has(word) &&
		!IRREGULAR_PAST.has(word) &&
		!/(ed|s)$/.test(word)
	);
}
export const DEFINING_AFTER_THOSE = new Set(
	`who on in with of at from taking living aged under over without whose treated given offered
	admitted affected infected vaccinated questioned surveyed asked interviewed tested born injured`.split(
		/\s+/
	)
);

export interface Word {
	text: string;
	lower: string;
	/** Index among the statement's words. */
	i: number;
	/** What stands between it and the next word: " ", ", ", ". ". */
	post: string;
}

export function words(text: string): Word[] {
	const found = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
	return found.map((m, i) => ({
		text: m[0],
		lower: m[0].toLowerCase(),
		i,
		post: text.slice(m.index + m[0].length, found[i + 1]?.index ?? text.length)
	}));
}

/**
 * Whether the noun after a pointing word is one the statement itself said before it: "speaks for
 * 30 charities…, a survey of people helped by those charities".
 */
export function saidBefore(ws: Word[], at: number, noun: Word | undefined): boolean {
	if (!noun || !/^\p{Ll}{3,}$/u.test(noun.text)) return false;
	const stem = noun.lower.replace(/(es|s)$/, '');
	return ws
		.slice(0, at)
		.some((b) => b.lower === noun.lower || b.lower.replace(/(es|s)$/, '') === stem);
}

/** Words a "that" clause follows: "warned that", "decided that", "so that". */
const REPORTING_VERB =
	/^(said|say|says|told|tell|warned|warn|claimed|claim|argued|argue|added|add|believed|believe|thought|think|found|find|showed|show|suggested|suggest|meant|mean|noted|note|insisted|insist|stated|state|confirmed|confirm|announced|announce|admitted|admit|reported|report|agreed|agree|hoped|hope|feared|fear|knew|know|explained|explain|revealed|reveal|estimated|estimate|predicted|predict|ruled|rule|decided|decide|concluded|conclude|accepted|accept|denied|deny|recognised|recognise|ensured|ensure|felt|feel|realised|realise|learned|learnt|heard|hear|saw|see|so|such|now|given|except|provided)$/;
/**
 * Words in "-ing" after which "that" is no object: a "that" clause follows a report ("noting
 * that", "meaning that") or a noun ("the meeting that ran late", "something that").
 */
const NO_OBJECT_ING =
	/^(saying|adding|noting|warning|claiming|arguing|insisting|stating|suggesting|meaning|showing|knowing|believing|thinking|hoping|fearing|explaining|confirming|announcing|admitting|denying|pointing|ensuring|finding|revealing|indicating|predicting|accepting|acknowledging|recognising|recognizing|assuming|concluding|complaining|telling|reporting|alleging|agreeing|demanding|proving|meeting|morning|evening|building|funding|spring|thing|something|nothing|anything|everything|king|ring|wing|ceiling|training|housing|planning|hearing|ruling|offering|opening|ending|setting|feeling|understanding|reading|recording|painting|drawing|wedding|gathering|sitting|standing|spending|timing|ranking|rating|polling|booking|clothing|parking|shipping|lighting|heating|flooding|bleeding|learning|teaching|beginning|crossing|landing|listing|posting|saving|savings|sighting|suffering|warming|wording)$/;

/**
 * Whether the "that" at `at` is a determiner pointing back: after a preposition or a particle
 * ("cut off that route"; "began in a bay …, because the detectors in that bay" points inside the
 * sentence), or after an "-ing" that takes an object ("losing that information"; "noting that
 * data…" reports, and points nowhere).
 */
export function thatPointsBack(ws: Word[], at: number): boolean {
	const [prev, next] = [ws[at - 1], ws[at + 1]];
	if (prev === undefined || next === undefined) return false;
	// "Because the scale is logarithmic, that would mean…", "Islanders say that means…": the
	// subject of what follows, a thing told before ("a system that means…" defines the system).
	// ("…, but given his record, that is less than assured" is the clause before it.)
	if (
		/^(means|meant|would|will|could)$/.test(next.lower) &&
		((/,/.test(prev.post) && /^(because|although|though|while|if|as|since)$/.test(ws[0].lower)) ||
			REPORTING_VERB.test(prev.lower))
	)
		return true;
	const governs =
		PARTICLES.has(prev.lower) ||
		prev.lower === 'of' ||
		(/^\p{Ll}{3,}ing$/u.test(prev.text) &&
			!NO_OBJECT_ING.test(prev.lower) &&
			!FINITE_VERBS.has(next.lower) &&
			!PAST_VERB.test(next.lower) &&
			// "the meeting that ran", "on Thursday morning that…": a noun, which "that" follows.
			!(
				ws[at - 2] !== undefined &&
				(DETERMINERS.has(ws[at - 2].lower) || /^\p{Lu}/u.test(ws[at - 2].text))
			));
	// "disputed that estimate, saying…", "to build that production line.": a verb's object, with
	// nothing after it that a "that" clause would need ("warned that prices in the town would rise"
	// reports).
	const after = ws[at + 2];
	const object =
		(PAST_VERB.test(prev.lower) || ws[at - 2]?.lower === 'to') &&
		!REPORTING_VERB.test(prev.lower) &&
		!/ing$/.test(next.lower) &&
		!DEFINING.has(next.lower) &&
		!PARTICLES.has(next.lower) &&
		(after === undefined ||
			/^[,;:.]/.test(next.post) ||
			(/^\p{Ll}+$/u.test(after.text) && /^[,;:.]/.test(after.post)));
	return (
		(governs || object) &&
		/^\p{Ll}+$/u.test(next.text) &&
		!DETERMINERS.has(next.lower) &&
		!saidBefore(ws, at, next)
	);
}

/**
 * A time told from another ("two days later", "the next morning") that the text does not anchor
 * itself: "appointed CBE in 2001 and five years later became…" has its year before it.
 */
export function relativeTime(text: string): string | undefined {
	const match = RELATIVE_TIME.exec(text);
	if (!match) return undefined;
	const before = text.slice(0, match.index);
	const after = text.slice(match.index + match[0].length);
	// "6% more than a year earlier": compared with the sentence's own time; "two years later than
	// planned" is a delay, not a time.
	// "more parcels in the past six months than in the whole of the previous year", "over the same
	// months a year earlier": the sentence's own time, or the same span a year back.
	if (/\bthan\b[^.,;]{0,25}$/i.test(before) || /^\s+than\b/i.test(after)) return undefined;
	if (/\bthe same (months?|weeks?|period|quarter|time)\s*$/i.test(before)) return undefined;
	// "that night-time noise" is no night before.
	if (/^-?time\b/i.test(after)) return undefined;
	// "who had set out from Port Tavish that morning": the day the story tells, whatever it is.
	if (/^that (morning|afternoon|evening|night)$/i.test(match[0])) return undefined;
	// "in the past five years, more than … in the five years before that": its own span.
	if (/\bpast (\w+) years?\b/i.test(before) && /\byears? before\b/i.test(match[0]))
		return undefined;
	// "286 assaults in the 12 months to August, up from 171 the year before": the year before
	// the sentence's own.
	if (
		/^the (year|month|week) before$/i.test(match[0]) &&
		/\b(in|during|over) the (\d+|twelve) months to\b|\b(this|last) year\b|\b\d{4}\b/i.test(before)
	)
		return undefined;
	// "spend £3.2m over the next year": from now, not from the sentence before.
	if (
		/^the next (year|month|week)$/i.test(match[0]) &&
		/\b(over|within|during|in)\s*$/i.test(before)
	)
		return undefined;
	const counted = /\b(later|earlier|before)$/i.test(match[0]) && !/^the\b/i.test(match[0]);
	// "68,000 visits, down from around 90,000 a decade earlier": the same, by its figure (or
	// the blank that stands for it).
	if (
		counted &&
		/\b(from|than|with|against)\s+(about |around |roughly |some |almost |nearly |just )?([£$€]?\d[\d,.]*(m|bn|%| per ?cent| million| billion)?|something)\s*([\p{L}-]+\s*){0,2}$/iu.test(
			before
		)
	)
		return undefined;
	// "received the call at 8.14pm and paged the crew, which launched 11 minutes later": later
	// than the sentence's own clock time.
	if (counted && /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i.test(before))
		return undefined;
	// "left far more of them able to live independently three months later": later than the
	// treatment the sentence itself tells.
	if (counted && /\b(able to|alive|free of|still|living)\b[^.;]*$/i.test(before)) return undefined;
	if (counted && /\b\d{4}\b/.test(text.slice(0, match.index))) return undefined;
	// "retiring in 2019, and … over the following four years": after the sentence’s own year
	// (a blank for the year reads as "something").
	if (/^the (following|preceding) \w+/i.test(match[0]) && /\b(\d{4}|something)\b/.test(before))
		return undefined;
	return match[0];
}

/** A month's name, written as a date's. */
export const MONTH_WORD = new RegExp(`^(${MONTHS.join('|')})$`);

const OPENING_WORD =
	/^(the|a|an|in|on|at|by|but|and|after|before|when|while|last|this|from|for|with|as|if|since)$/;
const SEXES = {
	male: { pronoun: /^(he|him|his|himself)$/, titles: MALE_TITLES, nouns: MALE_NOUNS },
	female: { pronoun: /^(she|her|hers|herself)$/, titles: FEMALE_TITLES, nouns: FEMALE_NOUNS }
};

/** Whether the people a statement names before a pronoun are all titled as of the other sex. */
export function otherSex(pronoun: string, before: Word[]): boolean {
	const sex = SEXES.male.pronoun.test(pronoun) ? SEXES.male : SEXES.female;
	const other = sex === SEXES.male ? SEXES.female : SEXES.male;
	const words = before.map((b) => b.lower.replace(/\.$/, ''));
	// Only one person named: the titled name and at most a day or month besides.
	const names = before.filter(
		(b) =>
			/^\p{Lu}/u.test(b.text) &&
			!OPENING_WORD.test(b.lower) &&
			!TIME_WORDS.has(b.lower) &&
			!MONTH_WORD.test(b.text) &&
			!other.titles.has(b.lower.replace(/\.$/, ''))
	);
	return (
		names.length <= 2 &&
		words.some((b) => other.titles.has(b)) &&
		!words.some((b) => sex.titles.has(b) || sex.nouns.has(b) || sex.pronoun.test(b))
	);
}

/**
 * "Martin Oyelaran … came second, leaving her with a majority of 1,865": everyone the statement
 * names before the pronoun is known, by the deck, to be of the other sex.
 */
export function onlyOtherSex(pronoun: string, before: Word[], index: DeckIndex): boolean {
	const sex = SEXES.male.pronoun.test(pronoun) ? 'male' : 'female';
	const text = ` ${before.map((b) => b.text.replace(/[,.;:!?"“”()]+$/, '').replace(/['’]s?$/, '')).join(' ')} `;
	const named = index
		.entitiesOfKind('person')
		.filter((e) => [e.name, ...e.aliases].some((n) => text.includes(` ${n} `)));
	return named.length > 0 && named.every((e) => e.gender !== undefined && e.gender !== sex);
}

/** Verbs of saying and thinking, after which "it" opens a clause: "said it would open". */
const SAYING =
	/^(say|says|said|hope|hopes|hoped|believe|believes|believed|think|thinks|thought|warn|warns|warned|add|adds|added|claim|claims|claimed|expect|expects|expected|find|finds|found|report|reports|reported|announce|announces|announced|confirm|confirms|confirmed|know|knows|knew|fear|fears|feared|argue|argues|argued|insist|insists|insisted|admit|admits|admitted|state|states|stated|suggest|suggests|suggested|mean|means|meant|predict|predicts|predicted|estimate|estimates|estimated|decide|decides|decided|agree|agrees|agreed|feel|feels|felt|show|shows|showed|suspect|suspects|suspected)$/;

/**
 * Whether "it" between two lowercase words is a verb's object: "named it weekly newspaper of the
 * year", "which runs it, said", "wants it widened", not a clause's subject ("said it would open").
 */
export function objectBeforeWord(prev: Word, it: Word, next: Word): boolean {
	if (it.post.trim() !== '') return true;
	// "most of it paid for by", "schools it maintains": "it" is a thing the sentence names.
	if (/^(of|something)$/.test(prev.lower) || /^\p{Ll}+[^s]s$/u.test(next.text)) return false;
	return (
		!SAYING.test(prev.lower) && !FINITE_VERBS.has(next.lower) && !/^(to|not)$/.test(next.lower)
	);
}

/** What a blank reads as when a statement is checked ("the same day" after a blanked date). */
export const BLANK_WORD = 'something';
