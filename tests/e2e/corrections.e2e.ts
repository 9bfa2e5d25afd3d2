/**
 * The article's text is garbled: wherever a source is cited (study card, quiz feedback, the printed
 * answer key) each garbled word is shown as printed, struck out, with its correction beside it,
 * and a screen reader hears "printed as …, should read …". axe finds nothing wrong with it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DECK_ID } from './helpers';
import { answer, expectedQuiz } from './engine';

async function expectAxeClean(page: Page, selector: string) {
	const results = await new AxeBuilder({ page })
		.include(selector)
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

/** Each misprint in a cited source: printed words struck out, the correction beside them. */
async function expectMarked(source: Locator, printed: string, correct: string) {
	const misprint = source.locator('.misprint').filter({ hasText: printed }).first();
	await expect(misprint.locator('del')).toHaveText(printed);
	await expect(misprint.locator('ins')).toHaveText(`[${correct}]`);
	// What a screen reader reads: the hidden words say which is which.
	await expect(misprint).toHaveText(`printed as\u00a0${printed}, should read [${correct}]`);
}

test('the study card marks the garbled name in its source and gives the true one', async ({
	page
}) => {
	await page.goto(`/study/${DECK_ID}`);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /Show the source/ }).click();
	const source = page.locator('blockquote.source');
	await expectMarked(source, 'Volodimier Zelansky', 'Volodymyr Zelensky');
	await expectMarked(source, 'his colleagues', 'its allies');
	await expect(source).toContainText('struck-out words are as printed');
	await expectAxeClean(page, 'blockquote.source');
});

test('quiz feedback shows the source with every misprint of the question corrected', async ({
	page
}) => {
	const seed = 31;
	const [first] = expectedQuiz(seed, 5);
	expect(first.misprints?.length).toBeGreaterThan(0);
	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=5`);
	await answer(page, first, false);
	const source = page.locator('blockquote.source');
	await expect(source.locator('.misprint')).toHaveCount(
		// Each misprint once per place it occurs in the source.
		first.misprints!.reduce((n, m) => n + first.source.split(m.printed).length - 1, 0)
	);
	for (const { printed, correct } of first.misprints!) await expectMarked(source, printed, correct);
	await expectAxeClean(page, 'blockquote.source');
});

test('the printed answer key cites each source with its corrections', async ({ page }) => {
	await page.goto('/teach');
	// The preview, then sharing and printing, are drawn once scrolled to.
	const preview = page.getByRole('heading', { name: /Preview and answer key/ });
	await preview.scrollIntoViewIfNeeded();
	await expect(preview).toBeVisible();
	// Printing is the browser's job: record the call instead of opening its dialog.
	await page.evaluate(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', '');
	});
	await page.getByRole('button', { name: 'Print answer key' }).click();
	await expect(page.locator('html[data-printed]')).toBeAttached();
	await page.emulateMedia({ media: 'print' });
	const sheet = page.locator('.sheet');
	await expect(sheet.getByRole('heading', { name: /answer key/ })).toBeVisible();
	const sources = sheet.locator('blockquote.source');
	const count = await sheet.locator(':scope > ol > li').count();
	expect(count).toBeGreaterThan(0);
	await expect(sources).toHaveCount(count);
	// Every garbled word on the sheet is struck out and corrected.
	const misprints = sheet.locator('.misprint');
	expect(await misprints.count()).toBeGreaterThanOrEqual(count);
	for (const misprint of (await misprints.all()).slice(0, 10)) {
		await expect(misprint.locator('del')).toBeVisible();
		await expect(misprint.locator('ins')).toHaveText(/^ ?\[.+\]$/);
	}
	await expectAxeClean(page, '.sheet');
});
