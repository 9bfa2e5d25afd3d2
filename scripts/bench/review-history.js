// A simulated learner's review log, for the FSRS fit's unit test, browser test and benchmark. The
// learner forgets along a true curve of its own (not FSRS's defaults), so a fit has something to
// find: the fitted parameters predict this log better than the defaults do.

import { BIG_DECK_ID, bigDeck, studied } from './big-backup.js';

const DAY = 86_400_000;

/**
 * A small deterministic generator (mulberry32), so every run sees the same log.
 * @param {number} seed
 */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * @typedef {object} SimulatedReview
 * @property {number} card index of the card, 0 … cards - 1
 * @property {1 | 2 | 3 | 4} rating
 * @property {number} reviewedAt epoch ms
 */

/**
 * About `reviews` grades (stops at the first day that reaches it) of `cards` cards, new cards
 * introduced a few a day from `start`; each review happens when the learner's own schedule says,
 * and is remembered with the probability the true curve gives.
 * @param {{ reviews: number, cards: number, start: number, seed?: number, newPerDay?: number }} options
 * @returns {SimulatedReview[]}
 */
export function simulatedLearner({ reviews, cards, start, seed = 1, newPerDay = 20 }) {
	const next = random(seed);
	/** @type {{ stability: number, due: number, last: number, interval: number }[]} */
	const studied = [];
	/** @type {SimulatedReview[]} */
	const log = [];
	for (let day = 0; log.length < reviews; day++) {
		const dayStart = start + day * DAY;
		let minute = 9 * 60 + Math.floor(next() * 120);
		const grade = (/** @type {number} */ card, /** @type {1|2|3|4} */ rating) => {
			log.push({ card, rating, reviewedAt: dayStart + minute * 60_000 });
			minute += 1;
		};
		studied.forEach((memory, card) => {
			if (memory.due > day) return;
			const elapsed = day - memory.last;
			// The learner's true curve: power-law forgetting, steeper than FSRS-6's default.
			const recall = Math.pow(1 + elapsed / (9 * memory.stability), -2);
			const remembered = next() < recall;
			const rating = !remembered ? 1 : recall > 0.95 ? 4 : recall < 0.75 ? 2 : 3;
			grade(card, rating);
			if (remembered) {
				memory.stability *= 1.8 + 2.2 * (1 - recall) + next() * 0.4;
				memory.interval = Math.max(1, Math.round(memory.interval * (rating === 4 ? 3 : 2.2)));
			} else {
				memory.stability = Math.max(0.3, memory.stability * 0.3);
				memory.interval = 1;
			}
			memory.last = day;
			memory.due = day + memory.interval;
		});
		for (let n = 0; n < newPerDay && studied.length < cards; n++) {
			const card = studied.length;
			const rating = /** @type {1|2|3|4} */ ([1, 3, 3, 3, 4, 2][Math.floor(next() * 6)]);
			grade(card, rating);
			// A same-day second look after Again, as learning steps give.
			if (rating === 1) grade(card, 3);
			const stability = { 1: 0.4, 2: 1, 3: 2.5, 4: 8 }[rating];
			const interval = { 1: 1, 2: 1, 3: 2, 4: 5 }[rating];
			studied.push({ stability, due: day + interval, last: day, interval });
		}
	}
	return log;
}

/**
 * A backup holding a simulated learner's history: big-backup.js's deck of `cards` facts, every
 * card studied, and the log of `simulatedLearner` as its reviews. Card states are placeholders
 * (a fit replays every card); the browser test imports it, then fits.
 * @param {{ reviews: number, cards: number, start: number, schemaVersion: number, newPerDay?: number }} options
 */
export function historyBackup({ reviews, cards, start, schemaVersion, newPerDay }) {
	const deck = bigDeck(cards);
	const log = simulatedLearner({ reviews, cards, start, newPerDay });
	const last = log.reduce((t, r) => Math.max(t, r.reviewedAt), start);
	const cardRows = deck.facts.map((fact, position) => ({
		id: `${BIG_DECK_ID}/${fact.id}.cloze.s`,
		deckId: BIG_DECK_ID,
		cardId: `${fact.id}.cloze.s`,
		factId: fact.id,
		queue: 1,
		suspended: false,
		position,
		addedAt: start,
		...studied(last, 1)
	}));
	const reviewRows = log.map((r, n) => ({
		cardKey: cardRows[r.card].id,
		deckId: BIG_DECK_ID,
		factId: cardRows[r.card].factId,
		rating: r.rating,
		reviewedAt: r.reviewedAt,
		durationMs: 3_000 + (n % 5_000),
		prev: { ...studied(r.reviewedAt - DAY, 1), queue: 1 },
		next: studied(r.reviewedAt, 2)
	}));
	return {
		app: 'factdeck',
		format: 1,
		schemaVersion,
		appVersion: '0.1.0',
		exportedAt: new Date(last + 60_000).toISOString(),
		tables: {
			decks: [
				{ id: BIG_DECK_ID, kind: 'user', title: deck.title, deck, addedAt: start, updatedAt: start }
			],
			cards: cardRows,
			reviews: reviewRows,
			attempts: [],
			settings: [{ key: 'welcomed', value: true }],
			sharedQuizzes: [],
			classResults: []
		}
	};
}
