/**
 * Backups against storage: export reads every table in one transaction (a consistent snapshot);
 * import writes everything in one transaction (all or nothing); reset clears progress in one.
 */
import { TABLE_NAMES, type Backup } from '../backup/backup-format.ts';
import { createBackup, type StoredTables } from '../backup/backup.ts';
import { planImport, settingsAfterImport, type ImportPlan } from '../backup/import-plan.ts';
import { replayMemory, type LoggedGrade } from '../srs/replay.ts';
import { parseSettings } from '../records/settings.ts';
import { rescheduleAll, schedulerFor, SCHEDULE_FIT_KEY } from './reschedule.ts';
import { guarded } from './storage-error.ts';
import type { FactdeckDB } from './database.ts';
import type { Store } from './store.ts';

/** What these functions need of a store: its database (the import's worker has no `Store`). */
type StoreDb = Pick<Store, 'db'>;

/** Call inside a transaction over these tables. */
async function readTables(db: FactdeckDB): Promise<StoredTables> {
	const [decks, cards, reviews, attempts, settings, sharedQuizzes, classResults] =
		await Promise.all([
			db.decks.toArray(),
			db.cards.toArray(),
			db.reviews.toArray(),
			db.attempts.toArray(),
			db.settings.toArray(),
			db.sharedQuizzes.toArray(),
			db.classResults.toArray()
		]);
	// `cardSet` is this device's note that its card rows are complete: it never travels.
	const portable = decks.map(({ cardSet: _local, ...deck }) => deck);
	return { decks: portable, cards, reviews, attempts, settings, sharedQuizzes, classResults };
}

/** The tables a backup carries (each has the name of its store). */
function backupTables(db: FactdeckDB) {
	return TABLE_NAMES.map((name) => db[name]);
}

/** Every table as storage holds it now, read in one transaction. */
export function readAllTables(store: StoreDb): Promise<StoredTables> {
	const db = store.db;
	return guarded(() => db.transaction('r', backupTables(db), () => readTables(db)));
}

export async function exportAll(
	store: Store,
	options: { appVersion: string; now: number }
): Promise<Backup> {
	return createBackup(await readAllTables(store), options);
}

/**
 * Replays a card's merged review log (planImport), grading as the study page does: fuzz on, and
 * the retention and parameters the import leaves (each setting changed last wins).
 */
function replayAfter(current: StoredTables, backup: Backup) {
	const scheduler = schedulerFor(
		parseSettings(settingsAfterImport(current.settings, backup.tables.settings))
	);
	return (reviews: LoggedGrade[]) => replayMemory(reviews, scheduler, Infinity);
}

function plan(current: StoredTables, backup: Backup): ImportPlan {
	return planImport(current, backup, replayAfter(current, backup));
}

/** What importing this backup would change here now (for the preview; nothing is written). */
export async function previewImport(store: StoreDb, backup: Backup): Promise<ImportPlan> {
	return plan(await readAllTables(store), backup);
}

/**
 * Imports a previewed backup in one transaction. The plan is made again inside the transaction,
 * so a review graded in another tab since the preview is still never duplicated. Returns what
 * was actually done.
 */
export function applyImport(store: StoreDb, previewed: ImportPlan): Promise<ImportPlan> {
	const db = store.db;
	return guarded(() =>
		db.transaction('rw', backupTables(db), async () => {
			const done = plan(await readTables(db), previewed.backup);
			const { decks, cards, reviews, attempts, settings, sharedQuizzes, classResults } =
				done.writes;
			if (decks.length) await db.decks.bulkPut(decks);
			if (cards.length) await db.cards.bulkPut(cards);
			if (reviews.length) await db.reviews.bulkAdd(reviews);
			if (attempts.length) await db.attempts.bulkPut(attempts);
			if (settings.length) await db.settings.bulkPut(settings);
			// Parameters fitted on the other device (or undone there): every card by them.
			if (settings.some((row) => row.key === SCHEDULE_FIT_KEY))
				await rescheduleAll(db, schedulerFor(parseSettings(await db.settings.toArray())));
			// Only ids new here (see planImport): what the device has stays as it is.
			if (sharedQuizzes.length) await db.sharedQuizzes.bulkPut(sharedQuizzes);
			if (classResults.length) await db.classResults.bulkPut(classResults);
			return done;
		})
	);
}

export interface ResetCounts {
	cards: number;
	reviews: number;
	attempts: number;
}

/**
 * Forgets all progress: every card's schedule, the review history, quiz results and quizzes in
 * progress, in one transaction. Settings and decks (those made or imported on this device too)
 * stay.
 */
export function resetProgress(store: Store): Promise<ResetCounts> {
	const db = store.db;
	return guarded(() =>
		db.transaction(
			'rw',
			[db.decks, db.cards, db.reviews, db.attempts, db.quizProgress],
			async () => {
				const [cards, reviews, attempts] = await Promise.all([
					db.cards.count(),
					db.reviews.count(),
					db.attempts.count()
				]);
				await Promise.all([
					db.cards.clear(),
					db.reviews.clear(),
					db.attempts.clear(),
					db.quizProgress.clear(),
					// The cards are gone: the next session makes them again.
					db.decks.toCollection().modify((deck) => {
						delete deck.cardSet;
					})
				]);
				return { cards, reviews, attempts };
			}
		)
	);
}
