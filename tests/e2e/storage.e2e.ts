/** Real IndexedDB in Chromium: what is written survives a reload; no IndexedDB gives a message. */
import { expect, test } from '@playwright/test';
import { countRows, readSetting } from './engine';
import { DECK_ID, open } from './helpers';

test('a setting written to IndexedDB survives a reload', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect.poll(() => readSetting(page, 'theme')).toBe('dark');
	// Clear the pre-paint mirror so the value shown comes from IndexedDB itself.
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('without IndexedDB (private mode) the app explains instead of crashing', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/settings');
	await expect(page.getByRole('alert')).toContainText(/not letting Factdeck save anything/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	expect(errors).toEqual([]);
});

test('a first visit creates no database until the student does something worth keeping', async ({
	page
}) => {
	const databases = () =>
		page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	// Screens that only read show their first-visit state without creating anything.
	for (const path of ['/', '/stats', '/settings', '/teach', `/deck/${DECK_ID}`]) {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await open(page, `/quiz/${DECK_ID}?seed=7&n=10`);
	await expect(page.getByText(/^Question 1 of 10/)).toBeVisible();
	await open(page, `/study/${DECK_ID}`);
	await expect(page.getByLabel('Cards left in this session')).toContainText('20 new');
	expect(await databases()).toEqual([]);

	// Showing the first answer creates it, with the deck's cards, before the first grade.
	await page.keyboard.press('Space');
	await expect.poll(databases).toEqual(['factdeck']);
	await page.keyboard.press('3');
	await expect(page.getByLabel('Cards left in this session')).toContainText('19 new');
	expect(await countRows(page, 'reviews')).toBe(1);
	expect(await countRows(page, 'cards')).toBeGreaterThan(20);
});
