/**
 * Facts brought forward into today's reviews (a quiz's "Add my mistakes"): one card per fact, so
 * that the cards of a fact do not give each other away, and so the student is told exactly what
 * was added. The card is the one of the fact studied last (it is not buried by a sibling studied
 * today), or, for a fact never studied, its first card.
 */
import { isLearning, type QueueCard } from './queue.ts';

export interface BroughtForward {
	/** Distinct facts asked for. */
	facts: number;
	/** Cards made due now, one per fact. */
	added: string[];
	/** Facts that already had their card due now or in learning: nothing to add. */
	alreadyDue: number;
	/** Facts all of whose cards are suspended (or that have no card): left out. */
	leftOut: number;
}

export function bringForward(
	cards: readonly (QueueCard & { lastReview: number | null })[],
	factIds: readonly string[],
	now: number
): BroughtForward {
	const facts = [...new Set(factIds)];
	const result: BroughtForward = { facts: facts.length, added: [], alreadyDue: 0, leftOut: 0 };
	for (const factId of facts) {
		const live = cards.filter((c) => c.factId === factId && c.queue !== 2);
		const studied = live
			.filter((c) => c.queue === 1)
			.sort((a, b) => (b.lastReview ?? -Infinity) - (a.lastReview ?? -Infinity));
		const card = studied[0] ?? live.sort((a, b) => a.position - b.position)[0];
		if (!card) result.leftOut += 1;
		else if (card.queue === 1 && (isLearning(card) || card.due <= now)) result.alreadyDue += 1;
		else result.added.push(card.id);
	}
	return result;
}
