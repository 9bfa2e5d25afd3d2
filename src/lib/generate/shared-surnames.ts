/**
 * Surnames that two people named in a text share ("Agnes Tulloch" and "her husband, Duncan
 * Tulloch"), read where a sentence writes one alone: either person, unless the text is about one
 * of them.
 */
import type { Sentence } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';
import { quotedTokens } from './sentences.ts';

/**
 * Surnames in a sentence, outside quotations and outside any mention, that two people named in
 * the text share ("Agnes Tulloch" and "her husband, Duncan Tulloch"): one of them is meant.
 */
export function sharedSurnames(sentence: Sentence, ctx: AntecedentContext): string[] {
	const counts = new Map<string, number>();
	for (const e of ctx.index.entities)
		if (e.kind === 'person' && /\s/.test(e.name)) {
			const surname = e.name.split(/\s+/).at(-1) ?? '';
			counts.set(surname, (counts.get(surname) ?? 0) + 1);
		}
	const covered = new Set(
		ctx.index.mentionsIn(sentence.index).flatMap((m) => range(m.start, m.end))
	);
	const quoted = quotedTokens(sentence);
	return sentence.tokens
		.filter((t, i) => !quoted[i] && !covered.has(i) && (counts.get(t.text) ?? 0) > 1)
		.map((t) => t.text);
}

/** The one person the text is about who has this surname, if one. */
export function subjectCalled(surname: string, ctx: AntecedentContext): EntityDraft | undefined {
	const found = [...ctx.subjects].filter(
		(e) => e.kind === 'person' && e.name.split(/\s+/).at(-1) === surname
	);
	return found.length === 1 ? found[0] : undefined;
}

function range(start: number, end: number): number[] {
	return Array.from({ length: end - start }, (_, k) => start + k);
}
