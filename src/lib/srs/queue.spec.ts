import { describe, expect, it } from 'vitest';
import type { CardPhase } from './memory.ts';
import {
	LEARN_AHEAD_MS,
	buildQueue,
	gradeKind,
	newCardGate,
	studyDay,
	withGrade,
	type QueueCard,
	type StudyDay
} from './queue.ts';

const NOW = Date.UTC(2026, 0, 1, 12);
const MINUTE = 60_000;
const DAY = 86_400_000;

const limits: StudyDay = {
	newPerDay: 2,
	reviewsPerDay: 3,
	newToday: 0,
	reviewsToday: 0,
	burySiblings: true,
	graded: new Map()
};

/** A card of its own fact unless one is given; seen cards are in review (state 2) unless told. */
function card(
	id: string,
	queue: 0 | 1 | 2,
	due: number,
	position = 0,
	more: { factId?: string; state?: CardPhase } = {}
): QueueCard {
	return {
		id,
		queue,
		due,
		position,
		factId: more.factId ?? id,
		state: more.state ?? (queue === 0 ? 0 : 2)
	};
}

const graded = (...pairs: [factId: string, cardId: string][]) =>
	studyDay(
		limits,
		pairs.map(([factId, cardKey]) => ({ factId, cardKey, prev: { queue: 1, state: 2 } }))
	).graded;

describe('buildQueue', () => {
	const cards = [
		card('new-b', 0, NOW, 2),
		card('new-a', 0, NOW, 1),
		card('new-c', 0, NOW, 3),
		card('due-late', 1, NOW - 1000),
		card('due-early', 1, NOW - 86_400_000),
		card('future', 1, NOW + 86_400_000),
		card('due-mid', 1, NOW - 3600_000),
		card('due-4', 1, NOW - 10)
	];

	it('puts due cards first (most overdue first), then new cards in deck order', () => {
		const queue = buildQueue(cards, { ...limits, newPerDay: 10, reviewsPerDay: 10 }, NOW);
		expect(queue.ids).toEqual([
			'due-early',
			'due-mid',
			'due-late',
			'due-4',
			'new-a',
			'new-b',
			'new-c'
		]);
		expect(queue.counts).toEqual({ new: 3, learning: 0, due: 4 });
	});

	it('keeps within the daily limits, counting what was done earlier today', () => {
		expect(buildQueue(cards, limits, NOW).ids).toEqual([
			'due-early',
			'due-mid',
			'due-late',
			'new-a',
			'new-b'
		]);
		const later = buildQueue(cards, { ...limits, newToday: 1, reviewsToday: 3 }, NOW);
		expect(later.ids).toEqual(['new-a']);
		expect(later.counts).toEqual({ new: 1, learning: 0, due: 0 });
		expect(buildQueue(cards, { ...limits, newToday: 5, reviewsToday: 9 }, NOW).ids).toEqual([]);
	});

	it('counts every learning card, shows those due now, and never limits them', () => {
		const learning = [
			card('again', 1, NOW - MINUTE, 0, { state: 1 }),
			card('relearn', 1, NOW - 2 * MINUTE, 0, { state: 3 }),
			card('later', 1, NOW + 8 * MINUTE, 0, { state: 1 })
		];
		const queue = buildQueue([...cards, ...learning], { ...limits, reviewsToday: 3 }, NOW);
		expect(queue.ids).toEqual(['relearn', 'again', 'new-a', 'new-b']);
		expect(queue.counts).toEqual({ new: 2, learning: 3, due: 0 });
	});

	it('shows a learning card due in the next minutes rather than nothing, never a review', () => {
		const soon = card('soon', 1, NOW + 5 * MINUTE, 0, { state: 1 });
		const later = card('later', 1, NOW + LEARN_AHEAD_MS + 1, 0, { state: 1 });
		const review = card('review-soon', 1, NOW + MINUTE);
		expect(buildQueue([soon, later, review], limits, NOW).ids).toEqual(['soon']);
		expect(buildQueue([later, review], limits, NOW).ids).toEqual([]);
		expect(buildQueue([soon, later], limits, NOW).counts).toEqual({ new: 0, learning: 2, due: 0 });
	});

	it('leaves suspended cards out', () => {
		const queue = buildQueue([card('s', 2, NOW - DAY), card('n', 0, NOW)], limits, NOW);
		expect(queue.ids).toEqual(['n']);
		expect(queue.counts).toEqual({ new: 1, learning: 0, due: 0 });
	});
});

/**
 * Issue 20 (3): the cards of one fact (a cloze card, "What is X's role?", "Where were the
 * meetings held?") came back to back and gave each other away. As in Anki, siblings are buried.
 */
describe('buildQueue buries the siblings of a fact until the next day', () => {
	const fact = (f: string, first: number, n: number, queue: 0 | 1 = 0, due = NOW) =>
		Array.from({ length: n }, (_, i) => card(`${f}.${i}`, queue, due, first + i, { factId: f }));
	const deck = [...fact('a', 0, 3), ...fact('b', 3, 2), ...fact('c', 5, 3)];
	const wide = { ...limits, newPerDay: 20, reviewsPerDay: 20 };

	it('gathers one new card per fact, in deck order', () => {
		const queue = buildQueue(deck, wide, NOW);
		expect(queue.ids).toEqual(['a.0', 'b.0', 'c.0']);
		expect(queue.counts.new).toBe(3);
		expect([...queue.taken]).toEqual(['a', 'b', 'c']);
	});

	it('the new-card limit counts the cards shown, not the siblings skipped', () => {
		expect(buildQueue(deck, { ...wide, newPerDay: 2 }, NOW).ids).toEqual(['a.0', 'b.0']);
	});

	it('buries the other cards of a fact graded today, new or due, but not learning ones', () => {
		const day = { ...wide, graded: graded(['a', 'a.0']) };
		const cards = [
			card('a.0', 1, NOW + 8 * MINUTE, 0, { factId: 'a', state: 1 }),
			card('a.1', 1, NOW - DAY, 1, { factId: 'a' }),
			card('a.2', 0, NOW, 2, { factId: 'a' }),
			...fact('b', 3, 2)
		];
		const queue = buildQueue(cards, day, NOW);
		expect(queue.ids).toEqual(['b.0']);
		expect(queue.counts).toEqual({ new: 1, learning: 1, due: 0 });
	});

	it('a card graded today and due again (a quiz mistake) is not buried by itself', () => {
		const day = { ...wide, graded: graded(['a', 'a.1']) };
		const cards = [
			card('a.1', 1, NOW, 1, { factId: 'a' }),
			card('a.2', 0, NOW, 2, { factId: 'a' })
		];
		expect(buildQueue(cards, day, NOW).ids).toEqual(['a.1']);
	});

	it('takes the most overdue review of a fact and buries its other due and new cards', () => {
		const cards = [
			card('a.0', 1, NOW - DAY, 0, { factId: 'a' }),
			card('a.1', 1, NOW - 2 * DAY, 1, { factId: 'a' }),
			card('a.2', 0, NOW, 2, { factId: 'a' }),
			card('b.0', 0, NOW, 3, { factId: 'b' })
		];
		const queue = buildQueue(cards, wide, NOW);
		expect(queue.ids).toEqual(['a.1', 'b.0']);
		expect(queue.counts).toEqual({ new: 1, learning: 0, due: 1 });
	});

	it('a fact with a card in learning from an earlier day has its other cards wait', () => {
		const cards = [
			card('a.0', 1, NOW - DAY, 0, { factId: 'a', state: 3 }),
			card('a.1', 1, NOW - DAY, 1, { factId: 'a' })
		];
		expect(buildQueue(cards, wide, NOW).ids).toEqual(['a.0']);
	});

	it('with burying off, every card comes, siblings included', () => {
		const day = { ...wide, burySiblings: false, graded: graded(['a', 'a.0']) };
		expect(buildQueue(deck, day, NOW).ids).toEqual(deck.map((c) => c.id));
	});
});

describe('newCardGate', () => {
	it('admits the first new card of each fact not taken or graded today, once', () => {
		const admit = newCardGate({ ...limits, graded: graded(['g', 'g.0']) }, ['t']);
		const offered = ['a', 'a', 't', 'g', 'b'].map((factId) => admit({ factId }));
		expect(offered).toEqual([true, false, false, false, true]);
	});

	it('admits everything when burying is off', () => {
		const admit = newCardGate({ ...limits, burySiblings: false }, ['t']);
		expect(['t', 't'].map((factId) => admit({ factId }))).toEqual([true, true]);
	});
});

describe('the study day', () => {
	const reviews = [
		{ cardKey: 'a.0', factId: 'a', prev: { queue: 0, state: 0 } },
		{ cardKey: 'a.0', factId: 'a', prev: { queue: 1, state: 1 } },
		{ cardKey: 'b.0', factId: 'b', prev: { queue: 1, state: 2 } },
		{ cardKey: 'c.0', factId: 'c', prev: { queue: 1, state: 3 } },
		{ cardKey: 'd.0', factId: 'd', prev: { queue: 1, state: 0 } }
	] as const;

	it('counts new cards started and reviews given; learning steps use up no limit', () => {
		expect(reviews.map((r) => gradeKind(r.prev))).toEqual([
			'new',
			'learning',
			'review',
			'learning',
			'review'
		]);
		const day = studyDay(limits, reviews);
		expect(day).toMatchObject({ newToday: 1, reviewsToday: 2 });
		expect([...day.graded.keys()]).toEqual(['a', 'b', 'c', 'd']);
	});

	it('one grade at a time gives the same day as reading them all', () => {
		const stepwise = reviews.reduce(withGrade, studyDay(limits, []));
		expect(stepwise).toEqual(studyDay(limits, reviews));
	});
});
