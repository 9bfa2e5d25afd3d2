/**
 * Making a deck from an article: the text (pasted, opened or shared to the app), the generator in
 * its worker with progress, the draft under review, and publishing it to this device.
 */
import type { Deck } from '$lib/content/schema';
import { openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import { isCuratedDeck } from '$lib/content/curated';
import {
	addFact,
	deleteFact,
	editStatement,
	includeFact,
	publishable,
	readSavedDraft,
	renameEverywhere,
	type NewQuestion,
	type SavedDraft
} from '$lib/drafts/draft';
import { GenerateError } from '$lib/generate/errors';
import type { SkippedSentenceReport } from '$lib/generate/generate';
import { countWords } from '$lib/generate/text';

export type Stage = 'input' | 'generating' | 'draft' | 'published';

export { MAX_WORDS } from '$lib/generate/thresholds';
import { DEFAULT_CONFIDENCE, MAX_WORDS } from '$lib/generate/thresholds';
import { formatCount } from '$lib/format/count';
/** A paste this long is refused outright (about 50,000 words of English is 350,000 characters). */
export const MAX_CHARS = 1_000_000;
const DRAFT_KEY = 'factdeck:create-draft';

export class CreateState {
	stage = $state<Stage>('input');
	title = $state('');
	text = $state('');
	progress = $state({ done: 0, total: 0 });
	error = $state<string | undefined>(undefined);
	draft = $state.raw<Deck | undefined>(undefined);
	/** The article's sentences that became no fact, and why (the draft review lists them). */
	skipped = $state.raw<SkippedSentenceReport[]>([]);
	/**
	 * The confidence above which a generated fact is shown without being chosen: the generator's
	 * own, so a restored draft shows the facts it showed before the reload.
	 */
	threshold = $state(DEFAULT_CONFIDENCE);
	generationMs = $state(0);
	publishedId = $state<string | undefined>(undefined);

	readonly words = $derived(countWords(this.text));
	readonly tooLong = $derived(this.words > MAX_WORDS || this.text.length > MAX_CHARS);

	restoreDraft() {
		try {
			const saved = sessionStorage.getItem(DRAFT_KEY);
			if (!saved) return;
			const restored = readSavedDraft(JSON.parse(saved));
			if (restored) {
				this.draft = restored.deck;
				this.skipped = restored.skipped;
				this.stage = 'draft';
			}
		} catch {
			// A damaged saved draft is simply not restored.
		}
	}

	#keep(deck: Deck) {
		this.draft = deck;
		const saved: SavedDraft = { deck, skipped: this.skipped };
		try {
			sessionStorage.setItem(DRAFT_KEY, JSON.stringify(saved));
		} catch {
			// Too big for session storage: the draft still works until the tab closes.
		}
	}

	async generate() {
		this.error = undefined;
		if (!this.text.trim()) {
			this.error = 'Paste or open an article first.';
			return;
		}
		if (this.tooLong) {
			this.error = `This text has ${formatCount(this.words)} words; Factdeck takes up to ${formatCount(MAX_WORDS)}. Split it into parts and make a deck of each.`;
			return;
		}
		this.stage = 'generating';
		this.progress = { done: 0, total: 0 };
		try {
			const { runGenerator } = await import('$lib/generate/client');
			const result = await runGenerator(
				{ text: this.text, title: this.title.trim() || undefined, seed: 1 },
				(done, total) => (this.progress = { done, total })
			);
			this.generationMs = result.stats.ms;
			this.skipped = result.skipped;
			this.#keep(result.deck);
			this.stage = 'draft';
		} catch (error) {
			this.stage = 'input';
			this.error =
				error instanceof GenerateError
					? error.message
					: 'The generator stopped unexpectedly. Your text is still here: try again.';
		}
	}

	shown(factConfidence: number | undefined): boolean {
		return factConfidence === undefined || factConfidence >= this.threshold;
	}

	rename(from: string, to: string) {
		if (this.draft) this.#keep(renameEverywhere(this.draft, from, to));
	}
	remove(factId: string) {
		if (this.draft) this.#keep(deleteFact(this.draft, factId));
	}
	include(factId: string) {
		if (this.draft) this.#keep(includeFact(this.draft, factId));
	}
	edit(factId: string, statement: string): string | undefined {
		if (!this.draft) return undefined;
		const result = editStatement(this.draft, factId, statement);
		if (typeof result === 'string') return result;
		this.#keep(result);
		return undefined;
	}
	add(question: NewQuestion): string | undefined {
		if (!this.draft) return undefined;
		const result = addFact(this.draft, question);
		if (typeof result === 'string') return result;
		this.#keep(result);
		return undefined;
	}

	/** Saves the reviewed deck (its shown facts) on this device. */
	async publish(): Promise<string[]> {
		if (!this.draft) return [];
		const deck: Deck = {
			...this.draft,
			title: this.title.trim() || this.draft.title,
			facts: this.draft.facts.filter((f) => this.shown(f.confidence))
		};
		if (isCuratedDeck(deck.id)) return ['A built-in deck has this id.'];
		const checked = publishable(deck);
		if (!checked.ok) return checked.problems;
		try {
			await (await openStore()).saveUserDeck(checked.deck, Date.now());
		} catch (error) {
			storageStatus.report(error);
			return [storageStatus.message ?? 'Saving failed.'];
		}
		sessionStorage.removeItem(DRAFT_KEY);
		this.publishedId = checked.deck.id;
		this.stage = 'published';
		return [];
	}

	startOver() {
		this.draft = undefined;
		this.skipped = [];
		this.stage = 'input';
		this.publishedId = undefined;
		try {
			sessionStorage.removeItem(DRAFT_KEY);
		} catch {
			// Nothing saved to remove.
		}
	}
}
