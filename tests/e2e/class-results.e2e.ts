/**
 * The class results page on a 360 px phone (issue 20): the table broke its words ("Scor/e",
 * "33/%", "Remo/ve"); a question everyone got right was listed in red among the hardest; the same
 * code pasted twice said "0 results added." and no more; and the page offered to "scan their QR
 * codes" in a browser with no way to scan. Result codes are made here in Node by the app's own
 * encoder, as students' phones make them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { quizKey } from '../../src/lib/questions/quiz-assembly.ts';
import { encodeResultCode } from '../../src/lib/share/result-code.ts';
import { expectedQuiz } from './engine';
import { DECK_ID, expectNoHorizontalScroll, open } from './helpers';

const questions = expectedQuiz(7, 4);
const quizId = quizKey(DECK_ID, { seed: 7, n: 4, types: [] });

/** A student's code: question 1 right for everyone, question 2 wrong for everyone. */
function resultCode(name: string, oks: boolean[], minute: number): Promise<string> {
	const answers = questions.map((q, i) => ({ q: q.id, ok: oks[i], given: oks[i] ? 'right' : 'x' }));
	return encodeResultCode({
		v: 1,
		name,
		quizId,
		title: 'Year 10 check-in',
		answers,
		score: answers.filter((a) => a.ok).length,
		total: answers.length,
		finishedAt: Date.UTC(2026, 0, 5, 10, minute)
	});
}

/** How many lines a text takes on screen. */
function lines(locator: Locator): Promise<number> {
	return locator.evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		return new Set([...range.getClientRects()].map((box) => Math.round(box.bottom))).size;
	});
}

/** A theme colour as the page computes it (to compare with an element's colour). */
function themeColour(page: Page, variable: string): Promise<string> {
	return page.evaluate((variable) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${variable})`;
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	}, variable);
}

async function paste(page: Page, codes: string[]): Promise<void> {
	await page.getByLabel('Result codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
}

test('class results on a phone: whole words, real rates, and why a paste added nothing', async ({
	browser
}) => {
	const ada = await resultCode('Ada Lovelace', [true, false, true, true], 1);
	const grace = await resultCode('Grace Hopper', [true, false, false, true], 2);
	const bo = await resultCode('Bo', [true, false, true, false], 3);
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await open(page, '/teach/results');
	const status = page.locator('form').getByRole('status');

	// Chromium on Linux cannot scan (no BarcodeDetector): the page neither offers nor mentions it.
	await expect(page.locator('main')).not.toContainText(/scan/i);
	await expect(page.getByRole('button', { name: /scan/i })).toHaveCount(0);

	await paste(page, [ada, grace]);
	await expect(status).toHaveText('2 results added.');
	// Not shared from this device: the class is named by the built-in deck, not by the codes.
	const table = page.getByRole('table', {
		name: 'Scores for Security guarantees for Ukraine after a peace deal'
	});
	await expect(table.getByRole('row')).toHaveCount(3);

	// Headers, figures and buttons keep their words whole; only names may wrap.
	for (const name of ['Student', 'Score'])
		expect(await lines(table.getByRole('columnheader', { name })), name).toBe(1);
	for (const cell of await table.locator('td.score > *').all())
		expect(await lines(cell), (await cell.textContent()) ?? '').toBe(1);
	for (const button of await table.getByRole('button', { name: /^Remove/ }).all())
		expect(await lines(button)).toBe(1);
	await expect(table.getByRole('row', { name: /Ada Lovelace/ })).toContainText('75%');
	await expectNoHorizontalScroll(page, '/teach/results with results');

	// Hardest questions: only those someone got wrong, coloured by the real rate.
	const hardest = page.locator('.hardest li');
	await expect(hardest).toHaveCount(2);
	await expect(hardest.nth(0)).toContainText('0% right (0 of 2)');
	await expect(hardest.nth(1)).toContainText('50% right (1 of 2)');
	await expect(page.locator('.hardest')).not.toContainText('100%');
	const colour = (item: Locator) =>
		item.locator('.percent').evaluate((e) => getComputedStyle(e).color);
	expect(await colour(hardest.nth(0))).toBe(await themeColour(page, '--bad'));
	expect(await colour(hardest.nth(1))).toBe(await themeColour(page, '--warn'));

	// The same code again: nothing added, and the page says why.
	await paste(page, [ada]);
	await expect(status).toHaveText('No new results: that code was already added.');
	await expect(page.getByLabel('Result codes')).toHaveValue('');
	// A code already here, one pasted twice, and a new one.
	await paste(page, [grace, bo, bo]);
	await expect(status).toHaveText('1 result added. 2 duplicates skipped (already added).');
	await expect(table.getByRole('row')).toHaveCount(4);
	await expect(page.getByRole('alert')).toHaveCount(0);

	// Removing a result is one key press, so it can be undone; focus moves to Undo.
	await table.getByRole('button', { name: "Remove Ada Lovelace's result" }).press('Enter');
	await expect(table.getByRole('row')).toHaveCount(3);
	const undo = page.getByRole('button', { name: 'Undo' });
	await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
		/Removed Ada Lovelace’s result\.\s*Undo/
	);
	await expect(undo).toBeFocused();
	await page.reload();
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(undo).toHaveCount(0);
	await table.getByRole('button', { name: "Remove Grace Hopper's result" }).click();
	await expect(table.getByRole('row')).toHaveCount(2);
	await undo.click();
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(table.getByRole('row', { name: /Grace Hopper/ })).toContainText('%');
	await expect(undo).toHaveCount(0);
	await page.reload();
	await expect(table.getByRole('row', { name: /Grace Hopper/ })).toBeVisible();
	await table.getByRole('button', { name: "Remove Grace Hopper's result" }).click();

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
	}
	await context.close();
});

test('scanning is offered where the browser can read QR codes with a camera', async ({ page }) => {
	await page.addInitScript(() => {
		Object.assign(window, {
			BarcodeDetector: class {
				static getSupportedFormats() {
					return Promise.resolve(['qr_code']);
				}
			}
		});
	});
	await open(page, '/teach/results');
	await expect(page.locator('main')).toContainText('or scan their QR codes');
	await expect(page.getByRole('button', { name: 'Scan QR codes' })).toBeVisible();
});
