/** Every deck a student can open: the ones built in, then the ones made or imported here. */
import { curatedDeckSummaries } from '$lib/content/curated';
import type { Overview } from '$lib/db/overview';

export interface DeckEntry {
	id: string;
	title: string;
	curated: boolean;
}

export function deckEntries(overview: Overview | undefined): DeckEntry[] {
	return [
		...curatedDeckSummaries.map(({ id, title }) => ({ id, title, curated: true })),
		...(overview?.userDecks ?? []).map(({ id, title }) => ({ id, title, curated: false }))
	];
}
