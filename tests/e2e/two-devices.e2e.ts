/**
 * Two devices, one history (issue 23), in real Chromium: two browser profiles (each its own
 * IndexedDB) study the curated deck, some cards on both and some on one only, and each changes
 * the theme. The phone sends its backup through the share sheet (stubbed: headless Chromium on
 * Linux has none; the first attempt is cancelled, which must say and change nothing), the laptop
 * (a browser that cannot share files) downloads its own; each imports the other's, and then the laptop's merged backup goes back to
 * the phone. Both end with identical review logs, card states, quiz results and settings, and
 * importing either file again has nothing to add.
 */
import { writeFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DECK_ID, gradeByKeyboard, open } from './helpers';

interface History {
	decks: unknown[];
	cards: unknown[];
	reviews: unknown[];
	attempts: unknown[];
	settings: unknown[];
}

/**
 * Every row that travels in a backup, read with the browser's own IndexedDB API, in key order:
 * reviews without their ids (one browser's auto-increment numbers), decks without `cardSet` (this
 * device's note), settings only those that travel.
 */
function readHistory(page: Page): Promise<History> {
	return page.evaluate(
		() =>
			new Promise<History>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const names = ['decks', 'cards', 'reviews', 'attempts', 'settings'] as const;
					const tx = db.transaction([...names], 'readonly');
					const requests = names.map((name) => tx.objectStore(name).getAll());
					tx.oncomplete = () => {
						db.close();
						const [decks, cards, reviews, attempts, settings] = requests.map(
							(r) => r.result as Record<string, unknown>[]
						);
						const key = (row: Record<string, unknown>) =>
							['id', 'key', 'cardKey', 'reviewedAt', 'rating'].map((k) => String(row[k])).join('|');
						const sorted = (rows: Record<string, unknown>[]) =>
							rows.toSorted((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
						const portable = [
							'theme',
							'retention',
							'newPerDay',
							'reviewsPerDay',
							'burySiblings',
							'welcomed'
						];
						resolve({
							decks: sorted(decks.map(({ cardSet: _local, ...deck }) => deck)),
							cards: sorted(cards),
							reviews: sorted(reviews.map(({ id: _id, ...review }) => review)),
							attempts: sorted(attempts),
							settings: sorted(settings.filter((s) => portable.includes(String(s.key))))
						});
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			})
	);
}

/** A share sheet for the profile: the first share is cancelled, later ones keep the file. */
async function stubShareSheet(context: BrowserContext) {
	await context.addInitScript(() => {
		let shares = 0;
		const shared: { name: string; text: string }[] = [];
		Object.assign(window, { sharedFiles: shared });
		Object.defineProperty(navigator, 'canShare', {
			configurable: true,
			value: (data: ShareData) => (data.files?.length ?? 0) > 0
		});
		Object.defineProperty(navigator, 'share', {
			configurable: true,
			value: async (data: ShareData) => {
				shares += 1;
				if (shares === 1) throw new DOMException('Share canceled', 'AbortError');
				const file = data.files![0];
				shared.push({ name: file.name, text: await file.text() });
			}
		});
	});
}

async function study(page: Page, grades: ('3' | '4')[]) {
	await open(page, `/study/${DECK_ID}`);
	for (const key of grades) await gradeByKeyboard(page, key);
}

async function chooseTheme(page: Page, name: 'Dark' | 'Light') {
	await open(page, '/settings');
	await page.getByRole('radio', { name }).check();
	await expect(page.getByRole('radio', { name })).toBeChecked();
}

/** Chooses a file to import, once the page is live (setInputFiles does not wait for that). */
async function choose(page: Page, file: string): Promise<Locator> {
	await open(page, '/settings#backup');
	const input = page.getByLabel('Import a backup file');
	await expect(input).toBeEnabled();
	await input.setInputFiles(file);
	return page.getByRole('region', { name: /^Import “/ });
}

async function importFile(page: Page, file: string, summary: RegExp) {
	const preview = await choose(page, file);
	await expect(preview).toContainText(summary);
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();
}

async function expectNothingToAdd(page: Page, file: string) {
	const preview = await choose(page, file);
	await expect(preview).toContainText('importing changes nothing');
	await preview.getByRole('button', { name: 'Cancel' }).click();
}

/**
 * The laptop's backup, downloaded: by "Export backup", or by "Send to another device", which in a
 * browser that cannot share files falls back to the same download.
 */
async function downloadBackup(
	page: Page,
	path: (name: string) => string,
	button: 'Export backup' | 'Send to another device' = 'Export backup'
): Promise<string> {
	await open(page, '/settings#backup');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	const file = path(`laptop-${download.suggestedFilename()}`);
	await download.saveAs(file);
	return file;
}

test('two profiles exchange backups both ways and end with one history', async ({
	browser
}, testInfo) => {
	const path = (name: string) => testInfo.outputPath(name);
	const phoneContext = await browser.newContext();
	await stubShareSheet(phoneContext);
	const laptopContext = await browser.newContext();
	// A browser that cannot share files (as Chromium on Linux), wherever the test runs.
	await laptopContext.addInitScript(() =>
		Object.defineProperty(navigator, 'canShare', { configurable: true, value: undefined })
	);
	const phone = await phoneContext.newPage();
	const laptop = await laptopContext.newPage();

	// The same first two cards on both (Easy on the phone, Good later on the laptop), and two more
	// on the laptop only. The theme was changed on the phone first, then on the laptop.
	await study(phone, ['4', '4']);
	await chooseTheme(phone, 'Dark');
	await study(laptop, ['3', '3', '3', '3']);
	await chooseTheme(laptop, 'Light');

	// The phone sends its backup; closing the share sheet says nothing and records no backup.
	await open(phone, '/settings#backup');
	const send = phone.getByRole('button', { name: 'Send to another device' });
	await expect(phone.getByText('On the other device open Factdeck → Settings')).toBeVisible();
	await send.click();
	await expect(send).toBeEnabled();
	await expect(phone.getByRole('status').filter({ hasText: '“factdeck-backup-' })).toHaveCount(0);
	await expect(phone.locator('#backup dt:has-text("Last backup") + dd')).toHaveText('Never');
	await send.click();
	await expect(
		phone.getByRole('status').filter({ hasText: /^Sent “factdeck-backup-/ })
	).toBeVisible();
	const [sent] = await phone.evaluate(
		() => (window as unknown as { sharedFiles: { name: string; text: string }[] }).sharedFiles
	);
	expect(sent.name).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const phoneFile = path(`phone-${sent.name}`);
	await writeFile(phoneFile, sent.text);

	const laptopFile = await downloadBackup(laptop, path);
	// The laptop has all four cards' grades; the phone's two add to its first two cards.
	await importFile(
		laptop,
		phoneFile,
		/2 reviews to add; 2 cards rescheduled from the merged history\./
	);
	// The phone gains the laptop's four grades; it takes the newer theme (the laptop's).
	await importFile(
		phone,
		laptopFile,
		/4 reviews to add; 2 cards rescheduled from the merged history; 1 setting changed\./
	);
	await expect(phone.getByRole('radio', { name: 'Light' })).toBeChecked();

	const phoneHistory = await readHistory(phone);
	expect(phoneHistory.reviews).toHaveLength(6);
	expect(phoneHistory.settings).toContainEqual(
		expect.objectContaining({ key: 'theme', value: 'light' })
	);
	expect(await readHistory(laptop)).toEqual(phoneHistory);

	// Both ways again, and the same files again: nothing to add anywhere.
	const mergedFile = await downloadBackup(laptop, path, 'Send to another device');
	await expect(
		laptop.getByRole('status').filter({ hasText: /^Saved “factdeck-backup-/ })
	).toContainText('Import it on the other device.');
	await expectNothingToAdd(phone, mergedFile);
	await expectNothingToAdd(phone, laptopFile);
	await expectNothingToAdd(laptop, phoneFile);
	expect(await readHistory(phone)).toEqual(phoneHistory);
	expect(await readHistory(laptop)).toEqual(phoneHistory);

	await phoneContext.close();
	await laptopContext.close();
});
