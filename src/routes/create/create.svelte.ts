/**
 * Making a deck from an article: the text (pasted, opened or shared to the app), the generator in
 * its worker with progress, the draft under review, and publishing it to this device.
 */
import type { Deck } from '$lib/content/deck-schema';
import { openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import { curatedDeckIds } from '$lib/content/curated';
import {
	addFact,
	deleteFact,
	editStatement,
	includeFact,
	omitQuestion,
	publishable,
	readSavedDraft,
	renameEverywhere,
	setBlank,
	type NewQuestion,
	type SavedDraft
} from '$lib/drafts/draft';
import { GenerateError } from '$lib/generate/generate-error';
import type { SkippedSentenceReport } from '$lib/generate/generate';
import { countWords } from '$lib/generate/readable-text';

export type Stage = 'input' | 'generating' | 'draft' | 'published';

export { MAX_WORDS } from '$lib/generate/thresholds';
import { DEFAULT_CONFIDENCE, MAX_WORDS } from '$lib/generate/thresholds';
import { formatCount } from '$lib/format/count';
/** A paste this long is refused outright (about 50,000 words of English is 350,000 characters). */
export const MAX_CHARS = 1_000_000;

/** Where the draft is kept between visits: this device's database (see Store.saveDraft). */
export interface DraftKeeper {
	read(): Promise<unknown>;
	save(draft: SavedDraft): Promise<void>;
	clear(): Promise<void>;
}

const deviceDrafts: DraftKeeper = {
	read: async () => (await openStore()).readDraft(),
	save: async (draft) => (await openStore()).saveDraft(draft),
	clear: async () => (await openStore()).clearDraft()
};

export class CreateState {
	readonly #drafts: DraftKeeper;
	/** Saves in the order they were made: a slow one never overwrites a later one. */
	#saving: Promise<void> = Promise.resolve();

	constructor(drafts: DraftKeeper = deviceDrafts) {
		this.#drafts = drafts;
	}

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
	/** The teacher's own question being written: its form is open, on this sentence. */
	adding = $state(false);
	addSource = $state('');
	publishedId = $state<string | undefined>(undefined);

	readonly words = $derived(countWords(this.text));
	readonly tooLong = $derived(this.words > MAX_WORDS || this.text.length > MAX_CHARS);

	/** Opens the draft kept on this device, if there is one (a damaged one is not restored). */
	async restoreDraft() {
		try {
			const restored = readSavedDraft(await this.#drafts.read());
			if (restored && this.stage === 'input' && !this.text) {
				this.draft = restored.deck;
				this.skipped = restored.skipped;
				this.stage = 'draft';
			}
		} catch {
			// No database, or a damaged draft: start with an empty page.
		}
	}

	/** The draft as it now is, shown and saved on this device at once (see `saved`). */
	#keep(deck: Deck) {
		this.draft = deck;
		const saved = $state.snapshot({ deck, skipped: this.skipped });
		this.#saving = this.#saving
			.then(() => this.#drafts.save(saved))
			.catch((error: unknown) => {
				storageStatus.report(error);
			});
	}

	/** Resolves once every change so far is saved (or its failure reported). */
	saved(): Promise<void> {
		return this.#saving;
	}

	#forget() {
		this.#saving = this.#saving.then(() => this.#drafts.clear()).catch(() => undefined);
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
			const { runGenerator } = await import('$lib/generate/worker-client');
			const result = await runGenerator(
				{ text: this.text, title: this.title.trim() || undefined, seed: 1 },
				(done, total) => (this.progress = { done, total })
			);
			this.generationMs = result.stats.ms;
			this.skipped = result.skipped;
			// Saved before it is shown: closing the browser now loses nothing.
			this.#keep(result.deck);
			await this.#saving;
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
	/** One question is never asked; the fact's other questions stay. */
	omit(factId: string, questionId: string) {
		if (this.draft) this.#keep(omitQuestion(this.draft, factId, questionId));
	}
	/** The fact asks about these words of its statement instead. */
	blank(factId: string, words: string): string | undefined {
		if (!this.draft) return undefined;
		const result = setBlank(this.draft, factId, words);
		if (typeof result === 'string') return result;
		this.#keep(result);
		return undefined;
	}
	edit(factId: string, statement: string): string | undefined {
		if (!this.draft) return undefined;
		const result = editStatement(this.draft, factId, statement);
		if (typeof result === 'string') return result;
		this.#keep(result);
		return undefined;
	}
	/** Opens the form for a question of the teacher's own on a sentence the generator left out. */
	askAbout(sentence: string) {
		this.addSource = sentence;
		this.adding = true;
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
		const checked = publishable(deck);
		if (!checked.ok) return checked.problems;
		let saved: Deck;
		try {
			// The id comes from the text: the same article published twice is a second deck.
			saved = await (await openStore()).addUserDeck(checked.deck, Date.now(), curatedDeckIds);
		} catch (error) {
			storageStatus.report(error);
			return [storageStatus.message ?? 'Saving failed.'];
		}
		this.#forget();
		this.publishedId = saved.id;
		this.stage = 'published';
		return [];
	}

	startOver() {
		this.draft = undefined;
		this.skipped = [];
		this.stage = 'input';
		this.publishedId = undefined;
		this.#forget();
	}
}
