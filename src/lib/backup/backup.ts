/**
 * The backup file: every table of progress (decks, cards, reviews, quiz attempts, settings) and a
 * teacher's quizzes shared and class results collected, as one versioned JSON document, checked
 * strictly when read back. Nothing from the file reaches storage before it has been parsed into
 * rows built from validated fields only.
 */
import * as v from 'valibot';
import { DeckSchema, checkDeckReferences } from '../content/deck-schema.ts';
import { formatPath } from '../content/parse.ts';
import type {
	AttemptRow,
	CardRow,
	ClassResultRow,
	DeckRow,
	ReviewRow,
	SettingRow,
	SharedQuizRow
} from '../records/rows.ts';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import { SettingValueSchemas, parseSettings, type SettingKey } from '../records/settings.ts';
import { formatCount, plural } from '../format/count.ts';
import { shorten } from '../format/shorten.ts';
import { pickMemory, type MemoryState } from '../srs/memory.ts';
import type { LoggedGrade } from '../srs/replay.ts';
import { isSaneTime, memoryProblem } from '../srs/validity.ts';

export const BACKUP_APP = 'factdeck';
export const BACKUP_FORMAT = 1;
/** Checked before the text is parsed: a file this big is not a backup we wrote. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/**
 * Settings that travel with a backup. `persistAsked` and `lastBackupAt` describe this browser, not
 * the student: they are never exported or imported.
 */
export const PORTABLE_SETTINGS = [
	'theme',
	'retention',
	'newPerDay',
	'reviewsPerDay',
	'burySiblings',
	'welcomed'
] as const satisfies readonly SettingKey[];
export type PortableSetting = (typeof PORTABLE_SETTINGS)[number];

/** A review as a backup holds it: without its auto-increment id, which differs per browser. */
export type BackupReview = Omit<ReviewRow, 'id'>;

export interface BackupTables {
	decks: DeckRow[];
	cards: CardRow[];
	reviews: BackupReview[];
	attempts: AttemptRow[];
	settings: SettingRow[];
	/** Quizzes a teacher shared from this device (absent from backups made before them: empty). */
	sharedQuizzes: SharedQuizRow[];
	/** Result codes a teacher collected (absent from backups made before them: empty). */
	classResults: ClassResultRow[];
}

export type TableName = keyof BackupTables;

interface TableInfo {
	/** For the preview's line about the table. */
	label: string;
	/** A row, one and many, for sentences. */
	noun: [string, string];
	/** A teacher's table: most backups have none, so the preview mentions it only when they do. */
	teaching?: true;
}

/** Every table a backup carries, in the order the preview lists them. */
const TABLES: Record<TableName, TableInfo> = {
	decks: { label: 'Decks', noun: ['deck', 'decks'] },
	cards: { label: 'Cards (their schedules)', noun: ['card', 'cards'] },
	reviews: { label: 'Reviews (your grades)', noun: ['review', 'reviews'] },
	attempts: { label: 'Quiz results', noun: ['quiz result', 'quiz results'] },
	settings: { label: 'Settings', noun: ['setting', 'settings'] },
	sharedQuizzes: {
		label: 'Quizzes you shared',
		noun: ['shared quiz', 'shared quizzes'],
		teaching: true
	},
	classResults: {
		label: 'Class results',
		noun: ['class result', 'class results'],
		teaching: true
	}
};

export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];

/** Every table, with no rows. */
export function emptyTables(): BackupTables {
	return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
}

export interface Backup {
	app: typeof BACKUP_APP;
	format: typeof BACKUP_FORMAT;
	/** The Dexie schema version the rows were read from. */
	schemaVersion: number;
	/** package.json's version of the app that wrote the file. */
	appVersion: string;
	/** ISO 8601. */
	exportedAt: string;
	tables: BackupTables;
}

// Row schemas -----------------------------------------------------------------------------------

const MAX_KEY = 500;
const MAX_TEXT = 10_000;
/** A matching question's answer joins several facts' texts (up to 8 of 2,000 characters). */
const MAX_LONG_TEXT = 50_000;
/** A whole quiz in a link's fragment is at most 64,000 characters, plus the origin. */
const MAX_LINK = 100_000;

const Key = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_KEY));
const DeckId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a deck id (lower-case letters, digits, hyphens)')
);
const Finite = v.pipe(v.number(), v.finite());
const Time = v.pipe(v.number(), v.check(isSaneTime, 'must be a date between 1970 and 2300'));
const NonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const memoryEntries = {
	due: Time,
	stability: NonNegative,
	difficulty: Finite,
	scheduledDays: NonNegative,
	learningSteps: Count,
	reps: Count,
	lapses: Count,
	state: v.picklist([0, 1, 2, 3], 'must be a card state from 0 to 3'),
	lastReview: v.nullable(Time)
};
const Queue = v.picklist([0, 1, 2], 'must be 0 (new), 1 (seen) or 2 (suspended)');

/** Types are not enough: a state the scheduler refuses would make the card unstudyable. */
function schedulable<T extends MemoryState>() {
	return v.check<T, v.ErrorMessage<v.CheckIssue<T>>>(
		(m) => memoryProblem(m) === undefined,
		(issue) => `the scheduler cannot use this state: ${memoryProblem(issue.input)}`
	);
}

const DeckRowSchema = v.strictObject({
	id: DeckId,
	kind: v.picklist(['curated', 'user']),
	title: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
	deck: v.optional(DeckSchema),
	addedAt: Time,
	updatedAt: Time
});

const CardRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		deckId: DeckId,
		cardId: Key,
		factId: Key,
		queue: Queue,
		// Backups written before schema 3 have no `suspended`: such cards were never suspended.
		suspended: v.optional(v.boolean(), false),
		position: Count,
		addedAt: Time,
		...memoryEntries
	}),
	schedulable()
);

const ReviewRowSchema = v.strictObject({
	cardKey: Key,
	deckId: DeckId,
	factId: Key,
	rating: v.picklist([1, 2, 3, 4], 'must be a grade from 1 to 4'),
	reviewedAt: Time,
	durationMs: NonNegative,
	// Undo puts `prev` back on the card: it must be a state the scheduler can use too.
	prev: v.pipe(v.strictObject({ ...memoryEntries, queue: Queue }), schedulable()),
	next: v.pipe(v.strictObject(memoryEntries), schedulable())
});

/** A score above its total (1000/1 showed as 100000 %) is no score at all. */
function scoreWithinTotal<T extends { score: number; total: number }>() {
	return v.check<T, v.ErrorMessage<v.CheckIssue<T>>>(
		(row) => row.score <= row.total,
		(issue) => `the score ${issue.input.score} is more than the total ${issue.input.total}`
	);
}

const AttemptRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		quizKey: Key,
		deckId: DeckId,
		title: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
		seed: Finite,
		answers: v.pipe(
			v.array(
				v.strictObject({
					questionId: Key,
					factId: Key,
					given: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
					correct: v.boolean()
				})
			),
			v.maxLength(1_000)
		),
		score: Count,
		total: Count,
		startedAt: Time,
		finishedAt: Time
	}),
	scoreWithinTotal()
);

const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));

const SharedQuizRowSchema = v.strictObject({
	id: Key,
	title: Text,
	deckId: DeckId,
	// Only ever a web link: a backup cannot plant a `javascript:` URL for a page to show.
	link: v.pipe(v.string(), v.maxLength(MAX_LINK), v.regex(/^https?:\/\//i, 'must be a web link')),
	questions: v.pipe(
		v.array(
			v.strictObject({
				id: Key,
				prompt: v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT)),
				answer: v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT))
			})
		),
		v.maxLength(1_000)
	),
	createdAt: Time
});

const ClassResultRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		quizId: Key,
		title: Text,
		name: Text,
		score: Count,
		total: Count,
		answers: v.pipe(
			v.array(v.strictObject({ q: Key, ok: v.boolean(), given: Text })),
			v.maxLength(1_000)
		),
		finishedAt: Time,
		addedAt: Time
	}),
	scoreWithinTotal()
);

const SettingRowSchema = v.strictObject({
	key: v.pipe(v.string(), v.maxLength(100)),
	value: v.unknown()
});

const rows = <T extends v.GenericSchema>(schema: T, max: number) =>
	v.pipe(v.array(schema), v.maxLength(max, `has more than ${formatCount(max)} rows`));

const BackupSchema = v.strictObject({
	app: v.literal(BACKUP_APP),
	format: v.literal(BACKUP_FORMAT),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DB_SCHEMA_VERSION)),
	appVersion: v.pipe(v.string(), v.maxLength(50)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp('must be a date and time')),
	tables: v.strictObject({
		decks: rows(DeckRowSchema, 5_000),
		cards: rows(CardRowSchema, 500_000),
		reviews: rows(ReviewRowSchema, 2_000_000),
		attempts: rows(AttemptRowSchema, 200_000),
		settings: rows(SettingRowSchema, 100),
		// Optional: backups written before they travelled have no such keys, and read as before.
		sharedQuizzes: v.optional(rows(SharedQuizRowSchema, 10_000), []),
		classResults: v.optional(rows(ClassResultRowSchema, 200_000), [])
	})
});

// Writing ----------------------------------------------------------------------------------------

function isPortable(key: string): key is PortableSetting {
	return (PORTABLE_SETTINGS as readonly string[]).includes(key);
}

/** Keeps the portable settings whose stored value is valid (others read as defaults anyway). */
function portableSettings(settings: SettingRow[]): SettingRow[] {
	return settings.filter(
		(row) => isPortable(row.key) && v.is(SettingValueSchemas[row.key], row.value)
	);
}

/** The tables as storage holds them (reviews with their ids). */
export type StoredTables = Omit<BackupTables, 'reviews'> & { reviews: ReviewRow[] };

export function createBackup(
	tables: StoredTables,
	options: { appVersion: string; now: number }
): Backup {
	return {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		schemaVersion: DB_SCHEMA_VERSION,
		appVersion: options.appVersion,
		exportedAt: new Date(options.now).toISOString(),
		tables: {
			decks: tables.decks,
			cards: tables.cards,
			reviews: tables.reviews.map(({ id: _id, ...review }) => review),
			attempts: tables.attempts,
			settings: portableSettings(tables.settings),
			sharedQuizzes: tables.sharedQuizzes,
			classResults: tables.classResults
		}
	};
}

export function serializeBackup(backup: Backup): string {
	return `${JSON.stringify(backup)}\n`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** `factdeck-backup-2026-01-15.json`, in the student's local date. */
export function backupFileName(now: number): string {
	const d = new Date(now);
	return `factdeck-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

// Reading ----------------------------------------------------------------------------------------

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

const NOT_A_BACKUP =
	'This file is not a Factdeck backup. Choose a file made with “Export backup” (factdeck-backup-….json).';
const NOTHING_IMPORTED = 'Nothing was imported.';

/** Keys that could reach an object's prototype are dropped while parsing, wherever they are. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function safeJson(text: string): unknown {
	return JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issueMessage(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
	const issue = issues[0];
	const path = (issue.path ?? []).map((item) => item.key as string | number);
	return `${formatPath(path) || 'The file'}: ${issue.message}`;
}

function damaged(detail: string): BackupParseResult {
	return { ok: false, error: `This backup is damaged (${shorten(detail)}). ${NOTHING_IMPORTED}` };
}

function duplicateIn<T>(items: T[], keyOf: (item: T) => string): string | undefined {
	const seen = new Set<string>();
	for (const item of items) {
		const key = keyOf(item);
		if (seen.has(key)) return key;
		seen.add(key);
	}
	return undefined;
}

/** The checks a row schema cannot express: consistent keys, unique ids, decks that hold up. */
function crossCheck(tables: BackupTables): string | undefined {
	for (const [i, row] of tables.decks.entries()) {
		if (row.deck && row.deck.id !== row.id)
			return `tables.decks[${i}]: the deck inside has id “${row.deck.id}”`;
		const problem = row.deck ? checkDeckReferences(row.deck)[0] : undefined;
		if (problem) return `tables.decks[${i}].deck.${formatPath(problem.path)}: ${problem.message}`;
	}
	for (const [i, card] of tables.cards.entries())
		if (card.id !== `${card.deckId}/${card.cardId}`)
			return `tables.cards[${i}].id: must be “${card.deckId}/${card.cardId}”`;
	for (const [i, review] of tables.reviews.entries())
		if (!review.cardKey.startsWith(`${review.deckId}/`))
			return `tables.reviews[${i}].cardKey: must start with “${review.deckId}/”`;
	const checks: [TableName, string | undefined][] = [
		['decks', duplicateIn(tables.decks, (r) => r.id)],
		['cards', duplicateIn(tables.cards, (r) => r.id)],
		['attempts', duplicateIn(tables.attempts, (r) => r.id)],
		['settings', duplicateIn(tables.settings, (r) => r.key)],
		['sharedQuizzes', duplicateIn(tables.sharedQuizzes, (r) => r.id)],
		['classResults', duplicateIn(tables.classResults, (r) => r.id)]
	];
	for (const [table, key] of checks)
		if (key !== undefined) return `tables.${table}: “${key}” twice`;
	return undefined;
}

/** Validates settings values; unknown or device-only keys are left out. */
function readSettings(rows: { key: string; value: unknown }[]): SettingRow[] | string {
	const out: SettingRow[] = [];
	for (const [i, row] of rows.entries()) {
		if (!isPortable(row.key)) continue;
		const result = v.safeParse(SettingValueSchemas[row.key], row.value);
		if (!result.success) return `tables.settings[${i}].value: ${result.issues[0].message}`;
		out.push({ key: row.key, value: result.output });
	}
	return out;
}

/**
 * Reads a backup file's text. Refuses, with a message a student can act on, anything that is not
 * a complete, valid backup from this or an older version of Factdeck.
 */
export function parseBackup(text: string): BackupParseResult {
	if (text.length > MAX_BACKUP_BYTES)
		return {
			ok: false,
			error: `This file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, too large to be a Factdeck backup. ${NOTHING_IMPORTED}`
		};
	let data: unknown;
	try {
		data = safeJson(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, error: `${NOT_A_BACKUP} (It is not valid JSON.)` };
	}
	if (!isRecord(data) || data.app !== BACKUP_APP) return { ok: false, error: NOT_A_BACKUP };
	const newer =
		(typeof data.format === 'number' && data.format > BACKUP_FORMAT) ||
		(typeof data.schemaVersion === 'number' && data.schemaVersion > DB_SCHEMA_VERSION);
	if (newer)
		return {
			ok: false,
			error: `This backup was made by a newer version of Factdeck${typeof data.appVersion === 'string' ? ` (${data.appVersion.slice(0, 50)})` : ''}. Update Factdeck (reload the app), then import it again. ${NOTHING_IMPORTED}`
		};
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) return damaged(issueMessage(result.issues));
	const settings = readSettings(result.output.tables.settings);
	if (typeof settings === 'string') return damaged(settings);
	const backup: Backup = {
		...result.output,
		tables: { ...result.output.tables, settings }
	};
	const problem = crossCheck(backup.tables);
	if (problem) return damaged(problem);
	return { ok: true, backup };
}

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

// Describing a plan ------------------------------------------------------------------------------

export const SETTING_LABELS: Record<PortableSetting, string> = {
	theme: 'Theme',
	retention: 'Desired retention',
	newPerDay: 'New cards per day',
	reviewsPerDay: 'Reviews per day',
	burySiblings: 'Bury related cards until tomorrow',
	welcomed: 'Welcome screen passed'
};

export function formatSettingValue(key: PortableSetting, value: unknown): string {
	if (key === 'retention' && typeof value === 'number') return `${Math.round(value * 100)}%`;
	if (key === 'theme')
		return value === 'light' ? 'Light' : value === 'dark' ? 'Dark' : 'Same as device';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return String(value);
}

export interface PlanLine {
	table: TableName;
	label: string;
	text: string;
}

/**
 * One line per table for the preview: “3 to add, 1 to update, 40 already here”. A teacher's
 * table has a line only when the backup holds rows of it.
 */
export function describePlan(plan: ImportPlan): PlanLine[] {
	const shown = (table: TableName) =>
		!TABLES[table].teaching || plan.backup.tables[table].length > 0;
	return TABLE_NAMES.filter(shown).map((table) => {
		const { added, updated, kept } = plan.counts[table];
		const parts = [`${formatCount(added)} to add`];
		if (updated) parts.push(`${formatCount(updated)} to update (newer in the backup)`);
		if (kept) parts.push(`${formatCount(kept)} already here`);
		return { table, label: TABLES[table].label, text: parts.join(', ') };
	});
}

/** “The backup has 12 reviews of 3 decks, exported 15 January 2026 by Factdeck 0.1.0.” */
export function describeBackup(backup: Backup): string {
	const date = new Date(backup.exportedAt).toLocaleString('en-GB', {
		dateStyle: 'long',
		timeStyle: 'short'
	});
	const t = backup.tables;
	const teaching = TABLE_NAMES.filter((table) => TABLES[table].teaching && t[table].length > 0)
		.map((table) => `, ${plural(t[table].length, ...TABLES[table].noun)}`)
		.join('');
	return `Exported ${date} by Factdeck ${backup.appVersion || '(unknown version)'}: ${plural(t.decks.length, 'deck')}, ${plural(t.cards.length, 'card')}, ${plural(t.reviews.length, 'review')}, ${plural(t.attempts.length, 'quiz result')}${teaching}.`;
}

/** What an import did, in a sentence: “Added 2 decks, 40 cards and 3 reviews; updated 1 card.” */
export function describeResult(plan: ImportPlan): string {
	const list = (kind: 'added' | 'updated') => {
		const parts = TABLE_NAMES.filter((t) => plan.counts[t][kind] > 0).map((t) =>
			plural(plan.counts[t][kind], ...TABLES[t].noun)
		);
		return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	};
	const added = list('added');
	const updated = list('updated');
	if (!added && !updated) return 'Nothing changed: everything in the backup was already here.';
	return [added && `Added ${added}`, updated && `updated ${updated}`]
		.filter(Boolean)
		.join('; ')
		.replace(/^u/, 'U')
		.concat('.');
}
