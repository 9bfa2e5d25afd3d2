/**
 * The stats page reads what the student really did: cards graded through the study screen and a
 * quiz taken through the quiz screen, in real IndexedDB. Its numbers must match those actions, and
 * every chart must carry its text alternative (title, summary, table).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DECK_ID, expectNoHorizontalScroll } from './helpers';
import { answer, cards, deck, expectedQuiz, readReviews } from './engine';

/** Grades in the order the cards come. 20 new cards (the daily limit, one per fact: siblings are
 * buried), then the two "Again" cards come back (learn-ahead), the first fact's first, and are
 * graded once more as reviews of seen cards. */
const NEW_GRADES = ['1', '1', ...Array<string>(18).fill('3')];
const REVIEW_GRADES = ['1', '3'];
/** The cards those grades go to: the first card of each of the first 20 facts, in deck order, then
 * the first two again. */
const NEW_CARDS = cards.filter((c, i) => cards.findIndex((d) => d.factId === c.factId) === i);
const GRADED = [...NEW_CARDS.slice(0, NEW_GRADES.length), ...NEW_CARDS.slice(0, 2)];
/** The quiz taken: seed 5, five questions, answered right and wrong by turns. */
const QUIZ = expectedQuiz(5, 5).map((question, i) => ({ question, right: i % 2 === 0 }));

/**
 * The weakest fact as the stats page's rule picks it (src/lib/stats/accuracy.ts), worked out here
 * from the grades given and the quiz answers: a grade is right unless it is Again; a fact needs two
 * answers and one wrong; lowest share right first, then more answers, then deck order.
 */
function expectedWeakest() {
	const tally = new Map<string, { right: number; total: number }>();
	const add = (factId: string, right: boolean) => {
		const entry = tally.get(factId) ?? { right: 0, total: 0 };
		tally.set(factId, { right: entry.right + Number(right), total: entry.total + 1 });
	};
	const grades = [...NEW_GRADES, ...REVIEW_GRADES];
	GRADED.forEach((card, i) => add(card.factId, grades[i] !== '1'));
	for (const { question, right } of QUIZ) add(question.factId, right);
	const weak = deck.facts
		.map((fact, order) => ({ fact, order, ...(tally.get(fact.id) ?? { right: 0, total: 0 }) }))
		.filter((f) => f.total >= 2 && f.right < f.total)
		.sort(
			(a, b) => a.right / a.total - b.right / b.total || b.total - a.total || a.order - b.order
		);
	expect(weak.length).toBeGreaterThan(0);
	return weak[0];
}

async function gradeCards(page: Page, grades: string[]) {
	const grading = page.getByRole('group', { name: 'How well did you remember?' });
	for (const grade of grades) {
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		await page.locator('body').press('Space');
		await expect(grading).toBeVisible();
		await page.keyboard.press(grade);
		await expect(grading).toBeHidden();
	}
}

/** Takes the quiz of QUIZ, each question answered right or wrong as planned there. */
async function takeQuiz(page: Page): Promise<number> {
	const n = QUIZ.length;
	await page.goto(`/quiz/${DECK_ID}?seed=5&n=${n}`);
	for (const [i, { question, right }] of QUIZ.entries()) {
		await expect(page.getByText(`Question ${i + 1} of ${n}`)).toBeVisible();
		await answer(page, question, right);
		await page.getByRole('button', { name: i + 1 < n ? 'Next question' : 'See results' }).click();
	}
	const score = page.getByRole('region', { name: 'Your score' }).locator('.big strong');
	return Number(await score.textContent());
}

test('an empty profile gets a friendly start instead of empty charts', async ({ page }) => {
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stats');
	await expect(
		page.getByRole('heading', { name: 'Study a few cards to see your stats' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start studying' })).toHaveAttribute(
		'href',
		`/study/${DECK_ID}`
	);
	await expect(page.locator('svg[role="img"]')).toHaveCount(0);
});

test('without IndexedDB (private mode) the page explains instead of crashing', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stats');
	await expect(page.getByRole('alert').first()).toContainText(/not letting Factdeck save anything/);
	expect(errors).toEqual([]);
});

test('stats match the cards graded and the quiz taken', async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto(`/study/${DECK_ID}`);
	await gradeCards(page, [...NEW_GRADES, ...REVIEW_GRADES]);
	const reviews = NEW_GRADES.length + REVIEW_GRADES.length;
	// Each grade went to the card planned for it: no two cards of one fact came the same day.
	const grades = [...NEW_GRADES, ...REVIEW_GRADES].map(Number);
	expect((await readReviews(page)).map((r) => [r.cardKey, r.rating])).toEqual(
		GRADED.map((c, i) => [`${DECK_ID}/${c.id}`, grades[i]])
	);
	const score = await takeQuiz(page);
	expect(score).toBe(QUIZ.filter((q) => q.right).length);

	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' })
	).toHaveAttribute('href', '/stats');
	await page.goto('/stats');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stats');

	// Every chart: a title, a one-sentence summary that names the picture, and a table.
	const charts = page.locator('section[data-chart]');
	await expect(charts).toHaveCount(5);
	for (const chart of await charts.all()) {
		await expect(chart.getByRole('heading', { level: 2 })).toBeVisible();
		await expect(chart.locator('p[id$="-summary"]')).not.toBeEmpty();
		await chart.getByText('Show as a table').click();
		await expect(chart.getByRole('table')).toBeVisible();
	}
	for (const id of ['heatmap', 'forecast', 'retention', 'quizzes'])
		await expect(page.locator(`[data-chart="${id}"] svg[role="img"]`)).toHaveAccessibleName(/\d/);

	// The calendar: today's cell holds every grade given.
	const heatmap = page.locator('[data-chart="heatmap"]');
	await expect(heatmap.locator('#heatmap-summary')).toContainText(
		`${reviews} reviews on 1 day in the last 26 weeks; ${reviews} reviews today.`
	);
	await expect(heatmap.locator('rect.today')).toHaveAttribute('data-count', String(reviews));
	await expect(heatmap.getByRole('row')).toHaveCount(2); // header and today

	// The forecast: every card graded (20 distinct) is a seen card, due within the 30 days.
	const forecast = page.locator('[data-chart="forecast"]');
	await expect(forecast.locator('#forecast-summary')).toContainText(/^20 cards due in the next 30/);
	const dueCells = forecast.locator('tbody td.num');
	const due = (await dueCells.allTextContents()).map(Number).reduce((a, b) => a + b, 0);
	expect(due).toBe(20);

	// Retention: only the two reviews of seen cards count; one was Again.
	await expect(page.locator('#retention-summary')).toContainText('50% of 2 reviews remembered');

	// Accuracy: the weakest fact and its score, from the grades given and the quiz answers.
	const expected = expectedWeakest();
	const weak = page.getByRole('region', { name: 'Weakest facts' });
	const weakest = weak.getByRole('listitem').first();
	await expect(weakest.getByRole('link')).toHaveText(expected.fact.statement);
	await expect(weakest).toContainText(
		`${expected.right} of ${expected.total} right (${Math.round((100 * expected.right) / expected.total)}%)`
	);
	await expect(weakest.getByRole('link')).toHaveAttribute(
		'href',
		`/deck/${DECK_ID}#${expected.fact.id}`
	);
	await expect(weak.getByRole('link', { name: 'Study now' })).toHaveAttribute(
		'href',
		`/study/${DECK_ID}`
	);
	await expect(page.locator('#accuracy-summary')).toContainText(
		`right of ${reviews + QUIZ.length} answers`
	);

	// Quiz history: the one quiz, with the score the results screen showed.
	await expect(page.locator('#quizzes-summary')).toContainText(
		`1 quiz. Latest: ${score}/5 (${Math.round((score / 5) * 100)}%)`
	);
	await expect(page.locator('[data-chart="quizzes"] tbody tr')).toHaveCount(1);

	// Fits the phone: the calendar scrolls in its own box, the page does not.
	await expectNoHorizontalScroll(page, '/stats');
	await page.screenshot({ path: test.info().outputPath('stats-phone.png'), fullPage: true });

	// Axe is clean with real charts, light and dark.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
	}

	// With a second deck on the device, a filter narrows every chart to one deck.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const tx = open.result.transaction('decks', 'readwrite');
					tx.objectStore('decks').put({
						id: 'my-deck',
						kind: 'user',
						title: 'My own deck',
						addedAt: Date.now(),
						updatedAt: Date.now()
					});
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			})
	);
	await page.reload();
	const filter = page.getByRole('combobox', { name: 'Deck' });
	await expect(filter).toHaveValue('all');
	await filter.selectOption({ label: 'My own deck' });
	await expect(page.locator('#heatmap-summary')).toHaveText('No reviews in the last 26 weeks.');
	await expect(page.locator('#quizzes-summary')).toHaveText('No quizzes finished yet.');
	await filter.selectOption({ value: DECK_ID });
	await expect(page.locator('#heatmap-summary')).toContainText(`${reviews} reviews today`);

	// A weak fact opens its cards on the deck page.
	await weakest.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/deck/${DECK_ID}#${expected.fact.id}$`));
	await expect(page.locator(`#${expected.fact.id}`)).toBeInViewport();
	await context.close();
});
