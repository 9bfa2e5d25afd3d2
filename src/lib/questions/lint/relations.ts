/**
 * What a sentence's own numbers say about each other, so that a wrong answer or false statement
 * keeps to it: a range keeps its direction ("50 to 70", "from 18 to 16", "between 1420 and
 * 1380 BC"), two shares that make a whole still make it ("53.8% said no and 46.2% said yes"), and
 * a count stays the length of the list it introduces ("the three sites, in A, B and C"). A number
 * the sentence fixes by itself is given away when asked for.
 */
import { numberWordValue } from '../../answers/numbers.ts';

interface Figure {
	value: number;
	start: number;
	end: number;
	percent: boolean;
}

const NUMBER_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty';

/** The figures of a text, in order: digits ("1,100", "4.6", "$2,000") and small number words. */
export function figuresIn(text: string): Figure[] {
	const figures: Figure[] = [];
	const pattern = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|\\b(?:${NUMBER_WORDS})\\b`, 'gi');
	for (const match of text.matchAll(pattern)) {
		const raw = match[0];
		const value = /\d/.test(raw)
			? Number(raw.replace(/,/g, ''))
			: numberWordValue(raw.toLowerCase());
		if (value === undefined || Number.isNaN(value)) continue;
		const end = match.index + raw.length;
		const percent = /^\s*(%|per ?cent\b|percent\b)/i.test(text.slice(end, end + 9));
		figures.push({ value, start: match.index, end, percent });
	}
	return figures;
}

/** Pairs of figures that make a range or a change: "50 to 70", "from 18 to 16", "between X and Y". */
function ranges(text: string): [Figure, Figure][] {
	const figures = figuresIn(text).filter((f) => /\d/.test(text.slice(f.start, f.end)));
	const pairs: [Figure, Figure][] = [];
	for (let i = 0; i + 1 < figures.length; i++) {
		const [a, b] = [figures[i], figures[i + 1]];
		const between = text.slice(a.end, b.start);
		const before = text.slice(Math.max(0, a.start - 12), a.start);
		const joined =
			// "31C to 33C", "40mm to 60mm": a unit after the first figure too.
			/^\s*(%|per ?cent|°?[CF]|mm|cm|km|kg|m|mph)?\s*(to|[-–—])\s*[$£€]?$/.test(between) ||
			(/^\s*(%|per ?cent)?\s*and\s*[$£€]?$/i.test(between) && /\bbetween\s+[$£€]?$/i.test(before));
		if (joined) pairs.push([a, b]);
	}
	return pairs;
}

const direction = (a: Figure, b: Figure) => Math.sign(b.value - a.value);

/** A range or change in `wrong` that runs the other way from the same one in `truth`. */
export function rangeReversed(truth: string, wrong: string): string | undefined {
	const right = ranges(truth);
	const changed = ranges(wrong);
	if (right.length !== changed.length) return undefined;
	for (const [i, [a, b]] of changed.entries()) {
		const [ra, rb] = right[i];
		if (direction(ra, rb) !== 0 && direction(a, b) !== direction(ra, rb))
			return `“${wrong.slice(a.start, b.end)}” runs the other way from the sentence's own range`;
	}
	return undefined;
}

/** Two shares of the sentence that make the whole (within rounding). */
function wholeShares(text: string): [Figure, Figure] | undefined {
	const shares = figuresIn(text).filter((f) => f.percent);
	if (shares.length !== 2) return undefined;
	return Math.abs(shares[0].value + shares[1].value - 100) <= 0.2
		? [shares[0], shares[1]]
		: undefined;
}

/** Shares that made a whole in `truth` and no longer do in `wrong`. */
export function sharesBroken(truth: string, wrong: string): string | undefined {
	if (!wholeShares(truth)) return undefined;
	const shares = figuresIn(wrong).filter((f) => f.percent);
	if (shares.length !== 2) return undefined;
	const sum = shares[0].value + shares[1].value;
	return Math.abs(sum - 100) > 0.2
		? `the two shares no longer make the whole (${Math.round(sum * 10) / 10}%)`
		: undefined;
}

/** What a figure's next word multiplies it by: "£4.2 million", "1.5bn". */
function scaleAt(text: string, end: number): number {
	const next = /^\s?(million|m\b|billion|bn\b|thousand|k\b)/i.exec(text.slice(end, end + 9))?.[1];
	if (!next) return 1;
	return /^b/i.test(next) ? 1e9 : /^(m|million)$/i.test(next) ? 1e6 : 1e3;
}

/**
 * A whole and the parts a sentence splits it into ("cost £620,000, of which the board gave
 * £250,000, the council £180,000 and sponsors the remaining £190,000"): the figures, when the
 * largest is the sum of the others (within half a per cent) and words of division say so.
 */
function wholeAndParts(text: string): Figure[] | undefined {
	if (!/\b(of which|of whom|the remaining|the rest|the remainder)\b/i.test(text)) return undefined;
	const figures = figuresIn(text).filter(
		(f) => !f.percent && /\d/.test(text.slice(f.start, f.end))
	);
	if (figures.length < 3) return undefined;
	const values = figures.map((f) => f.value * scaleAt(text, f.end));
	const total = Math.max(...values);
	const parts = values.reduce((sum, v) => sum + v, 0) - total;
	return Math.abs(parts - total) <= total * 0.005 ? figures : undefined;
}

/** A figure that the sentence's whole and other parts fix: asked, it is arithmetic. */
export function partOfWhole(statement: string, answer: string): boolean {
	const figures = wholeAndParts(statement);
	const at = statement.indexOf(answer);
	return !!figures && at >= 0 && figures.some((f) => f.start >= at && f.start < at + answer.length);
}

/** Parts that added up to their whole in `truth` and no longer do in `wrong`. */
export function partsBroken(truth: string, wrong: string): string | undefined {
	if (!wholeAndParts(truth) || wholeAndParts(wrong)) return undefined;
	return 'the parts no longer add up to the whole the sentence gives';
}

/** A share the sentence's other share fixes: 100 minus it. */
export function complementShare(statement: string, answer: string): boolean {
	const shares = wholeShares(statement);
	if (!shares) return false;
	const at = statement.indexOf(answer);
	return shares.some((s) => s.start >= at && s.start < at + answer.length);
}

/** Names listed as "A, B and C" (or "A and B"), each capitalised. */
const LIST =
	/^[\s,]*(?:(?:in|at|of|from|including|namely|:|—|–|-)\s+)?((?:(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*,\s+)*(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*,?\s+and\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)/u;

/** How many names the count at `figure` introduces, when a list follows it within a few words. */
function listAfter(text: string, figure: Figure): number | undefined {
	const rest = text.slice(figure.end);
	const noun = /^\s+(?:[a-z][\p{L}-]*\s+){0,2}?[a-z][\p{L}-]*s\b/u.exec(rest);
	if (!noun) return undefined;
	const list = LIST.exec(rest.slice(noun[0].length));
	if (!list) return undefined;
	return list[1].split(/,\s+(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
}

/** "the three sites, in Garston, Eddington and Port Avery": the count is the list's length. */
export function countedByList(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const figure = figuresIn(statement).find((f) => f.start >= at && f.start < at + answer.length);
	return figure !== undefined && listAfter(statement, figure) === figure.value;
}

/** A count that no longer matches the list it introduces ("the four sites, in A, B and C"). */
export function countMismatch(truth: string, wrong: string): string | undefined {
	for (const figure of figuresIn(wrong)) {
		const listed = listAfter(wrong, figure);
		if (listed !== undefined && listed !== figure.value && countedByListAnywhere(truth))
			return `the sentence lists ${listed}, not ${wrong.slice(figure.start, figure.end)}`;
	}
	return undefined;
}

function countedByListAnywhere(text: string): boolean {
	return figuresIn(text).some((f) => listAfter(text, f) === f.value);
}
