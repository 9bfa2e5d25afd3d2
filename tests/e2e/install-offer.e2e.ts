/**
 * The offer to install the app (issue 20): it floated over the bottom of every page, covering
 * Again/Hard/Good/Easy, "Start the quiz" and Teach's last button ("Print answer key" could not be
 * tapped even scrolled to the bottom), and "Not now" lasted one page load. Now it is made in one
 * place, the end of the home page, in the page's flow; "Not now" is kept; no page's controls are
 * covered, and study and quizzes never show it.
 *
 * Chrome sends `beforeinstallprompt` only to an installable app in a profile on disk, after some
 * engagement; these tests send the event themselves, as Chrome would, to the app's own listener.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DECK_ID, open } from './helpers';

/** What Chrome does when the app can be installed: the app keeps the event for its button. */
async function offerInstall(page: Page): Promise<void> {
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: () => Promise.resolve(),
			userChoice: Promise.resolve({ outcome: 'dismissed' })
		});
		dispatchEvent(event);
	});
}

/** The control is what a tap at its centre reaches: nothing lies over it. */
async function expectUncovered(control: Locator, name: string): Promise<void> {
	await control.scrollIntoViewIfNeeded();
	const hit = await control.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		return top && (top === element || element.contains(top))
			? 'the control'
			: (top?.outerHTML.slice(0, 120) ?? 'nothing');
	});
	expect(hit, `${name} is covered`).toBe('the control');
}

const offer = (page: Page) => page.getByRole('complementary', { name: 'Install Factdeck' });

test('the install offer comes once, in its own place, and "Not now" is kept', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();

	// Home: one offer, at the end of the page, in its flow; every control stays reachable.
	await open(page, '/');
	await offerInstall(page);
	await expect(offer(page)).toHaveCount(1);
	await expect(offer(page).getByRole('button', { name: 'Install app' })).toBeVisible();
	const floating = await offer(page).evaluate((element) => {
		for (let e: Element | null = element; e; e = e.parentElement)
			if (['fixed', 'sticky'].includes(getComputedStyle(e).position)) return e.tagName;
		return 'none';
	});
	expect(floating).toBe('none');
	const controls = page
		.locator('main')
		.getByRole('button')
		.or(page.locator('main').getByRole('link'));
	for (const control of await controls.all())
		await expectUncovered(control, (await control.textContent()) ?? 'a control');

	// Study, reached inside the app (the offer is still in hand): no offer, the grades free.
	await page.getByRole('link', { name: 'Start studying' }).click();
	await expect(page.locator('#card-front')).toBeVisible();
	await offerInstall(page);
	await page.getByRole('button', { name: /Show answer/ }).click();
	const grades = page.getByRole('group', { name: 'How well did you remember?' });
	await expect(grades.getByRole('button')).toHaveCount(4);
	for (const grade of await grades.getByRole('button').all())
		await expectUncovered(grade, `the grade button ${await grade.textContent()}`);
	await expect(offer(page)).toHaveCount(0);

	// A teacher's quiz: "Start the quiz" free, no offer.
	await open(page, `/quiz/${DECK_ID}?seed=7&n=10&title=Year+10`);
	await offerInstall(page);
	await expectUncovered(page.getByRole('button', { name: 'Start the quiz' }), 'Start the quiz');
	await expect(offer(page)).toHaveCount(0);

	// Teach, scrolled to the bottom: its last button can be tapped.
	await open(page, '/teach');
	await offerInstall(page);
	await page.getByRole('heading', { name: /^Preview and answer key/ }).scrollIntoViewIfNeeded();
	const last = page.getByRole('button', { name: 'Print answer key' });
	await expect(last).toBeVisible();
	await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
	await expectUncovered(last, 'Print answer key');
	await expect(offer(page)).toHaveCount(0);

	// "Not now" on the home page: gone, with a word on where to find it, and gone after reloads.
	await open(page, '/');
	await offerInstall(page);
	await offer(page).getByRole('button', { name: 'Not now' }).click();
	await expect(offer(page)).toHaveCount(0);
	await expect(
		page.getByRole('status').filter({ hasText: 'install Factdeck later' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Settings' }).last()).toBeFocused();
	for (let reload = 0; reload < 2; reload++) {
		await page.reload();
		await offerInstall(page);
		// Settings (reached inside the app) still offers it: the event did arrive.
		await page.getByRole('link', { name: 'Settings' }).first().click();
		await expect(page.getByRole('button', { name: 'Install app' })).toBeVisible();
		await page.getByRole('link', { name: 'Home' }).click();
		await expect(page.getByRole('heading', { name: 'Decks' })).toBeVisible();
		await expect(offer(page)).toHaveCount(0);
	}
	await context.close();
});
