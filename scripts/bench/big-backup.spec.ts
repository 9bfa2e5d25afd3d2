/**
 * The import benchmark and its browser test measure a backup made by scripts/bench/big-backup.js:
 * it must stay one the app accepts, or they would time a refusal instead of an import.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/lib/backup/backup.ts';
import { emptyTables } from '../../src/lib/backup/backup-format.ts';
import { planImport } from '../../src/lib/backup/import-plan.ts';
import { DB_SCHEMA_VERSION } from '../../src/lib/records/version.ts';
import { BIG_DECK_ID, bigBackup } from './big-backup.js';

describe('bigBackup', () => {
	it('makes a backup of the size asked for that parses and imports whole', () => {
		const { json, rows } = bigBackup({ bytes: 1_000_000, facts: 300 });
		expect(json.length).toBeGreaterThanOrEqual(1_000_000);
		expect(json.length).toBeLessThan(1_001_000);
		const parsed = parseBackup(json);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(rows).toEqual({ decks: 1, cards: 300, reviews: parsed.backup.tables.reviews.length });
		const plan = planImport(emptyTables(), parsed.backup);
		expect(plan.counts.reviews).toEqual({ added: rows.reviews, updated: 0, kept: 0 });
		expect(plan.counts.cards.added).toBe(300);
		expect(plan.writes.decks.map((d) => d.id)).toEqual([BIG_DECK_ID]);
	});

	it('claims a schema version this app reads', () => {
		const { schemaVersion } = JSON.parse(bigBackup({ bytes: 0, facts: 1 }).json) as {
			schemaVersion: number;
		};
		expect(schemaVersion).toBeLessThanOrEqual(DB_SCHEMA_VERSION);
	});
});
