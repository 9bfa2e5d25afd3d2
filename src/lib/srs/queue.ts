/**
 * The review queue, as Anki builds it: cards that are due come first (most overdue first), then
 * new cards in deck order, each within the day's limits. Learning cards due in the next few
 * minutes are shown early when nothing else is left.
 */

export interface QueueCard {
	id: string;
	due: number;
	/** 0 = new, 1 = seen, 2 = suspended (never queued). */
	queue: 0 | 1 | 2;
	position: number;
}

export interface QueueLimits {
	newPerDay: number;
	reviewsPerDay: number;
	/** Done so far today. */
	newToday: number;
	reviewsToday: number;
}

/** How far ahead a learning card may be shown when nothing else is due (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface Queue {
	/** In the order to show them. */
	ids: string[];
	dueCount: number;
	newCount: number;
}

export function buildQueue(cards: QueueCard[], limits: QueueLimits, now: number): Queue {
	const reviewRoom = Math.max(0, limits.reviewsPerDay - limits.reviewsToday);
	const newRoom = Math.max(0, limits.newPerDay - limits.newToday);
	const seen = cards.filter((c) => c.queue === 1);
	const due = seen
		.filter((c) => c.due <= now)
		.sort((a, b) => a.due - b.due || a.position - b.position)
		.slice(0, reviewRoom);
	const fresh = cards
		.filter((c) => c.queue === 0)
		.sort((a, b) => a.position - b.position)
		.slice(0, newRoom);
	const ids = [...due, ...fresh].map((c) => c.id);
	if (!ids.length) {
		// Learn ahead: a learning card due within the next 20 minutes rather than an empty screen.
		const soon = seen
			.filter((c) => c.due > now && c.due <= now + LEARN_AHEAD_MS)
			.sort((a, b) => a.due - b.due);
		if (soon.length) return { ids: [soon[0].id], dueCount: 1, newCount: 0 };
	}
	return { ids, dueCount: due.length, newCount: fresh.length };
}

/** Local midnight at or before `now`: the day boundary for limits, streaks and the heatmap. */
export function startOfDay(now: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}
