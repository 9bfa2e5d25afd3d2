/**
 * A question as it travels in a link: every field bounded, no field the app does not know, and
 * every answer consistent with its options. Anything else is refused before it reaches the app.
 */
import * as v from 'valibot';
import { SLOT_KINDS } from '../content/deck-schema.ts';
import { QUESTION_TYPES, type Question } from '../questions/types.ts';

export const MAX_TEXT = 2_000;
/**
 * `source` and a matching question's `answer` join several facts' texts (a matching question
 * quotes up to 8 facts, each up to 2,000 characters), so they get a larger, still fixed, bound.
 */
export const MAX_JOINED_TEXT = 16_000;
export const MAX_LIST = 50;
/**
 * Rivals are every other name of the same kind in the deck (32 in the curated deck); a deck made
 * from a long article can have more than 50, and cutting the list would change the quiz.
 */
export const MAX_RIVALS = 500;
export const MAX_CHOICES = 8;

/**
 * Ids made by the engine (`fact-id.mc.slot-id`, `match.roles.a+b`). Starting with a letter or
 * digit keeps `__proto__` and friends out of maps keyed by id.
 */
export const Identifier = v.pipe(
	v.string(),
	v.maxLength(200),
	v.regex(/^[A-Za-z0-9][A-Za-z0-9._+:-]*$/, 'must be an id')
);
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const filled = (max = MAX_TEXT) =>
	v.pipe(v.string(), v.maxLength(max), v.regex(/\S/, 'must not be empty'));
const list = <T extends v.GenericSchema>(item: T, min = 0, max = MAX_LIST) =>
	v.pipe(v.array(item), v.minLength(min), v.maxLength(max));
const finite = v.pipe(v.number(), v.finite());

export const AnswerKeySchema = v.strictObject({
	answer: filled(),
	accept: list(filled()),
	garbled: list(filled()),
	kind: v.picklist(SLOT_KINDS),
	value: v.optional(finite),
	tolerance: v.optional(v.pipe(finite, v.minValue(0))),
	unit: v.optional(text()),
	rivals: list(filled(), 0, MAX_RIVALS)
});

const QuestionShape = v.strictObject({
	id: Identifier,
	type: v.picklist(QUESTION_TYPES),
	prompt: filled(),
	answer: filled(MAX_JOINED_TEXT),
	options: v.optional(list(filled(), 2, MAX_CHOICES)),
	pairs: v.optional(list(v.strictTuple([filled(), filled()]), 2, MAX_CHOICES)),
	key: v.optional(AnswerKeySchema),
	truth: v.optional(text()),
	factId: Identifier,
	factIds: list(Identifier, 1),
	source: text(MAX_JOINED_TEXT),
	highlight: list(text()),
	misprints: v.optional(list(v.strictObject({ printed: filled(), correct: filled() }))),
	explanation: v.optional(text()),
	topic: v.optional(text())
});

type Shape = v.InferOutput<typeof QuestionShape>;

const distinct = (items: string[]) =>
	new Set(items.map((i) => i.trim().toLowerCase())).size === items.length;

/** What is inconsistent about a question of its type, or undefined when nothing is. */
export function questionProblem(q: Shape): string | undefined {
	if (q.type !== 'matching' && q.answer.length > MAX_TEXT) return 'has an answer that is too long';
	switch (q.type) {
		case 'multiple-choice':
		case 'who-said':
			if (!q.options) return 'has no options';
			if (!distinct(q.options)) return 'has two options that are the same';
			if (!q.options.includes(q.answer)) return 'has an answer that is not one of its options';
			return undefined;
		case 'true-false':
			return q.answer === 'true' || q.answer === 'false'
				? undefined
				: 'has an answer other than true or false';
		case 'cloze':
			return q.key ? undefined : 'has no answer key';
		case 'numeric':
			return q.key?.value === undefined ? 'has no number to check answers against' : undefined;
		case 'matching': {
			if (!q.pairs || !q.options) return 'has nothing to match';
			const rights = q.pairs.map(([, right]) => right);
			if (!distinct(q.pairs.map(([left]) => left)) || !distinct(rights))
				return 'has two pairs that are the same';
			const sorted = (items: string[]) => [...items].sort().join('\n');
			return sorted(q.options) === sorted(rights)
				? undefined
				: 'has options that do not match its pairs';
		}
	}
}

export const QuestionSchema = v.pipe(
	QuestionShape,
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = questionProblem(dataset.value);
		if (problem) addIssue({ message: problem });
	})
);

// The schema's output is a Question: this line stops compiling if the two ever drift apart.
export const asQuestion: (q: v.InferOutput<typeof QuestionSchema>) => Question = (q) => q;
