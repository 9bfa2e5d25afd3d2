/**
 * The teacher's quiz builder: deck, size, kinds of question, order, time limit, title; the
 * preview students will see; edits; and the link that carries it all.
 */
import { curatedDeckSummaries, isCuratedDeck } from '$lib/content/curated';
import type { Deck } from '$lib/content/schema';
import { loadDeck } from '$lib/decks';
import type { Store } from '$lib/db/store';
import { buildQuestionsInSlices } from '$lib/questions/engine';
import { assembleQuiz, factImportance, quizKey } from '$lib/questions/quiz';
import { newSeed } from '$lib/questions/random';
import { QUESTION_TYPES, type QuestionType } from '$lib/questions/types';
import { Eventually } from '$lib/schedule/eventually.svelte';
import { quizSearch } from '$lib/share/quiz-params';
import { encodeSharedQuiz, quizIdentity, type SharedQuiz } from '$lib/share/shared-quiz';
import { applyEdits, hasEdits, type QuestionEdit } from '$lib/teach/edits';

export interface DeckOption {
	id: string;
	title: string;
}

export class TeachState {
	decks = $state.raw<DeckOption[]>(curatedDeckSummaries.map(({ id, title }) => ({ id, title })));
	deckId = $state(curatedDeckSummaries[0]?.id ?? '');
	deck = $state.raw<Deck | undefined>(undefined);
	title = $state('');
	n = $state(10);
	types = $state<QuestionType[]>([...QUESTION_TYPES]);
	shuffle = $state(false);
	/** Minutes; 0 = none. */
	timeLimit = $state(0);
	seed = $state(newSeed());
	edits = $state<Record<string, QuestionEdit>>({});
	/** Every question of `deck` for `seed`, built in slices off the critical path. */
	readonly #all = new Eventually(
		(): [Deck, number] | undefined => (this.deck ? [this.deck, this.seed] : undefined),
		buildQuestionsInSlices
	);
	link = $state('');
	linkError = $state<string | undefined>(undefined);

	/** All kinds chosen is the default: the link then leaves `types` out. */
	readonly chosenTypes = $derived(this.types.length === QUESTION_TYPES.length ? [] : this.types);
	readonly spec = $derived({ seed: this.seed, n: this.n, types: this.chosenTypes });
	readonly base = $derived(
		this.#all.value && this.deck
			? assembleQuiz(this.#all.value, this.spec, factImportance(this.deck))
			: []
	);
	/** True while the questions of the chosen deck and selection are being built. */
	readonly building = $derived(!!this.deck && !this.#all.value);
	readonly questions = $derived(applyEdits(this.base, this.edits));
	readonly edited = $derived(hasEdits(this.edits));
	/** Unedited quizzes of built-in decks get a short, readable link. */
	readonly readable = $derived(isCuratedDeck(this.deckId) && !this.edited);

	async addSavedDecks(store: Store) {
		const saved = (await store.listDecks()).filter((d) => d.kind === 'user' && d.deck);
		this.decks = [
			...curatedDeckSummaries.map(({ id, title }) => ({ id, title })),
			...saved.map((d) => ({ id: d.id, title: d.title }))
		];
	}

	async chooseDeck(id: string) {
		this.deckId = id;
		this.edits = {};
		const deck = await loadDeck(id);
		if (this.deckId !== id) return;
		this.deck = deck;
		this.title = deck?.title ?? '';
	}

	newSelection() {
		this.seed = newSeed();
		this.edits = {};
	}

	edit(id: string, edit: QuestionEdit) {
		this.edits = { ...this.edits, [id]: { ...this.edits[id], ...edit } };
	}

	resetEdit(id: string) {
		this.edits = Object.fromEntries(Object.entries(this.edits).filter(([key]) => key !== id));
	}

	clearEdits() {
		this.edits = {};
	}

	sharedQuiz(): SharedQuiz {
		const deck = this.deck!;
		const rest: Omit<SharedQuiz, 'id'> = {
			v: 1,
			title: this.title.trim() || deck.title,
			deckId: deck.id,
			deckTitle: deck.title,
			source: {
				title: deck.source.title,
				...(deck.source.publisher ? { publisher: deck.source.publisher } : {}),
				...(deck.source.url ? { url: deck.source.url } : {})
			},
			...(this.timeLimit ? { timeLimit: this.timeLimit } : {}),
			...(this.shuffle ? { shuffle: true } : {}),
			questions: this.questions
		};
		return { ...rest, id: quizIdentity(rest) };
	}

	/** The identity a student's result code will carry for this quiz. */
	quizId(): string {
		return this.readable ? quizKey(this.deckId, this.spec) : this.sharedQuiz().id;
	}

	async makeLink(origin: string): Promise<void> {
		if (!this.deck || !this.questions.length) {
			this.link = '';
			return;
		}
		try {
			if (this.readable) {
				const search = quizSearch({
					...this.spec,
					title: this.title.trim() || this.deck.title,
					...(this.timeLimit ? { timeLimit: this.timeLimit } : {}),
					...(this.shuffle ? { shuffle: true } : {})
				});
				this.link = `${origin}/quiz/${this.deckId}?${search}`;
			} else this.link = `${origin}/shared#${await encodeSharedQuiz(this.sharedQuiz())}`;
			this.linkError = undefined;
		} catch (error) {
			this.link = '';
			this.linkError = error instanceof Error ? error.message : String(error);
		}
	}

	/** Keeps this quiz on the teacher's device, so the class table can name its questions. */
	async remember(store: Store) {
		if (!this.link) return;
		await store.saveSharedQuiz({
			id: this.quizId(),
			title: this.title.trim() || this.deck?.title || 'Quiz',
			deckId: this.deckId,
			link: this.link,
			questions: this.questions.map((q) => ({ id: q.id, prompt: q.prompt, answer: q.answer })),
			createdAt: Date.now()
		});
	}
}
