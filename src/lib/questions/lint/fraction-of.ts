/**
 * A part said to be a fraction of a whole in words: "The grant, worth £140,000 a year, made up
 * just over half of the company's annual income of £260,000". A wrong figure for either that
 * breaks the fraction ("£370,000 … just over half of … £260,000") is false from its own wording.
 */
import { parseNumber } from '../../answers/numbers.ts';

const FRACTIONS: Record<string, number> = {
	half: 1 / 2,
	'a third': 1 / 3,
	'one third': 1 / 3,
	'a quarter': 1 / 4,
	'one quarter': 1 / 4,
	'a fifth': 1 / 5,
	'two-thirds': 2 / 3,
	'two thirds': 2 / 3,
	'three-quarters': 3 / 4,
	'three quarters': 3 / 4
};

const AMOUNT = String.raw`(£\d[\d,.]*(?:\s?(?:m|bn|million|billion)\b)?|\d[\d,.]*\s?(?:million|billion)\b|\d[\d,]*\d)`;
const HEDGE = String.raw`(just over|just under|more than|over|less than|under|about|almost|nearly|roughly|around)?`;
// "£1.8 million. That is almost a third of the council's budget …, which stands at £5.6 million",
// "400 jobs. That figure represents nearly one in 20 of … 8,300": the part may end the sentence
// before the one that says what share it is.
const PATTERN = new RegExp(
	String.raw`${AMOUNT}(?:[^.;£\d]|\.(?=\s+(?:That|This)\b)){0,70}?\b${HEDGE}\s*(${Object.keys(FRACTIONS).join('|')}|one in \d+)\s+of\b[^.;£\d]{0,90}?${AMOUNT}`,
	'i'
);

/** How far "about half" may stray from a half, as a share of the fraction. */
const SLACK = 0.15;

/** Whether a part and its whole break the fraction the sentence says one is of the other. */
export function fractionBroken(statement: string): boolean {
	const m = PATTERN.exec(statement);
	if (!m) return false;
	const amount = (text: string) => parseNumber(text.replace(/[.,]+$/, ''));
	const [part, whole] = [amount(m[1]), amount(m[4])];
	const oneIn = /^one in (\d+)$/i.exec(m[3]);
	const fraction = oneIn ? 1 / Number(oneIn[1]) : FRACTIONS[m[3].toLowerCase()];
	if (!part || !whole || !fraction) return false;
	const ratio = part / whole / fraction;
	switch ((m[2] ?? '').toLowerCase()) {
		case 'just over':
			return ratio < 1 || ratio > 1 + SLACK;
		case 'just under':
			return ratio > 1 || ratio < 1 - SLACK;
		case 'more than':
		case 'over':
			return ratio <= 1;
		case 'less than':
		case 'under':
			return ratio >= 1;
		default:
			return Math.abs(ratio - 1) > SLACK;
	}
}
