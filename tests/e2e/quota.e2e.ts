/**
 * A full disk, for real: Chromium's storage quota for the app's origin is forced down to what is
 * already used, through the DevTools protocol. Grading and importing then say "storage full" and
 * what to do, keep what was saved, and work again once space returns.
 *
 * Chromium's IndexedDB caches the space it was granted for up to 30 s, so after lowering the
 * quota the test waits (on a condition: a probe write failing) until the browser enforces it.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { DECK_ID, gradeByKeyboard, showAndGrade } from './helpers';
import { checkConsistency } from './db-inspect';
import { countRows } from './engine';

// The override lasts as long as the DevTools session that set it: keep one per page.
const sessions = new WeakMap<Page, CDPSession>();

async function setQuota(page: Page, bytes: number | undefined) {
	let cdp = sessions.get(page);
	if (!cdp) {
		cdp = await page.context().newCDPSession(page);
		sessions.set(page, cdp);
	}
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(page.url()).origin,
		...(bytes === undefined ? {} : { quotaSize: bytes })
	});
}

async function usage(page: Page): Promise<number> {
	return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/** One small write straight to IndexedDB (not through the app): does the disk take it? */
function probeWrite(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('factdeck');
				open.onsuccess = () => {
					const tx = open.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key: 'quota-probe', value: Date.now() });
					tx.oncomplete = () => {
						open.result.close();
						resolve('written');
					};
					tx.onabort = () => {
						open.result.close();
						resolve(tx.error?.name ?? 'aborted');
					};
				};
			})
	);
}

/** Lowers the quota to what is used now and waits until Chromium enforces it. */
async function fillDisk(page: Page) {
	await setQuota(page, await usage(page));
	await expect
		.poll(() => probeWrite(page), { timeout: 100_000, intervals: [2_000] })
		.toBe('QuotaExceededError');
}

test('grading with a full disk: a clear message, nothing lost, and it recovers', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto(`/study/${DECK_ID}`);
	for (let i = 1; i <= 3; i++) {
		await gradeByKeyboard(page, '3');
		await expect.poll(() => countRows(page, 'reviews')).toBe(i);
	}
	await fillDisk(page);

	const front = await page.locator('#card-front').textContent();
	// This grade fails: the card stays, so there is no next card to wait for.
	await showAndGrade(page, '3');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Storage is full');
	await expect(alert.getByRole('link', { name: 'Export a backup' })).toBeVisible();
	// The card is still on screen, ungraded; what was saved before is all there and consistent.
	await expect(page.locator('#card-front')).toHaveText(front ?? '');
	expect(await countRows(page, 'reviews')).toBe(3);
	expect((await checkConsistency(page)).problems).toEqual([]);

	await setQuota(page, undefined);
	await page.getByRole('button', { name: /^Good/ }).click();
	await expect.poll(() => countRows(page, 'reviews')).toBe(4);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await checkConsistency(page)).problems).toEqual([]);
});

test('importing with a full disk: a clear message and no half-import', async ({ page }, info) => {
	test.setTimeout(180_000);
	// A backup of 300 reviews made by this app's own export, from another profile.
	const backup = {
		app: 'factdeck',
		format: 1,
		schemaVersion: 3,
		appVersion: '0.1.0',
		exportedAt: new Date().toISOString(),
		tables: {
			decks: [],
			cards: [],
			reviews: [],
			attempts: Array.from({ length: 300 }, (_, i) => ({
				id: `quiz-${i}`,
				quizKey: `${DECK_ID}|${i}|10|all`,
				deckId: DECK_ID,
				title: 'A quiz '.repeat(20),
				seed: i,
				answers: Array.from({ length: 10 }, (_, q) => ({
					questionId: `q${q}`,
					factId: `f${q}`,
					given: 'an answer '.repeat(10),
					correct: q % 2 === 0
				})),
				score: 5,
				total: 10,
				startedAt: 1_700_000_000_000 + i,
				finishedAt: 1_700_000_100_000 + i
			})),
			settings: []
		}
	};
	const file = info.outputPath('big-backup.json');
	await writeFile(file, JSON.stringify(backup));

	await page.goto('/settings');
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	// A student who has used the app: its database exists (a first visit has none until a save).
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect.poll(() => countRows(page, 'settings')).toBeGreaterThan(0);
	await fillDisk(page);
	await page.getByLabel('Import a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Storage is full' }).first()
	).toBeVisible();
	// The write failed in the import's worker; the page says what it said when it wrote itself.
	await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported.' })).toHaveText(
		/^Storage is full, so this was not saved\. .* Nothing was imported\.$/
	);
	expect(await countRows(page, 'attempts')).toBe(0);

	await setQuota(page, undefined);
	await page.getByLabel('Import a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect.poll(() => countRows(page, 'attempts')).toBe(300);
});
