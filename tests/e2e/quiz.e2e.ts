/**
 * Quizzes on a phone: the same seed gives the same quiz as the engine computes in Node, mixed
 * right and wrong answers give the right score, mistakes become due cards, and a reload in the
 * middle resumes on the same question.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DECK_ID } from './helpers';
import { answer, countRows, expectedQuiz, readRows } from './engine';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('a quiz of 10 with right and wrong answers: score, attempt row, mistakes become due', async ({
	page
}) => {
	const seed = 4242;
	const questions = expectedQuiz(seed, 10);
	expect(questions).toHaveLength(10);
	expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);

	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=10`);
	const plan = questions.map((_, i) => i % 3 !== 1); // 7 right, 3 wrong
	for (const [i, question] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
		await answer(page, question, plan[i]);
		await page.getByRole('button', { name: i < 9 ? 'Next question' : 'See results' }).click();
	}
	const right = plan.filter(Boolean).length;
	await expect(page.getByRole('heading', { name: 'Your score' })).toBeVisible();
	await expect(page.locator('.big')).toContainText(`${right} / 10`);
	expect(await countRows(page, 'attempts')).toBe(1);

	// One card per missed fact joins today's reviews, and the message says exactly that. Issue 20
	// (7): 5 misses announced 16 cards (every card of every missed fact) and "learned" went 10 -> 26.
	await page.getByRole('button', { name: 'Add my mistakes to flashcards' }).click();
	const missed = questions.filter((_, i) => !plan[i]);
	const missedFacts = [...new Set(missed.map((q) => q.factId))];
	const n = missedFacts.length;
	const who =
		n === missed.length
			? `You missed ${missed.length} questions`
			: `You missed ${missed.length} questions on ${n} facts`;
	const message = `${who}: ${n} ${n === 1 ? 'card' : 'cards'} added to today's reviews, one per fact.`;
	const status = page.getByRole('status').filter({ hasText: "added to today's reviews" });
	await expect(status).toHaveText(
		new RegExp(`^${message.replace(/[.?]/g, '\\$&')}\\s*Review them$`)
	);
	// In storage: exactly one card of each missed fact due now, none of any other fact.
	const cardRows = await readRows<{ id: string; factId: string; queue: number }>(page, 'cards');
	const dueNow = cardRows.filter((c) => c.queue === 1);
	expect(dueNow.map((c) => c.factId).sort()).toEqual([...missedFacts].sort());

	await page.getByRole('link', { name: 'Review them' }).click();
	const header = page.getByLabel('Cards left in this session');
	await expect(header).toContainText(`${n} due`);
	await expect(header).toContainText('0 learning');
	const today = (await header.innerText()).replace(/\s+/g, ' ');

	// The results also offer to retry the missed ones, as a quiz of 3.
	await page.goBack();
	await page.getByRole('button', { name: 'Retry the 3 I missed' }).click();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();

	// Home and the Study tab count the deck as the study header did, and nothing became learned.
	await page.goto('/');
	const home = page.locator('.deck').first();
	await expect(home.locator('.today')).toHaveText(today);
	await expect(home).toContainText(/0 of \d+ cards learned/);
	await page.goto('/study');
	await expect(page.locator('main .card .today').first()).toHaveText(today);
});

test('a quiz interrupted by a reload resumes on the same question', async ({ page }) => {
	const seed = 77;
	const questions = expectedQuiz(seed, 6);
	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=6`);
	for (const [i, question] of questions.slice(0, 3).entries()) {
		await answer(page, question, i !== 1);
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await expect(page.getByText('Question 4 of 6')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Question 4 of 6')).toBeVisible();
	await expect(page.getByRole('group').first()).toContainText(questions[3].prompt.slice(0, 40));
	for (const [i, question] of questions.slice(3).entries()) {
		await answer(page, question, true);
		await page.getByRole('button', { name: i < 2 ? 'Next question' : 'See results' }).click();
	}
	await expect(page.locator('.big')).toContainText('5 / 6');
});

// Issue 20 (11): a quiz of 10 gave 8 and said nothing. The deck has fewer than 10 "who said"
// questions, so a link asking for 10 of them says why there are fewer, and a full quiz says nothing.
test('a quiz with fewer questions than asked says why', async ({ page }) => {
	const seed = 7;
	const got = expectedQuiz(seed, 10, ['who-said']).length;
	expect(got).toBeGreaterThan(1);
	expect(got).toBeLessThan(10);
	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=10&types=who-said`);
	await expect(page.getByText(`Question 1 of ${got}`)).toBeVisible();
	await expect(
		page.getByText(
			`This deck has only ${got} questions of this kind, so this quiz has ${got}, not 10.`
		)
	).toBeVisible();

	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=${got}&types=who-said`);
	await expect(page.getByText(`Question 1 of ${got}`)).toBeVisible();
	await expect(page.getByText(/This deck has/)).toHaveCount(0);
});

test('keys pick options: 1–4 or A–D, T/F, Enter for next', async ({ page }) => {
	const seed = 12;
	const questions = expectedQuiz(seed, 4, ['multiple-choice', 'true-false']);
	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=4&types=multiple-choice,true-false`);
	for (const [i, question] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 4`)).toBeVisible();
		const key =
			question.type === 'true-false'
				? question.answer === 'true'
					? 't'
					: 'f'
				: String.fromCharCode(97 + question.options!.indexOf(question.answer)); // a–d
		await page.keyboard.press(key);
		await expect(page.getByRole('heading', { name: 'Correct!' })).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.locator('.big')).toContainText('4 / 4');
});

/*
 * Issue 20: on a phone the feedback and Next landed below the fold and the page did not move;
 * "You answered “x”.The answer is…" lacked its space; a number typed as 1000 got "Correct! /
 * Correct: 1,000. / The answer is 1,000 km."; "True or false? …" was followed by "TRUE OR FALSE".
 * Axe checks the pinned bar in both themes.
 */
test('feedback and Next are pinned on screen, say the answer once, and move focus', async ({
	page
}) => {
	const [choice, number, statement] = expectedQuiz(15, 3, [
		'multiple-choice',
		'numeric',
		'true-false'
	]);
	expect([choice.type, number.type, statement.type]).toEqual([
		'multiple-choice',
		'numeric',
		'true-false'
	]);
	await page.goto(`/quiz/${DECK_ID}?seed=15&n=3&types=multiple-choice,numeric,true-false`);
	const next = page.getByRole('button', { name: 'Next question' });

	await answer(page, choice, false);
	const wrong = choice.options!.find((o) => o !== choice.answer)!;
	const verdict = `You answered “${wrong}”. The answer is ${choice.answer}.`;
	await expect(page.locator('#verdict p')).toHaveText(verdict);
	await expect(next).toBeFocused();
	await expect(next).toHaveAccessibleDescription(`Not quite. ${verdict}`);
	await expect(next).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('heading', { name: 'Not quite.' })).toBeInViewport({ ratio: 1 });
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page })
			.include('main')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
	}

	// Read to the end, then on: the next question from its top, with focus on it.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await next.click();
	await expect(page.getByText('Question 2 of 3')).toBeInViewport();
	await expect(page.getByLabel('Your answer')).toBeFocused();

	await page.getByLabel('Your answer').fill('1000');
	await page.getByLabel('Your answer').press('Enter');
	await expect(page.getByRole('heading', { name: 'Correct!' })).toBeInViewport({ ratio: 1 });
	await expect(page.locator('#verdict p')).toHaveText('The answer is 1,000 km.');
	await expect(page.locator('main')).not.toContainText('Correct: 1,000');
	await page.keyboard.press('Enter');

	const question = page.getByRole('group', { name: /^True or false\? / });
	await expect(question).toBeFocused();
	await expect(page.locator('main')).not.toContainText(/true or false(?!\?)/i);
	await answer(page, statement, true);
	await page.getByRole('button', { name: 'See results' }).click();
	await expect(page.getByRole('heading', { name: 'Your score' })).toBeFocused();
});

test('a broken quiz link says so and offers a way home', async ({ page }) => {
	await page.goto(`/quiz/${DECK_ID}?seed=abc&n=5`);
	await expect(page.getByRole('alert')).toContainText('This quiz link is broken');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	await page.goto(`/quiz/${DECK_ID}?n=5&types=essay`);
	await expect(page.getByRole('alert')).toContainText('Unknown question type');
});

test('matching on a phone: the matches open under the chosen item; results list each pair', async ({
	page
}) => {
	const seed = 11;
	const [question] = expectedQuiz(seed, 1, ['matching']);
	expect(question.type).toBe('matching');
	await page.goto(`/quiz/${DECK_ID}?seed=${seed}&n=1&types=matching`);
	await expect(page.getByText('Choose a numbered item, then its match.')).toBeVisible();
	await expect(page.getByText(/on the left/)).toHaveCount(0);

	const [[first]] = question.pairs!;
	const item = page.getByRole('button', { name: first, exact: true });
	await item.click();
	const matches = page.getByRole('list', { name: 'Matches for item 1' });
	await expect(matches.getByRole('button')).toHaveCount(question.pairs!.length);
	// Right under the item: no scrolling past the other items to reach them.
	const itemBox = (await item.boundingBox())!;
	const listBox = (await matches.boundingBox())!;
	expect(listBox.y - (itemBox.y + itemBox.height)).toBeLessThan(16);

	// Answered with every partner shifted by one: all wrong, and the results say so pair by pair.
	await answer(page, question, false);
	await page.getByRole('button', { name: 'See results' }).click();
	const review = page.locator('ol.review > li');
	await expect(review).toHaveCount(1);
	const pairs = review.locator('ul.pairs > li');
	await expect(pairs).toHaveCount(question.pairs!.length);
	for (const [i, [left, right]] of question.pairs!.entries()) {
		await expect(pairs.nth(i)).toContainText(left);
		await expect(pairs.nth(i)).toContainText(`Correct: ${right}`);
	}
});
