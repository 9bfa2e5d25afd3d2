/**
 * Values asked with wrong answers the generator writes itself, that keep what the sentence says:
 * match scores ("24-21", a win stays a win), shares in words ("almost half") and places in a
 * ranking ("to third in the table").
 */
import { hasTag, type Token } from './analyse.ts';
import { AT_LEAST, AT_MOST, dateSpan, type ValueSpan } from './value-spans.ts';

const SCORE = /^(\d{1,3})[-–](\d{1,3})$/;
/** Words near a score that say who leads: "winning 24-21", "went in 14-9 ahead", "at 21-21". */
const SCORE_CONTEXT =
	/\b(won|win|wins|winning|beat|beats|beating|defeated|lost|losing|lose|drew|draw|level|levelled|lead|led|leading|ahead|behind|victory|defeat|score|scored|scoreline|trailed|trailing|half-time|full-time)\b/i;

/** The games of a finished tennis set, the winner's first: 6-0 to 6-4, 7-5, 7-6. */
const SETS: [number, number][] = [
	[6, 0],
	[6, 1],
	[6, 2],
	[6, 3],
	[6, 4],
	[7, 5],
	[7, 6]
];

/**
 * Wrong scores that keep the right one's order: a win stays a win, a draw a draw. A set in a
 * row of sets ("4-6 7-5 6-3") gets only sets that can be played ("3-6", "5-7", never "4-7").
 */
export function scoreDistractors(answer: string, inRow = false): string[] {
	const m = SCORE.exec(answer);
	if (!m) return [];
	const [a, b] = [Number(m[1]), Number(m[2])];
	const dash = answer.includes('–') ? '–' : '-';
	const aSet = SETS.some(([w, l]) => (w === a && l === b) || (w === b && l === a));
	if (inRow && aSet)
		return SETS.map(([w, l]) => (a > b ? `${w}${dash}${l}` : `${l}${dash}${w}`)).filter(
			(x) => x !== answer
		);
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
export function scoreSpan(tokens: Token[], i: number): ValueSpan | undefined {
	const t = tokens[i];
	if (!SCORE.test(t.text)) return undefined;
	const around = tokens
		.slice(Math.max(0, i - 6), i + 4)
		.map((x) => x.text)
		.join(' ');
	if (!SCORE_CONTEXT.test(around)) return undefined;
	// "4-6 7-5 6-3": one of a row of sets, when it is one.
	const row = [tokens[i - 1], tokens[i + 1]].some((x) => SCORE.test(x?.text ?? ''));
	const distractors = scoreDistractors(t.text, row);
	if (distractors.length < 3) return undefined;
	return { start: i, end: i + 1, kind: 'score', answer: t.text, quality: 0.85, distractors };
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
export function fractionSpan(tokens: Token[], i: number): ValueSpan | undefined {
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
	// "set for a third straight final", "a fifth title", "a fifth sailing": an order, not a share
	// ("a third of").
	const next = tokens[i + (match[0].includes(' ') ? 2 : 1)];
	if (
		/^a (third|fifth|quarter)$/.test(match[0]) &&
		(hasTag(next, 'Noun', 'Adjective') || /^[a-z]+ing$/.test(next?.text ?? '')) &&
		!/^(more|less|fewer|higher|lower|bigger|smaller)$/.test(next?.normal ?? '')
	)
		return undefined;
	// "half-time" is no share; "half a point" is a quantity, not a share of something.
	if (/-/.test(tokens[i].post) && match[0] === 'half') return undefined;
	if (/^(a|an)$/.test(tokens[i + 1]?.normal ?? '') && match[0] === 'half') return undefined;
	// "about half what she would expect", "half the size": only "half" goes without "of"; "a
	// quarter what" does not read.
	const after = tokens[i + 1]?.normal ?? '';
	if (match[0] === 'half' && /^(what|the|its|their|his|her|that|this|those|these)$/.test(after))
		return undefined;
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
export function rankSpan(tokens: Token[], i: number): ValueSpan | undefined {
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
