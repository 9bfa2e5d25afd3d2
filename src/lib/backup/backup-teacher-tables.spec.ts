/** A teacher’s shared quizzes and class results, in the backup file and its import. */
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from './backup.ts';
import { describeBackup, describePlan, describeResult } from './describe-plan.ts';
import { planChangesNothing, planImport } from './import-plan.ts';
import { DAY, T0, classResultRow, sharedQuizRow } from './backup-fixtures.ts';
import { EMPTY, edited, quiz, refused, sampleBackup, sampleTables } from './backup-samples.ts';

describe('a teacher’s shared quizzes and class results', () => {
	it('travel in every backup, and read back the same', () => {
		const backup = sampleBackup();
		expect(backup.tables.sharedQuizzes).toEqual([quiz]);
		expect(backup.tables.classResults.map((r) => r.name)).toEqual(['Ada', 'Grace']);
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
		expect(describeBackup(backup)).toMatch(
			/: 2 decks, 3 cards, 2 reviews, 1 quiz result, 1 shared quiz, 2 class results\.$/
		);
		// Written even when there are none, so a backup always says what it holds.
		const none = serializeBackup(sampleBackup({ ...sampleTables(), ...EMPTY }));
		expect(none).toContain('"sharedQuizzes":[],"classResults":[]');
	});

	it('a backup written before they travelled (no such keys) imports exactly as before', () => {
		const old = edited((d) => {
			delete (d.tables as Record<string, unknown>).sharedQuizzes;
			delete (d.tables as Record<string, unknown>).classResults;
		});
		const result = parseBackup(old);
		if (!result.ok) throw new Error(result.error);
		expect(result.backup.tables.sharedQuizzes).toEqual([]);
		expect(result.backup.tables.classResults).toEqual([]);
		expect(describeBackup(result.backup)).toMatch(
			/: 2 decks, 3 cards, 2 reviews, 1 quiz result\.$/
		);
		const plan = planImport(EMPTY, result.backup);
		expect(plan.writes.sharedQuizzes).toEqual([]);
		expect(plan.writes.classResults).toEqual([]);
		// The preview and the result read as they did before these tables existed.
		expect(describePlan(plan).map((l) => l.label)).toEqual([
			'Decks',
			'Cards (their schedules)',
			'Reviews (your grades)',
			'Quiz results',
			'Settings'
		]);
		expect(describeResult(plan)).toBe(
			'Added 2 decks, 3 cards, 2 reviews, 1 quiz result and 3 settings.'
		);
	});

	it('a malformed row is refused with its path', () => {
		const shared = (edit: (row: Record<string, unknown>) => void) =>
			refused(edited((d) => edit(d.tables.sharedQuizzes[0] as Record<string, unknown>)));
		const result = (edit: (row: Record<string, unknown>) => void) =>
			refused(edited((d) => edit(d.tables.classResults[1] as Record<string, unknown>)));
		expect(shared((row) => (row.link = 'javascript:alert(1)'))).toBe(
			'This backup is damaged (tables.sharedQuizzes[0].link: must be a web link). Nothing was imported.'
		);
		expect(shared((row) => (row.deckId = 'Not A Deck'))).toMatch(
			/^This backup is damaged \(tables\.sharedQuizzes\[0\]\.deckId: must be a deck id/
		);
		expect(shared((row) => delete row.questions)).toMatch(/tables\.sharedQuizzes\[0\]\.questions/);
		expect(shared((row) => ((row.questions as { answer: unknown }[])[1].answer = 7))).toMatch(
			/tables\.sharedQuizzes\[0\]\.questions\[1\]\.answer/
		);
		expect(
			shared(
				(row) =>
					(row.questions = Array.from({ length: 1_001 }, () => ({
						id: 'q',
						prompt: '',
						answer: ''
					})))
			)
		).toMatch(/tables\.sharedQuizzes\[0\]\.questions/);
		expect(result((row) => (row.score = -1))).toMatch(
			/^This backup is damaged \(tables\.classResults\[1\]\.score: .*\)\. Nothing was imported\.$/
		);
		expect(result((row) => (row.name = 'x'.repeat(10_001)))).toMatch(
			/tables\.classResults\[1\]\.name/
		);
		expect(result((row) => ((row.answers as { ok: unknown }[])[0].ok = 'yes'))).toMatch(
			/tables\.classResults\[1\]\.answers\[0\]\.ok/
		);
		expect(result((row) => (row.extra = 1))).toMatch(/tables\.classResults\[1\]/);
		expect(
			refused(edited((d) => ((d.tables as Record<string, unknown>).classResults = null)))
		).toMatch(/tables\.classResults/);
	});

	it('refuses an id given twice', () => {
		expect(refused(edited((d) => d.tables.sharedQuizzes.push(d.tables.sharedQuizzes[0])))).toBe(
			`This backup is damaged (tables.sharedQuizzes: “${quiz.id}” twice). Nothing was imported.`
		);
		expect(
			refused(
				edited((d) =>
					d.tables.classResults.push({ ...(d.tables.classResults[0] as object), name: 'Eve' })
				)
			)
		).toBe(
			`This backup is damaged (tables.classResults: “${quiz.id}|Ada|${T0}” twice). Nothing was imported.`
		);
	});

	it('adds the ids this device lacks and keeps the rows it has as they are', () => {
		const here = {
			...EMPTY,
			sharedQuizzes: [{ ...quiz, title: 'Renamed here', createdAt: T0 - DAY }],
			classResults: [classResultRow(quiz, 'Ada')]
		};
		const other = sharedQuizRow(2, 'my-notes');
		const plan = planImport(
			here,
			sampleBackup({
				...EMPTY,
				sharedQuizzes: [{ ...quiz, title: 'Renamed in the backup', createdAt: T0 + DAY }, other],
				classResults: [
					{ ...classResultRow(quiz, 'Ada'), score: 2 },
					classResultRow(quiz, 'Grace'),
					classResultRow(other, 'Ada')
				]
			})
		);
		expect(plan.counts.sharedQuizzes).toEqual({ added: 1, updated: 0, kept: 1 });
		expect(plan.counts.classResults).toEqual({ added: 2, updated: 0, kept: 1 });
		expect(plan.writes.sharedQuizzes).toEqual([other]);
		expect(plan.writes.classResults.map((r) => r.id)).toEqual([
			`${quiz.id}|Grace|${T0}`,
			`${other.id}|Ada|${T0}`
		]);
		expect(describePlan(plan).slice(-2)).toEqual([
			{ table: 'sharedQuizzes', label: 'Quizzes you shared', text: '1 to add, 1 already here' },
			{ table: 'classResults', label: 'Class results', text: '2 to add, 1 already here' }
		]);
		expect(describeResult(plan)).toBe('Added 1 shared quiz and 2 class results.');

		// Once written, the same backup has nothing more to add.
		const after = {
			...here,
			sharedQuizzes: [...here.sharedQuizzes, ...plan.writes.sharedQuizzes],
			classResults: [...here.classResults, ...plan.writes.classResults]
		};
		expect(planChangesNothing(planImport(after, plan.backup))).toBe(true);
	});
});
