/**
 * A teacher's changes to a quiz before sharing it: reworded prompts, fixed options, corrected
 * answers, dropped questions. Applied to the engine's questions; the result is what students get.
 */
import type { Question } from '../questions/types.ts';

export interface QuestionEdit {
	prompt?: string;
	/** Multiple choice / who said it: the options in order; the correct one keeps its position. */
	options?: string[];
	/** Typed questions: the expected answer. */
	answer?: string;
	dropped?: boolean;
}

export type Edits = Readonly<Record<string, QuestionEdit>>;

export const MAX_PROMPT = 600;
export const MAX_OPTION = 200;

export function hasEdits(edits: Edits): boolean {
	return Object.values(edits).some(
		(e) => e.dropped || e.prompt !== undefined || e.options !== undefined || e.answer !== undefined
	);
}

/** What is wrong with an edit, or undefined when it can be applied. */
export function editProblem(question: Question, edit: QuestionEdit): string | undefined {
	if (edit.prompt !== undefined) {
		if (!edit.prompt.trim()) return 'The question cannot be empty.';
		if (edit.prompt.length > MAX_PROMPT) return `Keep the question under ${MAX_PROMPT} characters.`;
	}
	if (edit.options !== undefined) {
		if (edit.options.some((o) => !o.trim())) return 'An option cannot be empty.';
		if (edit.options.some((o) => o.length > MAX_OPTION))
			return `Keep options under ${MAX_OPTION} characters.`;
		const lower = edit.options.map((o) => o.trim().toLowerCase());
		if (new Set(lower).size !== lower.length) return 'Two options are the same.';
		if (edit.options.length !== (question.options ?? []).length)
			return 'The number of options cannot change.';
	}
	if (edit.answer !== undefined) {
		if (!edit.answer.trim()) return 'The answer cannot be empty.';
		if (question.type === 'numeric' && !Number.isFinite(Number(edit.answer.replace(/,/g, ''))))
			return 'The answer must be a number.';
	}
	return undefined;
}

export function applyEdit(question: Question, edit: QuestionEdit | undefined): Question {
	if (!edit || editProblem(question, edit)) return question;
	let out: Question = { ...question };
	if (edit.prompt !== undefined) out.prompt = edit.prompt.trim();
	if (edit.options !== undefined && question.options) {
		const correct = question.options.indexOf(question.answer);
		const options = edit.options.map((o) => o.trim());
		out = { ...out, options, answer: correct >= 0 ? options[correct] : question.answer };
	}
	if (edit.answer !== undefined && question.key) {
		const answer = edit.answer.trim();
		if (question.type === 'numeric') {
			const value = Number(answer.replace(/,/g, ''));
			out = { ...out, answer: String(value), key: { ...question.key, answer, value } };
		} else out = { ...out, answer, key: { ...question.key, answer, accept: question.key.accept } };
	}
	return out;
}

export function applyEdits(questions: readonly Question[], edits: Edits): Question[] {
	return questions.filter((q) => !edits[q.id]?.dropped).map((q) => applyEdit(q, edits[q.id]));
}
