import { expect, type Page } from '@playwright/test';

/** Every page of the app, as a student reaches it (deep links with their query strings too). */
export const DECK_ID = 'ukraine-security-guarantees';
export const DECK_TITLE = 'Security guarantees for Ukraine after a peace deal';

export const ROUTES: { path: string; heading: RegExp }[] = [
	{ path: '/', heading: /learn what the news says|today/i },
	{ path: '/study', heading: /review due cards/i },
	{ path: `/study/${DECK_ID}`, heading: new RegExp(DECK_TITLE) },
	{ path: '/quiz', heading: /take a quiz/i },
	{ path: `/quiz/${DECK_ID}?seed=7&n=10`, heading: new RegExp(DECK_TITLE) },
	{ path: `/deck/${DECK_ID}`, heading: new RegExp(DECK_TITLE) },
	{ path: '/create', heading: /make a deck from an article/i },
	{ path: '/teach', heading: /make a quiz/i },
	{ path: '/teach/results', heading: /class results/i },
	{ path: '/shared', heading: /shared quiz/i },
	{ path: '/stats', heading: /stats|progress/i },
	{ path: '/settings', heading: /settings/i }
];

/** Opens a page and waits until it is hydrated (its controls respond). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
}

/** Shows the card's answer with Space and presses a grade key, as in Anki. */
export async function showAndGrade(page: Page, key: '1' | '2' | '3' | '4'): Promise<void> {
	await expect(page.locator('#card-front')).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
	await page.keyboard.press(key);
}

/**
 * Grades one card from the keyboard and waits for the next card, as a student would: keys pressed
 * while the card changes are not grades (a held key must not grade twice).
 */
export async function gradeByKeyboard(page: Page, key: '1' | '2' | '3' | '4'): Promise<void> {
	const front = page.locator('#card-front');
	await expect(front).toBeVisible();
	const before = await front.textContent();
	await showAndGrade(page, key);
	await expect(front).not.toHaveText(before ?? '');
}

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

export async function expectNoHorizontalScroll(page: Page, where = page.url()): Promise<void> {
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > width + 1)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return { by: document.documentElement.scrollWidth - width, wide };
	});
	expect(
		overflow.by,
		`${where} is wider than the viewport: ${overflow.wide.join(', ')}`
	).toBeLessThanOrEqual(0);
}

/**
 * Teach: the question set of the quiz on screen (its seed), read from its share link while the
 * quiz is unedited. The page itself speaks of "this quiz's question set", not of seeds.
 */
export async function quizSeed(teacher: Page): Promise<number> {
	const link = teacher.getByLabel('Share link');
	await expect(link).toHaveValue(/[?&]seed=\d+/);
	return Number(/[?&]seed=(\d+)/.exec(await link.inputValue())?.[1]);
}
