/**
 * A quiz being taken: one question at a time, feedback after each, progress saved after every
 * answer (a reload resumes on the same question), and one `attempts` row when it is finished.
 * Used by built-in quizzes and by shared ones.
 */
import { activity } from '$lib/activity.svelte';
import type { AttemptAnswer } from '$lib/db/schema';
import { storageStatus } from '$lib/db/status.svelte';
import type { Store } from '$lib/db/store';
import { markResponse, type Marked, type Response } from '$lib/questions/grade';
import type { Question } from '$lib/questions/types';

export type QuizStatus = 'loading' | 'answering' | 'done';

export interface QuizSetup {
	/** Identifies the quiz (the same link gives the same key). */
	key: string;
	deckId: string;
	title: string;
	seed: number;
	questions: Question[];
}

export class QuizRun {
	status = $state<QuizStatus>('loading');
	index = $state(0);
	answers = $state.raw<AttemptAnswer[]>([]);
	marked = $state.raw<Marked | undefined>(undefined);
	startedAt = $state(0);
	finishedAt = $state(0);
	/** The results shown are from an earlier visit (the quiz was already finished). */
	earlier = $state(false);

	#release: (() => void) | undefined;

	constructor(
		private readonly store: Store,
		readonly setup: QuizSetup,
		private readonly now: () => number = Date.now
	) {}

	get question(): Question | undefined {
		return this.setup.questions[this.index];
	}
	get total(): number {
		return this.setup.questions.length;
	}
	get score(): number {
		return this.answers.filter((a) => a.correct).length;
	}
	get missed(): Question[] {
		const wrong = new Set(this.answers.filter((a) => !a.correct).map((a) => a.questionId));
		return this.setup.questions.filter((q) => wrong.has(q.id));
	}

	/**
	 * Resumes saved progress if there is any; otherwise shows the results of an earlier attempt at
	 * the same quiz (reopening a link does not silently start over); otherwise starts.
	 */
	async start() {
		try {
			const saved = await this.store.getQuizProgress(this.setup.key);
			const ids = new Set(this.setup.questions.map((q) => q.id));
			const fits = (answers: AttemptAnswer[]) => answers.every((a) => ids.has(a.questionId));
			if (saved && fits(saved.answers)) {
				this.answers = saved.answers;
				this.startedAt = saved.startedAt;
			} else {
				const before = await this.store.lastAttemptAt(this.setup.key);
				if (before && before.answers.length === this.total && fits(before.answers)) {
					this.answers = before.answers;
					this.startedAt = before.startedAt;
					this.finishedAt = before.finishedAt;
					this.index = this.total;
					this.earlier = true;
					this.status = 'done';
					return;
				}
				this.startedAt = this.now();
			}
		} catch (error) {
			// Without storage the quiz still works; it just cannot resume.
			storageStatus.report(error);
			this.startedAt = this.now();
		}
		this.index = Math.min(this.answers.length, this.total);
		if (this.index >= this.total) await this.#finish();
		else {
			this.status = 'answering';
			this.#release ??= activity.hold('quiz');
		}
	}

	/** Takes the quiz again from the first question. */
	restart() {
		this.answers = [];
		this.marked = undefined;
		this.index = 0;
		this.earlier = false;
		this.startedAt = this.now();
		this.status = 'answering';
		this.#release ??= activity.hold('quiz');
	}

	async answer(response: Response) {
		const question = this.question;
		if (!question || this.marked) return;
		const marked = markResponse(question, response);
		this.marked = marked;
		this.answers = [
			...this.answers,
			{
				questionId: question.id,
				factId: question.factId,
				given: marked.given,
				correct: marked.correct
			}
		];
		try {
			await this.store.saveQuizProgress({
				quizKey: this.setup.key,
				deckId: this.setup.deckId,
				answers: this.answers,
				startedAt: this.startedAt,
				updatedAt: this.now()
			});
		} catch (error) {
			storageStatus.report(error);
		}
	}

	async next() {
		if (!this.marked) return;
		this.marked = undefined;
		this.index += 1;
		if (this.index >= this.total) await this.#finish();
	}

	async #finish() {
		this.finishedAt = this.now();
		try {
			await this.store.finishAttempt({
				id: `${this.setup.key}@${this.startedAt}`,
				quizKey: this.setup.key,
				deckId: this.setup.deckId,
				title: this.setup.title,
				seed: this.setup.seed,
				answers: this.answers,
				score: this.score,
				total: this.total,
				startedAt: this.startedAt,
				finishedAt: this.finishedAt
			});
		} catch (error) {
			storageStatus.report(error);
		}
		this.status = 'done';
		this.stop();
	}

	/** Ends the "mid-quiz" hold (leaving the page, or the quiz is over). */
	stop() {
		this.#release?.();
		this.#release = undefined;
	}
}
