/**
 * A quiz as the two plain-text formats learning platforms import, with its answer key:
 * Moodle's GIFT (every type Factdeck makes: multiple choice, true or false, fill in the blank,
 * numbers, matching of three pairs or more) and Aiken (multiple choice only, which here includes
 * true or false and "who said it?"). What a format cannot hold is left out and listed, never
 * written half-right. Formats as published: docs.moodle.org "GIFT format" and "Aiken format".
 */
import { plural } from '../format/count.ts';
import { BLANK } from '../questions/wording.ts';
import type { Question } from '../questions/types.ts';

export interface LmsExport {
	text: string;
	/** How many questions the file holds. */
	written: number;
	/** Questions left out, 1-based, with why. */
	skipped: { number: number; reason: string }[];
}

/** GIFT's special characters (~ = # { } :) and its escape character, escaped; lines joined. */
function gift(text: string): string {
	return text
		.replace(/\s*\n\s*/g, ' ')
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.trim();
}

/** Moodle's matching questions need at least three pairs. */
const GIFT_MIN_PAIRS = 3;

function giftAnswer(q: Question): string | { reason: string } {
	switch (q.type) {
		case 'multiple-choice':
		case 'who-said': {
			const options = q.options ?? [];
			if (!options.includes(q.answer)) return { reason: 'its answer is not among its choices' };
			return `{${options.map((o) => `${o === q.answer ? '=' : '~'}${gift(o)}`).join(' ')}}`;
		}
		case 'true-false':
			return q.answer === 'true' ? '{TRUE}' : '{FALSE}';
		case 'numeric': {
			const value = q.key?.value;
			if (value === undefined || !Number.isFinite(value)) return `{=${gift(q.answer)}}`;
			const tolerance = q.key?.tolerance;
			return tolerance ? `{#${value}:${tolerance}}` : `{#${value}}`;
		}
		case 'cloze': {
			const accepted = [q.key?.answer ?? q.answer, ...(q.key?.accept ?? [])];
			return `{${[...new Set(accepted)].map((a) => `=${gift(a)}`).join(' ')}}`;
		}
		case 'matching': {
			const pairs = q.pairs ?? [];
			if (pairs.length < GIFT_MIN_PAIRS)
				return { reason: `Moodle's matching questions need ${GIFT_MIN_PAIRS} pairs or more` };
			return `{${pairs.map(([left, right]) => `=${gift(left)} -> ${gift(right)}`).join(' ')}}`;
		}
	}
}

/** Moodle GIFT: one question per paragraph, named Q1, Q2, … in the quiz's order. */
export function toGift(title: string, questions: readonly Question[]): LmsExport {
	const skipped: LmsExport['skipped'] = [];
	const blocks: string[] = [`// ${gift(title)}: a quiz made with Factdeck (GIFT format)`];
	questions.forEach((q, i) => {
		const answer = giftAnswer(q);
		if (typeof answer !== 'string') {
			skipped.push({ number: i + 1, reason: answer.reason });
			return;
		}
		const name = `::Q${i + 1}::`;
		// A fill-in-the-blank question keeps its blank where the sentence has it (GIFT's
		// "missing word" form); every other answer follows the question.
		const prompt = gift(q.prompt);
		const at = q.type === 'cloze' ? prompt.indexOf(BLANK) : -1;
		blocks.push(
			at >= 0
				? `${name} ${prompt.slice(0, at)}${answer}${prompt.slice(at + BLANK.length)}`
				: `${name} ${prompt} ${answer}`
		);
	});
	return { text: `${blocks.join('\n\n')}\n`, written: blocks.length - 1, skipped };
}

const AIKEN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One line, as Aiken needs: a question or an option never spans two. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Aiken: the question on one line, "A. …" options, then "ANSWER: B"; a blank line between. */
export function toAiken(questions: readonly Question[]): LmsExport {
	const skipped: LmsExport['skipped'] = [];
	const blocks: string[] = [];
	questions.forEach((q, i) => {
		const options =
			q.type === 'true-false'
				? ['True', 'False']
				: q.type === 'multiple-choice' || q.type === 'who-said'
					? (q.options ?? [])
					: undefined;
		const right =
			q.type === 'true-false' ? (q.answer === 'true' ? 0 : 1) : (options?.indexOf(q.answer) ?? -1);
		if (!options || right < 0 || options.length > AIKEN_LETTERS.length) {
			skipped.push({
				number: i + 1,
				reason: 'Aiken holds only multiple-choice and true-or-false questions'
			});
			return;
		}
		blocks.push(
			[
				line(q.prompt),
				...options.map((o, k) => `${AIKEN_LETTERS[k]}. ${line(o)}`),
				`ANSWER: ${AIKEN_LETTERS[right]}`
			].join('\n')
		);
	});
	return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', written: blocks.length, skipped };
}

/** The skipped questions in words, for the page (nothing when every question was written). */
export function describeSkipped(result: LmsExport, format: string): string | undefined {
	if (!result.skipped.length) return undefined;
	const byReason = new Map<string, number[]>();
	for (const { number, reason } of result.skipped)
		byReason.set(reason, [...(byReason.get(reason) ?? []), number]);
	const parts = [...byReason].map(
		([reason, numbers]) =>
			`${numbers.length === 1 ? 'question' : 'questions'} ${numbers.join(', ')} (${reason})`
	);
	return `Left out of the ${format} file: ${parts.join('; ')}.`;
}

/** What the page says after an export: the file saved, and what was left out of it. */
export function describeExport(result: LmsExport, format: string, fileName: string): string {
	return [
		result.written
			? `Saved “${fileName}”: ${plural(result.written, 'question')}.`
			: `Nothing to save: no question of this quiz fits the ${format} format.`,
		describeSkipped(result, format)
	]
		.filter(Boolean)
		.join(' ');
}
