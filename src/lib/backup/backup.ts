/**
 * The backup file: every table of progress (decks, cards, reviews, quiz attempts, settings) and a
 * teacher's quizzes shared and class results collected, as one versioned JSON document, checked
 * strictly when read back. Nothing from the file reaches storage before it has been parsed into
 * rows built from validated fields only.
 */
import * as v from 'valibot';
import type { ReviewRow, SettingRow } from '../records/rows.ts';
import {
	BACKUP_APP,
	BACKUP_FORMAT,
	type Backup,
	type BackupTables,
	MAX_BACKUP_BYTES,
	PORTABLE_SETTINGS,
	type PortableSetting,
	type TableName
} from './backup-format.ts';
import { BackupSchema } from './row-schemas.ts';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import { SettingValueSchemas } from '../records/settings.ts';
import { checkDeckReferences } from '../content/deck-schema.ts';
import { formatPath } from '../content/parse.ts';
import { shorten } from '../format/shorten.ts';
import { isSaneTime } from '../srs/validity.ts';

// Writing ----------------------------------------------------------------------------------------

export function isPortable(key: string): key is PortableSetting {
	return (PORTABLE_SETTINGS as readonly string[]).includes(key);
}

/** A setting as a backup carries it: its time only when it has a sane one. */
function settingRow(key: string, value: unknown, changedAt: unknown): SettingRow {
	return typeof changedAt === 'number' && isSaneTime(changedAt)
		? { key, value, changedAt }
		: { key, value };
}

/** Keeps the portable settings whose stored value is valid (others read as defaults anyway). */
function portableSettings(settings: SettingRow[]): SettingRow[] {
	return settings
		.filter((row) => isPortable(row.key) && v.is(SettingValueSchemas[row.key], row.value))
		.map((row) => settingRow(row.key, row.value, row.changedAt));
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

export function isRecord(value: unknown): value is Record<string, unknown> {
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
function readSettings(
	rows: { key: string; value: unknown; changedAt?: number }[]
): SettingRow[] | string {
	const out: SettingRow[] = [];
	for (const [i, row] of rows.entries()) {
		if (!isPortable(row.key)) continue;
		const result = v.safeParse(SettingValueSchemas[row.key], row.value);
		if (!result.success) return `tables.settings[${i}].value: ${result.issues[0].message}`;
		out.push(settingRow(row.key, result.output, row.changedAt));
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
