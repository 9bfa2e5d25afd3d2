/**
 * Whether a person fits the words a statement puts around them: a role or nationality the person
 * does not have ("Russian President Emmanuel Macron"), a title the article does not give them
 * or of the other sex ("Mr" for a woman), and the pronoun the sentence uses of them after.
 */
import type { Entity } from '../../content/deck-schema.ts';
import { DEMONYMS } from '../../language/demonyms.ts';
import { sexOfWord } from '../../language/lexicon.ts';
import type { DeckIndex } from '../deck-index.ts';
import { wordsOf } from './wrong-answers.ts';
import { escapeRegExp } from '../../format/regexp.ts';

const COUNTRIES = new Set(Object.values(DEMONYMS));

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
export function wordsBefore(statement: string, at: number): string[] {
	const before = statement.slice(Math.max(0, at - 60), at);
	const clauses = before.split(/[,;:()“”"]|\b(?:and|but|when|while|after|before|that|said|says)\b/);
	// "now run by his son, _____": right after a comma, the words before it say who.
	const clause =
		(/,\s*$/.test(before) && !clauses.at(-1)?.trim() ? clauses.at(-2) : clauses.at(-1)) ?? '';
	return wordsOf(clause).slice(-4);
}

/** Why a person does not fit the role words before them (another country, sex or office), if so. */
export function roleConflict(roleWords: string[], entity: Entity): string | undefined {
	const described = descriptionOf(entity);
	const theirs = countriesIn(described);
	const stated = countriesIn(roleWords);
	if (stated.size && theirs.size && ![...stated].some((c) => theirs.has(c)))
		return `its role words say ${[...stated].join('/')}, but ${entity.name} is of ${[...theirs].join('/')}`;
	const male = roleWords.some((w) => sexOfWord(w) === 'male');
	const female = roleWords.some((w) => sexOfWord(w) === 'female');
	const theirMale = entity.gender === 'male' || described.some((w) => sexOfWord(w) === 'male');
	const theirFemale =
		entity.gender === 'female' || described.some((w) => sexOfWord(w) === 'female');
	if ((male && theirFemale) || (female && theirMale))
		return `its title does not fit ${entity.name}`;
	const offices = roleWords.filter((w) => OFFICES.has(w));
	const theirOffices = described.filter((w) => OFFICES.has(w));
	if (offices.length && theirOffices.length && !offices.some((o) => theirOffices.includes(o)))
		return `it calls ${entity.name} ${offices.join(' ')}, but they are ${theirOffices.join(' ')}`;
	return undefined;
}

/** A title right before a name, and the sex it says. */
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
	const given = new RegExp(
		`\\b(Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\\.?\\s+(?:[A-Z][\\p{L}'’-]*\\s+)?${escapeRegExp(surname)}\\b`,
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

/**
 * The sex a sentence gives the person at `at`: the first "he/his/him" or "she/her" after them,
 * before anyone else is named (a capitalised word) or a quotation opens.
 */
export function pronounAfter(
	statement: string,
	at: number,
	length: number
): 'male' | 'female' | undefined {
	// A few words in quotation marks ("would “shoogle” his lorries") are the writer's; a longer
	// quotation is someone else speaking.
	const rest = statement
		.slice(at + length)
		.replace(/[“"](\S+(?: \S+){0,2})[”"]/gu, '$1')
		.split(/[“"]/)[0]
		// "_____, Kelderby District Council's head of environmental health, said … her team": an
		// apposition describes the person; the names in it are no one else.
		.replace(/^,(?![^,]*\b(?:he|his|him|she|her|hers)\b)[^,“"]{1,90},/iu, ',');
	// "_____, who founded Greywater with her husband,": a relative clause's pronoun is the person's.
	const relative = /^,\s+who\b([^,.;]*)/i.exec(rest)?.[1] ?? '';
	// Only "he", "she" and a possessive before its noun: "who replaced him" is someone else.
	const own = (pronouns: string) =>
		new RegExp(
			`\\b(?:${pronouns})\\s+(?!(?:in|at|to|on|by|for|from|with|and|or|as|after|before)\\b)\\p{Ll}`,
			'iu'
		).test(relative);
	const male = own('he|his');
	const female = own('she|her');
	if (male !== female) return male ? 'male' : 'female';
	let previous = '';
	let place = false;
	for (const word of rest.match(/[\p{L}’']+/gu) ?? []) {
		// "worked at the Stallbridge site": a name after "at the" is a place as after "at".
		if (
			/^(the|a|an)$/.test(word) &&
			place === false &&
			/^(of|in|at|from|for|on|near)$/i.test(previous)
		)
			continue;
		if (/^(he|his|him|himself)$/i.test(word)) return 'male';
		if (/^(she|her|hers|herself)$/i.test(word)) return 'female';
		// "_____ of Uganda won … and his time", "a shop on Bridge Street, said her takings": a
		// place after a preposition names no one else.
		// "a Democrat", "an Australian": a word after "a" describes; it names no one else.
		const capital =
			/^\p{Lu}/u.test(word) && !/^(I|The|A|An)$/.test(word) && !/^(a|an)$/i.test(previous);
		if (capital && /^(of|in|at|from|for|on|near)$/i.test(previous)) place = true;
		else if (capital && !place) return undefined;
		else if (!capital) place = false;
		previous = word;
	}
	return undefined;
}

/** "The men's race was won by _____", "_____ won the women's final": the sex the event says. */
export function sexOfEvent(
	statement: string,
	at: number,
	length: number
): 'male' | 'female' | undefined {
	const event = String.raw`\b(men|women|boys|girls)['’]s?\s+(?:\p{L}+\s+){0,2}?(?:race|final|singles|doubles|title|event|competition|marathon|tournament|championship|team)\b`;
	const before = new RegExp(`${event}[^,;.]*$`, 'iu').exec(statement.slice(0, at));
	const after = new RegExp(`^\\s+(?:won|wins|took|claimed)\\s+the\\s+${event}`, 'iu').exec(
		statement.slice(at + length)
	);
	const group = (before ?? after)?.[1].toLowerCase();
	if (!group) return undefined;
	return group === 'men' || group === 'boys' ? 'male' : 'female';
}
