/**
 * The service worker takes control on the first visit, and afterwards every route (deep links
 * with their query strings included) reloads and renders with the network off.
 */
import { expect, test } from '@playwright/test';
import { DECK_ID, ROUTES, installApp, waitForServiceWorker } from './helpers';

test('the service worker takes control on the first visit', async ({ page }) => {
	await installApp(page);
	const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(scriptURL).toMatch(/\/sw\.js$/);
});

test('a first visit to a deep link installs the app for offline use too', async ({
	page,
	context
}) => {
	await page.goto(`/quiz/${DECK_ID}?seed=3&n=5`);
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('offline, every route loads directly and renders', async ({ page, context }) => {
	await installApp(page);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	for (const route of ROUTES) {
		const response = await page.goto(route.path);
		expect(response?.ok(), `${route.path} served offline`).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
		await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	}
	// A URL the app never prerendered still gets the app shell, not the browser's offline page.
	await page.goto('/no-such-page?x=1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found|404/i);
});
