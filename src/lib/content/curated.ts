/**
 * The decks that ship with the app. Summaries are small and eager; a deck's facts load only on the
 * pages that need them.
 */
import { byCodeUnits } from '../format/compare.ts';
import type { Deck } from './deck-schema.ts';
import type { DeckSummary } from './deck-summary.ts';

const summaries = import.meta.glob<DeckSummary>('/questions/*/facts.yaml', {
	eager: true,
	import: 'default',
	query: '?meta'
});
const loaders = import.meta.glob<Deck>('/questions/*/facts.yaml', { import: 'default' });

const byId = new Map(
	Object.entries(loaders).map(([path, load]) => [path.split('/')[2], load] as const)
);

// Every page reads this list as it starts: sorted without ICU's collator (see byCodeUnits).
export const curatedDeckSummaries: DeckSummary[] = Object.values(summaries).sort((a, b) =>
	byCodeUnits(a.title, b.title)
);

export const curatedDeckIds: string[] = curatedDeckSummaries.map((d) => d.id);

export function isCuratedDeck(id: string): boolean {
	return byId.has(id);
}

export async function loadCuratedDeck(id: string): Promise<Deck | undefined> {
	return byId.get(id)?.();
}
