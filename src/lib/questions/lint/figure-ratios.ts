/**
 * Figures a sentence ties together by its own wording: a share that must be one sum over the
 * other, two years and the span between them, "more than N times" and "N times as many", a
 * winning margin and the two totals it lies between.
 */
import { counts, inFull, toNumber } from './fixed-figures.ts';
import { parseNumber } from '../../answers/numbers.ts';

/**
 * "assets of £486m against liabilities of £700m, meaning it could pay only about 69%": a share
 * that is the smaller of two sums of one currency over the larger. Whether the three disagree (by
 * more than two points), or undefined when the sentence has no two such sums and one share.
 */
export function shareOfSums(statement: string): boolean | undefined {
	const sums = [
		...statement.matchAll(/([£$€])(\d[\d,]*(?:\.\d+)?)\s?(m|bn|k|million|billion)?\b/g)
	];
	const shares = [...statement.matchAll(/(?<![\d,.])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/g)];
	if (sums.length !== 2 || shares.length !== 1) return undefined;
	const [a, b] = sums;
	if (a[1] !== b[1] || (a[3] ?? '') !== (b[3] ?? '')) return undefined;
	const [x, y] = [toNumber(a[2]), toNumber(b[2])];
	if (!x || !y) return undefined;
	const share = (100 * Math.min(x, y)) / Math.max(x, y);
	return Math.abs(share - Number(shares[0][1])) > 2;
}

/** "its 900th anniversary", "the bicentenary": the years an anniversary counts. */
const ANNIVERSARY =
	/\b(\d{1,4})(?:st|nd|rd|th) (?:anniversary|birthday)\b|\b(bi|ter|tri|quin|sesqui)?centen(?:ary|nial)\b/gi;
const CENTENARIES: Record<string, number> = {
	'': 100,
	bi: 200,
	ter: 300,
	tri: 300,
	quin: 500,
	sesqui: 150
};

/**
 * A sentence's years and its spans of years: "joined in 1964 and stayed for 36 years", "its
 * 900th anniversary … 1124 and 2024". An anniversary's span is exact; a span of years may be one
 * out ("36 years" from March 1964 to January 2000).
 */
export function yearSpans(statement: string): {
	years: string[];
	spans: { n: number; text: string; exact: boolean }[];
} {
	const anniversaries = [...statement.matchAll(ANNIVERSARY)];
	// Early years only beside an anniversary ("its 900th anniversary … 1124 and 2024"): elsewhere
	// "in 1200 homes" is no year.
	const year = anniversaries.length
		? /(?<![£$€\d,.])\b([1-9]\d{2,3})\b(?![,.]?\d|%)/g
		: /\b(1[5-9]\d\d|20\d\d)\b/g;
	const years = [...statement.matchAll(year)].map((m) => m[1]);
	const spans = [
		...[...statement.matchAll(/\b(\d{1,3}|[a-z]+(?:-[a-z]+)?) (?:years?|seasons?)\b/gi)].map(
			(m) => ({ n: parseNumber(m[1]) ?? 0, text: m[1], exact: false })
		),
		...anniversaries.map((m) => ({
			n: m[1] ? Number(m[1]) : CENTENARIES[(m[2] ?? '').toLowerCase()],
			text: m[1] ?? m[0],
			exact: true
		}))
	].filter((span) => span.n > 1);
	return { years, spans };
}

/**
 * "joined in 1964 and stayed for 36 years, retiring in 2000", "celebrates its 900th anniversary
 * … the dates 1124 and 2024": two years and a span of years between them, which must add up
 * (give or take one, but for an anniversary).
 */
export function spanMismatch(statement: string, slack = 1): boolean {
	const { years, spans } = yearSpans(statement);
	if (years.length !== 2 || spans.length !== 1) return false;
	const gap = Math.abs(Number(years[1]) - Number(years[0]));
	return Math.abs(gap - spans[0].n) > (spans[0].exact ? 0 : slack);
}

/**
 * "25,000 copies, more than ten times the first print run of 2,000": the figure before "more
 * than N times" is more than N times the figure after it (N in digits or words; "£2.6m" in full).
 */
export function timesMismatch(statement: string): boolean {
	const m =
		/\b(more than|less than|almost|nearly|about|roughly) (twice|double|half|a third|a quarter|([a-z]+|\d+)(?: and a half)? times)\b[^.;]*?\b(\d+(?:[,.]\d+)*)(\s*(?:m|bn|million|billion|k)\b)?/i.exec(
			statement
		);
	// The figure it is said of: the nearest before, but not one it rose from ("reached 6.8% in
	// February, up from 5.9% in January and more than twice the target of 3%").
	const clause = m ? statement.slice(0, m.index) : '';
	const start = Math.max(clause.lastIndexOf('. '), clause.lastIndexOf('; ')) + 1;
	const before = [
		...clause.slice(start).matchAll(/\b(\d+(?:[,.]\d+)*)(\s*(?:m|bn|million|billion|k)\b)?/gi)
	]
		.filter((f) => !/\b(from|with|against)\s+\D{0,3}$/i.test(clause.slice(start, start + f.index)))
		.at(-1);
	if (!m || !before) return asManyMismatch(statement);
	if (/^(1[5-9]\d\d|20\d\d)$/.test(m[4]) && !m[5]) return false; // "more than half … in 2019"
	const half = /and a half/i.test(m[2]) ? 0.5 : 0;
	const base = PARTS[m[2].toLowerCase()] ?? parseNumber(m[3] ?? '');
	if (base === undefined) return false;
	const n = base + half;
	const [a, b] = [inFull(before[1], before[2]), inFull(m[4], m[5])];
	if (!Number.isFinite(a) || !Number.isFinite(b) || !b) return false;
	return outOfRatio(m[1], a / b, n);
}

/** Ratios said in words: "twice", "double", "half", "a third", "a quarter". */
const PARTS: Record<string, number> = {
	twice: 2,
	double: 2,
	half: 0.5,
	'a third': 1 / 3,
	'a quarter': 0.25
};

/**
 * Whether ratio `r` breaks what the words say of `n`: "more than N times" is above it; "almost"
 * and "nearly" within a fifth below it ("4.3%, almost twice the 2% target" is over); "about"
 * and "roughly" within a fifth either side.
 */
function outOfRatio(words: string, r: number, n: number): boolean {
	if (/more than/i.test(words)) return !(r > n);
	if (/less than/i.test(words)) return !(r < n);
	if (/almost|nearly/i.test(words)) return r > n * 1.02 || r < n * 0.8;
	return Math.abs(r - n) > n * 0.2;
}

/**
 * "…selling fewer than 8,000 tickets a year. By 2019 it sold 31,500, almost four times as many":
 * the figure before "N times as many" is N times the figure before it (years left out).
 */
function asManyMismatch(statement: string): boolean {
	const m =
		/\b(\d[\d,.]*)\b[^\d.;]*?\b(more than|almost|nearly|about|roughly) (twice|([a-z]+|\d+)(?: and a half)? times) as (?:many|much)\b/i.exec(
			statement
		);
	if (!m) return false;
	const half = /and a half/i.test(m[3]) ? 0.5 : 0;
	const base = /^twice$/i.test(m[3]) ? 2 : parseNumber(m[4] ?? '');
	const before = [...statement.slice(0, m.index).matchAll(/(?<![\d,.])(\d[\d,]*(?:\.\d+)?)/g)]
		.map((f) => toNumber(f[1]))
		.filter((n) => !(n >= 1500 && n <= 2100 && Number.isInteger(n)));
	const [a, b] = [toNumber(m[1]), before.at(-1)];
	if (base === undefined || b === undefined || !b || !Number.isFinite(a)) return false;
	return outOfRatio(m[2], a / b, base + half);
}

/**
 * "won with 1,148 votes, two more than the Progress Party candidate, …, who received 1,146": a
 * figure, "N more (fewer) than", and the figure it is compared with, in one clause and no other
 * figure between. The three, or undefined when the sentence has no such run (years left out).
 */
function moreThan(
	statement: string
): { a: string; n: number; b: string; sign: number } | undefined {
	const m =
		/(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\b[^\d.;]{0,40}?,\s*(\d[\d,]*|[a-z]+) (more|fewer|less) than\b([^\d.;]{0,80}?)(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\b/i.exec(
			statement
		);
	const year = (s: string) => /^(1[5-9]\d\d|20\d\d)$/.test(s);
	if (!m) {
		// "It now holds 23 of the council's 47 seats, one short of the 24 needed to control it."
		const short =
			/(?<![\d,.])(\d[\d,]*)\b(?: of [^\d.;]{0,40}?\d[\d,]*)?[^\d.;]{0,40}?,\s*(\d+|[a-z]+) short of the (\d[\d,]*)\b/i.exec(
				statement
			);
		const n = short ? parseNumber(short[2]) : undefined;
		if (!short || n === undefined || year(short[1]) || year(short[3])) return undefined;
		return { a: short[1], n, b: short[3], sign: -1 };
	}
	const n = parseNumber(m[2]);
	if (n === undefined || year(m[1]) || year(m[5])) return undefined;
	return { a: m[1], n, b: m[5], sign: /more/i.test(m[3]) ? 1 : -1 };
}

/** Whether "1,148 votes, two more than … 1,146" no longer adds up. */
export function moreThanBroken(statement: string): boolean {
	const run = moreThan(statement);
	return run !== undefined && toNumber(run.a) - toNumber(run.b) !== run.sign * run.n;
}

/** Whether the blank's answer is one of the two figures "N more than" ties together. */
export function moreThanFixes(statement: string, answer: string): boolean {
	const run = moreThan(statement);
	return run !== undefined && !moreThanBroken(statement) && (run.a === answer || run.b === answer);
}

/**
 * "won by 47 runs after bowling out the visitors for 138 in reply to … 185": a winning margin and
 * the sentence's other counts (no year, share, sum of money or day of a month). Undefined when
 * the sentence states no margin.
 */
function margin(statement: string): { n: string; others: string[] } | undefined {
	const m =
		/\b(?:won|lost|beat(?:en)?|defeated|win|victory|defeat|ahead|behind|led|trailing|leading)\b[^.;\d]{0,40}?\bby (\d[\d,]*) (?:runs|votes|points|goals|seconds|strokes|shots)\b/i.exec(
			statement
		);
	if (!m) return undefined;
	const others = counts(statement).map((f) => f.text);
	const own = others.indexOf(m[1]);
	if (own < 0) return undefined;
	others.splice(own, 1);
	return { n: m[1], others };
}

/** Whether two totals are given and their difference is not the margin the sentence states. */
export function marginBroken(statement: string): boolean {
	const run = margin(statement);
	if (!run || run.others.length !== 2) return false;
	const [a, b] = run.others.map(toNumber);
	return Math.abs(a - b) !== toNumber(run.n);
}

/** Whether the blank's answer is the margin or one of the two totals it lies between. */
export function marginFixes(statement: string, answer: string): boolean {
	const run = margin(statement);
	if (!run || run.others.length !== 2 || marginBroken(statement)) return false;
	return [run.n, ...run.others].includes(answer.replace(/\s*(runs|votes|points|goals)$/i, ''));
}

/** A sum of money as written, with its scale: "£1.2 million", "£900,000". */
const SUM = String.raw`([£$€])(\d[\d,]*(?:\.\d+)?)\s?(m|bn|k|million|billion)?\b`;
/** Words between a sum and the next, within one clause. */
const BETWEEN = String.raw`(?:[^£$€.;]|\.\d)*?`;
/**
 * "spend £38 million …, including £22 million on a new wing", "worth £250,000, with £142,000 going
 * to the winner", "cost £6.2 million, of which £4.5 million came from": a part of the sum before it.
 */
const PART_OF_SUM = [
	new RegExp(String.raw`${SUM}${BETWEEN}\bincluding\s+${SUM}`, 'i'),
	new RegExp(String.raw`${SUM}${BETWEEN}\bwith\s+${SUM}\s+(?:going|paid|spent|set aside)\b`, 'i'),
	// "It cost £6.2 million, of which £4.5 million came from the Northern Greenways Partnership".
	new RegExp(String.raw`${SUM},?\s+of\s+which\s+${SUM}`, 'i')
];

/** Whether a part of a sum of money the sentence gives is larger than the sum (one currency). */
export function partOverWhole(statement: string): boolean {
	return PART_OF_SUM.some((pattern) => {
		const m = pattern.exec(statement);
		return m !== null && m[1] === m[4] && inFull(m[5], m[6]) > inFull(m[2], m[3]);
	});
}
