/**
 * Issue 24: importing a 44 MB backup froze the page for seconds, so the whole import (reading,
 * checking, the preview's plan and the write) runs in a Web Worker started when a file is chosen.
 * Here, in real Chromium: the settings page loads none of it, a multi-megabyte backup goes through
 * the worker and its rows arrive, Cancel after the preview stops the worker and writes nothing,
 * and the worker is precached, so an import works offline.
 */
import { expect, test, type Page } from '@playwright/test';
import { bigBackup, BIG_DECK_ID } from '../../scripts/bench/big-backup.js';
import { DB_SCHEMA_VERSION } from '../../src/lib/records/version.ts';
import { formatCount } from '../../src/lib/format/count.ts';
import { countRows } from './engine';
import { installApp, open } from './helpers';

const FILE_NAME = 'factdeck-backup-2025-12-01.json';
const WORKER = /\/backup-import\.worker[^/]*\.js$/;

function backupFile(bytes: number, facts: number) {
	const { json, rows } = bigBackup({ bytes, facts, schemaVersion: DB_SCHEMA_VERSION });
	const file = { name: FILE_NAME, mimeType: 'application/json', buffer: Buffer.from(json) };
	return { file, rows };
}

async function tableCounts(page: Page) {
	return {
		decks: await countRows(page, 'decks'),
		cards: await countRows(page, 'cards'),
		reviews: await countRows(page, 'reviews')
	};
}

test('a multi-megabyte backup imports in its worker, and Cancel first writes nothing', async ({
	page
}) => {
	const { file, rows } = backupFile(5 * 1024 * 1024, 1_000);
	expect(rows.reviews).toBeGreaterThan(10_000);
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));

	await open(page, '/settings');
	const input = page.getByLabel('Import a backup file');
	await expect(input).toBeEnabled();
	// The page carries none of the import: its worker is fetched when a file is chosen.
	expect(fetched.filter((url) => WORKER.test(url))).toEqual([]);
	expect(page.workers()).toEqual([]);

	const started = page.waitForEvent('worker');
	await input.setInputFiles(file);
	const worker = await started;
	expect(worker.url()).toMatch(WORKER);
	const preview = page.getByRole('region', { name: `Import “${FILE_NAME}”?` });
	await expect(preview).toContainText(`Decks: 1 to add`);
	await expect(preview).toContainText(`Cards (their schedules): ${formatCount(rows.cards)} to add`);
	await expect(preview).toContainText(`Reviews (your grades): ${formatCount(rows.reviews)} to add`);

	// Cancel: the worker, holding the parsed backup, is stopped; nothing was written.
	const stopped = new Promise((resolve) => worker.once('close', resolve));
	await preview.getByRole('button', { name: 'Cancel' }).click();
	await expect(preview).toHaveCount(0);
	await stopped;
	expect(await tableCounts(page)).toEqual({ decks: 0, cards: 0, reviews: 0 });

	// The same file again, imported this time.
	await input.setInputFiles(file);
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText(
		`Added 1 deck, ${formatCount(rows.cards)} cards, ${formatCount(rows.reviews)} reviews`
	);
	expect(await tableCounts(page)).toEqual(rows);
	expect(page.workers().filter((w) => WORKER.test(w.url()))).toEqual([]);

	// The deck and its history are the app's now: its cards are all studied, and due.
	await page.goto('/');
	const deck = page.locator('.deck').filter({ hasText: 'A big deck' });
	await expect(deck.locator('.counts')).toContainText(
		`${rows.cards} of ${rows.cards} cards learned`
	);
	await expect(deck.getByRole('link').first()).toHaveAttribute('href', new RegExp(BIG_DECK_ID));
});

test('offline, a backup still imports: its worker is precached', async ({ page, context }) => {
	const { file, rows } = backupFile(100_000, 20);
	await installApp(page);
	await context.setOffline(true);
	await open(page, '/settings');
	await expect(page.getByLabel('Import a backup file')).toBeEnabled();
	await page.getByLabel('Import a backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText(
		`${formatCount(rows.reviews)} reviews`
	);
	expect(await tableCounts(page)).toEqual(rows);
});
