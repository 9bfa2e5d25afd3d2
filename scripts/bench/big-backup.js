// A valid Factdeck backup of about a given size, as years of daily study would make: one deck made
// on the device (up to 5,000 facts, one card each) and reviews of its cards until the file reaches
// the size. Used by the import benchmark (extra/backup-import.js) and its browser test; a unit
// test (tests/unit/big-backup.spec.ts) checks that the app's own parser accepts it.

/** The deck the backup holds. */
export const BIG_DECK_ID = 'big-backup';
const DAY = 86_400_000;
/** Every date falls in 2024–2025: sane for the parser, in the past for the scheduler. */
const T0 = Date.UTC(2024, 0, 1);

/**
 * A studied card's memory state, as the scheduler leaves it.
 * @param {number} at when it was last graded
 * @param {number} reps
 */
export function studied(at, reps) {
	return {
		due: at + 3 * DAY,
		stability: 3.2 + (reps % 7),
		difficulty: 5.1,
		scheduledDays: 3,
		learningSteps: 0,
		reps,
		lapses: reps % 5 === 0 ? 1 : 0,
		state: 2,
		lastReview: at
	};
}

/** @param {number} facts */
export function bigDeck(facts) {
	return {
		format: 1,
		id: BIG_DECK_ID,
		title: 'A big deck',
		language: 'en',
		source: { title: 'Generated for the backup import benchmark' },
		entities: [],
		facts: Array.from({ length: facts }, (_, i) => ({
			id: `f${i}`,
			source: [`Sentence number ${i} says the answer is word${i}.`],
			statement: `Fact ${i}: the answer is word${i}.`,
			slots: [{ id: 's', kind: 'phrase', answer: `word${i}` }]
		}))
	};
}

/**
 * @typedef {object} BigBackup
 * @property {string} json the file's text
 * @property {{ decks: number, cards: number, reviews: number }} rows
 */

/**
 * A backup whose JSON is at least `bytes` long (and at most one review longer).
 * @param {{ bytes: number, facts?: number, schemaVersion?: number, exportedAt?: number }} options
 *   schemaVersion: the app's Dexie version the rows claim (3: any later app reads it too)
 * @returns {BigBackup}
 */
export function bigBackup({
	bytes,
	facts = 5_000,
	schemaVersion = 3,
	exportedAt = T0 + 700 * DAY
}) {
	const deck = bigDeck(facts);
	const cards = deck.facts.map((fact, position) => {
		const cardId = `${fact.id}.cloze.s`;
		return {
			id: `${BIG_DECK_ID}/${cardId}`,
			deckId: BIG_DECK_ID,
			cardId,
			factId: fact.id,
			queue: 1,
			suspended: false,
			position,
			addedAt: T0,
			...studied(T0, 1)
		};
	});
	const backup = {
		app: 'factdeck',
		format: 1,
		schemaVersion,
		appVersion: '0.1.0',
		exportedAt: new Date(exportedAt).toISOString(),
		tables: {
			decks: [
				{ id: BIG_DECK_ID, kind: 'user', title: deck.title, deck, addedAt: T0, updatedAt: T0 }
			],
			cards,
			reviews: /** @type {object[]} */ ([]),
			attempts: [],
			settings: [{ key: 'welcomed', value: true }],
			sharedQuizzes: [],
			classResults: []
		}
	};
	let length = JSON.stringify(backup).length;
	// Round after round over the cards: each review a minute after the one before.
	for (let n = 0; length < bytes; n++) {
		const card = cards[n % cards.length];
		const reps = Math.floor(n / cards.length) + 1;
		const at = T0 + n * 60_000;
		const review = {
			cardKey: card.id,
			deckId: BIG_DECK_ID,
			factId: card.factId,
			rating: /** @type {const} */ ([3, 3, 4, 2, 3, 1])[n % 6],
			reviewedAt: at,
			durationMs: 2_000 + (n % 9_000),
			prev: { ...studied(at - DAY, reps), queue: 1 },
			next: studied(at, reps + 1)
		};
		backup.tables.reviews.push(review);
		// A comma between rows, after the first.
		length += JSON.stringify(review).length + (n > 0 ? 1 : 0);
	}
	const t = backup.tables;
	return {
		json: JSON.stringify(backup),
		rows: { decks: t.decks.length, cards: t.cards.length, reviews: t.reviews.length }
	};
}
