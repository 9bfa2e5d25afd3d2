/**
 * Figures a sentence fixes by arithmetic a student can do from its own words: a number and its
 * double ("twice as many … 96 against a target of 48", "doubled … from 1,150 to 2,300"), and a
 * length of days between two dates ("a 45-day consultation begins on 10 February and ends on
 * 27 March"), and a part with the rest of its whole ("two of the nine jurors … the seven who
 * remained"). Any one of them is given away by the others.
 */
import { parseNumber } from '../../answers/numbers.ts';
import { MONTHS } from '../../language/lexicon.ts';

/** Multiples: exact ones fix their figures; "almost three times" only gives them away. */
const MULTIPLE: [RegExp, number][] = [
	[/\b(twice|double|doubled|doubling)\b/i, 2],
	[/\b(three times|tripled|trebled)\b/i, 3],
	[/\b(four times|quadrupled)\b/i, 4],
	[/\b(halved|half as many|half as much|half the)\b/i, 2]
];
const APPROXIMATE = /\b(almost|nearly|about|around|roughly|more than|less than|over|under)\s+$/i;

/** "1,240" → 1240, "£4.1" read as "4.1", a sentence's full stop after a figure left off. */
export const toNumber = (text: string) => Number(text.replace(/,/g, '').replace(/\.$/, ''));

/** The figure an answer gives, in digits or words ("9", "nine", "£2.70"). */
function figureOf(answer: string): number | undefined {
	const digits = /\d[\d,]*(\.\d+)?/.exec(answer)?.[0];
	return digits === undefined ? parseNumber(answer.trim()) : toNumber(digits);
}

/** Whether the answer is one of figures a sentence fixes by its own arithmetic. */
function fixedAmong(found: { values: number[]; agrees: boolean } | undefined, answer: string) {
	const value = figureOf(answer);
	return found?.agrees === true && value !== undefined && found.values.includes(value);
}

/**
 * The statement with its answer's figure changed a lot (× 1.5 + 1): if the sentence then no longer
 * agrees with itself, it fixed that figure.
 */
export function withAnswerChanged(statement: string, answer: string): string | undefined {
	const figure = /\d[\d,]*(\.\d+)?/.exec(answer)?.[0];
	if (!figure) return undefined;
	return statement.replace(answer, answer.replace(figure, String(toNumber(figure) * 1.5 + 1)));
}

/** The sentence's figures that are no year, percentage or part of a date. */
export function counts(statement: string): { text: string; value: number }[] {
	return (
		[...statement.matchAll(/(?<![\d,.£$€])(\d[\d,]*(?:\.\d+)?)(?![\d%]|\s*per ?cent)/g)]
			.map((m) => ({ text: m[1].replace(/,$/, ''), value: toNumber(m[1].replace(/,$/, '')) }))
			// A year is written without a comma: "1,840 earthquakes" is a count.
			.filter((f) => !(/^\d{4}$/.test(f.text) && f.value >= 1500 && f.value <= 2100))
			.filter((f) => !new RegExp(`\\b${f.text}\\s+(${MONTHS.join('|')})\\b`).test(statement))
	);
}

/**
 * For each multiple the sentence states exactly ("twice as many", "doubled"), its two figures and
 * whether the larger is that multiple of the smaller; none when it has not exactly two figures.
 */
function multiples(statement: string): { texts: string[]; holds: boolean; approx: boolean }[] {
	const out: { texts: string[]; holds: boolean; approx: boolean }[] = [];
	for (const [pattern, factor] of MULTIPLE) {
		const m = pattern.exec(statement);
		if (!m) continue;
		// "from 40 hectares to 115 hectares, almost three times its former size": near enough to
		// give either figure away, never exact enough to break.
		const approx = APPROXIMATE.test(statement.slice(0, m.index));
		// "twice as many shots as their hosts, 18 to nine": a count in words counts too, beside
		// a lone figure in digits.
		const words = [
			...statement.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)
		]
			.map((m) => ({ text: m[1], value: parseNumber(m[1].toLowerCase()) ?? NaN }))
			.filter((f) => Number.isFinite(f.value));
		const digits = counts(statement);
		// "doubled its share of the vote, from 18% to 36%": two shares, when no count is given.
		const shares = [...statement.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/g)].map((m) => ({
			text: m[1],
			value: Number(m[1])
		}));
		const figures = digits.length === 1 ? [...digits, ...words] : digits.length ? digits : shares;
		if (figures.length !== 2) continue;
		const values = figures.map((f) => f.value);
		const [big, small] = [Math.max(...values), Math.min(...values)];
		out.push({
			texts: figures.map((f) => f.text),
			holds: small > 0 && Math.abs(big / small - factor) <= factor * (approx ? 0.15 : 0.02),
			approx
		});
	}
	return out;
}

/** "twice as many … 96 against a target of 48": one of two figures that is the other doubled. */
export function multipleOfTheOther(statement: string, answer: string): boolean {
	const fixed = multiples(statement).find((m) => m.holds);
	const bare = answer.replace(/[£$€,]/g, '');
	return fixed !== undefined && fixed.texts.some((t) => bare.includes(t.replace(/,/g, '')));
}

/** The sentence says "twice as many" of two figures that are not one the other doubled. */
export function multipleBroken(statement: string): boolean {
	const [first] = multiples(statement).filter((m) => !m.approx);
	return first !== undefined && !first.holds;
}

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\b`, 'g');

/** An "N-day" length and the two dates of a sentence, with the days between them. */
function daySpan(statement: string) {
	const length = /\b(\d{1,3})-day\b/.exec(statement);
	const dates = [...statement.matchAll(DAY_MONTH)];
	if (!length || dates.length !== 2) return undefined;
	const day = (m: RegExpMatchArray) =>
		Date.UTC(2001, MONTHS.indexOf(m[2]), Number(m[1])) / 86_400_000;
	return {
		forms: [`${length[1]}-day`, length[1], dates[0][0], dates[1][0]],
		agrees: Math.abs(day(dates[1]) - day(dates[0]) - Number(length[1])) <= 1
	};
}

/** "a 45-day consultation begins on 10 February and ends on 27 March": any of the three. */
export function daysBetweenDates(statement: string, answer: string): boolean {
	const span = daySpan(statement);
	return span !== undefined && span.agrees && span.forms.includes(answer.trim());
}

/** An "N-day" length that two dates of the sentence do not span. */
export function daysBroken(statement: string): boolean {
	const span = daySpan(statement);
	return span !== undefined && !span.agrees;
}

const FIGURE = String.raw`(\d[\d,]*|[a-z]+(?:-[a-z]+)?)`;
const PART_AND_REST = new RegExp(
	String.raw`\b${FIGURE} of (?:the|its|their|his|her) ${FIGURE} [a-z]+\b[^.;]*?\b(?:the (?:remaining |other )?${FIGURE} (?:who|that|which) (?:remained|were left|stayed)|the (?:remaining|other) ${FIGURE}|leaving ${FIGURE})\b`,
	'i'
);

/** "two of the nine jurors … and the seven who remained": a part, its whole and the rest. */
function partAndRest(statement: string) {
	const m = PART_AND_REST.exec(statement);
	if (!m) return undefined;
	const texts = [m[1], m[2], m[3] ?? m[4] ?? m[5]];
	const [part, whole, rest] = texts.map((t) => parseNumber(t));
	if (part === undefined || whole === undefined || rest === undefined) return undefined;
	return { values: [part, whole, rest], agrees: part + rest === whole };
}

/** Any of a part, its whole and the rest, when the three add up. */
export function partOfWholeAndRest(statement: string, answer: string): boolean {
	return fixedAmong(partAndRest(statement), answer);
}

/** A part and the rest that do not add up to their whole. */
export function restBroken(statement: string): boolean {
	return partAndRest(statement)?.agrees === false;
}

const SCALE: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, k: 1e3 };

/** A figure in full with the scale written after it: "2.6" and "m" is 2,600,000. */
export function inFull(digits: string, scale = ''): number {
	return toNumber(digits) * (SCALE[scale.trim().toLowerCase()] ?? 1);
}

/**
 * The amounts a text gives, in full ("£1.2m" is 1,200,000), leaving out years and the days of
 * dates ("on 2 February").
 */
function amounts(text: string): number[] {
	return [
		...text
			.replace(DAY_MONTH, ' ')
			.matchAll(/(?<![\d,.])(\d[\d,]*(?:\.\d+)?)(?:\s?(m|bn|k|million|billion)\b)?(?![\d%])/gi)
	]
		.filter((m) => m[2] || !/^(1[5-9]|20)\d\d$/.test(m[1]))
		.map((m) => inFull(m[1], m[2]));
}

/**
 * A change in per cent and the two figures it is between, in either order of writing: "0.7
 * attacks against 1.3, a reduction of 46%", "grew by 7% over the period, from 19,900 to 21,300".
 */
function change(statement: string) {
	const after =
		/\b(?:grew|grown|rose|risen|increased|climbed|jumped|fell|fallen|dropped|declined|decreased|shrank)\s+by\s+(\d[\d.]*)\s?(?:%|per ?cent)[^.;]*?\bfrom\s+(?:(?:about|around|almost|nearly|roughly|some|an average of)\s+)?\D{0,3}?(\d[\d,]*(?:\.\d+)?)[^.;,]{0,30}?\s+to\s+(?:(?:about|around|almost|nearly|roughly|some)\s+)?\D{0,3}?(\d[\d,]*(?:\.\d+)?)/i.exec(
			statement
		);
	if (after) {
		const [from, to] = [toNumber(after[2]), toNumber(after[3])];
		return { percent: Number(after[1]), from, to };
	}
	// "$1.29 billion, 24% more than the $1.04 billion budget".
	const than =
		/([£$€]?\d[\d,]*(?:\.\d+)?)(?:\s?(?:million|billion|bn|m))?,?\s+(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+(more|higher|greater|less|lower|fewer)\s+than\s+(?:the\s+|its\s+)?([£$€]?\d[\d,]*(?:\.\d+)?)/i.exec(
			statement
		);
	if (than) {
		const [to, from] = [
			toNumber(than[1].replace(/^[£$€]/, '')),
			toNumber(than[4].replace(/^[£$€]/, ''))
		];
		return { percent: Number(than[2]), from, to };
	}
	// "logged 3,412 claims in 2024-25, up 61% from 2,118 the year before": the figure before it
	// that the change fits best, if any comes near.
	const upFrom =
		/,\s+(up|down)\s+(?:by\s+)?(\d+(?:\.\d+)?)\s?(?:%|per ?cent)\s+from\s+(?:about\s+|around\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)(?![\d%])/i.exec(
			statement
		);
	const base = upFrom && toNumber(upFrom[3]);
	if (upFrom && base && (/[£$€]/.test(upFrom[0]) || !/^(1[5-9]|20)\d\d$/.test(upFrom[3]))) {
		const percent = Number(upFrom[2]);
		const expected = base * (1 + ((upFrom[1].toLowerCase() === 'up' ? 1 : -1) * percent) / 100);
		const [to] = amounts(statement.slice(0, upFrom.index)).sort(
			(a, b) => Math.abs(Math.log(a / expected)) - Math.abs(Math.log(b / expected))
		);
		if (to && to / expected < 3 && expected / to < 3) return { percent, from: base, to };
	}
	const before =
		/\b(?:a |an )?(reduction|fall|drop|decline|cut|increase|rise|jump) of (?:about |around |nearly |almost |roughly |some )?(\d[\d.]*)\s?(?:%|per ?cent\b)/i.exec(
			statement
		);
	if (!before) return undefined;
	const figures = amounts(statement.slice(0, before.index));
	if (figures.length !== 2) return undefined;
	const falling = /reduction|fall|drop|decline|cut/i.test(before[1]);
	const [big, small] = [Math.max(...figures), Math.min(...figures)];
	return { percent: Number(before[2]), from: falling ? big : small, to: falling ? small : big };
}

/**
 * A change in per cent that does not agree with its two figures, rounded as it is written: "grew
 * by 8%, from 19,900 to 21,300" (7.0 %) does not; "a reduction of 46%" for 1.3 to 0.7 does.
 */
export function changeMismatch(statement: string): boolean {
	const found = change(statement);
	if (!found || !found.from) return false;
	const percent = (100 * Math.abs(found.to - found.from)) / found.from;
	const slack = Number.isInteger(found.percent) ? 0.6 : 0.15;
	return Math.abs(percent - found.percent) > slack;
}

/** "has doubled, from 31 last year to 64": the one figure the other and the word fix. */
function multiplied(statement: string, answer: string): boolean {
	const m =
		/\b(doubled|trebled|tripled|quadrupled|halved)\b[^.;]*?\bfrom\s+(?:about\s+)?(\d[\d,]*(?:\.\d+)?)[^.;,\d]{0,30}?\s+to\s+(?:about\s+)?(\d(?:[\d,]*\d)?(?:\.\d+)?)/i.exec(
			statement
		);
	if (!m || (answer !== m[2] && answer !== m[3])) return false;
	const factor = { doubled: 2, trebled: 3, tripled: 3, quadrupled: 4, halved: 0.5 }[
		m[1].toLowerCase() as 'doubled'
	];
	const ratio = toNumber(m[3]) / toNumber(m[2]);
	return Math.abs(ratio - factor) <= 0.08 * factor;
}

/** Any one of a change in per cent and its two figures, which the other two fix. */
export function changeFixes(statement: string, answer: string): boolean {
	if (multiplied(statement, answer)) return true;
	if (!change(statement) || changeMismatch(statement)) return false;
	const changed = withAnswerChanged(statement, answer);
	return changed !== undefined && changeMismatch(changed);
}

const RATE =
	/\b(?:a|per|each|every)\s+(?:day|week|month|year|hour|night|child|pupil|person|head|household|home)\b/i;

/**
 * "pay £2.70 a day … save around £510 a year … a school year of 190 days": three figures of a
 * sentence that says a rate, one of them (about) the product of the other two.
 */
function product(statement: string, least = 2) {
	if (!RATE.test(statement)) return undefined;
	// "£350,000 a year for the 30-year lifetime …, worth £10.5 million in total": in full.
	const figures = [
		...statement.matchAll(
			/(?<![\d,.])([£$€]?)(\d[\d,]*(?:\.\d+)?)(?![\d%]|\s*per ?cent)(\s*(?:m|bn|million|billion)\b)?/g
		)
	]
		.filter((m) => m[1] || !/^(1[5-9]|20)\d\d$/.test(m[2]))
		.map((m) => inFull(m[2], m[3]));
	if (figures.length !== 3 || figures.some((f) => f < least)) return undefined;
	const [a, b, c] = figures;
	const near = (x: number, y: number) => Math.abs(x - y) <= 0.02 * y;
	return {
		values: figures,
		agrees: near(a * b, c) || near(a * c, b) || near(b * c, a)
	};
}

/** Any of three figures one of which is the product of the other two. */
export function productFixes(statement: string, answer: string): boolean {
	return fixedAmong(product(statement), answer);
}

/** Three figures of a rate whose product of two does not agree with the third. */
export function productBroken(statement: string): boolean {
	return product(statement, 0)?.agrees === false;
}

/**
 * "A survey of 1,200 commuters … found that 816, or 68%, planned to…": a count, its share in per
 * cent, and the one other count it is a share of.
 */
function shareOfCount(statement: string) {
	// "Turnout reached 41%, up from 23% four years ago, with 1,604 of the 3,912 on the register".
	// "29 of the 240 businesses inspected, or 12%", "212 of its 1,340 posts were empty, a vacancy
	// rate of almost 16%", "34 goals from 37 attempts, a shooting accuracy of 92%", "just under 29%, with 28,006 of the borough's 97,400 voters": a part, its
	// whole and its share.
	const SHARE = String.raw`(?:about|almost|nearly|around|roughly|some|just (?:over|under))?\s*(\d+(?:\.\d+)?)\s?(?:%|per ?cent)`;
	const of = new RegExp(
		String.raw`(?<![\d,.])(\d[\d,]*)\s+(?:[a-z]+\s+)?(?:out\s+of|of|from)\s+(?:the\s+|its\s+|their\s+)?(\d[\d,]*)\b[^.;%\d]{0,60}?,?\s+(?:or|an? (?:[a-z-]+ ){0,2}(?:rate|share|proportion|accuracy) of)\s+${SHARE}`,
		'i'
	).exec(statement);
	const before = new RegExp(
		String.raw`${SHARE}(?:,\s+(?:up|down)\s+from\s+\d+(?:\.\d+)?\s?(?:%|per ?cent)[^,.;%]{0,60})?,?\s+with\s+(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}(\d[\d,]*)`,
		'iu'
	).exec(statement);
	// "Of the 640 homes, 192 will be classed as affordable, a share of 30%".
	const ofThe = new RegExp(
		String.raw`\bOf\s+(?:the\s+|its\s+|their\s+)?(\d[\d,]*)\b[^,.;\d]{0,40},\s+(\d[\d,]*)\b[^.;%\d]{0,60}?,?\s+(?:or|an? (?:[a-z-]+ ){0,2}(?:rate|share|proportion) of)\s+${SHARE}`,
		'i'
	).exec(statement);
	const found = of
		? [toNumber(of[1]), toNumber(of[2]), Number(of[3])]
		: ofThe
			? [toNumber(ofThe[2]), toNumber(ofThe[1]), Number(ofThe[3])]
			: before
				? [toNumber(before[2]), toNumber(before[3]), Number(before[1])]
				: undefined;
	if (found) {
		const [part, whole, share] = found;
		return {
			values: [part, whole, share],
			agrees: whole > 0 && Math.abs((100 * part) / whole - share) <= 0.6
		};
	}
	const m = /(?<![\d,.])(\d[\d,]*),?\s+or\s+(?:about\s+)?(\d+(?:\.\d+)?)\s?(?:%|per ?cent)/i.exec(
		statement
	);
	if (!m) return undefined;
	const part = toNumber(m[1]);
	// The one other count of the sentence is the whole ("a survey of 600 … 816, or 68%" breaks).
	const wholes = counts(statement).filter((f) => f.value !== part);
	if (wholes.length !== 1) return undefined;
	const whole = wholes[0].value;
	return {
		values: [part, whole, Number(m[2])],
		agrees: Math.abs((100 * part) / whole - Number(m[2])) <= 0.6
	};
}

/** Any of a count, its share and its whole, which the other two fix. */
export function shareFixes(statement: string, answer: string): boolean {
	return fixedAmong(shareOfCount(statement), answer);
}

/** A count and its share in per cent that do not agree with their whole. */
export function shareBroken(statement: string): boolean {
	return shareOfCount(statement)?.agrees === false;
}
