/**
 * A sentence's first word that the tagger reads as an ordinary word but that opens a name:
 * "Redgate Theatre Company is to lose its grant" (a command, to the tagger), "Ironside Amateur
 * Boxing Club, which has used…" (a common noun). At the start of a sentence its capital says
 * nothing, so only the capitals after it can tell.
 */
import { hasTag, type Token } from '../analyse.ts';
import {
	ORGANISATION_HEADS,
	PEOPLE_BY_WHAT_THEY_DO,
	PLACE_HEADS,
	ROLE_NOUNS
} from '../../language/lexicon.ts';

/** Heads of the bodies whose names a made-up word opens: a club, a society, a team. */
const CLUB_CATEGORIES = new Set(['community', 'team']);

/**
 * Whether `tokens[i]`, at the start of a sentence, is the first word of the capitals after it:
 * a guessed command before a body's or a building's head ("Visit Castlebridge Theatre" has no
 * verb after), or a guessed singular noun before a club's or a society's ("Retailer Bargain
 * Stores" is a firm; "Chef Priya Shah", "Rivals Harlow Football Club" say what, or who, it is).
 */
export function openerOfAName(tokens: Token[], i: number): boolean {
	const token = tokens[i];
	const command = hasTag(token, 'Imperative', 'Infinitive');
	const noun =
		hasTag(token, 'Singular') &&
		!hasTag(token, 'Plural', 'Actor', 'Adjective') &&
		!ROLE_NOUNS.has(token.normal) &&
		!PEOPLE_BY_WHAT_THEY_DO.has(token.normal) &&
		ORGANISATION_HEADS[token.normal] === undefined;
	if (!command && !noun) return false;
	let end = i + 1;
	while (
		end < tokens.length &&
		/^\p{Lu}\p{Ll}/u.test(tokens[end].text) &&
		/^\s*$/.test(tokens[end - 1].post)
	)
		end++;
	const head = tokens[end - 1].normal;
	const fits = command
		? ORGANISATION_HEADS[head] !== undefined || PLACE_HEADS[head] !== undefined
		: CLUB_CATEGORIES.has(ORGANISATION_HEADS[head] ?? '');
	return (
		end > i + 1 &&
		fits &&
		// "Harbour Sound 96.4 said…": a station's frequency, no sound of the sea.
		!/^\d/.test(tokens[end]?.text ?? '') &&
		tokens.slice(end).some((t) => hasTag(t, 'Verb'))
	);
}
