import { describe, expect, it } from 'vitest';
import { countDeck, readDeckCounts, todaysCards, type DeckCardReader } from './counts.ts';
import { studyDay, type QueueCard } from './queue.ts';

const NOW = Date.UTC(2026, 0, 15, 9);
const DAY = 86_400_000;

/** Three facts of two cards each, in every phase a card can be in. */
const CARDS: QueueCard[] = [
	{ id: 'a.0', factId: 'a', queue: 1, state: 2, due: NOW - DAY, position: 0 },
	{ id: 'a.1', factId: 'a', queue: 0, state: 0, due: NOW, position: 1 },
	{ id: 'b.0', factId: 'b', queue: 1, state: 1, due: NOW + 600_000, position: 2 },
	{ id: 'b.1', factId: 'b', queue: 1, state: 2, due: NOW + 30 * DAY, position: 3 },
	{ id: 'c.0', factId: 'c', queue: 0, state: 0, due: NOW, position: 4 },
	{ id: 'c.1', factId: 'c', queue: 2, state: 0, due: NOW, position: 5 },
	{ id: 'd.0', factId: 'd', queue: 1, state: 0, due: NOW - 1000, position: 6 },
	{ id: 'e.0', factId: 'e', queue: 0, state: 0, due: NOW, position: 7 }
];

/** The reader over an array, recording what it was asked for. */
function reader(cards: QueueCard[]) {
	const offered: string[] = [];
	const read: DeckCardReader = {
		seenDueBefore: (until) => Promise.resolve(cards.filter((c) => c.queue === 1 && c.due < until)),
		newCards: (admit, limit) => {
			const out: QueueCard[] = [];
			for (const card of cards
				.filter((c) => c.queue === 0)
				.sort((x, y) => x.position - y.position)) {
				if (out.length >= limit) break;
				offered.push(card.id);
				if (admit(card)) out.push(card);
			}
			return Promise.resolve(out);
		},
		totals: () =>
			Promise.resolve({
				unstudied: cards.filter((c) => c.queue === 0).length,
				seen: cards.filter((c) => c.queue === 1).length,
				suspended: cards.filter((c) => c.queue === 2).length
			})
	};
	return { read, offered };
}

const settings = { newPerDay: 20, reviewsPerDay: 200, burySiblings: true };

describe('the counting model', () => {
	it('counts each phase once: new today, learning, due, learned, unstudied, suspended', async () => {
		const { read } = reader(CARDS);
		expect(await readDeckCounts(read, studyDay(settings, []), NOW)).toEqual({
			new: 2, // c.0, e.0; a.1 waits: its fact has a.0 due
			learning: 1, // b.0, due in 10 minutes
			due: 2, // a.0, and d.0 brought forward by a quiz
			learned: 2, // a.0, b.1
			unstudied: 3,
			suspended: 1,
			total: 7
		});
	});

	it('reads only the new cards it needs, and none once the day is full', async () => {
		const { read, offered } = reader(CARDS);
		const day = studyDay({ ...settings, newPerDay: 1 }, []);
		expect((await todaysCards(read, day, NOW)).map((c) => c.id)).toEqual([
			'a.0',
			'b.0',
			'd.0',
			'c.0'
		]);
		expect(offered).toEqual(['a.1', 'c.0']);
		const full = reader(CARDS);
		await todaysCards(full.read, { ...day, newToday: 1 }, NOW);
		expect(full.offered).toEqual([]);
	});

	it('the same rows give the same counts whether read whole or through the reader', async () => {
		const day = studyDay(settings, [{ cardKey: 'e.0', factId: 'e', prev: { queue: 0, state: 0 } }]);
		const { read } = reader(CARDS);
		const cards = await todaysCards(read, day, NOW);
		expect(countDeck(cards, await read.totals(), day, NOW)).toEqual(
			await readDeckCounts(reader(CARDS).read, day, NOW)
		);
		expect(countDeck(cards, await read.totals(), day, NOW).new).toBe(1);
	});
});
