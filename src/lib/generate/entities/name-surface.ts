/**
 * A name's surface in its sentence: where it ends, its words as written (a possessive "'s" left
 * off, except a saint's church or a shop's own name), and whether it is used like an adjective.
 */
import { hasTag, type Token } from '../analyse.ts';
import { TITLES } from '../../language/lexicon.ts';
import { abbreviates } from './evidence.ts';

const BREAK_AFTER = /[,;:.!?"“”()[\]—–]|\s-\s|’\s|'\s/;
export const POSSESSIVE = /['’]s$/;

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

export function isModifier(last: Token, next: Token | undefined): boolean {
	if (!next) return false;
	if (/-$/.test(last.post) || /^-/.test(next.pre)) return true;
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
			hasTag(next, 'Copula', 'Auxiliary', 'Modal') &&
			!hasTag(next, 'Noun', 'Adjective'))
	);
}

/**
 * "Westerly Field Energy (WFE) wants…": a word the tagger reads as an adverb, at the start of a
 * sentence, whose initial the acronym in brackets after the name needs.
 */
export function initialOfAcronym(tokens: Token[], i: number): boolean {
	let end = i + 1;
	while (
		end < tokens.length &&
		/^\p{Lu}\p{Ll}/u.test(tokens[end].text) &&
		/^\s*$/.test(tokens[end - 1].post)
	)
		end++;
	const acronym = tokens[end];
	if (end === i + 1 || !acronym || !/\(\s*$/.test(tokens[end - 1].post + acronym.pre)) return false;
	const words = (from: number) =>
		tokens
			.slice(from, end)
			.map((t) => t.text)
			.join(' ');
	return abbreviates(acronym.text, words(i)) && !abbreviates(acronym.text, words(i + 1));
}
