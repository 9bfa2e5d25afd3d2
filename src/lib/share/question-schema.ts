/**
 * A question as it travels in a link: every field bounded, every answer consistent with its
 * options. Anything else is refused before it reaches the app.
 */
import * as v from 'valibot';
import { SLOT_KINDS } from '../content/schema.ts';
import { QUESTION_TYPES, type Question } from '../questions/types.ts';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const filled = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max));

const AnswerKeySchema = v.object({
	answer: filled(2_000),
	accept: list(text(300), 50),
	garbled: list(text(300), 50),
	kind: v.picklist(SLOT_KINDS),
	value: v.optional(v.pipe(v.number(), v.finite())),
	tolerance: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
	unit: v.optional(text(60)),
	rivals: list(text(300), 400)
});

function consistent(q: v.InferOutput<typeof QuestionShape>): boolean {
	const distinct = (items: string[]) =>
		new Set(items.map((i) => i.toLowerCase())).size === items.length;
	switch (q.type) {
		case 'multiple-choice':
		case 'who-said':
			return (
				!!q.options && q.options.length >= 2 && distinct(q.options) && q.options.includes(q.answer)
			);
		case 'true-false':
			return q.answer === 'true' || q.answer === 'false';
		case 'cloze':
			return q.key !== undefined;
		case 'numeric':
			return q.key?.value !== undefined;
		case 'matching': {
			if (!q.pairs || q.pairs.length < 2 || !q.options) return false;
			const rights = q.pairs.map(([, r]) => r);
			return (
				distinct(q.pairs.map(([l]) => l)) &&
				distinct(rights) &&
				[...q.options].sort().join('\n') === [...rights].sort().join('\n')
			);
		}
	}
}

const QuestionShape = v.object({
	id: filled(200),
	type: v.picklist(QUESTION_TYPES),
	prompt: filled(2_000),
	answer: text(2_000),
	options: v.optional(v.pipe(list(filled(500), 8), v.minLength(2))),
	pairs: v.optional(v.pipe(list(v.tuple([filled(500), filled(500)]), 8), v.minLength(2))),
	key: v.optional(AnswerKeySchema),
	truth: v.optional(text(2_000)),
	factId: filled(200),
	factIds: v.pipe(list(filled(200), 20), v.minLength(1)),
	source: text(10_000),
	highlight: list(text(1_000), 20),
	explanation: v.optional(text(2_000)),
	topic: v.optional(text(200))
});

export const QuestionSchema = v.pipe(
	QuestionShape,
	v.check(consistent, 'A question’s answer does not match its options.')
);

// The schema's output is a Question; this line fails to compile if they ever drift apart.
export const checkQuestionType: (q: v.InferOutput<typeof QuestionSchema>) => Question = (q) => q;
