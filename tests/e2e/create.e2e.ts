/**
 * Any article becomes a deck on the device: paste, wait for the draft, fix a name everywhere,
 * publish, study and quiz from the new deck, then reload offline and find it all intact. And an
 * article the generator was never tuned on: the draft says what it left out and why, and no
 * question a student then meets has a lint finding.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Deck } from '../../src/lib/content/deck-schema.ts';
import { renameEverywhere } from '../../src/lib/drafts/draft.ts';
import { generateDeck, withDefaultFacts } from '../../src/lib/generate/generate.ts';
import { indexDeck } from '../../src/lib/questions/deck-index.ts';
import { distractorPool } from '../../src/lib/questions/distractors.ts';
import { buildQuestions, referenceYear, reviewQuestions } from '../../src/lib/questions/engine.ts';
import {
	lintQuestion,
	type LintContext,
	type LintSubject
} from '../../src/lib/questions/lint/index.ts';
import { statementWith } from '../../src/lib/questions/lint/wrong-answers.ts';
import { assembleQuiz, factImportance } from '../../src/lib/questions/quiz-assembly.ts';
import { QUESTION_TYPE_LABELS, type Question } from '../../src/lib/questions/types.ts';
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
	await page.getByLabel('Name as written').fill('Samuel Price');
	await page.getByLabel('Correct name').fill('Samuel J. Price');
	await page.getByRole('button', { name: 'Rename everywhere' }).click();
	const facts = page.locator('ol.facts').first();
	await expect(facts).toContainText('Samuel J. Price');

	await page.getByRole('button', { name: 'Publish the deck' }).click();
	await expect(page.getByRole('heading', { name: 'Your deck is ready' })).toBeVisible();
	const studyHref = await page.getByRole('link', { name: 'Study it' }).getAttribute('href');
	const deckId = studyHref!.split('/').pop()!;

	// The same deck, built in Node exactly as the browser built it.
	const generated = withDefaultFacts(generateDeck(text, { title: TITLE }).deck);
	const deck = renameEverywhere(generated, 'Samuel Price', 'Samuel J. Price');
	expect(deck.id).toBe(deckId);
	// As the quiz page assembles it: the facts that carry the article more likely first.
	const quiz = assembleQuiz(buildQuestions(deck, 5), { seed: 5, n: 5 }, factImportance(deck));

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
	// Two cards graded Good once are in their learning steps: counted as learning, not learned.
	await expect(entry.locator('.today')).toContainText('2 learning');
	await expect(entry).toContainText(/0 of \d+ cards learned/);
	await expect(page.getByText('5/5')).toBeVisible();
	await page.goto(`/deck/${deckId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.locator('main')).toContainText('Samuel J. Price');
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

/**
 * What the engine checked a question as: its fact, the slot it blanks and, for a false statement,
 * the wrong answer swapped in (found again among the slot's candidates).
 */
function lintSubjectFor(deck: Deck, index: LintContext['index'], question: Question): LintSubject {
	const fact = deck.facts.find((f) => f.id === question.factId)!;
	const [, slotId] = question.id.slice(fact.id.length + 1).split('.');
	const slot = fact.slots.find((s) => s.id === slotId);
	if (!slot || question.type !== 'true-false' || question.answer !== 'false')
		return { question, fact, ...(slot ? { slot } : {}) };
	const pool = distractorPool(index, fact, slot);
	const swap = [...pool.curated, ...pool.drawn].find(
		(s) => statementWith(fact, slot, s) === question.prompt
	);
	expect(swap, `the wrong answer in “${question.prompt}”`).toBeDefined();
	return { question, fact, slot, swap };
}

test('a new article: the draft says what it left out and why, and every quiz question is clean', async ({
	page
}) => {
	// Generation, axe over the whole draft twice and a quiz: about 45 s alone, more beside others.
	test.setTimeout(150_000);
	const article = readFileSync('tests/eval/tune/council-wrenford-bus-lanes.txt', 'utf8');
	// The draft and the deck it publishes, computed in Node exactly as the browser computes them.
	const generated = generateDeck(article);
	const published = withDefaultFacts(generated.deck);
	const draftReview = reviewQuestions(published, 1);
	const [skipped] = generated.skipped;
	const [dropped] = draftReview.dropped;
	expect(skipped, 'the article has a sentence that becomes no fact').toBeDefined();
	expect(dropped, 'the linter keeps a question of the draft from students').toBeDefined();

	await open(page, '/create');
	await waitForServiceWorker(page);
	await page.getByLabel('Article text').fill(article);
	await page.getByRole('button', { name: 'Make the deck' }).click();
	await expect(page.getByRole('heading', { name: `Draft: ${generated.deck.title}` })).toBeVisible({
		timeout: 30_000
	});

	// Why a sentence was left out.
	const notUsed = page.locator('summary', { hasText: 'Sentences not used' });
	await expect(notUsed).toHaveText(`Sentences not used (${generated.skipped.length})`);
	await notUsed.click();
	const item = page
		.getByRole('list', { name: 'Sentences not used' })
		.getByRole('listitem')
		.filter({ hasText: skipped.text });
	await expect(item).toBeVisible();
	await expect(item).toContainText(`Why: ${skipped.reason}`);

	// Why a question of a fact is not asked, in that fact's card.
	const fact = published.facts.find((f) => f.id === dropped.question.factId)!;
	const card = page.getByRole('article', { name: `Fact: ${fact.statement}`, exact: true });
	await expect(card.getByRole('heading', { name: 'Not asked, and why' })).toBeVisible();
	await expect(card).toContainText(
		`${QUESTION_TYPE_LABELS[dropped.question.type]}: ${dropped.findings[0].message}`
	);
	await card.locator('summary', { hasText: 'Questions' }).click();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
	}

	await page.getByRole('button', { name: 'Publish the deck' }).click();
	await expect(page.getByRole('heading', { name: 'Your deck is ready' })).toBeVisible();
	const deckId = (await page.getByRole('link', { name: 'Study it' }).getAttribute('href'))!
		.split('/')
		.pop();
	expect(deckId).toBe(published.id);

	// Every question the quiz shows is one the linter passed, and lints clean on its own.
	const { questions } = reviewQuestions(published, 5);
	const lint: LintContext = {
		index: indexDeck(published),
		...(referenceYear(published) !== undefined ? { year: referenceYear(published) } : {})
	};
	const quiz = assembleQuiz(questions, { seed: 5, n: 6 }, factImportance(published));
	expect(quiz).toHaveLength(6);
	await page.goto(`/quiz/${deckId}?seed=5&n=6`);
	for (let i = 0; i < 6; i++) {
		await expect(page.getByText(`Question ${i + 1} of 6`)).toBeVisible();
		const shown = page.getByRole('group').first();
		const legend = (await shown.locator('legend').textContent())!.trim();
		// A true/false prompt says so itself and has no kind label under it.
		const trueFalse = legend.startsWith('True or false? ');
		const label = trueFalse
			? QUESTION_TYPE_LABELS['true-false']
			: (await shown.locator('#question-type').textContent())!.split(' · ')[0].trim();
		const prompt = legend.replace(/^True or false\? /, '');
		const text = (await shown.textContent()) ?? '';
		const matches = questions.filter(
			(q) =>
				QUESTION_TYPE_LABELS[q.type] === label &&
				q.prompt === prompt &&
				(q.options ?? []).every((o) => text.includes(o))
		);
		expect(matches, `“${prompt}” is a question the linter passed`).toHaveLength(1);
		const [question] = matches;
		expect(question.id).toBe(quiz[i].id);
		expect(lintQuestion(lintSubjectFor(published, lint.index, question), lint)).toEqual([]);
		await answer(page, question, true);
		await page.getByRole('button', { name: i < 5 ? 'Next question' : 'See results' }).click();
	}
	await expect(page.locator('.big')).toContainText('6 / 6');
});

test('a draft is kept from the moment it is made, and each question can be fixed', async ({
	page,
	context
}) => {
	const article = readFileSync('tests/eval/tune/council-wrenford-bus-lanes.txt', 'utf8');
	const generated = generateDeck(article);
	const published = withDefaultFacts(generated.deck);
	const [skipped] = generated.skipped;
	// A fact whose statement names something its questions do not ask about.
	const choice = published.facts
		.flatMap((fact) =>
			generated.deck.entities
				.filter(
					(e) =>
						fact.statement.includes(e.name) && !fact.slots.some((s) => s.answer.includes(e.name))
				)
				.map((entity) => ({ fact, entity }))
		)
		.at(0);
	expect(choice, 'a fact that names something it does not ask about').toBeDefined();
	const { fact, entity } = choice!;

	await open(page, '/create');
	await page.getByLabel('Article text').fill(article);
	await page.getByRole('button', { name: 'Make the deck' }).click();
	const heading = page.getByRole('heading', { name: `Draft: ${generated.deck.title}` });
	await expect(heading).toBeVisible({ timeout: 30_000 });

	// Closed at once and opened in a new tab: the draft is there, saved on the device.
	await page.close();
	const tab = await context.newPage();
	await open(tab, '/create');
	await expect(tab.getByRole('heading', { name: `Draft: ${generated.deck.title}` })).toBeVisible();

	// Remove one question of a fact; its other questions stay.
	const card = tab.getByRole('article', { name: `Fact: ${fact.statement}`, exact: true });
	const summary = card.locator('summary', { hasText: 'Questions' });
	const before = Number((await summary.textContent())!.match(/\d+/)![0]);
	expect(before).toBeGreaterThan(1);
	await summary.click();
	const remove = card.getByRole('button', { name: /^Remove this question: / });
	await expect(remove).toHaveCount(before);
	await remove.first().click();
	await expect(summary).toHaveText(`Questions (${before - 1})`);
	await expect(remove).toHaveCount(before - 1);

	// Ask about other words of the statement.
	await card.getByRole('button', { name: 'Ask about other words' }).click();
	await card.getByLabel('Words to ask about').fill('words nowhere in it');
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByRole('alert')).toContainText('is not in the statement');
	await card.getByLabel('Words to ask about').fill(entity.name);
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card).toContainText(`Asks about: ${entity.name}`);

	// A sentence the generator left out becomes a question of the teacher's own.
	await tab.locator('summary', { hasText: 'Sentences not used' }).click();
	await tab
		.getByRole('list', { name: 'Sentences not used' })
		.getByRole('listitem')
		.filter({ hasText: skipped.text })
		.getByRole('button', { name: 'Ask about this sentence' })
		.click();
	await expect(tab.getByLabel('The sentence of the article it rests on')).toHaveValue(skipped.text);
	const answerWord = skipped.text.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
	await tab.getByLabel('Statement to learn').fill(skipped.text);
	await tab.getByLabel('Answer (word for word from the statement)').fill(answerWord);
	await tab.getByRole('button', { name: 'Add the question' }).click();
	await expect(tab.getByText('Added to the deck.')).toBeVisible();

	// Every change is kept: a reload shows the draft as it was left.
	await tab.reload();
	const again = tab.getByRole('article', { name: `Fact: ${fact.statement}`, exact: true });
	await expect(again).toContainText(`Asks about: ${entity.name}`);
	await expect(
		tab.getByRole('article', { name: `Fact: ${skipped.text}`, exact: true })
	).toBeVisible();
});
