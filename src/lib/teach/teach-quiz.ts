/**
 * The quiz a teacher is making, as kept on this device until they start a new one: everything
 * its link and its printed sheet are made from, so a reload (or a sheet printed next week) gives
 * the quiz already shared. Read back through a schema: an older version may have written it, and
 * one bad field costs only that field.
 */
import * as v from 'valibot';
import { MAX_QUIZ_QUESTIONS } from '../questions/quiz-assembly.ts';
import { QUESTION_TYPES, type QuestionType } from '../questions/types.ts';
import { Identifier } from '../share/question-schema.ts';
import {
	DEFAULT_QUIZ_SIZE,
	MAX_SEED,
	MAX_TIME_LIMIT,
	MAX_TITLE_LENGTH
} from '../share/quiz-params.ts';
import { MAX_OPTION, MAX_PROMPT, type QuestionEdit } from './edits.ts';

export interface TeachQuiz {
	deckId: string;
	/** What students see; empty means the deck's title. */
	title: string;
	n: number;
	types: QuestionType[];
	shuffle: boolean;
	/** Minutes; 0 = none. */
	timeLimit: number;
	/** Which of the deck's questions this quiz asks (its question set), and their wording. */
	seed: number;
	edits: Record<string, QuestionEdit>;
}

/** A new quiz of a deck: every kind of question, ten of them, no time limit, no edits. */
export function newTeachQuiz(deckId: string, title: string, seed: number): TeachQuiz {
	return {
		deckId,
		title,
		n: DEFAULT_QUIZ_SIZE,
		types: [...QUESTION_TYPES],
		shuffle: false,
		timeLimit: 0,
		seed,
		edits: {}
	};
}

const whole = (min: number, max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

const QuestionEditSchema = v.object({
	prompt: v.optional(v.pipe(v.string(), v.maxLength(MAX_PROMPT))),
	options: v.optional(
		v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_OPTION))), v.maxLength(20))
	),
	answer: v.optional(v.pipe(v.string(), v.maxLength(MAX_OPTION))),
	dropped: v.optional(v.boolean())
});

/** The deck and the question set identify the quiz: without them there is nothing to restore. */
const TeachQuizSchema = v.object({
	deckId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	seed: whole(0, MAX_SEED),
	title: v.fallback(v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH)), ''),
	n: v.fallback(whole(1, MAX_QUIZ_QUESTIONS), DEFAULT_QUIZ_SIZE),
	types: v.fallback(v.array(v.picklist(QUESTION_TYPES)), () => [...QUESTION_TYPES]),
	shuffle: v.fallback(v.boolean(), false),
	timeLimit: v.fallback(whole(0, MAX_TIME_LIMIT), 0),
	edits: v.fallback(v.record(v.string(), v.unknown()), {})
});

/** At most one edit per question of the largest quiz, and a little room for dropped ones. */
const MAX_EDITS = 2 * MAX_QUIZ_QUESTIONS;

/** The kept quiz, or undefined when there is none (or nothing usable is left of it). */
export function parseTeachQuiz(raw: unknown): TeachQuiz | undefined {
	const parsed = v.safeParse(TeachQuizSchema, raw);
	if (!parsed.success) return undefined;
	const { edits: rawEdits, types, ...rest } = parsed.output;
	const edits: Record<string, QuestionEdit> = {};
	for (const [id, edit] of Object.entries(rawEdits).slice(0, MAX_EDITS)) {
		const ok = v.safeParse(QuestionEditSchema, edit);
		if (v.is(Identifier, id) && ok.success) edits[id] = ok.output;
	}
	return { ...rest, types: [...new Set(types)], edits };
}

/** The same quiz? Compares what is kept, whatever order its fields were written in. */
export function sameTeachQuiz(a: TeachQuiz | undefined, b: TeachQuiz | undefined): boolean {
	return canonical(a) === canonical(b);
}

function canonical(quiz: TeachQuiz | undefined): string {
	if (!quiz) return '';
	const { deckId, title, n, types, shuffle, timeLimit, seed, edits } = quiz;
	const edited = Object.keys(edits)
		.sort()
		.map((id) => {
			const { prompt, options, answer, dropped } = edits[id];
			return [id, prompt, options, answer, dropped];
		});
	return JSON.stringify([deckId, title, n, types, shuffle, timeLimit, seed, edited]);
}
