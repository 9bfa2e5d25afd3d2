/**
 * The teacher's quiz builder: deck, size, kinds of question, order, time limit, title; the
 * preview students will see; edits; and the link that carries it all. The quiz is kept on this
 * device until the teacher starts a new one, so a reload or a sheet printed next week gives the
 * quiz already shared.
 */
import { curatedDeckSummaries, isCuratedDeck } from '$lib/content/curated';
import type { Deck } from '$lib/content/deck-schema';
import { loadDeck } from '$lib/decks/load';
import { browserStore, type StoreAccess } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import type { Store } from '$lib/db/store';
import { buildQuestionsInSlices } from '$lib/questions/engine';
import { assembleQuiz, factImportance, quizKey } from '$lib/questions/quiz-assembly';
import { newSeed } from '$lib/questions/random';
import { QUESTION_TYPES, type QuestionType } from '$lib/questions/types';
import { Eventually } from '$lib/main-thread/eventually.svelte';
import { quizSearch } from '$lib/share/quiz-params';
import { encodeSharedQuiz, quizIdentity, type SharedQuiz } from '$lib/share/shared-quiz';
import { applyEdits, hasEdits, type QuestionEdit } from '$lib/teach/edits';
import { newTeachQuiz, sameTeachQuiz, type TeachQuiz } from '$lib/teach/teach-quiz';

export interface DeckOption {
	id: string;
	title: string;
}

/** A quiz the teacher just replaced, and what replaced it, until they undo or move on. */
export interface Replaced {
	quiz: TeachQuiz;
	message: string;
}

/** Typing a title writes once the teacher pauses, not on every key. */
const SAVE_DELAY_MS = 300;

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
	/** The quiz before "New quiz" (or before a change that dropped edits), for Undo. */
	replaced = $state.raw<Replaced | undefined>(undefined);
	/** Changes are saved once the kept quiz has been read back (before, they would overwrite it). */
	#keeping = $state(false);
	/** What storage holds (or, on a first visit, the quiz the page opened with). */
	#saved: TeachQuiz | undefined;
	/** Counts deck loads: only the latest one shows. */
	#loads = 0;

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

	constructor(private readonly storage: StoreAccess = browserStore) {
		$effect(() => {
			const quiz = this.quiz;
			if (!this.#keeping || sameTeachQuiz(quiz, this.#saved)) return;
			const timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
			return () => clearTimeout(timer);
		});
		// Leaving the page (a link inside the app) writes a change still waiting for its pause.
		$effect(() => () => void this.save());
	}

	/** The quiz as kept: everything its link and printed sheet are made from. */
	get quiz(): TeachQuiz {
		return {
			deckId: this.deckId,
			title: this.title,
			n: this.n,
			types: $state.snapshot(this.types),
			shuffle: this.shuffle,
			timeLimit: this.timeLimit,
			seed: this.seed,
			edits: $state.snapshot(this.edits)
		};
	}

	/**
	 * Opens the page on the kept quiz, or on a new one: of the deck asked for in the address
	 * (`/teach?deck=…`, from a deck's page) when that is another deck, which Undo can take back.
	 * `stored`: the database exists, so keeping even an unchanged new quiz costs nothing; on a
	 * first visit nothing is written until the teacher changes, shares or prints something.
	 */
	async open({
		kept,
		wanted,
		stored
	}: {
		kept: TeachQuiz | undefined;
		wanted: string | null;
		stored: boolean;
	}) {
		const usable = (id: string | null | undefined): id is string =>
			!!id && this.decks.some((d) => d.id === id);
		const restored =
			kept &&
			usable(kept.deckId) &&
			(!wanted || wanted === kept.deckId) &&
			(await this.#restore(kept));
		if (!restored) {
			await this.#fresh(usable(wanted) ? wanted : this.deckId);
			if (kept && usable(kept.deckId))
				this.replaced = { quiz: kept, message: 'A new quiz from this deck replaced yours.' };
		}
		this.#saved = restored ? kept : stored ? undefined : this.quiz;
		this.#keeping = true;
	}

	/** Writes the quiz now if it changed (also before sharing or printing it). */
	async save() {
		const quiz = this.quiz;
		if (!this.#keeping || sameTeachQuiz(quiz, this.#saved)) return;
		try {
			await (await this.storage.open()).saveTeachQuiz(quiz);
			this.#saved = quiz;
		} catch (error) {
			storageStatus.report(error);
		}
	}

	/** "New quiz": the chosen deck, new questions, the usual options, no edits. Undo takes it back. */
	async startNew() {
		this.replaced = { quiz: this.quiz, message: 'You started a new quiz.' };
		await this.#fresh(this.deckId);
	}

	async undo() {
		const back = this.replaced;
		this.replaced = undefined;
		if (back) await this.#restore(back.quiz);
	}

	async #fresh(deckId: string) {
		const quiz = newTeachQuiz(
			deckId,
			this.decks.find((d) => d.id === deckId)?.title ?? '',
			newSeed()
		);
		await this.#restore(quiz);
	}

	/** Shows a quiz; false if its deck is gone. The deck comes last, so nothing builds twice. */
	async #restore(quiz: TeachQuiz): Promise<boolean> {
		const load = ++this.#loads;
		const deck = await loadDeck(quiz.deckId);
		// A later choice wins; a deck deleted since leaves the quiz on screen as it was.
		if (load !== this.#loads || !deck) return false;
		this.deckId = quiz.deckId;
		this.title = quiz.title;
		this.n = quiz.n;
		this.types = [...quiz.types];
		this.shuffle = quiz.shuffle;
		this.timeLimit = quiz.timeLimit;
		this.seed = quiz.seed;
		this.edits = quiz.edits;
		this.deck = deck;
		return true;
	}

	/** Before a change that drops the teacher's edits: keep the quiz for Undo. */
	#keepForUndo(message: string) {
		if (this.edited) this.replaced = { quiz: this.quiz, message };
	}

	async addSavedDecks(store: Store) {
		const saved = (await store.listDecks()).filter((d) => d.kind === 'user' && d.deck);
		this.decks = [
			...curatedDeckSummaries.map(({ id, title }) => ({ id, title })),
			...saved.map((d) => ({ id: d.id, title: d.title }))
		];
	}

	/** Another deck for this quiz: its title, the same options, no edits (Undo keeps them). */
	async chooseDeck(id: string) {
		this.#keepForUndo('Your edits were for the other deck’s questions.');
		const load = ++this.#loads;
		this.deckId = id;
		this.edits = {};
		const deck = await loadDeck(id);
		if (load !== this.#loads) return;
		this.deck = deck;
		this.title = deck?.title ?? '';
	}

	/** Another question set from the same deck (edits were to the old questions). */
	newSelection() {
		this.#keepForUndo('Other questions picked: your edits were to the ones before.');
		this.seed = newSeed();
		this.edits = {};
	}

	edit(id: string, edit: QuestionEdit) {
		this.replaced = undefined;
		this.edits = { ...this.edits, [id]: { ...this.edits[id], ...edit } };
	}

	resetEdit(id: string) {
		this.replaced = undefined;
		this.edits = Object.fromEntries(Object.entries(this.edits).filter(([key]) => key !== id));
	}

	clearEdits() {
		this.#keepForUndo('Your edits were removed.');
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
