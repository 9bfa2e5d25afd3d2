import { classCsv } from './class-csv.ts';
import { describe, expect, it } from 'vitest';
import type { ClassResultRow } from '../records/rows.ts';
import { describeAdded, hardestQuestions, rateTone, summarizeClass } from './class-results.ts';

const row = (name: string, oks: boolean[], quizId = 'sq-1'): ClassResultRow => ({
	id: `${quizId}|${name}`,
	quizId,
	title: 'Quiz',
	name,
	score: oks.filter(Boolean).length,
	total: oks.length,
	answers: oks.map((ok, i) => ({ q: `q${i}`, ok, given: ok ? 'right answer' : 'x' })),
	finishedAt: Date.UTC(2026, 0, 5, 10),
	addedAt: 0
});

describe('class results', () => {
	const rows = [
		row('Zoe', [true, false, true]),
		row('Adam', [true, false, false]),
		row('Bo', [true, true], 'other')
	];
	const labels = (quizId: string) =>
		quizId === 'sq-1'
			? [
					{ id: 'q0', prompt: 'Easy one' },
					{ id: 'q1', prompt: 'Hard one' },
					{ id: 'q2', prompt: 'Middle one' }
				]
			: undefined;

	it('groups by quiz, averages scores and lists the hardest questions first', () => {
		const [first, second] = summarizeClass(rows, labels);
		expect(first.students.map((s) => s.name)).toEqual(['Adam', 'Zoe']);
		expect(first.averagePercent).toBe(50);
		expect(first.questions.map((q) => [q.label, q.percent])).toEqual([
			['Hard one', 0],
			['Middle one', 50],
			['Easy one', 100]
		]);
		expect(second.questions.map((q) => q.label)).toEqual(['Question 1', 'Question 2']);
	});

	// Issue 20: a question everyone got right was listed, in red, among the "hardest".
	it('lists as hardest only questions someone got wrong, coloured by their real rate', () => {
		const [first, second] = summarizeClass(rows, labels);
		expect(hardestQuestions(first).map((q) => [q.label, q.right, q.answered])).toEqual([
			['Hard one', 0, 2],
			['Middle one', 1, 2]
		]);
		expect(hardestQuestions(second)).toEqual([]);
		expect(hardestQuestions(first, 1)).toHaveLength(1);
		expect([0, 49, 50, 79, 80, 99].map(rateTone)).toEqual([
			'bad',
			'bad',
			'warn',
			'warn',
			'good',
			'good'
		]);
	});

	// Issue 20: pasting the same code twice said "0 results added." and nothing else.
	it('says why a paste added nothing, or less than it held', () => {
		expect(describeAdded({ added: 1, duplicates: 0 })).toBe('1 result added.');
		expect(describeAdded({ added: 3, duplicates: 0 })).toBe('3 results added.');
		expect(describeAdded({ added: 0, duplicates: 1 })).toBe(
			'No new results: that code was already added.'
		);
		expect(describeAdded({ added: 0, duplicates: 2 })).toBe(
			'No new results: those 2 codes were already added.'
		);
		expect(describeAdded({ added: 2, duplicates: 1 })).toBe(
			'2 results added. 1 duplicate skipped (already added).'
		);
		expect(describeAdded({ added: 1, duplicates: 3 })).toBe(
			'1 result added. 3 duplicates skipped (already added).'
		);
		expect(describeAdded({ added: 0, duplicates: 0 })).toBeUndefined();
	});

	it('writes a CSV that spreadsheets read safely (quotes, commas, formulas defused)', () => {
		const tricky = row('=HYPERLINK("http://evil","click")', [true]);
		const csv = classCsv(summarizeClass([tricky, row('Smith, Jo', [false])], () => undefined)[0]);
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('Name,Score,Total,Percent,Finished,Question 1');
		expect(lines[1]).toBe(
			`"'=HYPERLINK(""http://evil"",""click"")",1,1,100,2026-01-05T10:00:00.000Z,1`
		);
		expect(lines[2]).toBe('"Smith, Jo",0,1,0,2026-01-05T10:00:00.000Z,0');
	});

	it('gives each question its own score column, empty where a student did not answer it', () => {
		const two = (name: string, answers: ClassResultRow['answers']): ClassResultRow => ({
			...row(name, []),
			answers,
			score: answers.filter((a) => a.ok).length,
			total: 2
		});
		const summary = summarizeClass(
			[
				two('Line\nbreak', [{ q: 'a', ok: true, given: 'x' }]),
				two('+44 Jo', [
					{ q: 'a', ok: false, given: 'y' },
					{ q: 'b', ok: true, given: 'z' }
				])
			],
			() => undefined
		)[0];
		const csv = classCsv(summary);
		expect(csv.endsWith('\r\n')).toBe(true);
		const lines = csv.trim().split('\r\n');
		expect(lines).toHaveLength(3);
		const cells = lines.map((l) => l.split(','));
		expect(cells[0]).toHaveLength(7);
		expect(lines.find((l) => l.startsWith('"Line'))).toMatch(
			/^"Line\nbreak",1,2,50,[^,]+,(1,|,1)$/
		);
		expect(lines.find((l) => l.startsWith(`"'+44`))).toMatch(/^"'\+44 Jo",1,2,50,[^,]+,[01],[01]$/);
	});
});
