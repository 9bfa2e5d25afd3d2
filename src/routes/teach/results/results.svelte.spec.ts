/*
 * Issue 24 defect 8: result codes were added without a check against the teacher's quiz. A code
 * answering a made-up question scored 1/1 = 100 % on a 10-question quiz, and a code for a quiz
 * never made opened a class named by the code ("Final exam (official)"). Codes are now checked
 * against the quizzes made on this device, refused with the reason, and the class title is the
 * teacher's.
 */
import { describe, expect, it } from 'vitest';
import { sharedQuizRow } from '$lib/backup/backup-fixtures';
import { freshStore } from '$lib/db/test-db';
import { encodeResultCode, type StudentResult } from '$lib/share/result-code';
import { ResultsState } from './results.svelte';

const quiz = sharedQuizRow(1);

function code(answers: StudentResult['answers'], extra: Partial<StudentResult> = {}) {
	return encodeResultCode({
		v: 1,
		name: 'Mallory',
		quizId: quiz.id,
		title: 'Final exam (official)',
		answers,
		score: answers.filter((a) => a.ok).length,
		total: answers.length,
		finishedAt: Date.UTC(2026, 0, 5, 10),
		...extra
	});
}

async function resultsOf(...codes: string[]) {
	const store = freshStore();
	await store.saveSharedQuiz(quiz);
	const results = new ResultsState(store);
	await results.paste(codes.join('\n'));
	return results;
}

describe('issue 24 defect 8: forged result codes', () => {
	it('adds a genuine code under the teacher’s title, not the code’s', async () => {
		const results = await resultsOf(
			await code([
				{ q: 'capital.mc.city', ok: true, given: 'Kyiv' },
				{ q: 'capital.typed.city', ok: false, given: 'Lviv' }
			])
		);
		expect(results.problems).toEqual([]);
		expect(results.rows).toHaveLength(1);
		expect(results.rows[0].title).toBe('Year 10 check-in 1');
		expect(results.classes.map((c) => c.title)).toEqual(['Year 10 check-in 1']);
	});

	it('refuses a code answering a question the quiz does not have', async () => {
		const results = await resultsOf(await code([{ q: 'made-up', ok: true, given: 'x' }]));
		expect(results.rows).toEqual([]);
		expect(results.problems).toEqual([
			expect.stringMatching(/^Code 1: It does not match your quiz “Year 10 check-in 1”/)
		]);
	});

	it('refuses a code answering only part of the quiz (1 of 1 would read 100 %)', async () => {
		const results = await resultsOf(
			await code([{ q: 'capital.mc.city', ok: true, given: 'Kyiv' }])
		);
		expect(results.rows).toEqual([]);
		expect(results.problems).toEqual([
			expect.stringMatching(
				/^Code 1: It does not match your quiz .*\(it answers 1 of its 2 questions\)/
			)
		]);
	});

	it('refuses a code answering one question twice', async () => {
		const right = { q: 'capital.mc.city', ok: true, given: 'Kyiv' };
		const results = await resultsOf(await code([right, right]));
		expect(results.rows).toEqual([]);
		expect(results.problems[0]).toContain('a question answered twice');
	});

	it('refuses a code for a quiz never made here, saying so', async () => {
		const results = await resultsOf(
			await code([{ q: 'capital.mc.city', ok: true, given: 'Kyiv' }], {
				quizId: 'sq-0000000000000000000000000099'
			})
		);
		expect(results.rows).toEqual([]);
		expect(results.classes).toEqual([]);
		expect(results.problems).toEqual([
			expect.stringMatching(
				/^Code 1: It is for a quiz not made on this device \(its code calls it “Final exam \(official\)”\)/
			)
		]);
	});
});

describe('issue 24: removing a class result can be undone', () => {
	it('puts the removed result back as it was, until the next paste', async () => {
		const genuine = await code([
			{ q: 'capital.mc.city', ok: true, given: 'Kyiv' },
			{ q: 'capital.typed.city', ok: true, given: 'Kyiv' }
		]);
		const results = await resultsOf(genuine);
		const [row] = results.rows;
		await results.remove([row.id]);
		expect(results.rows).toEqual([]);
		expect(results.removed).toEqual([row]);

		await results.undoRemove();
		expect(results.rows).toEqual([row]);
		expect(results.removed).toEqual([]);

		// Removed again, then a paste: the offer to undo is gone, and the row stays removed.
		await results.remove([row.id]);
		await results.paste('not a code');
		expect(results.removed).toEqual([]);
		await results.undoRemove();
		expect(results.rows).toEqual([]);
	});
});
