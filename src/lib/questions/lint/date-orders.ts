/**
 * The order a sentence's own dates stand in: "Born in 1935 … won a scholarship in 1953", "first
 * proposed on Oct. 7, takes effect Nov. 3", "held every October … from 16 to 19 October". A wrong
 * date that turns one of those round ("born in 1958 … a scholarship in 1953", "proposed on Dec. 7,
 * takes effect Nov. 3", "every October … 19 December") makes a statement false from its own
 * wording. Both the generator (choosing wrong dates) and the linter (checking them) read it here.
 */
import { MONTH_ABBREVIATIONS, MONTHS } from '../../language/lexicon.ts';

/** A stretch of time a sentence names: days counted as year × 372 + month × 31 + day. */
interface TimePoint {
	text: string;
	/** Dated points compare with each other, dates without a year with each other. */
	family: 'dated' | 'yearless';
	start: number;
	end: number;
	month?: number;
}

const MONTH_NAMES = [
	...MONTHS,
	...MONTHS.map((m) => m.slice(0, 3)),
	...Object.keys(MONTH_ABBREVIATIONS)
].sort((a, b) => b.length - a.length);
const MONTH = `(?:${[...new Set(MONTH_NAMES)].join('|')})\\b\\.?`;
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

function monthIndex(name: string): number {
	return MONTH_INDEX[name.replace(/\.$/, '').toLowerCase()] ?? -1;
}

/** Every way of writing a date, longest first at any one place. */
const POINT = new RegExp(
	[
		`(?<!\\d)(?<dmyD>\\d{1,2})\\s+(?<dmyM>${MONTH}),?\\s+(?<dmyY>${YEAR})`,
		`(?<mdyM>${MONTH})\\s+(?<mdyD>\\d{1,2}),\\s+(?<mdyY>${YEAR})`,
		`(?<myM>${MONTH})\\s+(?<myY>${YEAR})`,
		`(?<!\\d)(?<dmD>\\d{1,2})\\s+(?<dmM>${MONTH})`,
		`(?<mdM>${MONTH})\\s+(?<mdD>\\d{1,2})\\b(?![,.]?\\d)`,
		`\\b(?:every|each)\\s+(?<everyM>${MONTH})`,
		`\\b(?<decade>1[5-9]\\d0|20\\d0)s\\b`,
		`(?<![\\d,.£$€#])\\b(?<year>${YEAR})\\b(?![,.]?\\d|\\s*(?:%|per\\s?cent))`
	].join('|'),
	'g'
);

const day = (year: number, month: number, d: number) => year * 372 + month * 31 + d;

function point(text: string, year: number, month?: number, d?: number): TimePoint {
	const family = year ? 'dated' : 'yearless';
	if (month === undefined)
		return { text, family, start: day(year, 0, 0), end: day(year + 1, 0, 0) };
	if (d === undefined)
		return { text, family, start: day(year, month, 1), end: day(year, month, 32), month };
	return { text, family, start: day(year, month, d), end: day(year, month, d + 1), month };
}

const pointsCache = new Map<string, TimePoint[]>();

/** The dates a text names, in its order. */
export function timePoints(text: string): TimePoint[] {
	const cached = pointsCache.get(text);
	if (cached) return cached;
	if (pointsCache.size > 4000) pointsCache.clear();
	const points = readPoints(text);
	pointsCache.set(text, points);
	return points;
}

function readPoints(text: string): TimePoint[] {
	const points: TimePoint[] = [];
	for (const m of text.matchAll(POINT)) {
		const g = m.groups ?? {};
		const n = (s: string | undefined) => Number(s);
		if (g.dmyD) points.push(point(m[0], n(g.dmyY), monthIndex(g.dmyM), n(g.dmyD)));
		else if (g.mdyD) points.push(point(m[0], n(g.mdyY), monthIndex(g.mdyM), n(g.mdyD)));
		else if (g.myY) points.push(point(m[0], n(g.myY), monthIndex(g.myM)));
		else if (g.dmD) points.push(point(m[0], 0, monthIndex(g.dmM), n(g.dmD)));
		else if (g.mdD) points.push(point(m[0], 0, monthIndex(g.mdM), n(g.mdD)));
		else if (g.everyM) points.push(point(m[0], 0, monthIndex(g.everyM)));
		else if (g.decade)
			points.push({ ...point(m[0], n(g.decade)), end: day(n(g.decade) + 10, 0, 0) });
		else if (g.year) points.push(point(m[0], n(g.year)));
	}
	return points.filter((p) => p.month === undefined || p.month >= 0);
}

/** Before, after, or overlapping; "every October" with a date is in it or not. */
function relation(a: TimePoint, b: TimePoint): string | undefined {
	const every = [a, b].find((p) => /^(every|each)\s/i.test(p.text));
	if (every) {
		const other = every === a ? b : a;
		return other.month === undefined ? undefined : String(other.month === every.month);
	}
	if (a.family !== b.family) return undefined;
	if (a.end <= b.start) return '<';
	if (b.end <= a.start) return '>';
	return '=';
}

/**
 * Whether `wrong`, the statement with a wrong answer in place of the right one, puts two of its
 * dates in another order than `truth` does: the two date pairs it turns round, or undefined.
 */
export function dateOrderFlip(truth: string, wrong: string): string | undefined {
	const before = timePoints(truth);
	const after = timePoints(wrong);
	if (before.length !== after.length || before.length < 2) return undefined;
	for (let i = 0; i < before.length; i++)
		for (let j = i + 1; j < before.length; j++) {
			const was = relation(before[i], before[j]);
			const now = relation(after[i], after[j]);
			if (was === undefined || now === undefined || was === now) continue;
			const [a, b] = [after[i].text, after[j].text];
			return /^(every|each)\s/i.test(a)
				? `“${b}” does not fall in “${a}”`
				: `“${a}” and “${b}” stand in another order than the sentence gives`;
		}
	return undefined;
}

/** Months by name and short name ("Sept."), to their index. */
export const MONTH_INDEX: Record<string, number> = Object.fromEntries(
	MONTHS.flatMap((m, i): [string, number][] => [
		[m.toLowerCase(), i],
		[m.slice(0, 3).toLowerCase(), i]
	]).concat(
		Object.entries(MONTH_ABBREVIATIONS).map(([m, i]): [string, number] => [m.toLowerCase(), i])
	)
);
const DAY_MONTH = String.raw`(\d{1,2})\s+([A-Za-z]+)|([A-Za-z]+)\.?\s+(\d{1,2})\b`;
const DATE_RANGE = new RegExp(
	`\\b(?:between|from)\\s+(?:${DAY_MONTH})\\s+(?:and|to|until)\\s+(?:${DAY_MONTH})`,
	'i'
);

/** The day of the year a "14 May" or "Sept. 30" stands for, roughly; undefined when it is none. */
function dayOfYear(day: string | undefined, month: string | undefined): number | undefined {
	const m = MONTH_INDEX[(month ?? '').toLowerCase()];
	return m === undefined || day === undefined ? undefined : m * 31 + Number(day);
}

/** "between 14 July and 28 May" (within one year): a range of dates that runs backwards. */
export function backwardDates(statement: string): boolean {
	const m = DATE_RANGE.exec(statement);
	if (!m) return false;
	const from = dayOfYear(m[1] ?? m[4], m[2] ?? m[3]);
	const to = dayOfYear(m[5] ?? m[8], m[6] ?? m[7]);
	return from !== undefined && to !== undefined && from > to;
}

/** Full dates ("16 May 2022", "May 2022"), as days since year 0, in text order. */
function fullDates(text: string): number[] {
	return [...text.matchAll(/\b(?:(\d{1,2})\s+)?([A-Z][a-z]+)\s+((?:1[5-9]|20)\d\d)\b/g)].flatMap(
		(m) => {
			const month = MONTH_INDEX[m[2].toLowerCase()];
			return month === undefined ? [] : [Number(m[3]) * 372 + month * 31 + Number(m[1] ?? 1)];
		}
	);
}

/**
 * "The application, lodged on 16 May 2022, drew 1,130 objections. On 9 November 2022 the
 * committee voted to refuse it": a statement taught after the sentence before tells what
 * followed, so its dates come after the ones that sentence gives.
 */
export function beforeTheStory(statement: string): boolean {
	const end = /[.!?]["”’)]?\s+(?=[\p{Lu}"“‘(\d])/u.exec(statement);
	if (!end) return false;
	const earlier = fullDates(statement.slice(0, end.index + 1));
	const later = fullDates(statement.slice(end.index + 1));
	return earlier.length > 0 && later.length > 0 && Math.min(...later) < Math.max(...earlier);
}
