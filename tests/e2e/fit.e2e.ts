/**
 * Issue 23: "Fit the schedule to me". In real Chromium, with the real optimiser (fsrs-browser's
 * WASM in its worker): a learner with too few reviews is told what is missing; a learner whose
 * 500-review history arrives in a backup fits, sees before and after, and undoes. The settings
 * page fetches none of the optimiser until the button is pressed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { historyBackup } from '../../scripts/bench/review-history.js';
import { DB_SCHEMA_VERSION } from '../../src/lib/records/version.ts';
import { readSetting } from './engine';
import { open } from './helpers';

const OPTIMISER = /\/(fit\.worker[^/]*\.js|fsrs_browser_bg[^/]*\.wasm)$/;
const START = Date.UTC(2026, 8, 1, 7);

test('too few reviews: the fit is offered, and what it still needs is said', async ({ page }) => {
	await open(page, '/settings');
	const section = page.getByRole('region', { name: 'Your schedule' });
	await expect(section).toContainText("FSRS-6's standard parameters");
	await expect(section).toContainText(
		'A fit needs at least 400 reviews over 7 days. So far: 0 reviews over 0 days.'
	);
	await expect(section.getByRole('button', { name: 'Fit the schedule to me' })).toBeDisabled();
	await expect(section.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test('a 500-review history: fit, before and after, reload, undo', async ({ page }, info) => {
	const backup = historyBackup({
		reviews: 500,
		cards: 120,
		newPerDay: 12,
		start: START,
		schemaVersion: DB_SCHEMA_VERSION
	});
	const reviews = backup.tables.reviews.length;
	expect(reviews).toBeGreaterThanOrEqual(500);
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(request.url()));

	await open(page, '/settings');
	const input = page.getByLabel('Import a backup file');
	await expect(input).toBeEnabled();
	await input.setInputFiles({
		name: 'factdeck-backup-history.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toBeVisible();

	const section = page.getByRole('region', { name: 'Your schedule' });
	const fit = section.getByRole('button', { name: 'Fit the schedule to me' });
	await expect(fit).toBeEnabled();
	await expect(section).not.toContainText('A fit needs');

	// The workload a desired retention implies, for the cards already studied: more at 97%.
	const workload = page.locator('.workload');
	await expect(workload).toContainText(/^At 90%: about \d+ reviews? a day/);
	const perDay = async () => Number((await workload.innerText()).match(/about (\d+)/)![1]);
	const at90 = await perDay();
	await page.getByLabel('Desired retention in percent').fill('97');
	await expect(workload).toContainText('At 97%');
	expect(await perDay()).toBeGreaterThan(at90);
	await page.getByLabel('Desired retention in percent').fill('90');
	await expect(workload).toContainText('At 90%');

	// Nothing of the optimiser so far.
	expect(fetched.filter((url) => OPTIMISER.test(url))).toEqual([]);

	await fit.click();
	const table = section.getByRole('table', {
		name: /^Before and after, on your \d+ scored reviews$/
	});
	await expect(table).toBeVisible({ timeout: 60_000 });
	expect(fetched.filter((url) => OPTIMISER.test(url)).length).toBe(2);
	const row = (name: RegExp) => table.getByRole('row', { name });
	const cells = async (name: RegExp) =>
		(await row(name).getByRole('cell').allInnerTexts()).map(Number);
	const [logLossBefore, logLossAfter] = await cells(/^Log loss/);
	expect(logLossAfter).toBeLessThan(logLossBefore);
	expect(await cells(/^Calibration error/)).toHaveLength(2);
	expect(await cells(/^Reviews a day at 90%/)).toHaveLength(2);
	await expect(section.getByRole('status')).toContainText(
		/Your schedule now fits your own reviews: \d+ cards rescheduled\./
	);
	const stored = (await readSetting(page, 'scheduleFit')) as { params: number[]; previous: null };
	expect(stored.params).toHaveLength(21);
	expect(stored.previous).toBeNull();

	const axe = await new AxeBuilder({ page }).include('main').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await page.screenshot({ path: info.outputPath('fitted.png'), fullPage: true });

	// Kept through a reload; Undo brings back the standard schedule.
	await page.reload();
	await expect(section).toContainText(/Fitted to your own \d+ scored reviews on /);
	await section.getByRole('button', { name: 'Undo: back to the standard schedule' }).click();
	await expect(section.getByRole('status')).toContainText(
		/The standard FSRS-6 schedule is back: \d+ cards rescheduled\./
	);
	await expect(section).toContainText("FSRS-6's standard parameters");
	await expect.poll(() => readSetting(page, 'scheduleFit')).toBeNull();
	await expect(section.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});
