/**
 * The home screen's read-only overview, read with the browser's own IndexedDB API instead of
 * Dexie: the first page a student sees stays under its 50 KB budget (Dexie alone is 31 KB gzip).
 * It reads the same tables and indexes that `Store` writes (schema.ts); overview.spec.ts checks
 * that both agree. It never creates or changes the database.
 */
import {
	NEW_PER_DAY_MAX,
	REVIEWS_PER_DAY_MAX,
	STUDY_DEFAULTS,
	readDeckCounts,
	type DeckCardReader,
	type DeckCounts
} from '../srs/counts.ts';
import { startOfDay, studyDay, type QueueCard } from '../srs/queue.ts';
import type { ReviewRow } from '../records/rows.ts';
import { openExisting } from './exists.ts';
import { DB_NAME } from '../records/version.ts';

/** A deck's figures, exactly as a study session of it counts them (srs/counts.ts). */
export type DeckOverview = DeckCounts;

export interface Overview {
	/** False when the database has never been created (a first visit). */
	exists: boolean;
	decks: Record<string, DeckOverview>;
	/** Decks that exist only on this device (generated, imported), oldest first. */
	userDecks: { id: string; title: string }[];
	/** Days in a row, ending today or yesterday, with at least one review. */
	streak: number;
	reviewedToday: number;
	lastQuiz?: { title: string; deckId: string; score: number; total: number; finishedAt: number };
	welcomed: boolean;
	/** When the student last exported a backup (null: never). */
	lastBackupAt: number | null;
	/** All reviews ever given (to know whether there is anything to lose). */
	totalReviews: number;
	/** The daily new-card limit, as the counts apply it. */
	newPerDay: number;
}

const EMPTY: Overview = {
	exists: false,
	decks: {},
	userDecks: [],
	streak: 0,
	reviewedToday: 0,
	welcomed: false,
	lastBackupAt: null,
	totalReviews: 0,
	newPerDay: STUDY_DEFAULTS.newPerDay
};

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function dayStart(time: number): number {
	const d = new Date(time);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}

/** Days in a row with a review, counted back from today (or from yesterday if none yet today). */
export function streakFrom(reviewDays: Set<number>, now: number): number {
	let day = dayStart(now);
	if (!reviewDays.has(day)) day = dayStart(day - 12 * 3600_000);
	let streak = 0;
	while (reviewDays.has(day)) {
		streak += 1;
		day = dayStart(day - 12 * 3600_000);
	}
	return streak;
}

/** The limits and burying as settings.ts reads them, without its schema library (home's budget). */
function studyLimits(raw: Record<keyof typeof STUDY_DEFAULTS, unknown>) {
	const whole = (value: unknown, max: number, fallback: number) =>
		typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
			? value
			: fallback;
	return {
		newPerDay: whole(raw.newPerDay, NEW_PER_DAY_MAX, STUDY_DEFAULTS.newPerDay),
		reviewsPerDay: whole(raw.reviewsPerDay, REVIEWS_PER_DAY_MAX, STUDY_DEFAULTS.reviewsPerDay),
		burySiblings:
			typeof raw.burySiblings === 'boolean' ? raw.burySiblings : STUDY_DEFAULTS.burySiblings
	};
}

/** One deck's cards through the same indexes the Store reads (store.ts `#cardReader`). */
function cardReader(
	tx: IDBTransaction,
	KeyRange: typeof IDBKeyRange,
	deckId: string
): DeckCardReader {
	const cards = tx.objectStore('cards');
	const byDue = cards.index('[deckId+queue+due]');
	const inQueue = (queue: number) =>
		request(byDue.count(KeyRange.bound([deckId, queue, -Infinity], [deckId, queue, Infinity])));
	return {
		seenDueBefore: async (until) =>
			(await request(
				byDue.getAll(KeyRange.bound([deckId, 1, -Infinity], [deckId, 1, until], false, true))
			)) as QueueCard[],
		newCards: (admit, limit) =>
			new Promise((resolve, reject) => {
				const out: QueueCard[] = [];
				if (limit <= 0) return resolve(out);
				const req = cards
					.index('[deckId+queue+position]')
					.openCursor(KeyRange.bound([deckId, 0, -Infinity], [deckId, 0, Infinity]));
				req.onerror = () => reject(req.error ?? new Error('cursor failed'));
				req.onsuccess = () => {
					const cursor = req.result;
					if (!cursor) return resolve(out);
					const card = cursor.value as QueueCard;
					if (admit(card)) out.push(card);
					if (out.length >= limit) return resolve(out);
					cursor.continue();
				};
			}),
		totals: async () => {
			const [unstudied, seen, suspended] = await Promise.all([0, 1, 2].map(inQueue));
			return { unstudied, seen, suspended };
		}
	};
}

export async function readOverview(
	deckIds: readonly string[],
	now: number,
	options: { factory?: IDBFactory; keyRange?: typeof IDBKeyRange; name?: string } = {}
): Promise<Overview> {
	const factory = options.factory ?? globalThis.indexedDB;
	const KeyRange = options.keyRange ?? globalThis.IDBKeyRange;
	if (!factory) return EMPTY;
	const db = await openExisting(factory, options.name ?? DB_NAME);
	if (!db) return EMPTY;
	try {
		const stores = ['decks', 'cards', 'reviews', 'attempts', 'settings'];
		if (!stores.every((s) => db.objectStoreNames.contains(s))) return EMPTY;
		const tx = db.transaction(stores, 'readonly');
		const userRows = (await request(
			tx.objectStore('decks').index('kind').getAll(KeyRange.only('user'))
		)) as { id: unknown; title: unknown; addedAt: unknown }[];
		const userDecks = userRows
			.filter((r) => typeof r.id === 'string' && typeof r.title === 'string')
			.sort((a, b) => Number(a.addedAt) - Number(b.addedAt))
			.map((r) => ({ id: r.id as string, title: r.title as string }));
		const setting = async (key: string) =>
			((await request(tx.objectStore('settings').get(key))) as { value?: unknown } | undefined)
				?.value;
		const limits = studyLimits({
			newPerDay: await setting('newPerDay'),
			reviewsPerDay: await setting('reviewsPerDay'),
			burySiblings: await setting('burySiblings')
		});
		const gradedToday = (await request(
			tx
				.objectStore('reviews')
				.index('reviewedAt')
				.getAll(KeyRange.lowerBound(startOfDay(now)))
		)) as Pick<ReviewRow, 'deckId' | 'cardKey' | 'factId' | 'prev'>[];
		const decks: Record<string, DeckOverview> = {};
		for (const id of [...deckIds, ...userDecks.map((d) => d.id)]) {
			const day = studyDay(
				limits,
				gradedToday.filter((r) => r.deckId === id)
			);
			decks[id] = await readDeckCounts(cardReader(tx, KeyRange, id), day, now);
		}
		// Walk review times newest first, keys only, and stop at the first gap between days.
		const days = new Set<number>();
		let reviewedToday = 0;
		const today = dayStart(now);
		await new Promise<void>((resolve, reject) => {
			let earliest: number | undefined;
			const cursorReq = tx.objectStore('reviews').index('reviewedAt').openKeyCursor(null, 'prev');
			cursorReq.onerror = () => reject(cursorReq.error ?? new Error('cursor failed'));
			cursorReq.onsuccess = () => {
				const cursor = cursorReq.result;
				if (!cursor) return resolve();
				const day = dayStart(cursor.key as number);
				if (day === today) reviewedToday += 1;
				if (
					earliest !== undefined &&
					day !== earliest &&
					day !== dayStart(earliest - 12 * 3600_000)
				)
					return resolve();
				earliest = day;
				days.add(day);
				cursor.continue();
			};
		});
		const last = await new Promise<IDBCursorWithValue | null>((resolve, reject) => {
			const req = tx.objectStore('attempts').index('finishedAt').openCursor(null, 'prev');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('cursor failed'));
		});
		const welcomed = await setting('welcomed');
		const lastBackupAt = await setting('lastBackupAt');
		const totalReviews = await request(tx.objectStore('reviews').count());
		const attempt = last?.value as Overview['lastQuiz'] | undefined;
		return {
			exists: true,
			decks,
			userDecks,
			streak: streakFrom(days, now),
			reviewedToday,
			...(attempt
				? {
						lastQuiz: {
							title: String(attempt.title),
							deckId: String(attempt.deckId),
							score: Number(attempt.score),
							total: Number(attempt.total),
							finishedAt: Number(attempt.finishedAt)
						}
					}
				: {}),
			welcomed: welcomed === true,
			lastBackupAt:
				typeof lastBackupAt === 'number' && Number.isFinite(lastBackupAt) ? lastBackupAt : null,
			totalReviews,
			newPerDay: limits.newPerDay
		};
	} finally {
		db.close();
	}
}
