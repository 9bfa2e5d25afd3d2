/**
 * The question engine, run in the test (Node) exactly as the app runs it in the browser: a seed
 * gives the same quiz on every device, so the test knows the right answers.
 */
import { readDeckFolder } from '../../scripts/vite/deck-folder.ts';
import { buildQuestions } from '../../src/lib/questions/engine.ts';
import { buildCards } from '../../src/lib/questions/flashcards.ts';
import { assembleQuiz } from '../../src/lib/questions/quiz-assembly.ts';
import type { Question, QuestionType } from '../../src/lib/questions/types.ts';
import { expect, type Page } from '@playwright/test';

export const deck = readDeckFolder('questions/ukraine-security-guarantees');

/** The deck's flashcards, in the order new ones are introduced. */
export const cards = buildCards(deck);

export function expectedQuiz(seed: number, n: number, types: QuestionType[] = []): Question[] {
	return assembleQuiz(buildQuestions(deck, seed), { seed, n, types });
}

/** Answers the question on screen, rightly or wrongly, the way a student would. */
export async function answer(page: Page, question: Question, right: boolean): Promise<void> {
	await expect(page.getByRole('group').first()).toContainText(question.prompt.slice(0, 40));
	switch (question.type) {
		case 'multiple-choice':
		case 'who-said': {
			const option = right
				? question.answer
				: question.options!.find((o) => o !== question.answer)!;
			await page.getByRole('button', { name: option, exact: true }).click();
			break;
		}
		case 'true-false': {
			const truth = question.answer === 'true';
			await page
				.getByRole('button', { name: truth === right ? 'True' : 'False', exact: true })
				.click();
			break;
		}
		case 'cloze':
		case 'numeric':
			await page.getByLabel('Your answer').fill(right ? question.answer : 'zzzz');
			await page.getByLabel('Your answer').press('Enter');
			break;
		case 'matching': {
			const pairs = question.pairs!;
			const rights = pairs.map(([, r]) => r);
			// A wrong attempt pairs each left item with its neighbour's partner.
			const chosen = right ? rights : [...rights.slice(1), rights[0]];
			for (const [i, [left]] of pairs.entries()) {
				await page.getByRole('button', { name: left, exact: true }).click();
				await page.getByRole('button', { name: chosen[i], exact: true }).click();
			}
			await page.getByRole('button', { name: 'Check matches' }).click();
			break;
		}
	}
	await expect(
		page.getByRole('heading', { name: right ? 'Correct!' : 'Not quite.' })
	).toBeVisible();
}

/**
 * Reads the app's IndexedDB straight (no app code involved): a table's row count, or one row's
 * `value`. Never creates the database: before the app has made it (a first visit), every table
 * counts 0 and every value is undefined.
 */
function readTable(page: Page, table: string, key?: string): Promise<unknown> {
	return page.evaluate(
		({ table, key }) =>
			new Promise<unknown>((resolve, reject) => {
				const empty = key === undefined ? 0 : undefined;
				const open = indexedDB.open('factdeck');
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () =>
					open.error?.name === 'AbortError'
						? resolve(empty)
						: reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains(table)) {
						db.close();
						return resolve(empty);
					}
					const rows = db.transaction(table).objectStore(table);
					const req = key === undefined ? rows.count() : rows.get(key);
					req.onsuccess = () => {
						const result: unknown = req.result;
						resolve(
							key === undefined ? result : (result as { value?: unknown } | undefined)?.value
						);
						db.close();
					};
				};
			}),
		{ table, key }
	);
}

export function countRows(page: Page, table: string): Promise<number> {
	return readTable(page, table) as Promise<number>;
}

/** One value of the app's settings table. */
export function readSetting(page: Page, key: string): Promise<unknown> {
	return readTable(page, 'settings', key);
}

/** Every row of one of the app's tables, in key order (the database must exist). */
export function readRows<T>(page: Page, table: string): Promise<T[]> {
	return page.evaluate(
		(table) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const req = db.transaction(table).objectStore(table).getAll();
					req.onerror = () => reject(new Error(String(req.error)));
					req.onsuccess = () => {
						db.close();
						resolve(req.result as T[]);
					};
				};
			}),
		table
	);
}

/** Every review row's card, fact and grade, oldest first. */
export async function readReviews(
	page: Page
): Promise<{ cardKey: string; factId: string; rating: number }[]> {
	const rows = await readRows<{ cardKey: string; factId: string; rating: number }>(page, 'reviews');
	return rows.map(({ cardKey, factId, rating }) => ({ cardKey, factId, rating }));
}
