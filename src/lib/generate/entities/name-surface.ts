/**
 * A name's surface in its sentence: where it ends, its words as written (a possessive "'s" left
 * off, except a saint's church or a shop's own name), and whether it is used like an adjective.
 */
import nlp from 'compromise/three';
import { hasTag, type Token } from '../analyse.ts';
import { ORGANISATION_HEADS, ROLE_NOUNS, TITLES } from '../../language/lexicon.ts';
import { abbreviates } from './acronyms.ts';

const BREAK_AFTER = /[,;:.!?"“”()[\]—–]|\s-\s|’\s|'\s/;
export const POSSESSIVE = /['’]s$/;
/** A quotation opening before a word: a name starts afresh after it. */
export const OPENING_QUOTE = /["“‘]/;

/** Whether a name ends after this token: a possessive, or punctuation after it. */
export function breaksAfter(token: Token): boolean {
	if (POSSESSIVE.test(token.text)) return true;
	const post = token.post;
	if (!BREAK_AFTER.test(post)) return false;
	// "Dr. Smith", "John F. Kennedy": an abbreviation's full stop does not end a name.
	if (
		/^\.\s*$/.test(post) &&
		(TITLES.has(token.normal.replace(/\.$/, '')) || /^[A-Z]$/.test(token.text))
	)
		return false;
	return true;
}

/** A name used like an adjective: "the Crossness engines", "a London-based fellow". */
const COMPOUND_GERUNDS =
	/^(housing|shopping|parking|training|swimming|sailing|rowing|fishing|nursing|dining|landing|boarding|bathing|camping)$/;

export function isModifier(last: Token, next: Token | undefined, after?: Token): boolean {
	if (!next) return false;
	// "Shoplifting in Brackenhythe town centre": the town itself, named where its centre is.
	if (/^(town|city)$/.test(next.normal) && after?.normal === 'centre') return false;
	if (/-$/.test(last.post) || /^-/.test(next.pre)) return true;
	// "Harrow County Council leader Alan Brierley": a body named beside the post someone holds in it.
	if (ORGANISATION_HEADS[last.normal] !== undefined && ROLE_NOUNS.has(next.normal)) return false;
	// "the town's Westfield industrial estate", "Art Deco light fittings": before an adjective
	// and its noun, in lower case (not "Smith last week").
	if (
		!breaksAfter(last) &&
		/^[a-z]/.test(next.text) &&
		hasTag(next, 'Adjective') &&
		!hasTag(next, 'Noun') &&
		after !== undefined &&
		/^\s+$/.test(next.post) &&
		/^[a-z]+$/.test(after.text) &&
		hasTag(after, 'Noun') &&
		!/^(week|month|year|night|morning|evening|time|season|summer|winter|spring|autumn)s?$/.test(
			after.normal
		)
	)
		return true;
	// "with opener Rachel Venn scoring 74": a person doing something, not a kind of scoring.
	if (
		/ing$/.test(next.normal) &&
		!COMPOUND_GERUNDS.test(next.normal) &&
		hasTag(last, 'Person', 'LastName', 'FirstName')
	)
		return false;
	return (
		!breaksAfter(last) &&
		// "the Sandholme housing estate": a gerund that names a kind of place or club.
		(hasTag(next, 'Noun') || COMPOUND_GERUNDS.test(next.normal)) &&
		!hasTag(next, 'Pronoun') &&
		// The tagger calls "estate" in "the Orchard Rise estate" a proper noun too; written in
		// lower case, it is not one.
		/^[a-z]/.test(next.text)
	);
}

/** The words of tokens [start, end) as written, with what stands between them. */
export function textOf(tokens: Token[], start: number, end: number): string {
	let text = tokens[start].text;
	for (let k = start + 1; k < end; k++) text += tokens[k - 1].post + tokens[k].pre + tokens[k].text;
	return text;
}

/**
 * The words of tokens [start, end) as written, without a final possessive "'s", except a saint's
 * church or school: "at St Aldhelm's in Nether Brook" names St Aldhelm's, not the saint.
 */
export function surfaceOf(tokens: Token[], start: number, end: number): string {
	const text = textOf(tokens, start, end);
	if (/^(St\.?|Saint) \p{Lu}\p{L}+['’]s$/u.test(text) || shopName(tokens, end)) return text;
	return text.replace(POSSESSIVE, '');
}

/**
 * "Shares in Brantwell's, the regional supermarket chain, fell", "Brantwell's was founded": a
 * name in "'s" that no noun follows is a shop's or a firm's own name, not a possessive.
 */
export function shopName(tokens: Token[], end: number): boolean {
	const last = tokens[end - 1];
	if (!last || !POSSESSIVE.test(last.text)) return false;
	const next = tokens[end];
	return (
		/^[,;:]\s*$/.test(last.post) ||
		(next !== undefined &&
			// "Pennyfield's has reported" (the tagger calls "has" a noun after a possessive),
			// "Pennyfield's said".
			(FINITE_AFTER_NAME.test(next.normal) ||
				(hasTag(next, 'Copula', 'Auxiliary', 'Modal', 'PastTense') &&
					!hasTag(next, 'Noun', 'Adjective'))))
	);
}

/** Words that follow a subject, never a possessive's noun. */
const FINITE_AFTER_NAME =
	/^(has|had|is|was|were|will|would|could|can|may|might|must|should|said|says|told|added|announced|confirmed|reported)$/;

/** Where a run of capitalised words from `from` ends ("Distribution Workers" of "and …"). */
export function capitalRunEnd(tokens: Token[], from: number): number {
	let end = from;
	while (
		end < tokens.length &&
		/^\p{Lu}\p{Ll}/u.test(tokens[end].text) &&
		(end === from ||
			/^\s*$/.test(tokens[end - 1].post) ||
			// "Researchers' Union": a plural possessive inside a name.
			(/s$/.test(tokens[end - 1].text) && /^['’]\s+$/.test(tokens[end - 1].post)))
	)
		end++;
	return end;
}

/** The word a body's name opens with before "'s": "Pellow" of "Pellow's Coaches", "Harmon" of "Harmon's". */
export function possessiveOpener(name: string): string | undefined {
	return /^(\S+)['’]s(?:\s|$)/.exec(name)?.[1];
}

/** Whether the acronym in brackets at `end` spells the words [start, end): "… (URDW)". */
export function acronymSpells(tokens: Token[], start: number, end: number): boolean {
	const acronym = tokens[end];
	return (
		acronym !== undefined &&
		/\(\s*$/.test(tokens[end - 1].post + acronym.pre) &&
		abbreviates(acronym.text, textOf(tokens, start, end))
	);
}

/**
 * "Westerly Field Energy (WFE) wants…": a word the tagger reads as an adverb, at the start of a
 * sentence, whose initial the acronym in brackets after the name needs.
 */
export function initialOfAcronym(tokens: Token[], i: number): boolean {
	// "Vale and Downs Water (VDW) said…": the rest of the name may follow "and".
	const rest = /^(and|&)$/.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
	const end = capitalRunEnd(tokens, rest);
	return end > rest && acronymSpells(tokens, i, end) && !acronymSpells(tokens, rest, end);
}

const plurals = new Map<string, boolean>();
/** Whether a capitalised word is, written small, the plural of a thing: "Valves", not "Evans". */
export function thingsPlural(word: string): boolean {
	if (!/^\p{Lu}\p{Ll}+[^s'’]s$/u.test(word)) return false;
	const known = plurals.get(word);
	if (known !== undefined) return known;
	const terms = nlp(word.toLowerCase()).json() as { terms?: { tags?: string[] }[] }[];
	const tags = terms[0]?.terms?.[0]?.tags ?? [];
	const plural = tags.includes('Plural') && !tags.includes('Person');
	plurals.set(word, plural);
	return plural;
}
