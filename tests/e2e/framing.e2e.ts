/**
 * Issue 24, defect 10: another site could show Factdeck in an iframe (Settings, with its Reset
 * button, under a decoy: clickjacking). The host sends `frame-ancestors 'none'` (and
 * X-Frame-Options), and where a host cannot send headers the page itself refuses to show its app
 * inside a frame. Both are checked from a page on another origin.
 */
import { expect, test, type Page } from '@playwright/test';

const ATTACKER = 'http://attacker.test/';

async function frameSettings(page: Page, baseURL: string) {
	await page.route(ATTACKER, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Win a prize</title><iframe src="${baseURL}/settings" width="800" height="600"></iframe>`
		})
	);
	await page.goto(ATTACKER);
	return page.frameLocator('iframe');
}

test('issue 24 defect 10: the host forbids framing with frame-ancestors and X-Frame-Options', async ({
	page,
	baseURL
}) => {
	const response = await page.request.get('/settings');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	expect(response.headers()['x-frame-options']).toBe('DENY');
	const frame = await frameSettings(page, baseURL!);
	// Chromium refuses to show it: the frame holds its error page, never the app.
	await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
	await expect(frame.getByRole('button', { name: /Reset progress/ })).toHaveCount(0);
	await expect(frame.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
});

test('issue 24 defect 10: without those headers the app still refuses to show in a frame', async ({
	page,
	baseURL
}) => {
	// A host that cannot send headers: the same response without them.
	await page.route(`${baseURL}/settings`, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-security-policy'];
		delete headers['x-frame-options'];
		await route.fulfill({ response, headers });
	});
	const frame = await frameSettings(page, baseURL!);
	await expect(frame.locator('html')).toHaveAttribute(
		'data-framed',
		/does not run inside another page/
	);
	await expect(frame.getByRole('button', { name: /Reset progress/ })).toBeHidden();
	await expect(frame.getByRole('heading', { name: 'Settings' })).toBeHidden();
	// Opened directly, the same page works as ever.
	await page.unrouteAll();
	await page.goto('/settings');
	await expect(page.getByRole('button', { name: /Reset progress/ })).toBeVisible();
});
