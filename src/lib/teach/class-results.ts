/** The class table: scores per student, the hardest questions, and a CSV for a spreadsheet. */
import type { ClassResultRow } from '../records/rows.ts';

export interface QuestionLabel {
	id: string;
	prompt: string;
}

export interface QuestionRate {
	id: string;
	label: string;
	right: number;
	answered: number;
	percent: number;
}

export interface ClassSummary {
	quizId: string;
	title: string;
	students: ClassResultRow[];
	averagePercent: number;
	/** Questions by share of students who got them right, hardest first. */
	questions: QuestionRate[];
}

/** A quiz this teacher made: its title and questions, as the class table names them. */
export interface KnownQuiz {
	title: string;
	questions: QuestionLabel[];
}

/**
 * Why a result code cannot go into the class table, or undefined when it can. A code is only a
 * student's word: it must be for a quiz made on this device and answer only that quiz's
 * questions, each once, or a made-up question could score 1/1 = 100 %.
 */
export function refuseResult(
	result: { title: string; answers: readonly { q: string }[] },
	quiz: KnownQuiz | undefined
): string | undefined {
	if (!quiz)
		return `It is for a quiz not made on this device (its code calls it “${result.title.slice(0, 60)}”), so it was not added. Add codes on the device the quiz was shared from.`;
	const mismatch = (why: string) =>
		`It does not match your quiz “${quiz.title}” (${why}), so it was not added. Ask the student for a new code.`;
	const ids = new Set(quiz.questions.map((q) => q.id));
	const seen = new Set<string>();
	for (const { q } of result.answers) {
		if (!ids.has(q)) return mismatch('an answer to a question the quiz does not have');
		if (seen.has(q)) return mismatch('a question answered twice');
		seen.add(q);
	}
	// A finished quiz answers every question (time running out marks the rest wrong), so fewer
	// answers would score a part of the quiz as if it were the whole (1 of 1 = 100 %).
	if (seen.size < ids.size) return mismatch(`it answers ${seen.size} of its ${ids.size} questions`);
	return undefined;
}

export function summarizeClass(
	rows: readonly ClassResultRow[],
	labels: (quizId: string) => QuestionLabel[] | undefined,
	/** The teacher's title for a quiz; a row's own title is only for rows added before checks. */
	titleOf: (quizId: string) => string | undefined = () => undefined
): ClassSummary[] {
	const byQuiz = new Map<string, ClassResultRow[]>();
	for (const row of rows) byQuiz.set(row.quizId, [...(byQuiz.get(row.quizId) ?? []), row]);
	return [...byQuiz.entries()].map(([quizId, students]) => {
		const known = labels(quizId);
		const order = known?.map((l) => l.id) ?? [
			...new Set(students.flatMap((s) => s.answers.map((a) => a.q)))
		];
		const prompt = new Map(known?.map((l) => [l.id, l.prompt]));
		const questions = order.map((id, i) => {
			const answers = students.flatMap((s) => s.answers.filter((a) => a.q === id));
			const right = answers.filter((a) => a.ok).length;
			return {
				id,
				label: prompt.get(id) ?? `Question ${i + 1}`,
				right,
				answered: answers.length,
				percent: answers.length ? Math.round((right / answers.length) * 100) : 0
			};
		});
		const percents = students.map((s) => (s.total ? (s.score / s.total) * 100 : 0));
		return {
			quizId,
			title: titleOf(quizId) ?? students[0].title,
			students: [...students].sort((a, b) => a.name.localeCompare(b.name)),
			averagePercent: Math.round(percents.reduce((a, b) => a + b, 0) / percents.length),
			questions: [...questions].sort(
				(a, b) => a.percent - b.percent || a.label.localeCompare(b.label)
			)
		};
	});
}

/**
 * The questions to go over with the class: only those someone got wrong (a question everyone got
 * right is not hard, whatever its rank), hardest first.
 */
export function hardestQuestions(summary: ClassSummary, limit = 5): QuestionRate[] {
	return summary.questions.filter((q) => q.answered > 0 && q.right < q.answered).slice(0, limit);
}

/** How a share of right answers is coloured: most wrong, about half, mostly right. */
export function rateTone(percent: number): 'bad' | 'warn' | 'good' {
	return percent < 50 ? 'bad' : percent < 80 ? 'warn' : 'good';
}

/**
 * What a paste added, in words: duplicates (codes already added, or the same code twice in one
 * paste) are skipped and said so. Undefined when nothing could be read: the list of unreadable
 * codes says why.
 */
export function describeAdded({
	added,
	duplicates
}: {
	added: number;
	duplicates: number;
}): string | undefined {
	if (!added && !duplicates) return undefined;
	const results = added === 1 ? '1 result added.' : `${added} results added.`;
	if (!duplicates) return results;
	if (!added)
		return duplicates === 1
			? 'No new results: that code was already added.'
			: `No new results: those ${duplicates} codes were already added.`;
	const skipped = duplicates === 1 ? '1 duplicate' : `${duplicates} duplicates`;
	return `${results} ${skipped} skipped (already added).`;
}
