// The review loop with 10,000 cards in IndexedDB, in Chromium: how long building the queue takes
// (goal ≤ 50 ms) and grading one card, from the key press to the next card on screen (≤ 16 ms
// median). The app reports both through User Timing (performance.measure in study.svelte.ts).

const DECK = 'bench-10k';
const CARDS = 10_000;
const GRADES = 40;

/** A user deck of 10,000 one-slot facts, in the app's deck format. */
function benchDeck() {
	const facts = [];
	for (let i = 0; i < CARDS; i++)
		facts.push({
			id: `f${i}`,
			source: [`Sentence number ${i} says the answer is word${i}.`],
			statement: `Fact ${i}: the answer is word${i}.`,
			slots: [
				{
					id: 's',
					kind: 'phrase',
					answer: `word${i}`,
					accept: [],
					garbled: [],
					distractors: ['alpha', 'beta', 'gamma']
				}
			]
		});
	return {
		format: 1,
		id: DECK,
		title: 'Benchmark deck (10,000 cards)',
		language: 'en',
		source: { title: 'Generated for npm run bench' },
		entities: [],
		facts
	};
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number} n */
const round = (n) => Math.round(n * 10) / 10;

/** @type {import('../types.js').ExtraRun} */
export async function run({ browser, baseURL, contextOptions }) {
	const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		// Let the app create its database (its first save does: a first visit has none), then
		// fill it directly, as months of use would.
		await page.goto(`${baseURL}/settings`);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.getByRole('radio', { name: 'Dark' }).check();
		await page.waitForFunction(
			() =>
				new Promise((resolve) => {
					const req = indexedDB.open('factdeck');
					req.onupgradeneeded = () => req.transaction?.abort();
					req.onerror = () => resolve(false);
					req.onsuccess = () => {
						const made = req.result.objectStoreNames.contains('cards');
						req.result.close();
						resolve(made);
					};
				})
		);
		await page.evaluate(
			async ({ deck, cards }) => {
				const now = Date.now();
				const open = () =>
					new Promise((resolve, reject) => {
						const req = indexedDB.open('factdeck');
						req.onsuccess = () => resolve(req.result);
						req.onerror = () => reject(req.error);
					});
				const db = /** @type {IDBDatabase} */ (await open());
				const tx = db.transaction(['decks', 'cards'], 'readwrite');
				tx.objectStore('decks').put({
					id: deck.id,
					kind: 'user',
					title: deck.title,
					deck,
					addedAt: now,
					updatedAt: now
				});
				const store = tx.objectStore('cards');
				for (let i = 0; i < cards; i++) {
					// A fifth due now, three fifths due later, a fifth never seen.
					const kind = i % 5;
					const seen = kind !== 4;
					const due = kind === 0 ? now - (i % 997) * 60_000 : now + ((i % 89) + 1) * 86_400_000;
					store.put({
						id: `${deck.id}/f${i}.cloze.s`,
						deckId: deck.id,
						cardId: `f${i}.cloze.s`,
						factId: `f${i}`,
						queue: seen ? 1 : 0,
						position: i,
						addedAt: now - 90 * 86_400_000,
						due: seen ? due : now,
						stability: seen ? 5 + (i % 40) : 0,
						difficulty: seen ? 4 + (i % 5) : 0,
						scheduledDays: seen ? 7 : 0,
						learningSteps: 0,
						reps: seen ? 3 : 0,
						lapses: 0,
						state: seen ? 2 : 0,
						lastReview: seen ? now - 7 * 86_400_000 : null
					});
				}
				await new Promise((resolve, reject) => {
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
			},
			{ deck: benchDeck(), cards: CARDS }
		);

		await page.goto(`${baseURL}/study/${DECK}`);
		await page.locator('#card-front').waitFor({ timeout: 60_000 });
		const queueMs = await page.evaluate(() =>
			performance.getEntriesByName('factdeck:queue').map((e) => e.duration)
		);
		for (let i = 0; i < GRADES; i++) {
			const front = await page.locator('#card-front').textContent();
			await page.keyboard.press('Space');
			await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
			await page.keyboard.press('3');
			await page.waitForFunction(
				(before) => document.querySelector('#card-front')?.textContent !== before,
				front
			);
		}
		const gradeMs = await page.evaluate(() =>
			performance.getEntriesByName('factdeck:grade').map((e) => e.duration)
		);
		return {
			name: `Review loop, ${CARDS.toLocaleString('en')} cards in IndexedDB (Chromium)`,
			rows: [
				{
					metric: 'build the queue (first session load)',
					value: round(queueMs[0]),
					unit: 'ms',
					goal: '≤ 50'
				},
				{
					metric: `grade → next card shown, median of ${gradeMs.length}`,
					value: round(median(gradeMs)),
					unit: 'ms',
					goal: '≤ 16'
				},
				{
					metric: 'grade → next card shown, slowest',
					value: round(Math.max(...gradeMs)),
					unit: 'ms'
				}
			]
		};
	} finally {
		await context.close();
	}
}
