/**
 * The first frame a student sees is the page, not an empty one. When the head takes more than
 * Chromium's parser budget (about 10 ms, common on a cheap phone), the parser pauses at <body>
 * and the browser may paint a frame with nothing in it, then lay out the whole page again.
 * src/app.html holds rendering until the element #main has been parsed.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlFiles, ROUTES } from './helpers';

test('every prerendered page holds its first frame until #main is parsed, and has #main', () => {
	const pages = htmlFiles('build');
	expect(pages.length).toBeGreaterThanOrEqual(ROUTES.length);
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head, page).toContain('<link rel="expect" href="#main" blocking="render" />');
		// Without the element the hold lasts until the whole document is parsed. The SPA fallback
		// (200.html, for URLs that were not prerendered) has an empty body: it paints after parsing.
		if (!page.endsWith('200.html'))
			expect(html.slice(head.length), page).toMatch(/<main id="main"/);
	}
});

test('on every route the first paint already has content in it', async ({ page }) => {
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		const paints = await page.evaluate(() =>
			Object.fromEntries(
				performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime])
			)
		);
		expect(paints['first-paint'], route.path).toBeGreaterThan(0);
		expect(paints['first-contentful-paint'], route.path).toBe(paints['first-paint']);
	}
});
