/**
 * Property-based tests of the backup file reader (the storage side, where a refused file must
 * write nothing, is in db/backup-store.fuzz.spec.ts). Random JSON and structured damage to a valid
 * backup (fields dropped, renamed, retyped, duplicated, rows cloned, huge strings, deep nesting,
 * special numbers, `__proto__`/`constructor`/`prototype` keys at every level) must never throw
 * out of parseBackup: it returns a backup that reads back the same and plans cleanly, or one
 * short message a student can act on.
 *
 * Invariants, not only types: values that break the scheduler's ranges (issue 24: stability 0 or
 * 1e-320, difficulty -1e308, dates at the end of time, scores above totals) are refused, so every
 * accepted card and review can be scheduled.
 *
 * Cases: 100 random documents + 100 damaged backups + 100 invariant-breaking memory states +
 * 100 impossible scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anyChar,
	expectPlainData,
	jsonMutations,
	keysOf,
	mutateJson,
	runs,
	timed,
	toNode,
	watchPrototypes
} from '../../../tests/support/fuzz.ts';
import { TABLE_NAMES, emptyTables, type BackupTables } from './backup-format.ts';
import { createBackup, parseBackup, serializeBackup, type BackupParseResult } from './backup.ts';
import { describeBackup, describePlan } from './describe-plan.ts';
import { planImport } from './import-plan.ts';
import {
	DAY,
	T0,
	attemptRow,
	cardRow,
	classResultRow,
	deckRow,
	reviewRow,
	sharedQuizRow,
	studied
} from './backup-fixtures.ts';
import { memoryProblem } from '../srs/validity.ts';

const a = cardRow('ukraine', 'f1.cloze.who', studied(T0));
const mine = cardRow('my-notes', 'capital.cloze.city', studied(T0 + 1000));
const quiz = sharedQuizRow(1);
const backup = createBackup(
	{
		decks: [deckRow('ukraine'), deckRow('my-notes', 'user')],
		cards: [a, cardRow('ukraine', 'f2.cloze.when'), mine],
		reviews: [reviewRow(a, T0, 3, 1), reviewRow(mine, T0 + 1000, 4, 2)],
		attempts: [attemptRow('quiz-1@1', 'ukraine')],
		settings: [
			{ key: 'theme', value: 'dark' },
			{ key: 'retention', value: 0.85 },
			{ key: 'welcomed', value: true }
		],
		sharedQuizzes: [quiz],
		classResults: [classResultRow(quiz, 'Ada')]
	},
	{ appVersion: '0.1.0', now: T0 + DAY }
);
const base = toNode(backup);
const keys = keysOf(backup);
const EMPTY: BackupTables = emptyTables();
const MAX_MS = 200;

/** Every refusal is one of these, whole, and short enough to read. */
const REFUSALS = [
	/^This file is larger than \d+ MB, too large to be a Factdeck backup\. Nothing was imported\.$/,
	/^This file is not a Factdeck backup\. Choose a file made with “Export backup” \(factdeck-backup-….json\)\.( \(It is not valid JSON\.\))?$/,
	/^This backup was made by a newer version of Factdeck( \(.{0,50}\))?\. Update Factdeck \(reload the app\), then import it again\. Nothing was imported\.$/s,
	/^This backup is damaged \(.+\)\. Nothing was imported\.$/s
];

async function expectBackupOrRefusal(text: string): Promise<BackupParseResult> {
	const parsed = await timed(() => parseBackup(text), MAX_MS);
	expect(parsed.ms).toBeLessThan(MAX_MS);
	if (!parsed.ok) throw parsed.error;
	const result = parsed.value;
	if (!result.ok) {
		expect(REFUSALS.some((r) => r.test(result.error))).toBe(true);
		expect(result.error.length).toBeLessThan(1_000);
		return result;
	}
	expectPlainData(result.backup);
	// What was accepted is a complete backup: it writes out and reads back the same.
	const written = serializeBackup(result.backup);
	const again = parseBackup(written);
	expect(again.ok && serializeBackup(again.backup)).toBe(written);
	// Planned onto an empty device, every row is added; the preview can describe it.
	const plan = planImport(EMPTY, result.backup);
	for (const table of TABLE_NAMES) expect(plan.counts[table].updated).toBe(0);
	expect(plan.counts.cards.added).toBe(result.backup.tables.cards.length);
	for (const table of ['attempts', 'sharedQuizzes', 'classResults'] as const)
		expect(plan.counts[table].added).toBe(result.backup.tables[table].length);
	// The preview has a line, in order, for every table the backup holds rows of.
	const lines = describePlan(plan).map((line) => line.table);
	expect(lines).toEqual(TABLE_NAMES.filter((table) => lines.includes(table)));
	for (const table of TABLE_NAMES)
		if (result.backup.tables[table].length) expect(lines).toContain(table);
	expect(describeBackup(result.backup)).toMatch(/^Exported /);
	return result;
}

describe('backup files, fuzzed', () => {
	it('random documents are refused with a clear message, never an exception', async () => {
		const checkPrototypes = watchPrototypes();
		const almost = fc.record(
			{
				app: fc.constantFrom('factdeck', 'quizlet', 1),
				format: fc.constantFrom(1, 2, '1', 0.5, null),
				schemaVersion: fc.constantFrom(1, 2, 99, -1, '2'),
				appVersion: fc.string({ unit: anyChar, maxLength: 80 }),
				exportedAt: fc.constantFrom('2026-01-15T09:00:00.000Z', 'yesterday', 0),
				tables: fc.dictionary(
					fc.constantFrom(...TABLE_NAMES, '__proto__'),
					fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })
				)
			},
			{ requiredKeys: ['app'] }
		);
		const documents = fc.oneof(
			fc.string({ unit: anyChar, maxLength: 200 }),
			fc.jsonValue().map((v) => JSON.stringify(v)),
			almost.map((v) => JSON.stringify(v)),
			almost.map((v) => `\uFEFF${JSON.stringify(v, null, 2)}`)
		);
		await fc.assert(
			fc.asyncProperty(documents, async (text) => {
				await expectBackupOrRefusal(text);
				checkPrototypes();
			}),
			runs(100)
		);
	});

	it('damaged backups read as a complete valid backup or are refused with a clear message', async () => {
		const checkPrototypes = watchPrototypes();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys, { max: 3 }), async (mutations) => {
				if ((await expectBackupOrRefusal(mutateJson(base, mutations))).ok) accepted++;
				checkPrototypes();
			}),
			runs(100)
		);
		// Some damage is harmless (a duplicated review, a row or an optional field dropped).
		expect(accepted).toBeGreaterThan(10);
	});

	it('values that break the scheduler’s or a score’s invariants are refused (issue 24)', async () => {
		const hostile = fc.constantFrom(0, 1e-320, -1e308, 1e308, 8.64e15, -1, 11, 0.0005, 1e9, 36501);
		const field = fc.constantFrom(
			...(['stability', 'difficulty', 'due', 'lastReview', 'scheduledDays'] as const)
		);
		const target = fc.constantFrom('card', 'prev', 'next');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(target, field, hostile), { minLength: 1, maxLength: 3 }),
				async (edits) => {
					const data = JSON.parse(serializeBackup(backup)) as typeof backup;
					for (const [where, key, value] of edits) {
						const row = where === 'card' ? data.tables.cards[0] : data.tables.reviews[0][where];
						(row as unknown as Record<string, number>)[key] = value;
					}
					const result = await expectBackupOrRefusal(JSON.stringify(data));
					if (!result.ok) return;
					for (const card of result.backup.tables.cards)
						expect(memoryProblem(card)).toBeUndefined();
					for (const review of result.backup.tables.reviews) {
						expect(memoryProblem(review.prev)).toBeUndefined();
						expect(memoryProblem(review.next)).toBeUndefined();
					}
				}
			),
			runs(100)
		);
	});

	it('impossible scores (above the total, negative, fractional, huge) are refused (issue 24)', async () => {
		const hostile = fc.constantFrom(1000, -1, 0.5, 1e308, -0, 2 ** 53, 101);
		const key = fc.constantFrom('score' as const, 'total' as const);
		const table = fc.constantFrom('attempts' as const, 'classResults' as const);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(table, key, hostile), { minLength: 1, maxLength: 3 }),
				async (edits) => {
					const data = JSON.parse(serializeBackup(backup)) as typeof backup;
					for (const [name, field, value] of edits)
						(data.tables[name][0] as unknown as Record<string, number>)[field] = value;
					const result = await expectBackupOrRefusal(JSON.stringify(data));
					if (!result.ok) return;
					// Whatever is accepted can be shown: a score is a whole number out of its total.
					for (const row of [
						...result.backup.tables.attempts,
						...result.backup.tables.classResults
					]) {
						expect(Number.isInteger(row.score) && row.score >= 0).toBe(true);
						expect(row.score).toBeLessThanOrEqual(row.total);
					}
				}
			),
			runs(100)
		);
	});
});
