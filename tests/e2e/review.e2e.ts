/**
 * The two teacher screens that render a whole deck or a whole quiz: they build their content in
 * small steps after the page shows, and must still end up showing all of it, exactly as the
 * engine makes it.
 */
import { expect, test } from '@playwright/test';
import { DECK_ID, quizSeed } from './helpers';
import { deck, expectedQuiz } from './engine';
import { buildQuestions } from '../../src/lib/questions/engine.ts';

test('the deck page ends up listing every fact with the engine’s questions', async ({ page }) => {
	const questions = buildQuestions(deck, 1);
	await page.goto(`/deck/${DECK_ID}`);
	const facts = page.locator('ol.facts > li');
	await expect(facts).toHaveCount(deck.facts.length);
	await expect(page.getByText(`${questions.length} questions`)).toBeVisible();

	const fact = deck.facts[0];
	const own = questions.filter((q) => q.factIds.includes(fact.id));
	const card = page.locator(`[id="${fact.id}"]`);
	await card.getByText(`Questions (${own.length})`).click();
	await expect(card.locator('ol.questions > li')).toHaveCount(own.length);
	// The answer is highlighted in the article's sentence.
	await expect(card.locator('mark').first()).toBeVisible();
});

test('the print sheet is drawn only for printing, with every question of the quiz', async ({
	page
}) => {
	await page.goto('/teach');
	const preview = page.getByRole('heading', { name: /Preview and answer key \(10/ });
	await expect(preview).toBeVisible();
	await preview.scrollIntoViewIfNeeded();
	const quiz = expectedQuiz(await quizSeed(page), 10);
	const sheet = page.locator('.sheet');
	await expect(sheet).toHaveCount(0);

	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(sheet).toBeVisible();
	await expect(sheet.locator(':scope > ol > li')).toHaveCount(quiz.length);
	await expect(sheet).toContainText(quiz[0].prompt.slice(0, 40));
	await expect(page.getByRole('heading', { name: 'Make a quiz for your class' })).toBeHidden();

	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect(sheet).toHaveCount(0);
});
