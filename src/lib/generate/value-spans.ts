/**
 * What a value found in a sentence is: a number, a date or a score, with the tokens it spans, its
 * answer as written and what a wrong answer for it must keep (a unit, a date's shape, a bound).
 * Also the patterns the finders and the wrong answers share: days, years, times of day and the
 * words that make a figure a bound ("more than", "under").
 */
import type { Token } from './analyse.ts';

export type DateShape =
	'full' | 'month-year' | 'day-month' | 'year' | 'decade' | 'month' | 'weekday' | 'time';

export interface ValueSpan {
	start: number;
	end: number;
	kind: 'number' | 'date' | 'score';
	/** As written (for numbers, the figure alone: "1.3" of "1.3 billion years"). */
	answer: string;
	value?: number;
	unit?: string;
	shape?: DateShape;
	/** Numbers written in words need their distractors written in words too. */
	inWords?: boolean;
	/** The figure with its unit as written ("7 milliseconds"), to find it in the source. */
	written?: string;
	/** "more than 5,000": only larger wrong answers are surely wrong. */
	bound?: 'at-least' | 'at-most';
	/** How good a blank this is, 0–1, before the sentence is considered. */
	quality: number;
	/** Scores and ranks: wrong answers written by the generator, that keep the sentence's order. */
	distractors?: string[];
}

export const DAY = /^(\d{1,2})(st|nd|rd|th)?$/;
export const YEAR = /^(1\d{3}|20\d{2})$/;
export const TIME = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/i;
/** Words before a figure that make it a bound: only larger (or smaller) wrong answers are wrong. */
export const AT_LEAST = /(more than|over|at least|above|exceeding|upwards of|nearly|almost)\s*$/;
export const AT_MOST = /(less than|under|fewer than|at most|below|up to)\s*$/;

/** A span of tokens [start, end) as a date of this shape; its answer is the words as written. */
export function dateSpan(
	tokens: Token[],
	start: number,
	end: number,
	shape: DateShape,
	quality: number
): ValueSpan {
	let answer = tokens[start].text;
	for (let k = start + 1; k < end; k++)
		answer += tokens[k - 1].post + tokens[k].pre + tokens[k].text;
	return { start, end, kind: 'date', answer, shape, quality };
}
