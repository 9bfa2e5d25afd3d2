/**
 * When the article was written, as far as its own words tell: the latest year (and month of it)
 * it names in its past. A past event cannot be later; a future one cannot be earlier.
 */
import type { Deck } from '../../content/deck-schema.ts';
import { MONTHS } from '../../language/lexicon.ts';

/** Words that put a sentence's event ahead of the article. */
export const FUTURE =
	/\b(will|would|shall|plans?|planned|aims?|expects?|expected|hopes?|due|targets?|scheduled|forecasts?|projected|next)\b|\b(by|until|from) (the end of )?(1\d{3}|20\d{2})\b|\bby the (1\d|20)\d0s\b|\b(starting|beginning|commencing|effective) (in |from )?(1\d{3}|20\d{2})\b/i;

/** A change that takes effect from a date: "voted to hold it every year, starting in 2026". */
const STARTING = /\b(starting|beginning|commencing|effective)( (in|from|on))?\s*$/i;

/**
 * Whether the date at `at` is one the text looks ahead to: words of the future earlier in its
 * clause ("will merge into a single academy in September 2026"; "the next election, which is due
 * in 2027").
 */
function lookingAhead(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 32), at);
	if (FUTURE.test(before) || STARTING.test(before)) return true;
	// "If that target is not reached by the end of 2027": a deadline is ahead.
	if (/\b(by|until|before) (the (end|start|middle) of )?$/i.test(before)) return true;
	const clause =
		text
			.slice(Math.max(0, at - 160), at)
			// A clause ends at a full stop, not at the point of "6.40pm" or "3.5".
			.split(/[;:!?]|\.(?!\d)/)
			.pop() ?? '';
	const future = [...clause.matchAll(new RegExp(FUTURE.source, 'gi'))].pop();
	// "…will merge in September 2026 because…, the council decided on 21 May 2025": a verb in the
	// past after the words of the future brings the clause back to the past.
	return (
		!!future &&
		!/\b(said|told|decided|announced|agreed|voted|\w+ed)\b/i.test(
			clause.slice(future.index + future[0].length)
		)
	);
}

/** The year a past event cannot be after: when the deck says it was published, or its latest. */
export function referenceYear(deck: Deck): number | undefined {
	const years = (text: string | undefined) =>
		[...(text ?? '').matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
	const published = years(deck.source.published);
	if (published.length) return Math.max(...published);
	// Years the article looks ahead to ("the next election, which is due in 2027") are not its past:
	// a year with words of the future in the few words before it.
	const past = (text: string | undefined) =>
		[...(text ?? '').matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)]
			.filter((m) => !lookingAhead(text ?? '', m.index))
			.map((m) => Number(m[1]));
	const named = [...past(deck.article), ...deck.facts.flatMap((f) => past(f.source.join(' ')))];
	return named.length ? Math.max(...named) : undefined;
}

const aheadCache = new WeakMap<Deck, number | undefined>();

/** The first year the article looks ahead to ("will run out of stone by 2028"), if any. */
export function firstYearAhead(deck: Deck): number | undefined {
	if (aheadCache.has(deck)) return aheadCache.get(deck);
	const text = deck.article ?? '';
	const ahead = [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)]
		.filter((m) => lookingAhead(text, m.index))
		.map((m) => Number(m[1]));
	const first = ahead.length ? Math.min(...ahead) : undefined;
	aheadCache.set(deck, first);
	return first;
}

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}),? (1[5-9]\\d\\d|20\\d\\d)\\b`, 'g');

/** The months of "March 2025", "6 March 2025" in `text`, as [year, month 1–12]. */
export function monthsIn(text: string): [number, number][] {
	return [...text.matchAll(MONTH_YEAR)].map((m) => [Number(m[2]), MONTHS.indexOf(m[1]) + 1]);
}

/**
 * The latest month of `year` that the deck names in its past ("said on Thursday, 6 March 2025"),
 * or undefined: a past event in "April 2025" is then after the article.
 */
export function referenceMonth(deck: Deck, year: number): number | undefined {
	const months = (text: string | undefined) =>
		[...(text ?? '').matchAll(MONTH_YEAR)]
			.filter((m) => !lookingAhead(text ?? '', m.index))
			.map((m) => [Number(m[2]), MONTHS.indexOf(m[1]) + 1] as const)
			.filter(([y]) => y === year)
			.map(([, month]) => month);
	const named = [
		...months(deck.source.published),
		...months(deck.article),
		...deck.facts.flatMap((f) => months(f.source.join(' ')))
	];
	return named.length ? Math.max(...named) : undefined;
}
