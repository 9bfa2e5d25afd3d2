import { describe, expect, it } from 'vitest';
import type { CardRow, ReviewRow } from '../records/rows.ts';
import { pickMemory, type Grade } from '../srs/memory.ts';
import { Scheduler } from '../srs/scheduler.ts';
import { checkConsistency, type ConsistencyTables } from './consistency.ts';
import { DAY, T0, cardRow, deckRow } from './backup-fixtures.ts';

const scheduler = new Scheduler({ retention: 0.9 });

/** A card graded `grades` at a day apart, its review rows written the way gradeCard does. */
function graded(cardId: string, grades: Grade[], firstId = 1): { card: CardRow; log: ReviewRow[] } {
	let card = cardRow('demo', cardId);
	const log: ReviewRow[] = [];
	for (const [i, rating] of grades.entries()) {
		const at = T0 + i * DAY;
		const next = scheduler.grade(card, rating, at);
		log.push({
			id: firstId + i,
			cardKey: card.id,
			deckId: card.deckId,
			factId: card.factId,
			rating,
			reviewedAt: at,
			durationMs: 3000,
			prev: { ...pickMemory(card), queue: card.queue },
			next
		});
		card = { ...card, ...next, queue: 1 };
	}
	return { card, log };
}

function consistent(): ConsistencyTables {
	const a = graded('a.cloze.x', [3, 3, 1, 4]);
	const b = graded('b.cloze.x', [1], 10);
	return {
		decks: [deckRow('demo')],
		cards: [a.card, b.card, cardRow('demo', 'c.cloze.x')],
		reviews: [...a.log, ...b.log]
	};
}

describe('checkConsistency', () => {
	it('passes tables whose every card is the replay of its reviews', () => {
		expect(checkConsistency(consistent(), scheduler)).toEqual([]);
	});

	it('passes reviews listed in any order, and a new card due at any time', () => {
		const tables = consistent();
		const cards = tables.cards.map((c) => (c.reps ? c : { ...c, due: T0 + 9 * DAY }));
		expect(
			checkConsistency({ ...tables, cards, reviews: tables.reviews.toReversed() }, scheduler)
		).toEqual([]);
	});

	it('ignores differences in the last bits of a floating-point field', () => {
		const tables = consistent();
		const [a, ...rest] = tables.cards;
		const cards = [{ ...a, stability: a.stability * (1 + 1e-13) }, ...rest];
		expect(checkConsistency({ ...tables, cards }, scheduler)).toEqual([]);
	});

	it('passes a card brought forward (due earlier, not before its last review), and no other due', () => {
		const tables = consistent();
		const [a, ...rest] = tables.cards;
		const withDue = (due: number) => ({ ...tables, cards: [{ ...a, due }, ...rest] });
		expect(checkConsistency(withDue(a.lastReview! + 1000), scheduler)).toEqual([]);
		expect(checkConsistency(withDue(a.due + 1000), scheduler)).toEqual([
			expect.stringContaining(`due ${a.due + 1000} (replay: ${a.due})`)
		]);
		expect(checkConsistency(withDue(a.lastReview! - 1000), scheduler)).toEqual([
			expect.stringContaining('due')
		]);
	});

	it('fails a card whose state is not the replay: a grade lost, or a state from elsewhere', () => {
		const tables = consistent();
		// The state after three of its four grades, as if the last one had not been applied.
		const shorter = graded('a.cloze.x', [3, 3, 1]).card;
		expect(
			checkConsistency({ ...tables, cards: [shorter, ...tables.cards.slice(1)] }, scheduler)
		).toEqual([
			expect.stringMatching(/^cards\/demo\/a\.cloze\.x: state is not the replay of its 4/)
		]);
		const other = { ...tables.cards[0], stability: tables.cards[0].stability + 0.01 };
		expect(
			checkConsistency({ ...tables, cards: [other, ...tables.cards.slice(1)] }, scheduler)
		).toEqual([expect.stringContaining('stability')]);
	});

	it('fails a card left graded with no reviews, and one taken back to new with reviews', () => {
		const tables = consistent();
		const reviews = tables.reviews.filter((r) => r.cardKey !== 'demo/b.cloze.x');
		expect(checkConsistency({ ...tables, reviews }, scheduler)).toEqual([
			expect.stringMatching(/^cards\/demo\/b\.cloze\.x: state is not the replay of its 0 reviews/)
		]);
		const cards = tables.cards.map((c) =>
			c.cardId === 'b.cloze.x' ? cardRow('demo', 'b.cloze.x') : c
		);
		expect(checkConsistency({ ...tables, cards }, scheduler)).toEqual([
			expect.stringMatching(/^cards\/demo\/b\.cloze\.x: state is not the replay of its 1 reviews/)
		]);
	});

	it('fails orphans: a review without its card, a card without its deck', () => {
		const tables = consistent();
		const cards = tables.cards.filter((c) => c.cardId !== 'b.cloze.x');
		expect(checkConsistency({ ...tables, cards }, scheduler)).toEqual([
			'reviews/10: its card demo/b.cloze.x does not exist'
		]);
		expect(checkConsistency({ ...tables, decks: [deckRow('other')] }, scheduler)).toEqual(
			tables.cards.map((c) => `cards/${c.id}: its deck demo does not exist`)
		);
	});

	it('fails a review id twice, and the same review (card, time, grade) twice', () => {
		const tables = consistent();
		const [first, second] = tables.reviews;
		expect(
			checkConsistency({ ...tables, reviews: [...tables.reviews, { ...first }] }, scheduler)
		).toEqual(
			expect.arrayContaining([
				'reviews/1: id twice',
				'reviews/1: the same review (card, time, grade) twice'
			])
		);
		expect(
			checkConsistency(
				{ ...tables, reviews: [...tables.reviews, { ...second, id: 99 }] },
				scheduler
			)
		).toEqual(expect.arrayContaining(['reviews/99: the same review (card, time, grade) twice']));
	});

	it('fails a review whose deck or fact is not its card’s, and a queue that contradicts the card', () => {
		const tables = consistent();
		const reviews = tables.reviews.map((r) => (r.id === 10 ? { ...r, factId: 'z' } : r));
		expect(checkConsistency({ ...tables, reviews }, scheduler)).toEqual([
			'reviews/10: deck or fact differs from its card demo/b.cloze.x'
		]);
		const cards = tables.cards.map((c) =>
			c.cardId === 'a.cloze.x'
				? { ...c, queue: 0 as const }
				: c.reps
					? { ...c, suspended: true }
					: c
		);
		expect(checkConsistency({ ...tables, cards }, scheduler)).toEqual([
			'cards/demo/a.cloze.x: graded 4 times but in the new queue',
			'cards/demo/b.cloze.x: queue 1 with suspended true'
		]);
	});
});
