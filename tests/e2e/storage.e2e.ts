/** Real IndexedDB in Chromium: what is written survives a reload; no IndexedDB gives a message. */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('a setting written to IndexedDB survives a reload', async ({ page }) => {
	await open(page, '/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise((resolve, reject) => {
						const open = indexedDB.open('factdeck');
						open.onerror = () => reject(new Error(String(open.error)));
						open.onsuccess = () => {
							const get = open.result.transaction('settings').objectStore('settings').get('theme');
							get.onsuccess = () => {
								resolve((get.result as { value?: unknown } | undefined)?.value);
								open.result.close();
							};
						};
					})
			)
		)
		.toBe('dark');
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
