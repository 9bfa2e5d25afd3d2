/**
 * What importing a backup would change here: rows new to this device, rows the backup has newer,
 * cards whose two logs must be replayed together, settings that differ. The preview shows the plan;
 * the store writes exactly it, made again inside its transaction.
 */
import type { CardRow, ReviewRow } from '../records/rows.ts';
import type { LoggedGrade } from '../srs/replay.ts';
import { isPortable, isRecord } from './backup.ts';
import { memoryProblem } from '../srs/validity.ts';
import { parseSettings } from '../records/settings.ts';
import { pickMemory, type MemoryState } from '../srs/memory.ts';
import {
	type Backup,
	type BackupReview,
	type BackupTables,
	type PortableSetting,
	TABLE_NAMES,
	type TableName,
	emptyTables
} from './backup-format.ts';

// Planning an import -----------------------------------------------------------------------------

export interface RowCounts {
	/** Rows the backup has and this device does not. */
	added: number;
	/** Rows both have, where the backup's is newer. */
	updated: number;
	/** Rows both have already, or where this device's is newer: left as they are. */
	kept: number;
}

export interface SettingChange {
	key: PortableSetting;
	from: unknown;
	to: unknown;
}

export interface ImportPlan {
	backup: Backup;
	counts: Record<TableName, RowCounts>;
	/** Settings whose value would change, for the preview. */
	settingChanges: SettingChange[];
	/** Exactly the rows to write: puts, except reviews, which are added (new auto ids). */
	writes: BackupTables;
}

/** Reviews are the same review when they grade the same card at the same moment the same way. */
export function reviewIdentity(review: Pick<ReviewRow, 'cardKey' | 'reviewedAt' | 'rating'>) {
	return `${review.cardKey}\u0000${review.reviewedAt}\u0000${review.rating}`;
}

/** Stable structural equality for rows made of JSON values. */
function sameRow(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (isRecord(value))
		return `{${Object.keys(value)
			.filter((k) => value[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
			.join(',')}}`;
	return JSON.stringify(value) ?? 'undefined';
}

/** For rows that never change once written: a row is added when its id is new, else kept. */
function addNew<T extends { id: string }>(
	current: readonly T[],
	incoming: readonly T[],
	counts: RowCounts,
	writes: T[]
) {
	const here = new Set(current.map((row) => row.id));
	for (const row of incoming) {
		if (here.has(row.id)) counts.kept += 1;
		else {
			counts.added += 1;
			writes.push(row);
		}
	}
}

function lastReviewOf(card: CardRow): number {
	return card.lastReview ?? -Infinity;
}

/** A card here the scheduler cannot use is repaired by the backup's (always valid) copy. */
function damagedHere(here: CardRow, card: CardRow): boolean {
	return memoryProblem(here) !== undefined && !sameRow(here, card);
}

/**
 * What importing `incoming` into a device holding `current` would do, table by table. Pure and
 * deterministic. The merge rules:
 * - decks: added when missing; a deck both have is replaced only when the backup's `updatedAt`
 *   is later, and keeps its content here when the backup's row has none;
 * - cards: added when missing; a card both have takes the backup's state only when its
 *   `lastReview` is later (the state of the copy that was studied last wins; the review history
 *   of both is kept), or when the state here is one the scheduler cannot use. Given `replay`,
 *   a card graded on both devices since they last shared a backup (each log has reviews the
 *   other lacks) takes instead the replay of both logs, so every grade counts;
 * - reviews: added unless the same review (card, time, grade) is already there, whatever its id;
 * - quiz attempts: added when their id is new (a finished attempt never changes);
 * - settings: the backup's portable settings replace this device's;
 * - shared quizzes and class results: added when their id is new; a row both have stays as it
 *   is here (a class result never changes; a quiz shared again here keeps this device's copy).
 */
export function planImport(
	current: BackupTables,
	incoming: Backup,
	replay?: (reviews: LoggedGrade[]) => MemoryState
): ImportPlan {
	const counts = Object.fromEntries(
		TABLE_NAMES.map((t) => [t, { added: 0, updated: 0, kept: 0 }])
	) as Record<TableName, RowCounts>;
	const writes = emptyTables();
	const tables = incoming.tables;

	const decks = new Map(current.decks.map((d) => [d.id, d]));
	for (const deck of tables.decks) {
		const here = decks.get(deck.id);
		if (!here) {
			counts.decks.added += 1;
			writes.decks.push(deck);
			continue;
		}
		// A row without its deck (a curated row, or a hand-edited file) never empties a deck here.
		const update = here.deck && !deck.deck ? { ...deck, kind: here.kind, deck: here.deck } : deck;
		if (update.updatedAt > here.updatedAt && !sameRow(update, here)) {
			counts.decks.updated += 1;
			writes.decks.push({ ...update, addedAt: Math.min(update.addedAt, here.addedAt) });
		} else counts.decks.kept += 1;
	}

	const cards = new Map(current.cards.map((c) => [c.id, c]));
	for (const card of tables.cards) {
		const here = cards.get(card.id);
		if (!here) {
			counts.cards.added += 1;
			writes.cards.push(card);
		} else if (lastReviewOf(card) > lastReviewOf(here) || damagedHere(here, card)) {
			counts.cards.updated += 1;
			writes.cards.push(card);
		} else counts.cards.kept += 1;
	}

	const reviews = new Set(current.reviews.map(reviewIdentity));
	for (const review of tables.reviews) {
		const identity = reviewIdentity(review);
		if (reviews.has(identity)) counts.reviews.kept += 1;
		else {
			reviews.add(identity);
			counts.reviews.added += 1;
			writes.reviews.push(review);
		}
	}

	if (replay) replayDiverged(current, tables, cards, writes, counts.cards, replay);

	addNew(current.attempts, tables.attempts, counts.attempts, writes.attempts);
	addNew(current.sharedQuizzes, tables.sharedQuizzes, counts.sharedQuizzes, writes.sharedQuizzes);
	addNew(current.classResults, tables.classResults, counts.classResults, writes.classResults);

	const settings = new Map(current.settings.map((s) => [s.key, s.value]));
	const effective = parseSettings(current.settings);
	const settingChanges: SettingChange[] = [];
	for (const row of tables.settings) {
		if (!isPortable(row.key)) continue;
		const key = row.key;
		const from = effective[key];
		if (!settings.has(key)) counts.settings.added += 1;
		else if (!Object.is(settings.get(key), row.value)) counts.settings.updated += 1;
		else {
			counts.settings.kept += 1;
			continue;
		}
		writes.settings.push({ key, value: row.value });
		// Whether the welcome screen was passed is not worth a line in the preview.
		if (key !== 'welcomed' && !Object.is(from, row.value))
			settingChanges.push({ key, from, to: row.value });
	}

	return { backup: incoming, counts, settingChanges, writes };
}

/** Each card's reviews, by their identities. */
function logsByCard(reviews: readonly BackupReview[]): Map<string, Map<string, BackupReview>> {
	const logs = new Map<string, Map<string, BackupReview>>();
	for (const review of reviews) {
		const log = logs.get(review.cardKey) ?? new Map<string, BackupReview>();
		log.set(reviewIdentity(review), review);
		logs.set(review.cardKey, log);
	}
	return logs;
}

/**
 * A card whose merged review log has grades its chosen state (here's, or the backup's written
 * over it) was not built from: its state becomes the replay of the merged log, in `writes`.
 */
function replayDiverged(
	current: BackupTables,
	tables: BackupTables,
	here: ReadonlyMap<string, CardRow>,
	writes: BackupTables,
	counts: RowCounts,
	replay: (reviews: LoggedGrade[]) => MemoryState
) {
	const hereLogs = logsByCard(current.reviews);
	const backupLogs = logsByCard(tables.reviews);
	const written = new Map(writes.cards.map((card, i) => [card.id, i]));
	const candidates = new Set([...here.keys(), ...written.keys()]);
	for (const id of candidates) {
		const index = written.get(id);
		const chosen = index === undefined ? here.get(id) : writes.cards[index];
		if (!chosen) continue;
		const merged = new Map([...(hereLogs.get(id) ?? []), ...(backupLogs.get(id) ?? [])]);
		const chosenLog = (index === undefined ? hereLogs : backupLogs).get(id);
		if (merged.size === (chosenLog?.size ?? 0)) continue;
		const memory = pickMemory(replay([...merged.values()]));
		const queue = chosen.suspended ? 2 : memory.reps > 0 ? 1 : chosen.queue;
		const card: CardRow = { ...chosen, ...memory, queue };
		if (index !== undefined) writes.cards[index] = card;
		else if (!sameRow(card, chosen)) {
			counts.kept -= 1;
			counts.updated += 1;
			writes.cards.push(card);
		}
	}
}

export function planChangesNothing(plan: ImportPlan): boolean {
	return TABLE_NAMES.every((t) => plan.writes[t].length === 0);
}
