/** Which decks the stats page can be narrowed to: the curated ones, then those made on this device. */

export interface DeckChoice {
	id: string;
	title: string;
}

export const ALL_DECKS = 'all';

export function deckChoices(
	curated: readonly DeckChoice[],
	saved: readonly { id: string; title: string; kind: 'curated' | 'user' }[]
): DeckChoice[] {
	const ids = new Set(curated.map((d) => d.id));
	const user = saved
		.filter((d) => d.kind === 'user' && !ids.has(d.id))
		.map(({ id, title }) => ({ id, title }))
		.sort((a, b) => a.title.localeCompare(b.title));
	return [...curated.map(({ id, title }) => ({ id, title })), ...user];
}

/** Rows of the chosen deck, or all of them. */
export function inScope<T extends { deckId: string }>(rows: readonly T[], deckId: string): T[] {
	return deckId === ALL_DECKS ? [...rows] : rows.filter((r) => r.deckId === deckId);
}
