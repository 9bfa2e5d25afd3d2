/**
 * Every prerendered page ships a Content-Security-Policy without inline or eval'd scripts, and
 * the app runs under it without a single violation.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from './helpers';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

test('every prerendered page has a strict CSP meta tag', () => {
	const pages = htmlFiles('build');
	expect(pages.length).toBeGreaterThanOrEqual(ROUTES.length);
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, page).toBeTruthy();
		const script = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
		expect(script, page).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
		expect(csp, page).toMatch(/default-src 'self'/);
		expect(csp, page).toMatch(/object-src 'none'/);
		// Every inline script on the page is allowed by its hash, not by a loophole.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].length;
		const hashes = (script.match(/'sha256-/g) ?? []).length;
		expect(hashes, page).toBeGreaterThanOrEqual(inline);
	}
});

test('the app runs under its CSP with no violations on any route', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { cspViolations: string[] }).cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { cspViolations: string[] }).cspViolations.push(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		const violations = await page.evaluate(
			() => (window as unknown as { cspViolations: string[] }).cspViolations
		);
		expect(violations, route.path).toEqual([]);
	}
});
