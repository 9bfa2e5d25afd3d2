/** Quiz attempts and a quiz in progress. One link of Store (store.ts), which joins them. */
import { guarded } from './storage-error.ts';
import { type AttemptRow, type QuizProgressRow } from '../records/rows.ts';
import { StudyStore } from './study-store.ts';

export class QuizStore extends StudyStore {
	// Quiz attempts ----------------------------------------------------------------------------

	saveQuizProgress(row: QuizProgressRow): Promise<void> {
		return guarded(() => this.db.quizProgress.put(row)).then(() => undefined);
	}

	getQuizProgress(quizKey: string): Promise<QuizProgressRow | undefined> {
		return guarded(() => this.db.quizProgress.get(quizKey));
	}

	/** Records a finished quiz and clears its progress, in one transaction. */
	finishAttempt(attempt: AttemptRow): Promise<void> {
		return guarded(() =>
			this.db.transaction('rw', this.db.attempts, this.db.quizProgress, async () => {
				await this.db.attempts.put(attempt);
				await this.db.quizProgress.delete(attempt.quizKey);
			})
		);
	}

	listAttempts(deckId?: string): Promise<AttemptRow[]> {
		return guarded(() =>
			deckId === undefined
				? this.db.attempts.orderBy('finishedAt').toArray()
				: this.db.attempts.where('deckId').equals(deckId).sortBy('finishedAt')
		);
	}

	/** The latest finished attempt at this quiz, if any. */
	lastAttemptAt(quizKey: string): Promise<AttemptRow | undefined> {
		return guarded(async () => {
			const rows = await this.db.attempts.where('quizKey').equals(quizKey).sortBy('finishedAt');
			return rows.at(-1);
		});
	}

	lastAttempt(): Promise<AttemptRow | undefined> {
		return guarded(() => this.db.attempts.orderBy('finishedAt').last());
	}
}
