/** Turns untrusted data into a `Deck`, or into a list of problems that say where and why. */
import * as v from 'valibot';
import { checkDeckReferences, DeckSchema, type Deck, type DeckProblem } from './deck-schema.ts';

export type DeckParseResult = { ok: true; deck: Deck } | { ok: false; problems: DeckProblem[] };

export function parseDeck(input: unknown): DeckParseResult {
	const result = v.safeParse(DeckSchema, input);
	if (!result.success) {
		return {
			ok: false,
			problems: result.issues.map((issue) => ({
				path: (issue.path ?? []).map((item) => item.key as string | number),
				message: issue.message
			}))
		};
	}
	const problems = checkDeckReferences(result.output);
	return problems.length ? { ok: false, problems } : { ok: true, deck: result.output };
}

/** `facts[3].slots[0].answer` */
export function formatPath(path: (string | number)[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}
