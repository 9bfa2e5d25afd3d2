/**
 * Any article becomes a deck on the device: paste, wait for the draft, fix a name everywhere,
 * publish, study and quiz from the new deck, then reload offline and find it all intact.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { renameEverywhere } from '../../src/lib/drafts/draft.ts';
import { generateDeck, withDefaultFacts } from '../../src/lib/generate/generate.ts';
import { buildQuestions } from '../../src/lib/questions/engine.ts';
import { assembleQuiz } from '../../src/lib/questions/quiz.ts';
import { gradeByKeyboard, open, waitForServiceWorker } from './helpers';
import { answer, countRows } from './engine';

const text = readFileSync('tests/fixtures/science-gravitational-waves.txt', 'utf8');
const TITLE = 'Gravitational waves';

test('paste, review, rename, publish, study and quiz, then everything is there offline', async ({
	page,
	context
}) => {
	await open(page, '/create');
	await waitForServiceWorker(page);
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel('Article text').fill(text);
	await expect(page.getByText(/^\d[\d,]* words$/)).toBeVisible();
	await page.getByRole('button', { name: 'Make the deck' }).click();
	await expect(page.getByRole('heading', { name: `Draft: ${TITLE}` })).toBeVisible({
		timeout: 30_000
	});

	// Fix a name everywhere: the draft shows the new one and never the old one.
	await page.getByLabel('Name as written').fill('Kip Thorne');
	await page.getByLabel('Correct name').fill('Kip S. Thorne');
	await page.getByRole('button', { name: 'Rename everywhere' }).click();
	const facts = page.locator('ol.facts').first();
	await expect(facts).toContainText('Kip S. Thorne');

	await page.getByRole('button', { name: 'Publish the deck' }).click();
	await expect(page.getByRole('heading', { name: 'Your deck is ready' })).toBeVisible();
	const studyHref = await page.getByRole('link', { name: 'Study it' }).getAttribute('href');
	const deckId = studyHref!.split('/').pop()!;

	// The same deck, built in Node exactly as the browser built it.
	const generated = withDefaultFacts(generateDeck(text, { title: TITLE }).deck);
	const deck = renameEverywhere(generated, 'Kip Thorne', 'Kip S. Thorne');
	expect(deck.id).toBe(deckId);
	const quiz = assembleQuiz(buildQuestions(deck, 5), { seed: 5, n: 5 });

	// Study two cards of the new deck.
	await page.getByRole('link', { name: 'Study it' }).click();
	await gradeByKeyboard(page, '3');
	await gradeByKeyboard(page, '3');
	// Both grades written before leaving the page.
	await expect.poll(() => countRows(page, 'reviews')).toBe(2);

	// Take a quiz of 5 from it, all right.
	await page.goto(`/quiz/${deckId}?seed=5&n=5`);
	for (const [i, question] of quiz.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await answer(page, question, true);
		await page.getByRole('button', { name: i < 4 ? 'Next question' : 'See results' }).click();
	}
	await expect(page.locator('.big')).toContainText('5 / 5');

	// Offline, after a reload: the deck, its renamed facts, its progress.
	await context.setOffline(true);
	await page.goto('/');
	const entry = page.locator('.deck').filter({ hasText: TITLE });
	await expect(entry).toContainText('2 learned');
	await expect(page.getByText('5/5')).toBeVisible();
	await page.goto(`/deck/${deckId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.locator('main')).toContainText('Kip S. Thorne');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await page.goto(`/study/${deckId}`);
	await expect(page.locator('#card-front')).toBeVisible();
});

test('too long a paste is refused with a message, and the text stays', async ({ page }) => {
	await open(page, '/create');
	const long = 'word '.repeat(50_001);
	await page.getByLabel('Article text').fill(long);
	await expect(page.getByText(/over the limit of 50,000 words/)).toBeVisible();
	await page.getByRole('button', { name: 'Make the deck' }).click();
	await expect(page.getByRole('alert')).toContainText('Factdeck takes up to 50,000');
	expect((await page.getByLabel('Article text').inputValue()).length).toBe(long.length);
});

test('sharing to Factdeck fills in the text (manifest share_target)', async ({ page }) => {
	await open(
		page,
		'/create?title=Shared%20story&text=A%20short%20shared%20text.&url=https%3A%2F%2Fexample.org%2Fa'
	);
	await expect(page.getByLabel('Title')).toHaveValue('Shared story');
	await expect(page.getByLabel('Article text')).toHaveValue(
		'A short shared text.\n\nhttps://example.org/a'
	);
});
