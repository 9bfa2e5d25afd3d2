/**
 * Wrong answers for values the question engine cannot draw itself. Dates get wrong answers of the
 * same shape, from the same text first (other years the article names), then near neighbours;
 * numbers written in words ("eight months") get neighbours in words. (Numbers written in digits
 * get theirs from the question engine; scores, shares and ranks carry theirs from score-spans.)
 */
import { numberInWords } from '../answers/numbers.ts';
import { MONTH_ABBREVIATIONS, MONTH_DAYS, MONTHS, WEEKDAYS } from '../language/lexicon.ts';
import { dateOrderFlip, timePoints } from '../questions/lint/date-orders.ts';
import { replaceFirst } from '../questions/wording.ts';
import { DAY, TIME, YEAR, type DateShape, type ValueSpan } from './value-spans.ts';

/** Wrong answers for a number written in words: neighbours, in words, never true by accident. */
export function wordNumberDistractors(span: ValueSpan): string[] {
	const value = span.value ?? Number.NaN;
	const steps = [1, 2, -1, 3, -2, 4, 5, -3];
	const out: string[] = [];
	for (const step of steps) {
		const n = value + step;
		if (n < 2) continue;
		if (span.bound === 'at-least' && n <= value) continue;
		if (span.bound === 'at-most' && n >= value) continue;
		const word = numberInWords(n);
		if (word) out.push(/^[A-Z]/.test(span.answer) ? word[0].toUpperCase() + word.slice(1) : word);
	}
	return out.slice(0, 5);
}

interface ParsedDate {
	day?: number;
	month?: number;
	year?: number;
	weekday?: number;
	/** Day before month ("14 June") or after ("June 14,"). */
	dayFirst: boolean;
}

/** The day, month, year and weekday of a date answer, as far as it gives them. */
function parseDate(answer: string): ParsedDate {
	const words = answer.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
	const out: ParsedDate = { dayFirst: true };
	let sawMonth = false;
	for (const w of words) {
		const m =
			MONTHS.indexOf(w) >= 0
				? MONTHS.indexOf(w)
				: (MONTH_ABBREVIATIONS[w.replace(/\.$/, '')] ?? -1);
		const wd = WEEKDAYS.indexOf(w);
		if (m >= 0) {
			out.month = m;
			sawMonth = true;
		} else if (wd >= 0) out.weekday = wd;
		else if (YEAR.test(w)) out.year = Number(w);
		else if (DAY.test(w)) {
			out.day = Number(DAY.exec(w)?.[1]);
			if (sawMonth) out.dayFirst = false;
		}
	}
	return out;
}

/** A date written in the same shape and order as `like`. */
/** How American news writes a month before a day: "Sept.", "Dec.", but "March" in full. */
const ABBREVIATED: Record<number, string> = {
	0: 'Jan.',
	1: 'Feb.',
	7: 'Aug.',
	8: 'Sept.',
	9: 'Oct.',
	10: 'Nov.',
	11: 'Dec.'
};

function formatDate(d: ParsedDate, like: string): string {
	const parts: string[] = [];
	if (d.weekday !== undefined && /^[A-Z][a-z]+day\b/.test(like)) parts.push(WEEKDAYS[d.weekday]);
	const abbreviated = /\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\./.test(like);
	const month =
		d.month === undefined
			? undefined
			: abbreviated
				? (ABBREVIATED[d.month] ?? MONTHS[d.month])
				: MONTHS[d.month];
	if (d.dayFirst) {
		if (d.day !== undefined) parts.push(String(d.day));
		if (month) parts.push(month);
		if (d.year !== undefined) parts.push(String(d.year));
		return parts.join(' ');
	}
	if (month) parts.push(month);
	if (d.day !== undefined) parts.push(d.year !== undefined ? `${d.day},` : String(d.day));
	if (d.year !== undefined) parts.push(String(d.year));
	return parts.join(' ');
}

const mod = (n: number, m: number) => ((n % m) + m) % m;

/**
 * Wrong answers for a date: other dates of the same shape from the same text (the closest
 * first), then neighbours of the answer. `others` holds every date answer in the text; `future`
 * says the sentence looks ahead, so later years than the text's latest are fair.
 */
export function dateDistractors(
	span: ValueSpan,
	others: ValueSpan[],
	future = false,
	statement = ''
): string[] {
	const shape = span.shape as DateShape;
	// "expects the scheme to be finished by December 2027": not by the January 2023 of a past flood.
	const at = statement.indexOf(span.answer);
	const deadline =
		future &&
		at > 0 &&
		/\b(by|until|till|before)\s+(the end of\s+)?$/i.test(statement.slice(0, at));
	const start = (text: string) => timePoints(text)[0]?.start ?? 0;
	const fromText = others
		.filter((o) => o.shape === shape && o.answer !== span.answer)
		.filter((o) => !deadline || start(o.answer) >= start(span.answer))
		.map((o) => o.answer);
	const answer = span.answer;
	const near: string[] = [];
	const d = parseDate(answer);
	switch (shape) {
		case 'year': {
			const year = Number(answer);
			fromText.sort((a, b) => Math.abs(Number(a) - year) - Math.abs(Number(b) - year));
			fromText.splice(
				0,
				fromText.length,
				...fromText.filter((y) => Math.abs(Number(y) - year) <= 60)
			);
			// The latest year the text names may be the year it was written: a past event cannot
			// come after it, so its neighbours are earlier years.
			const latest = !future && others.every((o) => o.shape !== 'year' || Number(o.answer) <= year);
			const steps = latest ? [-3, -1, -6, -2, -10, 2] : [2, -3, 5, -1, 1, -6, 10];
			for (const step of steps) near.push(String(year + step));
			break;
		}
		case 'decade': {
			const decade = Number(answer.slice(0, 4));
			for (const step of [10, -10, 20, -30]) near.push(`${decade + step}s`);
			break;
		}
		case 'full':
		case 'month-year':
		case 'day-month': {
			const shifts: Partial<ParsedDate>[] = [];
			if (d.year !== undefined) shifts.push({ year: d.year + 1 }, { year: d.year - 1 });
			if (d.month !== undefined)
				shifts.push({ month: mod(d.month + 2, 12) }, { month: mod(d.month - 1, 12) });
			if (d.day !== undefined) shifts.push({ day: d.day > 21 ? d.day - 9 : d.day + 7 });
			// Spares, for a 31st whose neighbouring months have no such day.
			if (d.month !== undefined) shifts.push({ month: mod(d.month - 2, 12) });
			if (d.day !== undefined) shifts.push({ day: d.day > 14 ? d.day - 14 : d.day + 14 });
			for (const shift of shifts) {
				const shifted = { ...d, weekday: undefined, ...shift };
				// No 31 November, no 30 February.
				if (
					shifted.day !== undefined &&
					shifted.month !== undefined &&
					shifted.day > MONTH_DAYS[shifted.month]
				)
					continue;
				near.push(formatDate(shifted, answer));
			}
			break;
		}
		case 'month': {
			const m = d.month ?? 0;
			for (const step of [1, -1, 2, -2, 3]) near.push(MONTHS[mod(m + step, 12)]);
			break;
		}
		case 'weekday': {
			const w = d.weekday ?? 0;
			for (const step of [1, -1, 2, -2]) near.push(WEEKDAYS[mod(w + step, 7)]);
			break;
		}
		case 'time': {
			const m = TIME.exec(answer);
			if (m) {
				const hour = Number(m[1]);
				for (const step of [1, -1, 2, 3])
					if (hour + step >= 1 && hour + step <= 12)
						near.push(`${hour + step}${m[2] ? `:${m[2]}` : ''}${m[3]}`);
			}
			break;
		}
	}
	const seen = new Set([answer]);
	const out: string[] = [];
	// At most two from the text, so the neighbours keep the options close to the answer.
	for (const option of [...fromText.slice(0, 2), ...near]) {
		if (seen.has(option)) continue;
		// "born in 1958 … a scholarship in 1953": never turn round the order the sentence gives.
		if (dateOrderFlip(statement, replaceFirst(statement, answer, option))) continue;
		seen.add(option);
		out.push(option);
	}
	return out.slice(0, 5);
}
