/**
 * What importing a backup would change here: rows new to this device, rows where the merge takes
 * the backup's copy, cards whose two logs must be replayed together, settings changed later there.
 * The merge is the same whichever of two devices imports (merge.property.spec.ts). The preview
 * shows the plan; the store writes exactly it, made again inside its transaction.
 */
import type { CardRow, DeckRow, ReviewRow, SettingRow } from '../records/rows.ts';
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
	/** Rows both have, where the merge takes the backup's copy (or, for cards, a replay). */
	updated: number;
	/** Rows both have already, or where the merge keeps this device's: left as they are. */
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
	/** Cards both devices graded since they last met: scheduled again from the merged log. */
	rescheduled: number;
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

/** The first of two rows in a fixed order of their contents: a tie-break both devices agree on. */
function firstByContent<T>(a: T, b: T): T {
	return canonical(a) <= canonical(b) ? a : b;
}

/**
 * Which of two copies of a card a merge builds on, the same whichever device imports: one the
 * scheduler can use; the one studied last; one suspended on either device (there is no time of a
 * suspension to compare); one brought forward on either (a new card in the seen queue, or a seen
 * card due earlier); else a fixed order.
 */
function preferredCard(a: CardRow, b: CardRow): CardRow {
	const damaged = (card: CardRow) => memoryProblem(card) !== undefined;
	if (damaged(a) !== damaged(b)) return damaged(a) ? b : a;
	if (lastReviewOf(a) !== lastReviewOf(b)) return lastReviewOf(a) > lastReviewOf(b) ? a : b;
	if (a.suspended !== b.suspended) return a.suspended ? a : b;
	if (a.queue !== b.queue) return a.queue > b.queue ? a : b;
	if (a.due !== b.due) return a.due < b.due ? a : b;
	return firstByContent(a, b);
}

/**
 * One deck from two copies, the same whichever device imports: the later `updatedAt` (a fixed
 * order at the same time), the earlier `addedAt`, and never a deck emptied by a row without one.
 */
function mergedDeck(here: DeckRow, there: DeckRow): DeckRow {
	const thereNewer =
		there.updatedAt !== here.updatedAt
			? there.updatedAt > here.updatedAt
			: firstByContent(here, there) !== here;
	const [newer, older] = thereNewer ? [there, here] : [here, there];
	// A row without its deck (a curated row, or a hand-edited file) never empties a deck.
	const content = !newer.deck && older.deck ? { kind: older.kind, deck: older.deck } : {};
	return { ...newer, ...content, addedAt: Math.min(here.addedAt, there.addedAt) };
}

/** The time a setting was changed; rows written before settings carried one are oldest. */
function changedAt(row: SettingRow): number {
	return row.changedAt ?? -Infinity;
}

/**
 * Whether a backup's setting replaces this device's: the later change wins. At the same moment,
 * or when neither row has a time (both written before settings carried one), the first value in
 * a fixed order wins, so that two devices that import each other's backups agree.
 */
export function settingReplaces(there: SettingRow, here: SettingRow | undefined): boolean {
	if (!here) return true;
	if (changedAt(there) !== changedAt(here)) return changedAt(there) > changedAt(here);
	return canonical(there.value) !== canonical(here.value) && firstByContent(there, here) === there;
}

/** The portable settings of a backup that replace this device's (see settingReplaces). */
function winningSettings(current: readonly SettingRow[], incoming: readonly SettingRow[]) {
	const here = new Map(current.map((row) => [row.key, row]));
	return incoming.filter((row) => isPortable(row.key) && settingReplaces(row, here.get(row.key)));
}

/** This device's settings once a backup's are merged in (the replay's retention comes from it). */
export function settingsAfterImport(
	current: readonly SettingRow[],
	incoming: readonly SettingRow[]
): SettingRow[] {
	const merged = new Map(current.map((row) => [row.key, row]));
	for (const row of winningSettings(current, incoming)) merged.set(row.key, row);
	return [...merged.values()];
}

/**
 * What importing `incoming` into a device holding `current` would do, table by table. Pure and
 * deterministic; the tables it leaves are the same whichever of two devices imports the other's
 * backup (merge.property.spec.ts), and importing a backup twice changes nothing the second time.
 * The merge rules:
 * - decks: added when missing; of a deck both have, the copy updated last (a fixed order at the
 *   same time), added at the earlier time, and never emptied by a row without its deck;
 * - cards: added when missing; of a card both have, the copy studied last (see preferredCard).
 *   Given `replay`, a card whose merged review log has grades that copy was not built from (it
 *   was graded on both devices since they last shared a backup) takes the replay of the merged
 *   log, so every grade counts and the order of imports does not matter;
 * - reviews: a union: added unless the same review (card, time, grade) is already there;
 * - quiz attempts: added when their id is new (a finished attempt never changes);
 * - settings: each portable setting takes the value changed last (see settingReplaces);
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
		const merged = here ? mergedDeck(here, deck) : deck;
		count(here, merged, counts.decks, writes.decks);
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

	const rescheduled = planCards(current, tables, counts.cards, writes.cards, replay);

	addNew(current.attempts, tables.attempts, counts.attempts, writes.attempts);
	addNew(current.sharedQuizzes, tables.sharedQuizzes, counts.sharedQuizzes, writes.sharedQuizzes);
	addNew(current.classResults, tables.classResults, counts.classResults, writes.classResults);

	const settings = new Map(current.settings.map((s) => [s.key, s]));
	const effective = parseSettings(current.settings);
	const settingChanges: SettingChange[] = [];
	const winners = winningSettings(current.settings, tables.settings);
	counts.settings.kept = tables.settings.filter((row) => isPortable(row.key)).length;
	for (const row of winners) {
		const key = row.key as PortableSetting;
		counts.settings.kept -= 1;
		counts.settings[settings.has(key) ? 'updated' : 'added'] += 1;
		writes.settings.push(row);
		// Whether the welcome screen was passed is not worth a line in the preview.
		if (key !== 'welcomed' && !Object.is(effective[key], row.value))
			settingChanges.push({ key, from: effective[key], to: row.value });
	}

	return { backup: incoming, counts, settingChanges, rescheduled, writes };
}

/**
 * Counts a row of the merge and writes it unless it is what this device has already; true when
 * it is written.
 */
function count<T>(here: T | undefined, merged: T, counts: RowCounts, writes: T[]): boolean {
	if (here === undefined) counts.added += 1;
	else if (sameRow(here, merged)) {
		counts.kept += 1;
		return false;
	} else counts.updated += 1;
	writes.push(merged);
	return true;
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
 * The cards to write: each backup card merged with this device's, replayed where logs diverged.
 * Returns how many cards written were replayed.
 */
function planCards(
	current: BackupTables,
	tables: BackupTables,
	counts: RowCounts,
	writes: CardRow[],
	replay?: (reviews: LoggedGrade[]) => MemoryState
): number {
	let replayed = 0;
	const here = new Map(current.cards.map((c) => [c.id, c]));
	const hereLogs = logsByCard(current.reviews);
	const backupLogs = logsByCard(tables.reviews);
	/** `chosen`, or the replay of the card's merged log when `log` (chosen's) lacks some of it. */
	const withMergedLog = (chosen: CardRow, log: Map<string, BackupReview> | undefined) => {
		if (!replay) return chosen;
		const merged = new Map([
			...(hereLogs.get(chosen.id) ?? []),
			...(backupLogs.get(chosen.id) ?? [])
		]);
		if (merged.size === (log?.size ?? 0)) return chosen;
		// Ordered by time, then grade: the same replay whichever device's log came first.
		const grades = [...merged.values()].sort(
			(a, b) => a.reviewedAt - b.reviewedAt || a.rating - b.rating
		);
		const memory = pickMemory(replay(grades));
		const queue = chosen.suspended ? 2 : memory.reps > 0 ? 1 : chosen.queue;
		return { ...chosen, ...memory, queue } satisfies CardRow;
	};
	const inBackup = new Set<string>();
	for (const card of tables.cards) {
		inBackup.add(card.id);
		const mine = here.get(card.id);
		const chosen = mine ? preferredCard(mine, card) : card;
		const log = (chosen === mine ? hereLogs : backupLogs).get(card.id);
		const merged = withMergedLog(chosen, log);
		if (count(mine, merged, counts, writes) && merged !== chosen) replayed += 1;
	}
	// A card the backup lacks whose grades it has (a hand-edited file): replayed all the same.
	if (replay)
		for (const [id, mine] of here) {
			if (inBackup.has(id) || !backupLogs.has(id)) continue;
			const merged = withMergedLog(mine, hereLogs.get(id));
			if (!sameRow(merged, mine)) {
				counts.updated += 1;
				replayed += 1;
				writes.push(merged);
			}
		}
	return replayed;
}

export function planChangesNothing(plan: ImportPlan): boolean {
	return TABLE_NAMES.every((t) => plan.writes[t].length === 0);
}
