/**
 * A quiz being taken: one question at a time, feedback after each, progress saved after every
 * answer (a reload resumes on the same question), and one `attempts` row when it is finished.
 * Used by built-in quizzes and by shared ones.
 */
import { activity } from '$lib/state/activity.svelte';
import type { AttemptAnswer } from '$lib/records/rows';
import { storageStatus } from '$lib/db/status.svelte';
import type { StoreAccess } from '$lib/db/open';
import { markResponse, type Marked, type Response } from '$lib/questions/grade';
import type { Question } from '$lib/questions/types';

export type QuizStatus = 'loading' | 'intro' | 'answering' | 'done';

export interface QuizSetup {
	/** Identifies the quiz (the same link gives the same key). */
	key: string;
	deckId: string;
	title: string;
	seed: number;
	questions: Question[];
	/** Show the title, size and time limit first (quizzes opened from a teacher's link). */
	intro?: boolean;
	timeLimitMs?: number;
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
		private readonly storage: StoreAccess,
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
			// A first visit has no database: nothing to resume, and nothing written until an answer.
			const store = await this.storage.existing();
			const saved = await store?.getQuizProgress(this.setup.key);
			const ids = new Set(this.setup.questions.map((q) => q.id));
			const fits = (answers: AttemptAnswer[]) => answers.every((a) => ids.has(a.questionId));
			if (saved && fits(saved.answers)) {
				this.answers = saved.answers;
				this.startedAt = saved.startedAt;
			} else {
				const before = await store?.lastAttemptAt(this.setup.key);
				if (before && before.answers.length === this.total && fits(before.answers)) {
					this.answers = before.answers;
					this.startedAt = before.startedAt;
					this.finishedAt = before.finishedAt;
					this.index = this.total;
					this.earlier = true;
					this.status = 'done';
					return;
				}
				if (this.setup.intro) {
					this.status = 'intro';
					return;
				}
				await this.begin({ save: store !== undefined || this.setup.timeLimitMs !== undefined });
				return;
			}
		} catch (error) {
			// Without storage the quiz still works; it just cannot resume.
			storageStatus.report(error);
			this.startedAt = this.now();
		}
		this.index = Math.min(this.answers.length, this.total);
		if (this.index >= this.total || this.#timeIsUp()) await this.expire();
		else {
			this.status = 'answering';
			this.#release ??= activity.hold('quiz');
		}
	}

	/**
	 * Starts answering (after the intro), and records the start so a time limit survives reloads
	 * and a restart replaces the saved progress. Only an untimed quiz on a first visit skips the
	 * record: with nothing answered yet, a reload that starts it again loses nothing.
	 */
	async begin({ save = true }: { save?: boolean } = {}) {
		this.startedAt = this.now();
		this.answers = [];
		this.index = 0;
		this.status = 'answering';
		this.#release ??= activity.hold('quiz');
		if (save) await this.#save();
	}

	/** When the time limit runs out, if there is one. */
	get deadline(): number | undefined {
		return this.setup.timeLimitMs ? this.startedAt + this.setup.timeLimitMs : undefined;
	}

	#timeIsUp(): boolean {
		return this.deadline !== undefined && this.now() >= this.deadline;
	}

	/** Time is up (or every question is answered): unanswered questions count as wrong. */
	async expire() {
		if (this.status === 'done') return;
		const answered = new Set(this.answers.map((a) => a.questionId));
		const missing = this.setup.questions
			.filter((q) => !answered.has(q.id))
			.map((q) => ({ questionId: q.id, factId: q.factId, given: '', correct: false }));
		this.answers = [...this.answers, ...missing];
		this.marked = undefined;
		this.index = this.total;
		await this.#finish();
	}

	/** Takes the quiz again from the first question. */
	async restart() {
		this.marked = undefined;
		this.earlier = false;
		await this.begin();
	}

	async answer(response: Response) {
		const question = this.question;
		if (!question || this.marked) return;
		if (this.#timeIsUp()) return this.expire();
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
		await this.#save();
	}

	async #save() {
		try {
			await (
				await this.storage.open()
			).saveQuizProgress({
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
			await (
				await this.storage.open()
			).finishAttempt({
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
