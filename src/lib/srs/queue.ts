/**
 * Today's study queue, as Anki's v3 scheduler builds it, and the counts every screen shows
 * (counts.ts defines them; this module is where they are computed):
 *
 * - **learning**: cards in their learning or relearning steps. They all count; those due now are
 *   shown, and one due within LEARN_AHEAD_MS when nothing else is left. Never buried or limited.
 * - **due**: the other cards whose time has come (studied cards, and quiz mistakes brought
 *   forward), most overdue first, up to the day's review limit.
 * - **new**: cards never studied, in deck order, up to the day's new-card limit.
 *
 * Siblings (cards made from one fact) give each other away, so with `burySiblings` on, as in
 * Anki, they are buried until the next day: at most one card of a fact is gathered for today, and
 * none of a fact another card of which was graded today. Learning cards are never buried, but
 * their facts count as taken.
 */
import type { CardPhase } from './memory.ts';

export interface QueueCard {
	id: string;
	factId: string;
	due: number;
	/** 0 = new, 1 = seen, 2 = suspended (never queued). */
	queue: 0 | 1 | 2;
	/** FSRS phase: 0 new, 1 learning, 2 review, 3 relearning. */
	state: CardPhase;
	position: number;
}

/** One deck's study day: its limits, what was done so far today, and what that buries. */
export interface StudyDay {
	newPerDay: number;
	reviewsPerDay: number;
	/** New cards started today. */
	newToday: number;
	/** Grades today of cards past their learning steps (steps themselves are not limited). */
	reviewsToday: number;
	burySiblings: boolean;
	/** Cards graded today, by fact: the other cards of these facts are buried until tomorrow. */
	graded: ReadonlyMap<string, ReadonlySet<string>>;
}

/** How far ahead a learning card may be shown when nothing else is due (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * Every learning step is shorter than this (scheduler.spec.ts checks it), so a read of the seen
 * cards due before `now + LEARNING_HORIZON_MS` holds every card in learning.
 */
export const LEARNING_HORIZON_MS = 86_400_000;

export interface QueueCounts {
	new: number;
	learning: number;
	due: number;
}

export interface Queue {
	/** In the order to show them. */
	ids: string[];
	counts: QueueCounts;
	/** Facts that have a card in today's queue or in learning: their other cards wait. */
	taken: ReadonlySet<string>;
}

export function isLearning(card: Pick<QueueCard, 'queue' | 'state'>): boolean {
	return card.queue === 1 && (card.state === 1 || card.state === 3);
}

/** What a grade uses up of the day: a new card, a learning step (free), or a review. */
export function gradeKind(prev: Pick<QueueCard, 'queue' | 'state'>): 'new' | 'learning' | 'review' {
	if (prev.queue === 0) return 'new';
	return isLearning(prev) ? 'learning' : 'review';
}

/** The study day from today's grades of one deck (review rows with the card as it was before). */
export function studyDay(
	settings: Pick<StudyDay, 'newPerDay' | 'reviewsPerDay' | 'burySiblings'>,
	gradedToday: readonly {
		cardKey: string;
		factId: string;
		prev: Pick<QueueCard, 'queue' | 'state'>;
	}[]
): StudyDay {
	const graded = new Map<string, Set<string>>();
	let newToday = 0;
	let reviewsToday = 0;
	for (const review of gradedToday) {
		const kind = gradeKind(review.prev);
		if (kind === 'new') newToday += 1;
		else if (kind === 'review') reviewsToday += 1;
		const keys = graded.get(review.factId) ?? new Set<string>();
		graded.set(review.factId, keys.add(review.cardKey));
	}
	return {
		newPerDay: settings.newPerDay,
		reviewsPerDay: settings.reviewsPerDay,
		burySiblings: settings.burySiblings,
		newToday,
		reviewsToday,
		graded
	};
}

/** The study day after one more grade (the session's copy, kept without reading storage). */
export function withGrade(
	day: StudyDay,
	review: { cardKey: string; factId: string; prev: Pick<QueueCard, 'queue' | 'state'> }
): StudyDay {
	const kind = gradeKind(review.prev);
	const graded = new Map(day.graded);
	graded.set(review.factId, new Set([...(graded.get(review.factId) ?? []), review.cardKey]));
	return {
		...day,
		newToday: day.newToday + (kind === 'new' ? 1 : 0),
		reviewsToday: day.reviewsToday + (kind === 'review' ? 1 : 0),
		graded
	};
}

/** Whether a card that is not in learning is buried today because a sibling was graded. */
function buriedByGrade(card: QueueCard, day: StudyDay): boolean {
	const keys = day.graded.get(card.factId);
	return day.burySiblings && keys !== undefined && [...keys].some((k) => k !== card.id);
}

/**
 * Which new cards may join today's queue, offered in deck order: one per fact, none of a fact
 * already taken or buried. Remembers what it admitted, so offer each card once, in order.
 */
export function newCardGate(
	day: StudyDay,
	taken: Iterable<string>
): (card: Pick<QueueCard, 'factId'>) => boolean {
	const facts = new Set(taken);
	return (card) => {
		if (!day.burySiblings) return true;
		if (facts.has(card.factId) || day.graded.has(card.factId)) return false;
		facts.add(card.factId);
		return true;
	};
}

export function buildQueue(cards: readonly QueueCard[], day: StudyDay, now: number): Queue {
	const byDue = (a: QueueCard, b: QueueCard) => a.due - b.due || a.position - b.position;
	const learning = cards.filter(isLearning).sort(byDue);
	const taken = new Set(day.burySiblings ? learning.map((c) => c.factId) : []);

	const reviewRoom = Math.max(0, day.reviewsPerDay - day.reviewsToday);
	const reviews: QueueCard[] = [];
	for (const card of cards
		.filter((c) => c.queue === 1 && !isLearning(c) && c.due <= now)
		.sort(byDue)) {
		if (reviews.length >= reviewRoom) break;
		if (day.burySiblings && (taken.has(card.factId) || buriedByGrade(card, day))) continue;
		reviews.push(card);
		if (day.burySiblings) taken.add(card.factId);
	}

	const newRoom = Math.max(0, day.newPerDay - day.newToday);
	const admit = newCardGate(day, taken);
	const fresh: QueueCard[] = [];
	for (const card of cards.filter((c) => c.queue === 0).sort((a, b) => a.position - b.position)) {
		if (fresh.length >= newRoom) break;
		if (admit(card)) fresh.push(card);
	}
	for (const card of fresh) if (day.burySiblings) taken.add(card.factId);

	const dueNow = [...learning.filter((c) => c.due <= now), ...reviews].sort(byDue);
	const ids = [...dueNow, ...fresh].map((c) => c.id);
	// Learn ahead: a learning card due within the next 20 minutes rather than an empty screen.
	if (!ids.length) {
		const soon = learning.find((c) => c.due > now && c.due <= now + LEARN_AHEAD_MS);
		if (soon) ids.push(soon.id);
	}
	return {
		ids,
		counts: { new: fresh.length, learning: learning.length, due: reviews.length },
		taken
	};
}

/** Local midnight at or before `now`: the day boundary for limits, streaks and the heatmap. */
export function startOfDay(now: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}
