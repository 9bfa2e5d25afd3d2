/**
 * Numbers and dates in a sentence, as answers: "3,000" kilometres, "£480,000", "14 September 2015",
 * "1916", "the 1970s". Dates get wrong answers of the same shape, from the same text first (other
 * years the article names), then near neighbours; word numbers ("eight months") get neighbours in
 * words. Numbers written in digits get theirs from the question engine.
 */
import { hasTag, type Token } from './analyse.ts';
import { numberInWords, numberWordValue } from '../answers/numbers.ts';
import { MONTHS, WEEKDAYS } from '../language/lexicon.ts';

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

const DAY = /^(\d{1,2})(st|nd|rd|th)?$/;
const YEAR = /^(1\d{3}|20\d{2})$/;
const DECADE = /^(1\d{2}|20\d)0s$/;
const TIME = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/i;
const FIGURE = /^([£$€¥]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/;
/** "21C", "-4°C", "98.6F": a temperature written as one word. */
const TEMPERATURE = /^(-?\d+(?:\.\d+)?)(°?[CF])$/;
const YEAR_PREPOSITIONS = new Set([
	'in',
	'since',
	'until',
	'till',
	'by',
	'from',
	'of',
	'to',
	'between',
	'and',
	'before',
	'after',
	'during',
	'around',
	'early',
	'late',
	'mid'
]);
const LABELS = new Set([
	'year',
	'number',
	'no',
	'page',
	'chapter',
	'section',
	'route',
	'flight',
	'room',
	'platform',
	'grade',
	'level',
	'article',
	'version',
	'series',
	'stage',
	'phase',
	'part',
	'volume'
]);
const AT_LEAST = /(more than|over|at least|above|exceeding|upwards of|nearly|almost)\s*$/;
const AT_MOST = /(less than|under|fewer than|at most|below|up to)\s*$/;

const month = (t: Token | undefined) =>
	t !== undefined && MONTHS.includes(t.text) && hasTag(t, 'Month', 'Date');
const weekday = (t: Token | undefined) => t !== undefined && WEEKDAYS.includes(t.text);
const day = (t: Token | undefined) =>
	t !== undefined && DAY.test(t.text) && Number(DAY.exec(t.text)?.[1]) <= 31;

/** Dates and numbers of one sentence (quoted words excluded by the caller). */
export function findValues(tokens: Token[]): ValueSpan[] {
	const out: ValueSpan[] = [];
	const text = (i: number) => tokens[i]?.text ?? '';
	const before = (i: number) =>
		tokens
			.slice(Math.max(0, i - 3), i)
			.map((t) => t.normal)
			.join(' ');
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		const prev = tokens[i - 1];
		const hyphenated = (prev && /-$/.test(prev.post)) || /^-/.test(t.post);
		// Dates: "Saturday 14 June", "14 September 2015", "September 14, 2015", "April 1865".
		// A weekday before a date stays out of the answer: shifted dates would get it wrong.
		const start = weekday(t) && (day(tokens[i + 1]) || month(tokens[i + 1])) ? i + 1 : i;
		let end = start;
		if (day(tokens[end]) && month(tokens[end + 1])) {
			end += 2;
			if (YEAR.test(text(end))) end++;
			const full = YEAR.test(text(end - 1));
			out.push(dateSpan(tokens, start, end, full ? 'full' : 'day-month', full ? 0.9 : 0.8));
			i = end;
			continue;
		}
		if (month(tokens[end]) && (!/^may$/i.test(text(end)) || YEAR.test(text(end + 1)))) {
			if (day(tokens[end + 1]) && YEAR.test(text(end + 2))) {
				out.push(dateSpan(tokens, start, end + 3, 'full', 0.9));
				i = end + 3;
				continue;
			}
			if (YEAR.test(text(end + 1))) {
				out.push(dateSpan(tokens, start, end + 2, 'month-year', 0.85));
				i = end + 2;
				continue;
			}
			out.push(dateSpan(tokens, start, end + 1, 'month', 0.55));
			i = end + 1;
			continue;
		}
		if (start > i) {
			i = start;
			continue;
		}
		if (weekday(t)) {
			out.push(dateSpan(tokens, i, i + 1, 'weekday', 0.45));
			i++;
			continue;
		}
		if (
			!hyphenated &&
			YEAR.test(t.text) &&
			(hasTag(t, 'Year') || YEAR_PREPOSITIONS.has(prev?.normal ?? ''))
		) {
			out.push(dateSpan(tokens, i, i + 1, 'year', 0.85));
			i++;
			continue;
		}
		// "a restored 1960s sports car": a decade describing a thing is a detail, not a date.
		if (!hyphenated && DECADE.test(t.text) && isDescribing(tokens[i + 1])) {
			i++;
			continue;
		}
		if (!hyphenated && DECADE.test(t.text)) {
			out.push(dateSpan(tokens, i, i + 1, 'decade', 0.75));
			i++;
			continue;
		}
		if (TIME.test(t.text)) {
			out.push(dateSpan(tokens, i, i + 1, 'time', 0.45));
			i++;
			continue;
		}
		// "21C", but not the "2C" of a model's name ("the Folio 2C").
		const temperature = /^[A-Z]/.test(prev?.text ?? '') ? null : TEMPERATURE.exec(t.text);
		if (temperature) {
			out.push({
				start: i,
				end: i + 1,
				kind: 'number',
				answer: t.text,
				value: Number(temperature[1]),
				unit: temperature[2].replace('°', '') === 'C' ? '°C' : '°F',
				quality: 0.8
			});
			i++;
			continue;
		}
		// "a 64-kilometre railway", "a six-hour debate": a measure written as one word.
		const compound = compoundSpan(tokens, i);
		if (compound) {
			out.push(compound);
			i += 2;
			continue;
		}
		const fraction = fractionSpan(tokens, i);
		if (fraction) {
			out.push(fraction);
			i = fraction.end;
			continue;
		}
		const score = scoreSpan(tokens, i);
		if (score) {
			out.push(score);
			i++;
			continue;
		}
		const rank = rankSpan(tokens, i);
		if (rank) {
			out.push(rank);
			i++;
			continue;
		}
		// Numbers.
		if (hyphenated || LABELS.has(prev?.normal ?? '') || hasTag(t, 'Ordinal', 'Fraction')) {
			i++;
			continue;
		}
		const figure = FIGURE.exec(t.text);
		const words = numberWordValue(t.normal);
		// "Graham Petrie, 58, was sentenced": a person's age, a detail.
		if (
			figure &&
			/^,/.test(t.post) &&
			/^,\s*$/.test(prev?.post ?? '') &&
			/^[A-Z]/.test(prev?.text ?? '') &&
			Number(figure[2]) < 120
		) {
			i++;
			continue;
		}
		if (figure || (words !== undefined && words >= 2 && hasTag(t, 'Value'))) {
			const next = tokens[i + 1];
			// "two of the members" is a share of something; "fewer than 200 of the fish" a count.
			const share =
				next?.normal === 'of' &&
				!(
					figure &&
					(Number(figure[2].replace(/,/g, '')) >= 10 ||
						AT_LEAST.test(before(i)) ||
						AT_MOST.test(before(i)))
				);
			if (share || (words !== undefined && /^(and|or)$/.test(next?.normal ?? ''))) {
				i++;
				continue;
			}
			let value = figure
				? Number(figure[2].replace(/,/g, '') + (figure[3] ?? ''))
				: (words as number);
			const unitWords: string[] = [];
			let k = i + 1;
			// "£6.8 million": the scale is part of the answer, so the blank asks for the amount.
			const scale = tokens[k] && figure ? SCALES[tokens[k].normal] : undefined;
			let answerEnd = i + 1;
			if (tokens[k] && hasTag(tokens[k], 'Multiple') && !/[,.;:]/.test(t.post)) {
				unitWords.push(tokens[k].normal);
				if (scale && /^\s*$/.test(t.post)) {
					value *= scale;
					answerEnd = k + 1;
				}
				k++;
			}
			// "14 public computers": one describing word may stand before the unit.
			if (
				tokens[k + 1] &&
				hasTag(tokens[k], 'Adjective') &&
				!/[,.;:!?]/.test(tokens[k - 1].post + tokens[k].post) &&
				hasTag(tokens[k + 1], 'Plural')
			)
				k++;
			const noun = tokens[k];
			if (
				noun &&
				!/[,.;:!?]/.test(tokens[k - 1].post) &&
				hasTag(noun, 'Noun') &&
				!hasTag(noun, 'Pronoun', 'ProperNoun') &&
				/^[a-z]/.test(noun.text)
			) {
				unitWords.push(noun.normal);
				k++;
			}
			// "1 minute 5 seconds": a wrong "3 minute" would need its plural.
			if (value === 1 && tokens[i + 1] && hasTag(tokens[i + 1], 'Singular')) {
				i++;
				continue;
			}
			const written = dateSpan(tokens, i, k, 'year', 0).answer;
			if (figure?.[4]) unitWords.unshift('%');
			if (figure?.[1]) unitWords.unshift(figure[1]);
			const context = before(i);
			const bound = AT_LEAST.test(context)
				? 'at-least'
				: AT_MOST.test(context)
					? 'at-most'
					: undefined;
			const hasNoun = unitWords.some((w) => /[a-z]/.test(w) || w === '%') || Boolean(figure?.[1]);
			const quality = figure ? (hasNoun ? 0.85 : 0.7) : words === 2 ? 0.45 : hasNoun ? 0.65 : 0.5;
			if (!Number.isFinite(value)) value = Number.NaN;
			out.push({
				start: i,
				end: answerEnd,
				kind: 'number',
				answer: answerEnd > i + 1 ? dateSpan(tokens, i, answerEnd, 'year', 0).answer : t.text,
				value,
				...(unitWords.length ? { unit: unitWords.join(' ') } : {}),
				...(figure ? {} : { inWords: true }),
				...(bound ? { bound } : {}),
				...(k > i + 1 ? { written } : {}),
				quality
			});
		}
		i = Math.max(i + 1, out.at(-1)?.end ?? 0);
	}
	return out.filter((s) => s.kind !== 'number' || Number.isFinite(s.value));
}

/** A lower-case noun or adjective right after a word: the word describes it. */
function isDescribing(next: Token | undefined): boolean {
	return (
		next !== undefined &&
		/^[a-z]/.test(next.text) &&
		hasTag(next, 'Noun', 'Adjective') &&
		!hasTag(next, 'Preposition', 'Determiner')
	);
}

const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	bn: 1e9
};

const SCORE = /^(\d{1,3})[-–](\d{1,3})$/;
/** Words near a score that say who leads: "winning 24-21", "went in 14-9 ahead", "at 21-21". */
const SCORE_CONTEXT =
	/\b(won|win|wins|winning|beat|beats|beating|defeated|lost|losing|lose|drew|draw|level|levelled|lead|led|leading|ahead|behind|victory|defeat|score|scored|scoreline|trailed|trailing|half-time|full-time)\b/i;

/** Wrong scores that keep the right one's order: a win stays a win, a draw a draw. */
export function scoreDistractors(answer: string): string[] {
	const m = SCORE.exec(answer);
	if (!m) return [];
	const [a, b] = [Number(m[1]), Number(m[2])];
	const dash = answer.includes('–') ? '–' : '-';
	const sign = Math.sign(a - b);
	const steps = a + b > 12 ? [3, 4, 7, 2] : [1, 2];
	const out = new Set<string>();
	for (const d of steps)
		for (const [x, y] of [
			[a + d, b],
			[a, b + d],
			[a - d, b],
			[a, b - d],
			[a + d, b + d],
			[a - d, b - d]
		]) {
			if (x < 0 || y < 0 || Math.sign(x - y) !== sign || (x === a && y === b)) continue;
			out.add(`${x}${dash}${y}`);
		}
	return [...out].slice(0, 6);
}

/** "24-21" in a sentence about a match: a score, asked whole. */
function scoreSpan(tokens: Token[], i: number): ValueSpan | undefined {
	const t = tokens[i];
	if (!SCORE.test(t.text)) return undefined;
	const around = tokens
		.slice(Math.max(0, i - 6), i + 4)
		.map((x) => x.text)
		.join(' ');
	if (!SCORE_CONTEXT.test(around)) return undefined;
	const distractors = scoreDistractors(t.text);
	if (distractors.length < 3) return undefined;
	return { start: i, end: i + 1, kind: 'score', answer: t.text, quality: 0.85, distractors };
}

const MEASURES = new Set(
	'kilometre kilometer mile metre meter mile yard foot hectare acre tonne ton litre gram kilogram minute hour day week month year storey'.split(
		' '
	)
);

/** "64-kilometre", "11-match" is no measure; "a 4-kilometre tunnel" is. */
function compoundSpan(tokens: Token[], i: number): ValueSpan | undefined {
	const t = tokens[i];
	const unit = tokens[i + 1];
	if (!/^\d[\d,.]*$/.test(t.text) || !/^-$/.test(t.post) || !unit || !MEASURES.has(unit.normal))
		return undefined;
	// "the 24-year-old": an age, a detail.
	if (/^-/.test(unit.post) || tokens[i + 2]?.normal === 'old') return undefined;
	const value = Number(t.text.replace(/,/g, ''));
	if (!Number.isFinite(value)) return undefined;
	return {
		start: i,
		end: i + 2,
		kind: 'number',
		answer: `${t.text}-${unit.text}`,
		value,
		unit: unit.normal,
		quality: 0.8
	};
}

/** Fractions said in words, by value: "half", "a third", "two-thirds". */
const FRACTIONS: [string, number][] = [
	['a fifth', 0.2],
	['a quarter', 0.25],
	['a third', 1 / 3],
	['half', 0.5],
	['two-thirds', 2 / 3],
	['three-quarters', 0.75]
];

/**
 * "reduced attacks by almost half": a share in words, asked with other shares that keep the
 * sentence's bound ("more than half" is also more than a third, so only larger ones are wrong).
 */
function fractionSpan(tokens: Token[], i: number): ValueSpan | undefined {
	const one = tokens[i]?.normal ?? '';
	const two = `${one} ${tokens[i + 1]?.normal ?? ''}`;
	const hyphen = `${one}${/^-$/.test(tokens[i].post) ? `-${tokens[i + 1]?.normal ?? ''}` : ''}`;
	const match = FRACTIONS.find(([w]) => w === two || w === hyphen || w === one);
	if (
		!match ||
		(match[0] === 'half' &&
			!/^(by|than|almost|nearly|about|around|over|under|of|cut|to)$/.test(
				tokens[i - 1]?.normal ?? ''
			))
	)
		return undefined;
	// "half-time" is no share; "half a point" is a quantity, not a share of something.
	if (/-/.test(tokens[i].post) && match[0] === 'half') return undefined;
	if (/^(a|an)$/.test(tokens[i + 1]?.normal ?? '') && match[0] === 'half') return undefined;
	// "fell from 96 to 41, fewer than half as many": with two figures the share is arithmetic.
	if (tokens.filter((t) => /^\d/.test(t.text)).length >= 2) return undefined;
	const length = match[0].includes(' ') ? 2 : match[0].includes('-') ? 2 : 1;
	const before = tokens
		.slice(Math.max(0, i - 3), i)
		.map((t) => t.normal)
		.join(' ');
	const atLeast = AT_LEAST.test(before) && !/(nearly|almost)\s*$/.test(before);
	const atMost = AT_MOST.test(before) || /(nearly|almost)\s*$/.test(before);
	const distractors = FRACTIONS.filter(
		([w, v]) =>
			w !== match[0] &&
			(!atLeast || v > match[1]) &&
			(!atMost || v < match[1] || /(nearly|almost)\s*$/.test(before))
	)
		.sort((a, b) => Math.abs(a[1] - match[1]) - Math.abs(b[1] - match[1]))
		.map(([w]) => w)
		.slice(0, 4);
	if (distractors.length < 3) return undefined;
	return {
		start: i,
		end: i + length,
		kind: 'score',
		answer: dateSpan(tokens, i, i + length, 'year', 0).answer,
		quality: 0.8,
		distractors
	};
}

const RANKS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth'
];

/** "lifts Ashbury to third in the table": a place in a ranking, with neighbouring places. */
function rankSpan(tokens: Token[], i: number): ValueSpan | undefined {
	const t = tokens[i];
	const at = RANKS.indexOf(t.normal);
	if (at < 1) return undefined;
	const before = tokens[i - 1]?.normal ?? '';
	const after = tokens[i + 1]?.normal ?? '';
	const placed = /^(to|finished|came|placed|ranked|ranks|sits|lies|lying|sitting|in|up|down)$/.test(
		before
	);
	const ends =
		!tokens[i + 1] || /[,.;:]/.test(t.post) || /^(in|place|position|on|with)$/.test(after);
	if (!placed || !ends) return undefined;
	const distractors = [1, -1, 2, -2, 3]
		.map((d) => RANKS[at + d])
		.filter((r): r is string => r !== undefined && r !== 'first')
		.slice(0, 4);
	if (distractors.length < 3) return undefined;
	return { start: i, end: i + 1, kind: 'score', answer: t.text, quality: 0.75, distractors };
}

function dateSpan(
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

function parseDate(answer: string): ParsedDate {
	const words = answer.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
	const out: ParsedDate = { dayFirst: true };
	let sawMonth = false;
	for (const w of words) {
		const m = MONTHS.indexOf(w);
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

function formatDate(d: ParsedDate, like: string): string {
	const parts: string[] = [];
	if (d.weekday !== undefined && /^[A-Z][a-z]+day\b/.test(like)) parts.push(WEEKDAYS[d.weekday]);
	const month = d.month === undefined ? undefined : MONTHS[d.month];
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
export function dateDistractors(span: ValueSpan, others: ValueSpan[], future = false): string[] {
	const shape = span.shape as DateShape;
	const fromText = others
		.filter((o) => o.shape === shape && o.answer !== span.answer)
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
			for (const shift of shifts)
				near.push(formatDate({ ...d, weekday: undefined, ...shift }, answer));
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
		seen.add(option);
		out.push(option);
	}
	return out.slice(0, 5);
}
