import { describe, expect, it } from 'vitest';
import { LEARN_AHEAD_MS, buildQueue, type QueueCard } from './queue.ts';

const NOW = Date.UTC(2026, 0, 1, 12);
const limits = { newPerDay: 2, reviewsPerDay: 3, newToday: 0, reviewsToday: 0 };
const card = (id: string, queue: 0 | 1, due: number, position = 0): QueueCard => ({
	id,
	queue,
	due,
	position
});

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
		expect(queue).toMatchObject({ dueCount: 4, newCount: 3 });
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
		expect(buildQueue(cards, { ...limits, newToday: 5, reviewsToday: 9 }, NOW).ids).toEqual([]);
	});

	it('shows a learning card due in the next minutes rather than nothing', () => {
		const learning = [
			card('soon', 1, NOW + 5 * 60_000),
			card('later', 1, NOW + LEARN_AHEAD_MS + 1)
		];
		expect(buildQueue(learning, limits, NOW).ids).toEqual(['soon']);
		expect(buildQueue([learning[1]], limits, NOW).ids).toEqual([]);
	});
});
