/**
 * The class's results as CSV for a spreadsheet or gradebook: one row per student, then one column
 * per question with its score. Written by papaparse (RFC 4180 quoting; cells a spreadsheet would
 * run as a formula defused with a leading apostrophe). Loaded when the teacher exports.
 */
import Papa from 'papaparse';
import type { ClassSummary } from './class-results.ts';

export function classCsv(summary: ClassSummary): string {
	const questionIds = summary.questions.map((q) => q.id);
	const header = [
		'Name',
		'Score',
		'Total',
		'Percent',
		'Finished',
		...summary.questions.map((q) => q.label)
	];
	const rows = summary.students.map((s) => {
		const byId = new Map(s.answers.map((a) => [a.q, a]));
		return [
			s.name,
			s.score,
			s.total,
			s.total ? Math.round((s.score / s.total) * 100) : 0,
			new Date(s.finishedAt).toISOString(),
			...questionIds.map((id) => {
				const answer = byId.get(id);
				// The question's score, as a gradebook adds it up: 1 right, 0 wrong, empty unanswered.
				return answer ? (answer.ok ? 1 : 0) : '';
			})
		];
	});
	return `${Papa.unparse([header, ...rows], { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
