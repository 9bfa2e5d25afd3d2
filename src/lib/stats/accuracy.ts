/**
 * How often each fact (and each topic) was answered right, from both kinds of practice: a
 * flashcard grade counts as right unless it was "Again"; a quiz answer as it was marked. The
 * weakest facts are those answered wrong most often, once they have enough answers to tell.
 */

export const MIN_ANSWERS = 2;
export const WEAKEST_LIMIT = 5;
export const NO_TOPIC = 'Other';

export interface AccuracyDeck {
	id: string;
	facts: readonly { id: string; statement: string; topic?: string }[];
}

export interface Score {
	right: number;
	total: number;
	/** right / total, 0–1. */
	rate: number;
}

export interface FactScore extends Score {
	deckId: string;
	factId: string;
	statement: string;
	topic: string;
	/** The fact's place in its deck, to break ties in deck order. */
	order: number;
}

export interface TopicScore extends Score {
	topic: string;
	/** Facts of this topic with at least one answer. */
	facts: number;
}

export interface DeckAccuracy extends Score {
	deckId: string;
	/** Answered facts, in deck order. */
	facts: FactScore[];
	/** Weakest first. */
	topics: TopicScore[];
	/** Facts with at least `minAnswers` answers and at least one wrong, weakest first. */
	weakest: FactScore[];
}

export interface AccuracyOptions {
	minAnswers?: number;
	limit?: number;
}

function score(right: number, total: number): Score {
	return { right, total, rate: total ? right / total : 0 };
}

/** Weakest first: lowest share right, then the most answers (surer), then deck order. */
export function byWeakness(a: FactScore, b: FactScore): number {
	return a.rate - b.rate || b.total - a.total || a.order - b.order;
}

export function isWeak(fact: FactScore, minAnswers = MIN_ANSWERS): boolean {
	return fact.total >= minAnswers && fact.right < fact.total;
}

export function factAccuracy(
	reviews: readonly { deckId: string; factId: string; rating: number }[],
	attempts: readonly { deckId: string; answers: readonly { factId: string; correct: boolean }[] }[],
	deck: AccuracyDeck,
	{ minAnswers = MIN_ANSWERS, limit = WEAKEST_LIMIT }: AccuracyOptions = {}
): DeckAccuracy {
	const tally = new Map<string, { right: number; total: number }>();
	const add = (factId: string, right: boolean) => {
		const entry = tally.get(factId) ?? { right: 0, total: 0 };
		entry.total += 1;
		if (right) entry.right += 1;
		tally.set(factId, entry);
	};
	for (const review of reviews)
		if (review.deckId === deck.id) add(review.factId, review.rating !== 1);
	for (const attempt of attempts)
		if (attempt.deckId === deck.id) for (const a of attempt.answers) add(a.factId, a.correct);

	const facts: FactScore[] = [];
	deck.facts.forEach((fact, order) => {
		const entry = tally.get(fact.id);
		if (!entry) return; // never answered, or history of a fact no longer in the deck
		facts.push({
			deckId: deck.id,
			factId: fact.id,
			statement: fact.statement,
			topic: fact.topic ?? NO_TOPIC,
			order,
			...score(entry.right, entry.total)
		});
	});

	const topics = new Map<string, { right: number; total: number; facts: number }>();
	for (const fact of facts) {
		const entry = topics.get(fact.topic) ?? { right: 0, total: 0, facts: 0 };
		entry.right += fact.right;
		entry.total += fact.total;
		entry.facts += 1;
		topics.set(fact.topic, entry);
	}
	const right = facts.reduce((sum, f) => sum + f.right, 0);
	const total = facts.reduce((sum, f) => sum + f.total, 0);
	return {
		deckId: deck.id,
		...score(right, total),
		facts,
		topics: [...topics.entries()]
			.map(([topic, t]) => ({ topic, facts: t.facts, ...score(t.right, t.total) }))
			.sort((a, b) => a.rate - b.rate || b.total - a.total || a.topic.localeCompare(b.topic)),
		weakest: facts
			.filter((f) => isWeak(f, minAnswers))
			.sort(byWeakness)
			.slice(0, limit)
	};
}

/** The weakest facts over several decks together. */
export function weakestFacts(decks: readonly DeckAccuracy[], limit = WEAKEST_LIMIT): FactScore[] {
	return decks
		.flatMap((d) => d.weakest)
		.sort(byWeakness)
		.slice(0, limit);
}
