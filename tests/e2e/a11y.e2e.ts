/**
 * Every route passes axe in the light and the dark theme, and fits a 360 px phone without
 * horizontal scrolling.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readSetting } from './engine';
import { ROUTES, expectNoHorizontalScroll, open } from './helpers';

// One test a route and theme: each is short, and they run side by side.
for (const colorScheme of ['light', 'dark'] as const)
	for (const route of ROUTES)
		test(`axe finds no violations on ${route.path} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(route.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const summary = results.violations.map(
				(v) => `${route.path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
			expect(summary).toEqual([]);
		});

test('no route scrolls sideways on a 360×740 phone', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await expectNoHorizontalScroll(page, route.path);
	}
	await context.close();
});

test('the manual theme choice overrides the system and survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	await expect.poll(() => readSetting(page, 'theme')).toBe('dark');
	await page.reload();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	expect(await background()).toBe(dark);
	await page.getByRole('radio', { name: 'Same as device' }).check();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
	expect(await background()).not.toBe(dark);
});
