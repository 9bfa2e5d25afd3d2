/** The backup file: what it records, and what reading one refuses. */
import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES } from './backup-format.ts';
import { backupFileName, parseBackup, serializeBackup } from './backup.ts';
import { formatSettingValue } from './describe-plan.ts';
import { planImport } from './import-plan.ts';
import { DAY, T0 } from './backup-fixtures.ts';
import { EMPTY, edited, refused, sampleBackup, sampleTables } from './backup-samples.ts';

describe('the backup file', () => {
	it('records the app, format, schema and app version, and round-trips through its text', () => {
		const backup = sampleBackup();
		expect(backup).toMatchObject({
			app: 'factdeck',
			format: BACKUP_FORMAT,
			schemaVersion: DB_SCHEMA_VERSION,
			appVersion: '0.1.0',
			exportedAt: new Date(T0 + DAY).toISOString()
		});
		const parsed = parseBackup(serializeBackup(backup));
		expect(parsed).toEqual({ ok: true, backup });
	});

	it('leaves out review ids and the settings that describe one browser', () => {
		const backup = sampleBackup();
		expect(backup.tables.reviews.every((r) => !('id' in r))).toBe(true);
		expect(backup.tables.settings.map((s) => s.key)).toEqual(['theme', 'retention', 'welcomed']);
	});

	it('carries the read-aloud voice and speed, and refuses a speed out of range', () => {
		const readAloud = [
			{ key: 'readAloudVoice', value: 'urn:voice:daniel' },
			{ key: 'readAloudRate', value: 1.5 }
		];
		const backup = sampleBackup({ ...sampleTables(), settings: readAloud });
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
		const plan = planImport(EMPTY, backup);
		expect(plan.settingChanges).toEqual([
			{ key: 'readAloudVoice', from: null, to: 'urn:voice:daniel' },
			{ key: 'readAloudRate', from: 1, to: 1.5 }
		]);
		expect(formatSettingValue('readAloudVoice', null)).toBe('Default voice');
		expect(formatSettingValue('readAloudRate', 1.5)).toBe('1.5×');
		const tooFast = edited((d) => d.tables.settings.push({ key: 'readAloudRate', value: 5 }));
		expect(parseBackup(tooFast).ok).toBe(false);
	});

	it('is named by the local date', () => {
		expect(backupFileName(new Date(2026, 2, 5, 23, 59).getTime())).toBe(
			'factdeck-backup-2026-03-05.json'
		);
	});
});

describe('reading a backup refuses anything that is not a valid Factdeck backup', () => {
	it('refuses text that is not JSON, and JSON from another app', () => {
		expect(refused('{"app": "factdeck", tables')).toMatch(/not a Factdeck backup.*not valid JSON/);
		expect(refused('[1, 2, 3]')).toMatch(/not a Factdeck backup/);
		expect(refused('{"app": "anki", "format": 1}')).toMatch(/not a Factdeck backup/);
		// A deck file is not a backup either.
		expect(refused('{"format": 1, "id": "x", "facts": []}')).toMatch(/not a Factdeck backup/);
	});

	it('refuses a newer format or schema with a message that says to update', () => {
		expect(refused(edited((d) => (d.format = BACKUP_FORMAT + 1)))).toMatch(
			/newer version of Factdeck \(0\.1\.0\)\. Update Factdeck/
		);
		expect(refused(edited((d) => (d.schemaVersion = DB_SCHEMA_VERSION + 1)))).toMatch(
			/newer version/
		);
	});

	it('refuses a file larger than the cap before parsing it', () => {
		expect(refused(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatch(/larger than 50 MB/);
	});

	it('says which row is damaged and that nothing was imported', () => {
		const badRating = edited((d) => ((d.tables.reviews[1] as { rating: number }).rating = 5));
		expect(refused(badRating)).toBe(
			'This backup is damaged (tables.reviews[1].rating: must be a grade from 1 to 4). Nothing was imported.'
		);
		// JSON has no Infinity, but 1e999 parses to it.
		const infinite = serializeBackup(sampleBackup()).replace(
			'"stability":3.2',
			'"stability":1e999'
		);
		expect(refused(infinite)).toMatch(/tables\.cards\[0\]\.stability/);
		expect(refused(edited((d) => ((d.tables.cards[0] as { due: unknown }).due = '2026')))).toMatch(
			/tables\.cards\[0\]\.due/
		);
		expect(refused(edited((d) => ((d.tables.cards[0] as { extra: number }).extra = 1)))).toMatch(
			/damaged/
		);
		expect(
			refused(edited((d) => ((d.tables.cards[0] as { id: string }).id = 'x'.repeat(501))))
		).toMatch(/tables\.cards\[0\]\.id/);
		expect(refused(edited((d) => delete (d.tables as Record<string, unknown>).reviews))).toMatch(
			/tables\.reviews/
		);
	});

	it('refuses rows that contradict each other', () => {
		expect(refused(edited((d) => d.tables.cards.push(d.tables.cards[0])))).toMatch(
			/tables\.cards: “ukraine\/f1\.cloze\.who” twice/
		);
		expect(
			refused(edited((d) => ((d.tables.cards[0] as { deckId: string }).deckId = 'my-notes')))
		).toMatch(/tables\.cards\[0\]\.id: must be “my-notes\/f1\.cloze\.who”/);
		expect(
			refused(
				edited((d) => {
					const deck = (d.tables.decks[1] as { deck: { facts: { statement: string }[] } }).deck;
					deck.facts[0].statement = 'Something else entirely.';
				})
			)
		).toMatch(/tables\.decks\[1\]\.deck\.facts\[0\]\.slots\[0\]\.answer/);
		expect(refused(edited((d) => (d.tables.settings[1] = { key: 'retention', value: 2 })))).toMatch(
			/tables\.settings\[1\]\.value/
		);
	});

	it('never lets __proto__ or constructor keys through', () => {
		const text = serializeBackup(sampleBackup())
			.replace('{"key":"theme"', '{"__proto__":{"polluted":true},"key":"theme"')
			.replace('"cardKey":', '"constructor":{"prototype":{"polluted":true}},"cardKey":');
		expect(text).toContain('__proto__');
		const result = parseBackup(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.hasOwn(result.backup.tables.settings[0], '__proto__')).toBe(false);
		expect(Object.hasOwn(result.backup.tables.reviews[0], 'constructor')).toBe(false);
	});

	it('ignores settings it does not know (or that describe another browser)', () => {
		const text = edited((d) =>
			d.tables.settings.push({ key: 'futureSetting', value: 1 }, { key: 'persistAsked', value: 1 })
		);
		const result = parseBackup(text);
		expect(result.ok && result.backup.tables.settings.map((s) => s.key)).toEqual([
			'theme',
			'retention',
			'welcomed'
		]);
	});
});
