/**
 * Screens checked by eye (issue 20): every route and every state of the quiz, study, teach and
 * create, on a 360×740 phone and a 1280×800 desktop, seeded through the app's own screens, each
 * checked in the light and the dark scheme without a reload (one context per size). On each:
 * nothing wider than the viewport, no text squeezed tall, the primary controls on screen and not
 * covered (`elementFromPoint` at their centre), no chart without a size. Every state's screenshot
 * is kept in test-results/ and attached, so CI's HTML report keeps them for a person to look at.
 * These facts passed every other test while the screens were broken:
 * - the stats calendar's weekday labels were drawn hundreds of pixels tall, the calendar 0×0;
 * - quiz feedback and "Next" landed below the fold on a phone;
 * - the install offer covered Again/Hard/Good/Easy, "Start the quiz" and "Print answer key".
 */
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeSharedQuiz, quizIdentity } from '../../src/lib/share/shared-quiz.ts';
import { DECK_ID, DECK_TITLE, open, waitForServiceWorker } from './helpers';
import { answer, deck, expectedQuiz } from './engine';
import {
	checkScreen,
	expectChartsDrawn,
	expectOnScreenNow,
	expectReachable,
	keepScreenshot,
	SCHEMES,
	textBoxProblems
} from './layout';

const VIEWPORTS = [
	{ name: 'phone', width: 360, height: 740, mobile: true },
	{ name: 'desktop', width: 1280, height: 800, mobile: false }
] as const;

/** A quiz of three kinds of question: a long multiple choice, a number with a unit, true/false. */
const QUIZ = { seed: 7, n: 3, types: ['multiple-choice', 'numeric', 'true-false'] } as const;
const ARTICLE = readFileSync('tests/fixtures/local-ashcombe-library.txt', 'utf8');

function newContext(browser: Browser, viewport: (typeof VIEWPORTS)[number]) {
	return browser.newContext({
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.mobile,
		hasTouch: viewport.mobile
	});
}

/** A teacher's edited quiz, as /teach puts it in a link: the whole quiz in the fragment. */
async function sharedQuizLink(): Promise<string> {
	const questions = expectedQuiz(QUIZ.seed, QUIZ.n, [...QUIZ.types]);
	const rest = {
		v: 1 as const,
		title: 'Year 10 check-in',
		deckId: deck.id,
		deckTitle: deck.title,
		source: { title: deck.source.title },
		timeLimit: 15,
		shuffle: false,
		questions
	};
	return `/shared#${await encodeSharedQuiz({ ...rest, id: quizIdentity(rest) })}`;
}

/** Chrome offers installation: the app hears `beforeinstallprompt`, as on a real phone. */
async function offerInstall(page: Page): Promise<void> {
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			platforms: ['web'],
			prompt: () => Promise.resolve(),
			userChoice: Promise.resolve({ outcome: 'dismissed', platform: 'web' })
		});
		window.dispatchEvent(event);
	});
}

async function studyScreens(page: Page, testInfo: TestInfo) {
	await open(page, `/study/${DECK_ID}`);
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await checkScreen(page, testInfo, 'study-front');
	await page.getByRole('button', { name: /Show answer/ }).click();
	const grades = page.getByRole('group', { name: 'How well did you remember?' });
	await expect(grades).toBeVisible();
	await checkScreen(page, testInfo, 'study-back', {
		controls: [grades.getByRole('button')]
	});
	// A few grades, so the stats have a history to draw.
	for (const grade of ['3', '3', '3', '1']) {
		if (!(await grades.isVisible()))
			await page.getByRole('button', { name: /Show answer/ }).click();
		await expect(grades).toBeVisible();
		await page.keyboard.press(grade);
		await expect(grades).toBeHidden();
	}
}

async function quizScreens(page: Page, testInfo: TestInfo) {
	const questions = expectedQuiz(QUIZ.seed, QUIZ.n, [...QUIZ.types]);
	await open(page, `/quiz/${DECK_ID}?seed=${QUIZ.seed}&n=${QUIZ.n}&types=${QUIZ.types.join(',')}`);
	for (const [i, question] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of ${QUIZ.n}`)).toBeVisible();
		await checkScreen(page, testInfo, `quiz-question-${i + 1}-${question.type}`, {
			fullPage: false
		});
		await answer(page, question, i !== 0);
		// The verdict and the way on, without scrolling: a phone shows them at once.
		const next = page.getByRole('button', {
			name: i < QUIZ.n - 1 ? 'Next question' : 'See results'
		});
		for (const scheme of SCHEMES) {
			await page.emulateMedia({ colorScheme: scheme });
			const where = `quiz feedback ${i + 1} (${question.type}), ${scheme}`;
			await expectOnScreenNow(
				page.getByRole('heading', { name: i !== 0 ? 'Correct!' : 'Not quite.' }),
				where
			);
			await expectOnScreenNow(next, where);
			await keepScreenshot(
				page,
				testInfo,
				`quiz-feedback-${i + 1}-${question.type}-${scheme}`,
				false
			);
		}
		await checkScreen(page, testInfo, `quiz-feedback-${i + 1}-${question.type}-end`, {
			controls: [next],
			end: true
		});
		await next.click();
	}
	await expect(page.getByRole('heading', { name: 'Your score' })).toBeVisible();
	await checkScreen(page, testInfo, 'quiz-results');
}

async function teachScreens(page: Page, testInfo: TestInfo) {
	await open(page, '/teach');
	const preview = page.getByRole('heading', { name: /Preview and answer key/ });
	await preview.scrollIntoViewIfNeeded();
	const printKey = page.getByRole('button', { name: 'Print answer key' });
	await printKey.scrollIntoViewIfNeeded();
	await expect(printKey).toBeEnabled();
	await checkScreen(page, testInfo, 'teach', {
		controls: [page.getByRole('button', { name: 'Print quiz sheet' }), printKey]
	});
	await open(page, '/teach/results');
	await checkScreen(page, testInfo, 'teach-results');
}

async function createScreens(page: Page, testInfo: TestInfo) {
	await open(page, '/create');
	await checkScreen(page, testInfo, 'create');
	await page.getByLabel('Title').fill('Ashcombe library');
	await page.getByLabel('Article text').fill(ARTICLE);
	await page.getByRole('button', { name: 'Make the deck' }).click();
	await expect(page.getByRole('heading', { name: 'Draft: Ashcombe library' })).toBeVisible({
		timeout: 30_000
	});
	await checkScreen(page, testInfo, 'create-draft', { fullPage: false });
}

async function sharedScreens(page: Page, testInfo: TestInfo, link: string) {
	await open(page, link);
	const start = page.getByRole('button', { name: 'Start the quiz' });
	await expect(start).toBeVisible();
	await checkScreen(page, testInfo, 'shared-intro');
	await start.click();
	await expect(page.getByText(`Question 1 of ${QUIZ.n}`)).toBeVisible();
	// The timer's icon is drawn, not a glyph the fonts may lack (a box in Chromium on Linux).
	await expect.soft(page.locator('.timer svg')).toBeVisible();
	await checkScreen(page, testInfo, 'shared-question', { fullPage: false });
}

for (const viewport of VIEWPORTS) {
	const size = `${viewport.width}×${viewport.height}`;
	test(`every screen at ${size}, light and dark, fits, shows its controls and draws its charts`, async ({
		browser
	}, testInfo) => {
		test.setTimeout(180_000);
		const context = await newContext(browser, viewport);
		const page = await context.newPage();
		const link = await sharedQuizLink();

		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await checkScreen(page, testInfo, 'home-first-visit');
		await open(page, `/deck/${DECK_ID}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DECK_TITLE);
		await checkScreen(page, testInfo, 'deck', { fullPage: false });

		await studyScreens(page, testInfo);
		await quizScreens(page, testInfo);

		await open(page, '/stats');
		await expect(page.locator('[data-chart="heatmap"] rect.today')).toBeAttached();
		await expectChartsDrawn(page, `stats at ${size}`);
		await checkScreen(page, testInfo, 'stats');

		await open(page, '/');
		await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
		await checkScreen(page, testInfo, 'home');

		await teachScreens(page, testInfo);
		await open(page, '/settings');
		await checkScreen(page, testInfo, 'settings');
		await createScreens(page, testInfo);
		await sharedScreens(page, testInfo, link);
		await context.close();
	});
}

test('the review calendar shows at 360, 412, 768 and 1280 px, online and offline', async ({
	browser
}, testInfo) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await open(page, `/study/${DECK_ID}`);
	await waitForServiceWorker(page);
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press('3');
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeHidden();
	}
	for (const offline of [false, true]) {
		await context.setOffline(offline);
		await open(page, '/stats');
		for (const width of [360, 412, 768, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await expect(page.locator('[data-chart="heatmap"] rect.today')).toBeAttached();
			const where = `stats at ${width} px ${offline ? 'offline' : 'online'}`;
			await expectChartsDrawn(page, where);
			await checkScreen(page, testInfo, `stats-${width}-${offline ? 'offline' : 'online'}`, {
				fullPage: false,
				schemes: ['light']
			});
		}
	}
	await context.close();
});

/*
 * The install offer floats at the bottom of the screen. Chrome fires `beforeinstallprompt` on
 * every load while the app is installable, and the offer must never sit over a control.
 */
test('the install offer never covers a control', async ({ browser }, testInfo) => {
	const context = await newContext(browser, VIEWPORTS[0]);
	const page = await context.newPage();

	await open(page, `/study/${DECK_ID}`);
	await offerInstall(page);
	await page.getByRole('button', { name: /Show answer/ }).click();
	const grades = page.getByRole('group', { name: 'How well did you remember?' });
	await expect(grades).toBeVisible();
	await expectReachable(grades.getByRole('button'), 'study with the install offer');
	await keepScreenshot(page, testInfo, 'install-offer-study', false);

	await open(page, `/quiz/${DECK_ID}?seed=7&n=10&title=Year+10+check-in`);
	await offerInstall(page);
	const start = page.getByRole('button', { name: 'Start the quiz' });
	await expect(start).toBeVisible();
	await expectReachable(start, 'quiz intro with the install offer');
	await keepScreenshot(page, testInfo, 'install-offer-quiz-intro', false);

	await open(page, '/teach');
	await offerInstall(page);
	await page.getByRole('heading', { name: /Preview and answer key/ }).scrollIntoViewIfNeeded();
	const printKey = page.getByRole('button', { name: 'Print answer key' });
	await printKey.scrollIntoViewIfNeeded();
	await expect(printKey).toBeEnabled();
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expectReachable(printKey, 'teach with the install offer');
	await keepScreenshot(page, testInfo, 'install-offer-teach', false);
	await context.close();
});

/*
 * Stop 28's CI failed here: a matching pair in /teach's random quiz ("US Army Europe → The command
 * Ben Hodges once led") starts its bold answer partway along a line, so it took three short lines,
 * and the check called it squeezed. Squeezed text is narrow on every line.
 */
test('the squeezed-text check tells wrapped text from squeezed text', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.setContent(
		'<ul style="width:274px;margin:0;font:16px sans-serif"><li>US Army Europe → <strong>The command Ben Hodges once led</strong></li></ul>'
	);
	expect(await textBoxProblems(page)).toEqual([]);
	await page.setContent(
		'<div style="width:70px;font:16px sans-serif">The quick brown fox jumps over the lazy dog again</div>'
	);
	expect(await textBoxProblems(page)).toEqual([
		expect.stringMatching(/“The quick brown fox.*” \(div\) is squeezed into \d+ lines/)
	]);
});
