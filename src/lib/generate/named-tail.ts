/**
 * "The heritage centre said…" after "the Saltmarrow Heritage Centre": the last words of one name
 * the text gave before, written in lower case, are that thing.
 */
import type { Sentence, Token } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';

/**
 * The thing whose name ends in the two words after the "the" at `at` ("heritage centre" of
 * "Saltmarrow Heritage Centre"), when the text named exactly one such before this sentence.
 */
export function namedByItsTail(
	tokens: Token[],
	at: number,
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	const [a, b] = [tokens[at + 1], tokens[at + 2]];
	if (!a || !b || !/^[a-z]+$/.test(a.text) || !/^[a-z]+(['’]s)?$/.test(b.text)) return undefined;
	if (!/^\s+$/.test(a.post)) return undefined;
	const tail = `${a.normal} ${b.normal.replace(/['’]s$/, '')}`;
	const named = ctx.index.entities.filter(
		(e) =>
			(e.kind === 'organisation' || e.kind === 'place') &&
			e.name.split(/\s+/).length > 2 &&
			e.name.toLowerCase().endsWith(` ${tail}`) &&
			e.mentions.some((m) => m.sentence < sentence.index)
	);
	return named.length === 1 ? named[0] : undefined;
}
