/**
 * Statements false from their own wording, so that no knowledge of the article is needed to mark
 * them: a name beside a role or nationality it does not have ("Russian President Emmanuel
 * Macron"), a gendered title on the wrong person, numbers whose order the sentence itself fixes
 * ("passed by 40 votes to 52", "won 1-3", "12 of its 10 members", "rose from 8 to 5 %"),
 * dates out of the order the sentence gives ("from 2021 to 2019"), and a "first" that the words
 * before it say is a repeat ("coming back for a first bite", "again … first", "another first").
 */
import type { Entity } from '../../content/deck-schema.ts';
import { DEMONYMS } from '../../language/demonyms.ts';
import { parseNumber } from '../../answers/numbers.ts';
import type { DeckIndex } from '../deck-index.ts';
import type { Finding, Rule } from './finding.ts';
import { wordsOf, wrongAnswers } from './wrong-answers.ts';

const COUNTRIES = new Set(Object.values(DEMONYMS));

/** Titles that say a person's sex. */
const MALE = new Set(['sir', 'lord', 'king', 'prince', 'duke', 'mr', 'father', 'brother']);
const FEMALE = new Set([
	'dame',
	'lady',
	'queen',
	'princess',
	'duchess',
	'mrs',
	'ms',
	'miss',
	'sister'
]);
/** Offices: a role word naming one of these must be the person's office too. */
const OFFICES = new Set([
	'president',
	'king',
	'queen',
	'chancellor',
	'mayor',
	'governor',
	'senator',
	'pope',
	'archbishop',
	'bishop',
	'admiral',
	'general',
	'councillor',
	'minister',
	'judge',
	'coach',
	'captain',
	'historian',
	'economist',
	'professor',
	'dr'
]);

/** The countries a text names, by country name or nationality word. */
function countriesIn(words: string[]): Set<string> {
	const out = new Set<string>();
	const text = ` ${words.join(' ')} `;
	for (const [demonym, country] of Object.entries(DEMONYMS))
		if (text.includes(` ${demonym} `)) out.add(country);
	for (const country of COUNTRIES) if (text.includes(` ${country} `)) out.add(country);
	if (text.includes(' britain ')) out.add('united kingdom');
	return out;
}

/** What the deck says a person is: their role, and the titles they are named with. */
function descriptionOf(entity: Entity): string[] {
	return wordsOf([entity.role ?? '', entity.name, ...entity.aliases].join(' '));
}

/** The words right before a position in a statement, back to the last comma or clause break. */
function wordsBefore(statement: string, at: number): string[] {
	const before = statement.slice(Math.max(0, at - 60), at);
	const clause =
		before.split(/[,;:()“”"]|\b(?:and|but|when|while|after|before|that|said|says)\b/).at(-1) ?? '';
	return wordsOf(clause).slice(-4);
}

function roleConflict(roleWords: string[], entity: Entity): string | undefined {
	const described = descriptionOf(entity);
	const theirs = countriesIn(described);
	const stated = countriesIn(roleWords);
	if (stated.size && theirs.size && ![...stated].some((c) => theirs.has(c)))
		return `its role words say ${[...stated].join('/')}, but ${entity.name} is of ${[...theirs].join('/')}`;
	const male = roleWords.some((w) => MALE.has(w));
	const female = roleWords.some((w) => FEMALE.has(w));
	const theirMale = entity.gender === 'male' || described.some((w) => MALE.has(w));
	const theirFemale = entity.gender === 'female' || described.some((w) => FEMALE.has(w));
	if ((male && theirFemale) || (female && theirMale))
		return `its title does not fit ${entity.name}`;
	const offices = roleWords.filter((w) => OFFICES.has(w));
	const theirOffices = described.filter((w) => OFFICES.has(w));
	if (offices.length && theirOffices.length && !offices.some((o) => theirOffices.includes(o)))
		return `it calls ${entity.name} ${offices.join(' ')}, but they are ${theirOffices.join(' ')}`;
	return undefined;
}

/**
 * The sex a sentence gives the person at `at`: the first "he/his/him" or "she/her" after them,
 * before anyone else is named (a capitalised word) or a quotation opens.
 */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\.?\s+$/;
const TITLE_SEX: Record<string, 'male' | 'female'> = {
	Mr: 'male',
	Sir: 'male',
	Mrs: 'female',
	Ms: 'female',
	Miss: 'female',
	Dame: 'female'
};

/**
 * "Mr Amara Castellan", "Dr Colin Ferris": a title before a name that the article gives that
 * person another title, or one of the other sex. Undefined when the text says nothing against it.
 */
export function titleConflict(
	before: string,
	person: { name: string; gender?: 'female' | 'male' },
	index: DeckIndex
): string | undefined {
	const title = TITLE_BEFORE.exec(before)?.[1];
	if (!title) return undefined;
	const sex = TITLE_SEX[title];
	if (sex && person.gender && sex !== person.gender)
		return `“${title}” for someone the article calls ${person.gender === 'female' ? 'she' : 'he'}`;
	const surname = person.name.split(/\s+/).at(-1) ?? '';
	if (!surname) return undefined;
	const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const given = new RegExp(
		`\\b(Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\\.?\\s+(?:[A-Z][\\p{L}'’-]*\\s+)?${escape(surname)}\\b`,
		'gu'
	);
	const titles = new Set(
		[...(index.deck.article ?? '').matchAll(given)].map((m) => m[1].replace(/^Prof$/, 'Professor'))
	);
	const wanted = title === 'Prof' ? 'Professor' : title;
	return titles.size && !titles.has(wanted)
		? `the article calls ${person.name} ${[...titles].join(' or ')}, not ${title}`
		: undefined;
}

export function pronounAfter(
	statement: string,
	at: number,
	length: number
): 'male' | 'female' | undefined {
	const rest = statement.slice(at + length).split(/[“"]/)[0];
	let previous = '';
	for (const word of rest.match(/[\p{L}’']+/gu) ?? []) {
		if (/^(he|his|him|himself)$/i.test(word)) return 'male';
		if (/^(she|her|hers|herself)$/i.test(word)) return 'female';
		// "_____ of Uganda won … and his time": a place after a preposition names no one else.
		if (
			/^\p{Lu}/u.test(word) &&
			!/^(I|The|A|An)$/.test(word) &&
			!/^(of|in|at|from|for)$/i.test(previous)
		)
			return undefined;
		previous = word;
	}
	return undefined;
}

/** Number pairs whose order a sentence fixes: [pattern, what must hold, description]. */
const ORDERS: [RegExp, (a: number, b: number) => boolean, string][] = [
	[
		/\bin\s+(1\d{3}|20\d{2})\b[^.;]*?\band\s+died\s+in\s+(1\d{3}|20\d{2})\b/i,
		(a, b) => a <= b,
		'nothing happens to someone after they died'
	],
	[
		/\b(?:passed|approved|carried|won|backed|voted|elected)\b[^.]*?\bby\s+([\d,.]+)\s+(?:votes\s+)?to\s+([\d,.]+)/i,
		(a, b) => a > b,
		'the winning side must have more votes'
	],
	[
		/\b(?:beat|beats|beating|defeated|defeating|won|wins|winning|victory|win)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a > b,
		'the winner must have scored more'
	],
	[
		/\b(?:lost|losing|loses|defeat)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a !== b,
		'a defeat is not a draw'
	],
	[
		/\b(?:drew|draw|drawn|level)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a === b,
		'a draw has equal scores'
	],
	[
		/^[^.;]*?\b(\d[\d,.]*)\b[^.;]*?\bup from\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a > b,
		'“up from” starts lower'
	],
	[
		/^[^.;]*?\b(\d[\d,.]*)\b[^.;]*?\bdown from\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'“down from” starts higher'
	],
	[
		/\b([\d,.]+)\s+(?:of|out of)\s+(?:the|its|their|his|her)?\s*(?:[A-Za-z’'-]+\s+){0,4}?([\d,.]+)\b/i,
		(a, b) => a <= b,
		'a part cannot be larger than its whole'
	],
	[
		/\b(?:rose|risen|rising|increased|grew|climbed|jumped|up|soared|surged)\s+from\s+\D{0,3}([\d,.]+)[^.]*?\bto\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'a rise ends higher than it starts'
	],
	[
		/\b(?:fell|fallen|falling|dropped|decreased|declined|cut|down|lowered|reduced|slipped|slid|sank|plunged|tumbled|shrank)\s+(?:\w+\s+)?from\s+\D{0,3}([\d,.]+)[^.]*?\bto\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a > b,
		'a fall ends lower than it starts'
	],
	[
		/\bbetween\s+\D{0,3}([\d,.]+)\s+and\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'a range runs from low to high'
	],
	[
		/\bfrom\s+((?:1\d|20)\d\d)\s+(?:to|until|till)\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => a < b,
		'a period ends after it starts'
	],
	[
		/\bborn\b[^.]*?\b((?:1\d|20)\d\d)\b[^.]*?\bdied\b[^.]*?\b((?:1\d|20)\d\d)\b/i,
		(a, b) => a < b,
		'a death comes after a birth'
	],
	[
		/\b([\d,.]+)\b[^.;]*?\bmore than (?:twice|double|two times)\b[^.;]*?\b([\d,.]+)\b/i,
		(a, b) => a > 2 * b,
		'it must be more than twice the other'
	],
	[
		/\bfrom\s+\D{0,3}([\d,.]+)[^.;]*?\bto\s+\D{0,3}([\d,.]+)[^.;]*?\b(?:fewer|less) than half\b/i,
		(a, b) => b < a / 2,
		'“fewer than half” fixes how far it fell'
	],
	[
		/\bhalf-century\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => Math.abs(b - a - 50) <= 1,
		'a half-century is fifty years'
	],
	[
		/\bdecade\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => Math.abs(b - a - 10) <= 1,
		'a decade is ten years'
	],
	[
		/\bcentury\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => Math.abs(b - a - 100) <= 1,
		'a century is a hundred years'
	]
];

/**
 * Years the sentence itself fixes: one year of a "half-century from 1962 to 2012", or one of
 * two years and the span between them ("joined in 1964 and stayed for 36 years, retiring in
 * 2000"). A blank for such a year is answered by arithmetic, not by the article.
 */
export function computable(statement: string, answer: string): boolean {
	const span =
		/\b(half-century|decade|century)\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i.exec(
			statement
		);
	if (span && (span[2] === answer || span[3] === answer)) return true;
	const years = [...statement.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => m[1]);
	const spans = [...statement.matchAll(/\b(\d{1,3}|[a-z]+(?:-[a-z]+)?) years?\b/gi)].filter(
		(m) => parseNumber(m[1]) !== undefined && (parseNumber(m[1]) ?? 0) > 1
	);
	if (years.length === 2 && spans.length === 1 && !spanMismatch(statement))
		return years.includes(answer) || spans[0][1] === answer;
	// "0.7 against 1.3, a reduction of 46%": any one of the three follows from the others.
	if (
		/\b(reduction|fall|drop|decline|cut|increase|rise|jump) of \d[\d.]*\s?%/i.test(statement) &&
		!changeMismatch(statement)
	) {
		// Change the answer a lot: if the sentence no longer agrees with itself, it fixed it.
		const figure = /\d[\d,]*(\.\d+)?/.exec(answer)?.[0];
		if (!figure) return false;
		const changed = answer.replace(figure, String(toNumber(figure) * 1.5 + 1));
		return changeMismatch(statement.replace(answer, changed));
	}
	return false;
}

const toNumber = (text: string) => Number(text.replace(/,/g, '').replace(/\.$/, ''));

/**
 * "joined in 1964 and stayed for 36 years, retiring in 2000": two years and a span of years
 * between them, which must add up (give or take one).
 */
function spanMismatch(statement: string, slack = 1): boolean {
	const years = [...statement.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
	const spans = [...statement.matchAll(/\b(\d{1,3}|[a-z]+(?:-[a-z]+)?) years?\b/gi)]
		.map((m) => parseNumber(m[1]))
		.filter((n): n is number => n !== undefined && n > 1);
	if (years.length !== 2 || spans.length !== 1) return false;
	return Math.abs(Math.abs(years[1] - years[0]) - spans[0]) > slack;
}

/**
 * "25,000 copies, more than ten times the first print run of 2,000": the figure before "more
 * than N times" is more than N times the figure after it (N in digits or words).
 */
export function timesMismatch(statement: string): boolean {
	const m = /\b(\d[\d,.]*)\b[^.;]*?\bmore than ([a-z]+|\d+) times\b[^.;]*?\b(\d[\d,.]*)\b/i.exec(
		statement
	);
	if (!m) return false;
	const n = parseNumber(m[2]);
	return n !== undefined && !(toNumber(m[1]) > n * toNumber(m[3]));
}

/**
 * "0.7 attacks against 1.3, a reduction of 46%": two figures and the change between them, which
 * must agree (within two points).
 */
function changeMismatch(statement: string): boolean {
	const change =
		/\b(?:a |an )?(reduction|fall|drop|decline|cut|increase|rise|jump) of (\d[\d.]*)\s?%/i.exec(
			statement
		);
	if (!change) return false;
	const before = statement.slice(0, change.index);
	const figures = [...before.matchAll(/(?<![\d,.])(\d[\d,]*(?:\.\d+)?)(?![\d%])/g)]
		.map((m) => toNumber(m[1]))
		.filter((n) => !(n >= 1500 && n <= 2100 && Number.isInteger(n)));
	if (figures.length !== 2) return false;
	const [a, b] = figures;
	const big = Math.max(a, b);
	if (!big) return false;
	const percent =
		(100 * Math.abs(a - b)) /
		(/reduction|fall|drop|decline|cut/i.test(change[1]) ? big : Math.min(a, b) || 1);
	return Math.abs(percent - Number(change[2])) > 2;
}

/** Which order rules a statement breaks. */
export function brokenOrders(statement: string): string[] {
	const out: string[] = [];
	if (timesMismatch(statement)) out.push('it must be more than so many times the other');
	if (changeMismatch(statement)) out.push('its figures and the change between them do not agree');
	if (spanMismatch(statement)) out.push('its years and the years between them do not add up');
	for (const [pattern, holds, description] of ORDERS) {
		const match = pattern.exec(statement);
		if (!match) continue;
		const [a, b] = [toNumber(match[1]), toNumber(match[2])];
		if (Number.isFinite(a) && Number.isFinite(b) && !holds(a, b)) out.push(description);
	}
	return out;
}

/**
 * Words of repetition (back, again, another, once more, return) and, up to three words later in
 * the same clause, "first": "coming back and taking a first bite". Not "back to the first page",
 * "back in 2019, the first", "again for the first time since", nor "first" as a rank or a name
 * ("another first-place finish", "another first prize", "the First Minister").
 */
const REPEATED_FIRST =
	/\b(back|again|another|once more|return(?:s|ed|ing)?)((?:\s+[\p{L}\p{N}'’]+){0,3}?)\s+first\b(?![-‑])(?!\s+(?:time\s+(?:since|in)|place|prize|division|class|team|minister|lady|choice|language|name|floor|half)\b)/giu;
/** Words after "back" or "return" that take it elsewhere ("back to", "back in 2019"). */
const ELSEWHERE = /^(?:to|in|on|at|when|then|from|into|home)$/i;

/** The repetition-then-"first" a statement says, or undefined: "back and taking a first". */
export function repeatedFirst(statement: string): string | undefined {
	for (const m of statement.matchAll(REPEATED_FIRST)) {
		const next = m[2].trim().split(/\s+/)[0] ?? '';
		if (/^(back|return)/i.test(m[1]) && ELSEWHERE.test(next)) continue;
		return m[0];
	}
	return undefined;
}

function personOf(text: string, index: DeckIndex): Entity | undefined {
	const entity = index.entityNamed(text);
	return entity?.kind === 'person' ? entity : undefined;
}

export const selfContradiction: Rule = (subject, { index }) => {
	const { fact, slot } = subject;
	const findings: Finding[] = [];
	if (!slot) return findings;
	const truthBreaks = new Set(brokenOrders(fact.statement));
	// When the true statement's years and span add up exactly, a wrong one must too.
	const exactSpan = !spanMismatch(fact.statement) && spanMismatch(fact.statement, 0) === false;
	const at = fact.statement.indexOf(slot.answer);
	const truthRepeats = repeatedFirst(fact.statement) !== undefined;
	for (const wrong of wrongAnswers(subject)) {
		if (wrong.statement === undefined) continue;
		// "coming back for a first bite": the wrong answer's "first" after words of repetition.
		const repeat = /\bfirst\b/i.test(wrong.text) && !truthRepeats && repeatedFirst(wrong.statement);
		if (repeat)
			findings.push({
				rule: 'self-contradiction',
				message: `with “${wrong.text}”: “${repeat}” calls a repeat the first`,
				option: wrong.text
			});
		if (exactSpan && spanMismatch(wrong.statement, 0) && !truthBreaks.size)
			findings.push({
				rule: 'self-contradiction',
				message: `with “${wrong.text}”: its years and the years between them do not add up`,
				option: wrong.text
			});
		// A rule the true statement already "breaks" is not one the sentence fixes.
		for (const broken of brokenOrders(wrong.statement))
			if (!truthBreaks.has(broken))
				findings.push({
					rule: 'self-contradiction',
					message: `with “${wrong.text}”: ${broken}`,
					option: wrong.text
				});
		const person = personOf(wrong.text, index);
		// "_____ accepted the prize wearing her late father's tie": not a man.
		const sex = at >= 0 ? pronounAfter(fact.statement, at, slot.answer.length) : undefined;
		if (person?.gender && sex && person.gender !== sex)
			findings.push({
				rule: 'self-contradiction',
				message: `“${wrong.text}” there: the sentence calls that person ${sex === 'female' ? 'she' : 'he'}`,
				option: wrong.text
			});
		const titled =
			person && at >= 0 ? titleConflict(fact.statement.slice(0, at), person, index) : undefined;
		if (titled)
			findings.push({
				rule: 'self-contradiction',
				message: `“${wrong.text}” there: ${titled}`,
				option: wrong.text
			});
		const roleWords = at >= 0 ? wordsBefore(fact.statement, at) : [];
		const answer = index.entity(slot.entity);
		// Role words the right answer itself seems to contradict are not understood: no verdict.
		if (person && roleWords.length && !(answer && roleConflict(roleWords, answer))) {
			const conflict = roleConflict(roleWords, person);
			if (conflict)
				findings.push({
					rule: 'self-contradiction',
					message: `“${wrong.text}” there: ${conflict}`,
					option: wrong.text
				});
		}
	}
	return findings;
};
