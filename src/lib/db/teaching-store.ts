/** A teacher's tables: the quiz being made, quizzes shared, class results. One link of Store (store.ts), which joins them. */
import { parseTeachQuiz, type TeachQuiz } from '../teach/teach-quiz.ts';
import { guarded } from './storage-error.ts';
import { type ClassResultRow, type SharedQuizRow } from '../records/rows.ts';
import { QuizStore } from './quiz-store.ts';
import { TEACH_QUIZ_KEY } from './settings-store.ts';

export class TeachingStore extends QuizStore {
	// Teaching --------------------------------------------------------------------------------

	/** The quiz the teacher was making, if one is kept (and readable). */
	readTeachQuiz(): Promise<TeachQuiz | undefined> {
		return guarded(async () => parseTeachQuiz((await this.db.settings.get(TEACH_QUIZ_KEY))?.value));
	}

	saveTeachQuiz(quiz: TeachQuiz): Promise<void> {
		return guarded(() => this.db.settings.put({ key: TEACH_QUIZ_KEY, value: quiz })).then(
			() => undefined
		);
	}

	saveSharedQuiz(row: SharedQuizRow): Promise<void> {
		return guarded(() => this.db.sharedQuizzes.put(row)).then(() => undefined);
	}

	getSharedQuiz(id: string): Promise<SharedQuizRow | undefined> {
		return guarded(() => this.db.sharedQuizzes.get(id));
	}

	listSharedQuizzes(): Promise<SharedQuizRow[]> {
		return guarded(() => this.db.sharedQuizzes.orderBy('createdAt').reverse().toArray());
	}

	/**
	 * Adds result codes and returns how many were new: one already there (same quiz, student and
	 * finish time), or twice among `rows`, is added once.
	 */
	addClassResults(rows: ClassResultRow[]): Promise<number> {
		return guarded(() =>
			this.db.transaction('rw', this.db.classResults, async () => {
				const existing = await this.db.classResults.bulkGet(rows.map((r) => r.id));
				const seen = new Set<string>();
				const fresh = rows.filter((r, i) => {
					if (existing[i] || seen.has(r.id)) return false;
					seen.add(r.id);
					return true;
				});
				await this.db.classResults.bulkAdd(fresh);
				return fresh.length;
			})
		);
	}

	listClassResults(): Promise<ClassResultRow[]> {
		return guarded(() => this.db.classResults.orderBy('addedAt').toArray());
	}

	deleteClassResults(ids: string[]): Promise<void> {
		return guarded(() => this.db.classResults.bulkDelete(ids));
	}
}
