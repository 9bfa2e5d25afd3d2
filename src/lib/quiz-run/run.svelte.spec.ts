/**
 * A quiz on a first visit: nothing is read from or written to a database that does not exist
 * until the first answer (or, for a timed quiz, the start, whose time must survive a reload).
 */
import { describe, expect, it } from 'vitest';
import { firstVisit, freshStore } from '$lib/db/test-db';
import { allQuestions } from '$lib/share/share-fixtures';
import { QuizRun, type QuizSetup } from './run.svelte';

const NOW = new Date(2026, 0, 15, 9).getTime();
const questions = allQuestions.filter((q) => q.type === 'true-false').slice(0, 3);

function setup(extra: Partial<QuizSetup> = {}): QuizSetup {
	return { key: 'quiz-1', deckId: 'd', title: 'Check', seed: 7, questions, ...extra };
}

describe('QuizRun on a first visit', () => {
	it('starts without storage, saves from the first answer, and resumes after a reload', async () => {
		const store = freshStore();
		const access = firstVisit(store);
		expect(questions).toHaveLength(3);
		const run = new QuizRun(access, setup(), () => NOW);
		await run.start();
		expect(run.status).toBe('answering');
		expect(access.opens).toBe(0);

		await run.answer({ kind: 'choice', option: 'true' });
		expect(access.opens).toBe(1);
		expect((await store.getQuizProgress('quiz-1'))?.answers).toHaveLength(1);
		run.stop();

		const again = new QuizRun(access, setup(), () => NOW + 5000);
		await again.start();
		expect(again.index).toBe(1);
		expect(again.startedAt).toBe(NOW);
		again.stop();
	});

	it('records the start of a timed quiz at once, so the time limit survives a reload', async () => {
		const store = freshStore();
		const access = firstVisit(store);
		const run = new QuizRun(access, setup({ timeLimitMs: 60_000 }), () => NOW);
		await run.start();
		expect(access.opens).toBe(1);
		expect((await store.getQuizProgress('quiz-1'))?.startedAt).toBe(NOW);
		run.stop();
	});
});
