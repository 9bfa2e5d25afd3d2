/**
 * Names with "and" in them: "the Transport and Road Workers' Union", "Vale and Downs Water (VDW)",
 * "the Tanner Museum and Art Gallery". Where such a name runs on across its "and" (name-chunks.ts
 * reads the rest of a name).
 */
import { hasTag, type Token } from '../analyse.ts';
import { ORGANISATION_HEADS } from '../../language/lexicon.ts';
import {
	acronymSpells,
	breaksAfter,
	capitalRunEnd,
	OPENING_QUOTE,
	POSSESSIVE
} from './name-surface.ts';

/**
 * Where a name that runs on across the "and" at `end` ends, when the acronym in brackets after it
 * spells the whole ("Union of Retail and Distribution Workers (URDW)"), or 0.
 */
export function spelledAcrossAnd(tokens: Token[], start: number, end: number): number {
	const run = capitalRunEnd(tokens, end + 1);
	return run > end + 1 && acronymSpells(tokens, start, run) ? run : 0;
}

/** What follows "and" in a family firm's name. */
const FAMILY = /^(Sons?|Daughters?|Partners|Co\.?)$/;

/**
 * "the Transport and Road Workers' Union", "the Food and Drink Association": one organisation whose
 * name has "and" in it. The run before "and" has no head word of its own, "the" comes before it
 * (or it names no person or organisation), and the capitalised words after "and" end on an
 * organisation's head word. Returns where the
 * whole name ends, or 0. "the Treasury and the Bank of England" stays two names.
 */
export function joinedByAnd(tokens: Token[], start: number, end: number): number {
	if (!/^(and|&)$/.test(tokens[end]?.text ?? '')) return 0;
	// "The Union of Retail and Distribution Workers (URDW)": the acronym spells the whole.
	const spelled = spelledAcrossAnd(tokens, start, end);
	if (spelled) return spelled;
	// "Pryce and Daughters Funeral Directors", "Hale & Sons": a family firm, one name; so is
	// "Pellow and Grant, a family firm of clockmakers", as the apposition after it says.
	if (end - start <= 2) {
		const run = capitalRunEnd(tokens, end + 1);
		const said = tokens.slice(run, run + 4);
		const family =
			FAMILY.test(tokens[end + 1]?.text ?? '') && !POSSESSIVE.test(tokens[run - 1].text);
		const firm =
			run > end + 1 &&
			/^,\s*$/.test(tokens[run - 1].post) &&
			/^(a|an|the)$/.test(said[0]?.normal ?? '') &&
			said.some((t) => /^(firm|company|business|practice|partnership)$/.test(t.normal));
		if (family || firm) return run;
	}
	// Without "the", only a name whose first part is no person's and ends in a common noun
	// ("Westshire Fire and Rescue Service", "Avon and Somerset Police"): "Tom Hale and Leeds City
	// Council" are two.
	// "Garrow Community and Technical College": the tagger reads one organisation across "and".
	const after = tokens[end + 1];
	const describing =
		after !== undefined &&
		hasTag(after, 'Organization') &&
		tokens.slice(start, end).every((t) => hasTag(t, 'Organization'));
	if (
		tokens[start - 1]?.normal !== 'the' &&
		!describing &&
		tokens.slice(start, end).some((t) => hasTag(t, 'Person', 'FirstName', 'Organization'))
	)
		return 0;
	// "the SHPT and Brindlecombe Borough Council": an acronym is a whole name of its own.
	if (tokens.slice(start, end).every((t) => /^\p{Lu}{2,}$/u.test(t.text))) return 0;
	// "Fennick Academy, Copperbeech Infant School, Quillfield Primary and Brindlecombe High
	// School": the last two of a list of names; "Quillfield Primary" is a school's short name.
	if (
		/,/.test(tokens[start - 1]?.post ?? '') ||
		/^(primary|infants|juniors|grammar)$/.test(tokens[end - 1]?.normal ?? '')
	)
		return 0;
	const gallery = museumAndGallery(tokens, end);
	if (gallery) return gallery;
	for (let k = start; k < end; k++) if (ORGANISATION_HEADS[tokens[k].normal]) return 0;
	let last = 0;
	for (let j = end + 1; j < tokens.length && /^\p{Lu}/u.test(tokens[j].text); j++) {
		if (hasTag(tokens[j], 'Date', 'Value', 'Pronoun')) break;
		if (j > end + 1 && (OPENING_QUOTE.test(tokens[j].pre) || /[([]/.test(tokens[j].pre))) break;
		last = j;
		const pluralPossessive = /s$/.test(tokens[j].text) && /^['’]\s+$/.test(tokens[j].post);
		if (!pluralPossessive && (POSSESSIVE.test(tokens[j].text) || breaksAfter(tokens[j]))) break;
	}
	// "the Wendlebury and District Model Railway Society's headquarters": the head before its "'s".
	return last && ORGANISATION_HEADS[tokens[last].normal.replace(POSSESSIVE, '')] ? last + 1 : 0;
}

/**
 * "the Tanner Museum and Art Gallery", "Corrowby Library and Archives": one body, where "the
 * Science Museum and the Natural History Museum" are two. Where the name ends, or 0.
 */
function museumAndGallery(tokens: Token[], end: number): number {
	const before = tokens[end - 1]?.normal ?? '';
	const k = /^(art|arts|heritage|history|science|design|music)$/.test(tokens[end + 1]?.normal ?? '')
		? end + 2
		: end + 1;
	const head = tokens[k];
	const kinds = /^(gallery|museum|archives?|library)$/;
	const one = /^(museum|library|gallery)$/.test(before) && head && /^\p{Lu}/u.test(head.text);
	return one && kinds.test(head.normal) && head.normal !== before ? k + 1 : 0;
}
