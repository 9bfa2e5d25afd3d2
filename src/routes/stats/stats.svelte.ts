/**
 * The stats page's state: reads what the charts need once (and again when the tab comes back),
 * then derives every chart from it for the chosen deck.
 */
import { curatedDeckSummaries } from '$lib/content/curated';
import { loadDeck } from '$lib/decks/load';
import { existingStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import { finishedAttempts, hasHistory, reviewsFrom, seenCards } from '$lib/db/stats-queries';
import { heatmapStart } from '$lib/stats/heatmap';
import { statsReport, type StatsInput, type StatsReport } from '$lib/stats/report';
import { ALL_DECKS, deckChoices, type DeckChoice } from '$lib/stats/scope';

export type StatsStatus = 'loading' | 'empty' | 'ready' | 'error';

export class StatsPage {
	status = $state<StatsStatus>('loading');
	error = $state<string | undefined>(undefined);
	decks = $state.raw<DeckChoice[]>([]);
	deckId = $state(ALL_DECKS);
	/** The desired retention from settings: the goal line of the retention chart. */
	goal = $state(0.9);
	#input = $state.raw<StatsInput | undefined>(undefined);

	readonly report: StatsReport | undefined = $derived(
		this.#input ? statsReport(this.#input, this.deckId) : undefined
	);

	get titles(): Map<string, string> {
		return new Map(this.decks.map((d) => [d.id, d.title]));
	}

	async load(now: number) {
		try {
			// A first visit has no database: the empty state shows without loading Dexie.
			const store = await existingStore();
			if (!store || !(await hasHistory(store))) {
				this.status = 'empty';
				return;
			}
			const [saved, settings, reviews, attempts] = await Promise.all([
				store.listDecks(),
				store.readSettings(),
				reviewsFrom(store, heatmapStart(now)),
				finishedAttempts(store)
			]);
			const decks = deckChoices(curatedDeckSummaries, saved);
			const cards = await seenCards(
				store,
				decks.map((d) => d.id)
			);
			const active = new Set([...reviews, ...attempts].map((r) => r.deckId));
			const loaded = await Promise.all(
				decks.filter((d) => active.has(d.id)).map((d) => loadDeck(d.id))
			);
			this.decks = decks;
			if (this.deckId !== ALL_DECKS && !decks.some((d) => d.id === this.deckId))
				this.deckId = ALL_DECKS;
			this.goal = settings.retention;
			this.#input = {
				now,
				reviews,
				cards,
				attempts,
				decks: loaded.filter((d) => d !== undefined)
			};
			this.status = 'ready';
		} catch (error) {
			this.error = storageStatus.report(error).message;
			this.status = 'error';
		}
	}
}
