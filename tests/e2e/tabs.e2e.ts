/**
 * Two tabs. (1) A tab of the old version while a newer one upgrades the database: the old tab
 * steps aside at once (the upgrade is never blocked), says to reload, and writes nothing with its
 * old schema. (2) Two tabs grading the same deck at once lose no review.
 */
import { expect, test } from '@playwright/test';
import { DECK_ID, gradeByKeyboard } from './helpers';
import { checkConsistency } from './db-inspect';
import { countRows } from './engine';

test('an old tab steps aside for a newer schema and never writes with its old one', async ({
	context
}) => {
	const old = await context.newPage();
	await old.goto(`/study/${DECK_ID}`);
	await gradeByKeyboard(old, '3');
	await expect.poll(() => countRows(old, 'reviews')).toBe(1);

	// A newer release opens the database one version up (Dexie stores version n as n × 10).
	const newer = await context.newPage();
	await newer.goto('/settings');
	const upgraded = await newer.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const probe = indexedDB.open('factdeck');
				probe.onsuccess = () => {
					const next = probe.result.version + 10;
					probe.result.close();
					const req = indexedDB.open('factdeck', next);
					req.onupgradeneeded = () => req.result.createObjectStore('nextVersionTable');
					req.onblocked = () => resolve('blocked');
					req.onsuccess = () => {
						req.result.close();
						resolve(`opened ${next}`);
					};
					req.onerror = () => resolve(`error ${String(req.error)}`);
				};
			})
	);
	expect(upgraded).toMatch(/^opened \d+$/);

	const banner = old.getByRole('alert');
	await expect(banner).toContainText('Factdeck was updated in another tab');
	await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
	// The old tab tries to grade: nothing is written.
	await old.keyboard.press('Space');
	await old.keyboard.press('3');
	await expect(banner).toContainText('updated in another tab');
	expect(await countRows(newer, 'reviews')).toBe(1);
});

test('two tabs grading the same deck at the same time lose no review', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(`/study/${DECK_ID}`);
	await b.goto(`/study/${DECK_ID}`);
	// Both start on the same first card: each grades what it shows, alternating.
	for (let i = 0; i < 4; i++)
		for (const [page, n] of [
			[a, 2 * i + 1],
			[b, 2 * i + 2]
		] as const) {
			await expect(page.locator('#card-front')).toBeVisible();
			await page.keyboard.press('Space');
			await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
			await page.keyboard.press(n % 3 === 0 ? '1' : '3');
			await expect.poll(() => countRows(a, 'reviews')).toBe(n);
		}
	const state = await checkConsistency(a);
	expect(state.reviews).toBe(8);
	expect(state.problems).toEqual([]);
});
