/**
 * The rows a learner's data is made of, as storage keeps them and backups carry them. Plain types,
 * below both the storage layer (db/) and the domains that read rows (backup, study, teach, quiz):
 * neither has to import the other to name a row.
 */
import type { Deck } from '../content/deck-schema.ts';
import type { Grade, MemoryState } from '../srs/memory.ts';

export interface DeckRow {
	id: string;
	kind: 'curated' | 'user';
	title: string;
	/** The whole deck, for decks that exist only on this device (curated ones ship with the app). */
	deck?: Deck;
	addedAt: number;
	updatedAt: number;
	/** Fingerprint of the card ids last made for this deck (ensureCards skips work when equal). */
	cardSet?: string;
}

/**
 * Which queue a card is in: 0 = never graded (new), 1 = graded at least once, 2 = suspended (in
 * neither; the [deckId+queue+…] indexes then skip it without a filter).
 */
export type CardQueue = 0 | 1 | 2;

export interface CardRow extends MemoryState {
	/** `${deckId}/${cardId}`: unique across decks. */
	id: string;
	deckId: string;
	/** The question engine's stable card id. */
	cardId: string;
	factId: string;
	queue: CardQueue;
	/** Taken out of study by the student (since schema version 3). */
	suspended: boolean;
	/** Order in which new cards are introduced. */
	position: number;
	addedAt: number;
}

export interface ReviewRow {
	id?: number;
	cardKey: string;
	deckId: string;
	factId: string;
	rating: Grade;
	reviewedAt: number;
	/** How long the student looked at the card, in ms. */
	durationMs: number;
	/** The card exactly as it was before this grade: undo restores it, stats can recompute. */
	prev: MemoryState & { queue: CardQueue };
	/** The card after this grade. */
	next: MemoryState;
}

export interface AttemptAnswer {
	questionId: string;
	factId: string;
	given: string;
	correct: boolean;
}

export interface AttemptRow {
	id: string;
	/** Identifies the quiz: the same link gives the same key. */
	quizKey: string;
	deckId: string;
	title: string;
	seed: number;
	answers: AttemptAnswer[];
	score: number;
	total: number;
	startedAt: number;
	finishedAt: number;
}

/** A quiz in progress, so that a reload resumes on the same question. */
export interface QuizProgressRow {
	quizKey: string;
	deckId: string;
	answers: AttemptAnswer[];
	startedAt: number;
	updatedAt: number;
}

/** A quiz a teacher shared from this device, so results can be matched to its questions. */
export interface SharedQuizRow {
	/** `SharedQuiz.id` for a quiz sent whole in a link; the quiz key for a readable link. */
	id: string;
	title: string;
	deckId: string;
	/** The link itself (what students open). */
	link: string;
	/** The questions as shared (with any edits), to label the class table. */
	questions: { id: string; prompt: string; answer: string }[];
	createdAt: number;
}

/** One student's result code, pasted or scanned by the teacher. */
export interface ClassResultRow {
	/** quizId + name + finishedAt: pasting the same code twice adds nothing. */
	id: string;
	quizId: string;
	title: string;
	name: string;
	score: number;
	total: number;
	answers: { q: string; ok: boolean; given: string }[];
	finishedAt: number;
	addedAt: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
	/**
	 * When the student last changed it (epoch ms): an import keeps the newer of two devices'
	 * values. Absent from rows written before settings carried it (issue 23).
	 */
	changedAt?: number;
}
