import { expect, type Page } from '@playwright/test';

/** Every page of the app, as a student reaches it (deep links with their query strings too). */
export const ROUTES: { path: string; heading: RegExp }[] = [
	{ path: '/', heading: /learn what the news says|welcome/i },
	{ path: '/settings', heading: /settings/i }
];

/** Waits until the service worker controls the page and is activated. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	// Right after taking control the worker may still read "activating": poll until activated.
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return navigator.serviceWorker.controller !== null &&
						registration?.active?.state === 'activated'
						? 'controlled'
						: 'waiting';
				}),
			{ timeout: 30_000 }
		)
		.toBe('controlled');
}

/** Visits every route once so the precache is complete, then waits for the worker. */
export async function installApp(page: Page): Promise<void> {
	await page.goto('/');
	await waitForServiceWorker(page);
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'page is wider than the viewport').toBeLessThanOrEqual(0);
}
