/**
 * Backups in real Chromium: progress studied in one browser profile (and a teacher's shared quiz
 * and class result) is exported to a file, imported into a fresh profile (its own IndexedDB) after
 * a preview, and shows the same counts. A corrupt or foreign file is refused and changes nothing.
 * Anki text round-trips into a deck.
 */
import { BACKUP_FORMAT, TABLE_NAMES, type TableName } from '../../src/lib/backup/backup-format.ts';
import { DB_SCHEMA_VERSION } from '../../src/lib/records/version.ts';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DECK_ID, gradeByKeyboard } from './helpers';

type Counts = Record<TableName, number>;

/** Rows per table, read with the browser's own IndexedDB API (zeros when there is no database). */
function storeCounts(page: Page): Promise<Counts> {
	return page.evaluate(
		(names) =>
			new Promise<Counts>((resolve, reject) => {
				const zero = Object.fromEntries(names.map((name) => [name, 0])) as Counts;
				const open = indexedDB.open('factdeck');
				// No database yet: do not create one.
				open.onupgradeneeded = () => open.transaction?.abort();
				open.onerror = () => resolve(zero);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(names, 'readonly');
					const counts = { ...zero };
					for (const name of names) {
						const request = tx.objectStore(name).count();
						request.onsuccess = () => (counts[name] = request.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(counts);
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		[...TABLE_NAMES]
	);
}

const FINISHED_AT = Date.UTC(2026, 0, 15, 9);
/** A quiz this teacher shared, as /teach keeps it (its questions name the class table's). */
const SHARED_QUIZ = {
	id: 'sq-000000000000000000000000e2e0',
	title: 'Year 10 check-in',
	deckId: DECK_ID,
	link: 'http://127.0.0.1/shared#1.e2e',
	questions: [
		{ id: 'q-where', prompt: 'Where did the leaders meet?', answer: 'Paris' },
		{ id: 'q-who', prompt: 'Who chaired the meeting?', answer: 'Keir Starmer' }
	],
	createdAt: FINISHED_AT - 3_600_000
};
/** One student's result for it, as /teach/results keeps a pasted code. */
const CLASS_RESULT = {
	id: `${SHARED_QUIZ.id}|Ada Lovelace|${FINISHED_AT}`,
	quizId: SHARED_QUIZ.id,
	title: SHARED_QUIZ.title,
	name: 'Ada Lovelace',
	score: 1,
	total: 2,
	answers: [
		{ q: 'q-where', ok: true, given: 'Paris' },
		{ q: 'q-who', ok: false, given: 'Emmanuel Macron' }
	],
	finishedAt: FINISHED_AT,
	addedAt: FINISHED_AT + 60_000
};

/** Writes a teacher's shared quiz and class result straight into the app's IndexedDB. */
function seedTeaching(page: Page): Promise<void> {
	return page.evaluate(
		({ quiz, result }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['sharedQuizzes', 'classResults'], 'readwrite');
					tx.objectStore('sharedQuizzes').put(quiz);
					tx.objectStore('classResults').put(result);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		{ quiz: SHARED_QUIZ, result: CLASS_RESULT }
	);
}

/** The curated deck's "new / learning / due" and "learned" lines on the home page. */
async function homeDeckCounts(page: Page): Promise<string> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
	const counts = page.locator('.deck .counts').first();
	await expect(counts).toContainText(/\d+ cards learned/);
	return (await counts.innerText()).replace(/\s+/g, ' ');
}

/** Chooses a file to import, once the page is live (setInputFiles does not wait for that). */
async function chooseBackupFile(page: Page, files: Parameters<Locator['setInputFiles']>[0]) {
	const input = page.getByLabel('Import a backup file');
	await expect(input).toBeEnabled();
	await input.setInputFiles(files);
}

async function studyCards(page: Page, count: number) {
	await page.goto(`/study/${DECK_ID}`);
	for (let i = 1; i <= count; i++) {
		await gradeByKeyboard(page, '3');
		await expect.poll(async () => (await storeCounts(page)).reviews).toBe(i);
	}
}

test('a backup exported in one browser profile restores the same progress in another', async ({
	page,
	browser
}, testInfo) => {
	await studyCards(page, 3);
	await seedTeaching(page);
	const before = await storeCounts(page);
	expect(before).toMatchObject({ reviews: 3, sharedQuizzes: 1, classResults: 1 });
	const home = await homeDeckCounts(page);
	// Three cards graded Good once: in their learning steps, none learned yet.
	expect(home).toMatch(/^17 new 3 learning 0 due 0 of \d+ cards learned$/);

	await page.goto('/settings#backup');
	const lastBackup = page.locator('#backup dt:has-text("Last backup") + dd');
	await expect(lastBackup).toHaveText('Never');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^factdeck-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await expect(lastBackup).not.toHaveText('Never');
	const backup = JSON.parse(await readFile(file, 'utf8')) as {
		app: string;
		format: number;
		schemaVersion: number;
		appVersion: string;
		tables: { reviews: unknown[]; sharedQuizzes: unknown[]; classResults: unknown[] };
	};
	expect(backup).toMatchObject({
		app: 'factdeck',
		format: BACKUP_FORMAT,
		schemaVersion: DB_SCHEMA_VERSION
	});
	expect(backup.appVersion).toMatch(/^\d+\.\d+\.\d+/);
	expect(backup.tables.reviews).toHaveLength(3);
	expect(backup.tables.sharedQuizzes).toEqual([SHARED_QUIZ]);
	expect(backup.tables.classResults).toEqual([CLASS_RESULT]);

	// A new profile: its own, empty IndexedDB.
	const other = await browser.newContext();
	const fresh = await other.newPage();
	await fresh.goto('/settings');
	expect((await storeCounts(fresh)).reviews).toBe(0);
	await chooseBackupFile(fresh, file);
	const preview = fresh.getByRole('region', { name: /Import “factdeck-backup-.*\.json”\?/ });
	await expect(preview).toContainText('Reviews (your grades): 3 to add');
	await expect(preview).toContainText(`Cards (their schedules): ${before.cards} to add`);
	await expect(preview).toContainText('Decks: 1 to add');
	await expect(preview).toContainText('Quizzes you shared: 1 to add');
	await expect(preview).toContainText('Class results: 1 to add');
	// Nothing is written before the student confirms.
	expect((await storeCounts(fresh)).reviews).toBe(0);
	const axe = await new AxeBuilder({ page: fresh }).include('#backup').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(fresh.getByRole('status').filter({ hasText: 'Imported.' })).toContainText(
		'Added 1 deck'
	);
	const after = await storeCounts(fresh);
	expect(after).toMatchObject({
		decks: before.decks,
		cards: before.cards,
		reviews: 3,
		attempts: before.attempts,
		sharedQuizzes: 1,
		classResults: 1
	});
	expect(await homeDeckCounts(fresh)).toBe(home);
	// The class table is back, its questions named as the teacher shared them.
	await fresh.goto('/teach/results');
	await expect(fresh.getByRole('heading', { name: 'Year 10 check-in' })).toBeVisible();
	await expect(fresh.getByRole('row', { name: /Ada Lovelace/ })).toContainText('1 / 2');
	await expect(fresh.locator('.hardest li').first()).toContainText(
		'0% right (0 of 1) Who chaired the meeting?'
	);

	// The same file again adds nothing.
	await fresh.goto('/settings');
	await chooseBackupFile(fresh, file);
	await expect(fresh.getByRole('region', { name: /Import/ })).toContainText(
		'importing changes nothing'
	);
	await fresh.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(fresh.getByRole('status').filter({ hasText: 'Imported.' })).toContainText(
		'Nothing changed'
	);
	expect(await storeCounts(fresh)).toEqual(after);
	await other.close();
});

test('a corrupt or foreign file is refused with a message and changes nothing', async ({
	page
}) => {
	await studyCards(page, 1);
	await page.goto('/settings');
	const before = await storeCounts(page);
	const alert = page.getByRole('alert');

	await chooseBackupFile(page, {
		name: 'factdeck-backup-2026-01-15.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"app":"factdeck","format":1,"tables":{"reviews":[{"rat')
	});
	await expect(alert).toContainText('This file is not a Factdeck backup');
	await expect(alert).toContainText('not valid JSON');

	await chooseBackupFile(page, {
		name: 'export.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ app: 'anki', cards: [] }))
	});
	await expect(alert).toContainText('This file is not a Factdeck backup');

	await chooseBackupFile(page, {
		name: 'from-the-future.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({ app: 'factdeck', format: BACKUP_FORMAT + 1, appVersion: '9.0.0' })
		)
	});
	await expect(alert).toContainText('made by a newer version of Factdeck (9.0.0)');

	await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
	expect(await storeCounts(page)).toEqual(before);
});

test('cards exported for Anki import back as a new deck with its own pages', async ({
	page
}, testInfo) => {
	await page.goto('/settings');
	await expect(page.getByLabel('Deck', { exact: true })).toHaveValue(DECK_ID);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export for Anki' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`${DECK_ID}-anki.txt`);
	const file = testInfo.outputPath('anki.txt');
	await download.saveAs(file);
	const text = await readFile(file, 'utf8');
	expect(text.startsWith('#separator:tab\n#html:false\n#columns:Front\tBack\tTags\n')).toBe(true);
	const cardLines = text.split('\n').filter((line) => line.includes('\t') && !line.startsWith('#'));
	expect(cardLines.length).toBeGreaterThan(10);

	await page.getByLabel('Deck title').fill('Round trip');
	await expect(page.getByLabel('Text file')).toBeEnabled();
	await page.getByLabel('Text file').setInputFiles(file);
	await page.getByRole('button', { name: 'Check the cards' }).click();
	const preview = page.getByRole('region', { name: 'Cards to import' });
	await expect(preview).toContainText(
		`${cardLines.length} cards will become the deck “Round trip”`
	);
	await preview.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved “Round trip”' })).toBeVisible();

	await page.getByRole('link', { name: 'See its cards' }).click();
	await expect(page).toHaveURL(/\/deck\/round-trip$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round trip');
	await expect(page.getByText(`${cardLines.length} facts`)).toBeVisible();

	await page.goto('/study/round-trip');
	await expect(page.locator('#card-front')).toContainText('_____');
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();

	// Bad text: the line is named, nothing is saved.
	await page.goto('/settings');
	await page.getByLabel('Deck title').fill('Broken');
	await page.getByLabel('Or paste the cards').fill('front\tback\nno tab on this line');
	await page.getByRole('button', { name: 'Check the cards' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Line 2: there is no tab between the front and the back.'
	);
	expect((await storeCounts(page)).decks).toBe(1);
});

test('reset progress asks for RESET, then clears progress and keeps settings', async ({ page }) => {
	await studyCards(page, 2);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const confirm = page.getByRole('button', { name: 'Delete my progress' });
	await expect(confirm).toBeDisabled();
	await page.getByLabel('Type RESET to confirm').fill('reset');
	await expect(confirm).toBeDisabled();
	await page.getByLabel('Type RESET to confirm').fill('RESET');
	await confirm.click();
	await expect(page.getByRole('status').filter({ hasText: 'Progress reset' })).toContainText(
		'2 reviews'
	);
	expect(await storeCounts(page)).toMatchObject({ cards: 0, reviews: 0, attempts: 0 });
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('retention and daily limits are saved, and a bad value is explained', async ({ page }) => {
	await page.goto('/settings');
	const percent = page.getByLabel('Desired retention in percent');
	await percent.fill('85');
	await percent.press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: 'Desired retention saved.' })
	).toBeVisible();
	const newCards = page.getByLabel('New cards per day');
	await newCards.fill('-3');
	await newCards.press('Enter');
	await expect(page.getByText('Choose a whole number from 0 to 9,999.')).toBeVisible();
	await newCards.fill('12');
	await newCards.press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: 'New cards per day saved.' })
	).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Desired retention in percent')).toHaveValue('85');
	await expect(page.getByLabel('Desired retention', { exact: true })).toHaveValue('85');
	await expect(page.getByLabel('New cards per day')).toHaveValue('12');
});
