/**
 * "The heritage centre said…" after "the Saltmarrow Heritage Centre", "with the scheme" after the
 * Regional Finds Recording Scheme: the last words of one name the text gave before, written in
 * lower case, are that thing.
 */
import type { Sentence } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';

/** Heads of places a text names once and then calls by the head: "Hollin Rigg Farm … the farm". */
export const PLACE_TAILS = /^(farm|quarry|reservoir|colliery|brewery|mill)$/;

/**
 * The one body or place named before `sentence` whose name is longer than `words` and ends in
 * them ("heritage centre" of "Saltmarrow Heritage Centre"), or undefined when none or several.
 */
export function namedByItsTail(
	words: string[],
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	const tail = words.join(' ').toLowerCase();
	const named = ctx.index.entities.filter(
		(e) =>
			(e.kind === 'organisation' || e.kind === 'place') &&
			e.name.split(/\s+/).length > words.length &&
			e.name.toLowerCase().endsWith(` ${tail}`) &&
			e.mentions.some((m) => m.sentence < sentence.index)
	);
	return named.length === 1 ? named[0] : undefined;
}
