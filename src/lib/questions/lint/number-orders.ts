/**
 * Numbers whose order a sentence fixes by its own wording: "passed by 40 votes to 52", "won
 * 1-3", "12 of its 10 members", "rose from 8 to 5 %", "from 2021 to 2019", years and the span
 * between them that must add up, a change in per cent that must agree with its two figures. A
 * statement breaking one is false without the article; a blank such an order fixes is answered
 * by arithmetic.
 */
import {
	daysBetweenDates,
	daysBroken,
	changeFixes,
	changeMismatch,
	multipleBroken,
	multipleOfTheOther,
	partOfWholeAndRest,
	productBroken,
	productFixes,
	restBroken,
	shareBroken,
	shareFixes,
	toNumber,
	withAnswerChanged
} from './fixed-figures.ts';
import { parseNumber } from '../../answers/numbers.ts';
import { MONTH_ALTERNATION } from '../../language/lexicon.ts';
import { ABOUT, changeToBroken } from './changes-to.ts';
import { backwardDates, beforeTheStory } from './date-orders.ts';
import { fractionBroken } from './fraction-of.ts';
import { AGE_ORDERS } from './age-orders.ts';
import { SPAN_ORDERS } from './span-orders.ts';
import {
	marginBroken,
	marginFixes,
	moreThanBroken,
	moreThanFixes,
	partOverWhole,
	shareOfSums,
	spanMismatch,
	timesMismatch,
	yearSpans
} from './figure-ratios.ts';

/** A count in figures or in words up to twenty. */
const COUNT = `\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty`;

/** Number pairs whose order a sentence fixes: [pattern, what must hold, description]. */
const ORDERS: [RegExp, (a: number, b: number) => boolean, string][] = [
	[
		// "Only 58% … against a national target of 95%", "only 3.6 years, against the five years",
		// "Only 81% … have had both doses, compared with the 95% that experts say is needed".
		new RegExp(
			`\\bonly\\s+(?:about\\s+)?(${COUNT}|\\d+\\.\\d+)%?[^.;]{0,160}?,?\\s+(?:against|compared\\s+with)\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+){0,3}?(?:of\\s+)?(${COUNT}|\\d+\\.\\d+)\\b`,
			'i'
		),
		(a, b) => a < b,
		'“only” is less than what it is set against'
	],
	[
		// "Of the 312 members who took part in the ballot, 264 voted for a strike".
		/\bof the\s+([\d,]+)\s+[a-z]+\b[^.;]{0,60}?,\s+([\d,]+)\s+(?:voted|were|said|had|have|are|did)\b/i,
		(a, b) => b <= a,
		'a part is no larger than the whole it is of'
	],
	[
		// "…, a majority of about 85%": a majority is more than half.
		/\ba majority of (?:about |around |roughly |nearly |almost |some |just over )?(([\d.]+))\s?(?:%|per ?cent)/i,
		(a) => a > 50,
		'a majority is more than half'
	],
	[
		// "83% of 16-year-olds have had both doses, well below the 95% that experts say…".
		/\b(\d+(?:\.\d+)?)%[^.;%]{0,120}?,\s+(?:well |far |just |slightly )?below\s+the\s+(\d+(?:\.\d+)?)%/i,
		(a, b) => a < b,
		'what is below a figure is less than it'
	],
	[
		// "Chasing 301 to win, Thornleigh were bowled out for 286": short of the target.
		/\bchasing\s+(\d+)\b[^.;]*?\b(?:bowled out|all out|dismissed)\s+for\s+(\d+)\b/i,
		(a, b) => a > b,
		'a side bowled out chasing a target made less than it'
	],
	[
		// "Owen Pelham made 132, his first century of the season": a century is 100 or more.
		/\b(?:made|scored|hit|struck)\s+((\d+))(?:\s+not out)?,\s+(?:his|her|their|a)\s+(?:first\s+|maiden\s+|second\s+|third\s+)?(?:century)\b/i,
		(a) => a >= 100,
		'a century is a hundred runs or more'
	],
	[
		/\bin\s+(1\d{3}|20\d{2})\b[^.;]*?\band\s+died\s+in\s+(1\d{3}|20\d{2})\b/i,
		(a, b) => a <= b,
		'nothing happens to someone after they died'
	],
	[
		// "beat the world number three … by 10 frames to eight".
		new RegExp(
			`\\b(?:passed|approved|carried|won|backed|voted|elected|defeated|rejected|thrown out|voted down|beat|beats|beating|beaten)\\b[^.]*?\\bby\\s+(${COUNT}|[\\d,.]+)\\s+(?:(?:votes|frames|points|goals|sets|games|legs|tries|runs)\\s+)?to\\s+(${COUNT}|[\\d,.]+)\\b`,
			'i'
		),
		(a, b) => a > b,
		'the winning side must have more votes'
	],
	[
		/\b(?:beat|beats|beating|defeated|defeating|won|wins|winning|victory|win)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a > b,
		'the winner must have scored more'
	],
	[
		/\b(?:lost|losing|loses|defeat)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a !== b,
		'a defeat is not a draw'
	],
	[
		/\b(?:drew|draw|drawn|level)\b[^.]*?\b(\d+)\s*[-–]\s*(\d+)\b/i,
		(a, b) => a === b,
		'a draw has equal scores'
	],
	[
		// "well below", "far below": not 62 against 65.
		/\b(\d[\d,.]*)\s*(?:per ?cent|%)?[^\d.;]*?\b(?:well|far) (?:below|short of|lower than)\s+(?:the\s+)?\D{0,3}(\d[\d,.]*)/i,
		(a, b) => a <= b * 0.9,
		'“well below” leaves a gap'
	],
	[
		// "41 per cent full this year, well below the 65 per cent it needs"
		/\b(\d[\d,.]*)\s*(?:per ?cent|%)?[^\d.;]*?\b(?:well |far |just |still )?(?:below|short of|lower than)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,4}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?\D{0,3}(\d[\d,.]*)/iu,
		(a, b) => a < b,
		'what is below the other must be smaller'
	],
	[
		// "£29,500 a year, well above the town's average salary of about £24,000".
		/\b(\d[\d,.]*)\s*(?:per ?cent|%)?[^\d.;]*?\b(?:well |far |just |still )?(?:above|higher than)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,4}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?\D{0,3}(\d[\d,.]*)/iu,
		(a, b) => a > b,
		'what is above the other must be larger'
	],
	[
		// "Food prices rose by 9% …, faster than the national average of 7%".
		/\b(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent)[^\d.;]*?\b(?:faster|quicker|steeper|more|higher|greater)\s+than\s+(?:[a-z']+\s+){0,5}?\D{0,3}(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent)/i,
		(a, b) => a > b,
		'what rose faster than the other must be the larger'
	],
	[
		/\b(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent)[^\d.;]*?\b(?:slower|less|lower|smaller)\s+than\s+(?:[a-z']+\s+){0,5}?\D{0,3}(\d[\d,]*(?:\.\d+)?)\s*(?:%|per ?cent)/i,
		(a, b) => a < b,
		'what rose more slowly than the other must be the smaller'
	],
	[
		// "Only 81 per cent … compared with 89 per cent across the region", "Just 2,140 … compared
		// with 3,050"
		/(?:^|[.!?]\s+)(?:Only|Just)\s+\D{0,3}(\d[\d,.]*)(?:[^.;]|\.\d)*?\bcompared with\s+\D{0,3}(\d[\d,.]*)/i,
		(a, b) => a < b,
		'“only” is less than what it is compared with'
	],
	[
		/(?:^|[.!?]\s+)[^.;]*?\b(\d[\d,.]*)\b[^.;]*?\bup from\s+(?:(?:a|an|the|its|their)\s+(?:peak|high|low|record|level|total|target|estimate|forecast)\s+(?:of|at)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|just)\s+)?\D{0,3}([\d,.]+)/i,
		(a, b) => a > b,
		'“up from” starts lower'
	],
	[
		// The figure nearest before it: "2,150 patients, and 41% of them …, up from 29%"; "the
		// station's 31st call-out this year, up from 19".
		/\b(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?\b[^\d.;]*?\bup from\s+(?:(?:a|an|the|its|their)\s+(?:peak|high|low|record|level|total|target|estimate|forecast)\s+(?:of|at)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|just)\s+)?\D{0,3}([\d,.]+)/i,
		(a, b) => a > b,
		'“up from” starts lower than the figure before it'
	],
	[
		/(?:^|[.!?]\s+)[^.;]*?\b(\d[\d,.]*)\b[^.;]*?\bdown from\s+(?:(?:a|an|the|its|their)\s+(?:peak|high|low|record|level|total|target|estimate|forecast)\s+(?:of|at)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|just)\s+)?\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'“down from” starts higher'
	],
	[
		/\b(\d[\d,]*(?:\.\d+)?)\b[^\d.;]*?\bdown from\s+(?:(?:a|an|the|its|their)\s+(?:peak|high|low|record|level|total|target|estimate|forecast)\s+(?:of|at)\s+)?(?:(?:about|around|roughly|nearly|almost|some|over|just)\s+)?\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'“down from” starts higher than the figure before it'
	],
	[
		// "12 of its 10 members", "Ten of the 14 members", "in four of the five areas".
		new RegExp(
			`\\b(${COUNT}|[\\d,.]+)\\s+(?:of|out of)\\s+(?:the|its|their|his|her)?\\s*(?:[A-Za-z’'-]+\\s+){0,4}?(${COUNT}|[\\d,.]+)\\b`,
			'i'
		),
		(a, b) => a <= b,
		'a part cannot be larger than its whole'
	],
	[
		// "between 1050 BC and 980 BC": before Christ, the earlier year is the larger.
		/\bbetween\s+([\d,]+)\s*BCE?\s+and\s+([\d,]+)\s*BCE?\b/,
		(a, b) => a > b,
		'a range of years BC runs from the larger to the smaller'
	],
	...AGE_ORDERS,
	...SPAN_ORDERS,
	[
		// "Only 61% …, well below the trust's own target of 78%": the nearest figure before it.
		/\b(\d[\d,]*(?:\.\d+)?)\b[^\d.;]*?\b(?:well|far|just|still) below (?:the|its|their|a)\b[^\d.;]{0,40}?\b(?:of|at)\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'“well below” must be below'
	],
	[
		// "Inflation fell to 3.4% …, but it remains well above the authority's 2% target": the
		// figure the sentence opens with, a fifth above at least.
		/(?:^|[.!?]\s+)[^.;%\d]*?\b(\d+(?:\.\d+)?)\s*(?:%|per ?cent)(?:[^.;]|\.\d)*?\b(?:well|far|comfortably) above (?:the|its|their|a)\b[^\d.;]{0,50}?\s\D{0,3}(\d+(?:\.\d+)?)\s*(?:%|per ?cent)/i,
		(a, b) => a >= b * 1.2,
		'“well above” leaves a gap'
	],
	[
		// "ranked 14th out of 16 operators": no 14th place among 10.
		/\b(\d+)(?:st|nd|rd|th)\s+(?:out\s+)?of\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,2}?([\d,]+)\b/i,
		(a, b) => a <= b,
		'a place cannot be past the number ranked'
	],
	[
		new RegExp(
			String.raw`\b(?:rise|rises|rose|risen|rising|increase|increases|increased|grow|grows|grew|climb|climbs|climbed|jumped|up|soared|surged)\s+from\s+${ABOUT}\D{0,3}([\d,.]+)[^.]*?\bto\s+${ABOUT}\D{0,3}([\d,.]+)`,
			'i'
		),
		(a, b) => a < b,
		'a rise ends higher than it starts'
	],
	[
		new RegExp(
			String.raw`\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|decrease|decreases|decreased|decline|declines|declined|cut|down|lowered|reduced|slipped|slid|sank|plunged|tumbled|shrank|shorten|shortens|shortened|shortening)\s+(?:[\w'’-]+\s+){0,3}?from\s+${ABOUT}\D{0,3}([\d,.]+)[^.]*?\bto\s+${ABOUT}\D{0,3}([\d,.]+)`,
			'i'
		),
		(a, b) => a > b,
		'a fall ends lower than it starts'
	],
	[
		// "had risen to 4.1%, from 3.6% a year earlier": the same rise, told end first.
		new RegExp(
			String.raw`\b(?:rose|risen|rising|increased|grew|grown|climbed|jumped|soared|surged)\s+to\s+${ABOUT}\D{0,3}([\d,.]+)[^\d.;]{0,30}?,?\s+from\s+${ABOUT}\D{0,3}([\d,.]+)`,
			'i'
		),
		(a, b) => a > b,
		'a rise ends higher than it starts'
	],
	[
		new RegExp(
			String.raw`\b(?:fell|fallen|falling|dropped|decreased|declined|slipped|slid|sank|plunged|tumbled|shrank)\s+to\s+${ABOUT}\D{0,3}([\d,.]+)[^\d.;]{0,30}?,?\s+from\s+${ABOUT}\D{0,3}([\d,.]+)`,
			'i'
		),
		(a, b) => a < b,
		'a fall ends lower than it starts'
	],
	[
		/\bbetween\s+\D{0,3}([\d,.]+)(?:\s*(?:million|billion|thousand|per cent|%|bn|m|k))?\s+and\s+\D{0,3}([\d,.]+)/i,
		(a, b) => a < b,
		'a range runs from low to high'
	],
	[
		/\bfrom\s+((?:1\d|20)\d\d)\s+(?:to|until|till)\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => a < b,
		'a period ends after it starts'
	],
	[
		/\bborn\b[^.]*?\b((?:1\d|20)\d\d)\b[^.]*?\bdied\b[^.]*?\b((?:1\d|20)\d\d)\b/i,
		(a, b) => a < b,
		'a death comes after a birth'
	],
	[
		/\bfrom\s+\D{0,3}([\d,.]+)[^.;]*?\bto\s+\D{0,3}([\d,.]+)[^.;]*?\b(?:fewer|less) than half\b/i,
		(a, b) => b < a / 2,
		'“fewer than half” fixes how far it fell'
	],
	[
		// "Suspensions fell by more than half, from 412 … to 186".
		/\b(?:fell|fallen|dropped|declined|decreased|cut|reduced|down)\s+by\s+more\s+than\s+half\b[^.;]*?\bfrom\s+\D{0,3}([\d,.]+)[^.;]*?\bto\s+\D{0,3}([\d,.]+)/i,
		(a, b) => b < a / 2,
		'“by more than half” fixes how far it fell'
	],
	[
		// "more than doubled, from about £1,900 to £4,300".
		new RegExp(
			String.raw`\bmore\s+than\s+doubled\b[^.;]*?\bfrom\s+${ABOUT}\D{0,3}([\d,.]+)[^.;]*?\bto\s+${ABOUT}\D{0,3}([\d,.]+)`,
			'i'
		),
		(a, b) => b > 2 * a,
		'“more than doubled” fixes how far it rose'
	],
	[
		// "needed 26 licensed deckhands … but had only 17".
		/\bneed(?:ed|s)?\s+\D{0,3}(\d[\d,.]*)\b[^.;]*?\b(?:had|has|have|got)\s+only\s+\D{0,3}(\d[\d,.]*)/i,
		(a, b) => b < a,
		'“needed N but had only M” has fewer than it needs'
	],
	[
		// "on 6 and 7 September": two days of one month, in order.
		new RegExp(String.raw`\b(\d{1,2})\s+and\s+(\d{1,2})\s+(?:${MONTH_ALTERNATION})\b`),
		(a, b) => a < b,
		'two days of a month are named in order'
	]
];

/**
 * Years the sentence itself fixes: one year of a "half-century from 1962 to 2012", or one of
 * two years and the span between them ("joined in 1964 and stayed for 36 years, retiring in
 * 2000"). A blank for such a year is answered by arithmetic, not by the article.
 */
export function computable(statement: string, answer: string): boolean {
	if (
		multipleOfTheOther(statement, answer) ||
		daysBetweenDates(statement, answer) ||
		partOfWholeAndRest(statement, answer) ||
		productFixes(statement, answer) ||
		shareFixes(statement, answer) ||
		moreThanFixes(statement, answer) ||
		marginFixes(statement, answer)
	)
		return true;
	const span =
		/\b(half-century|decade|century)\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i.exec(
			statement
		);
	if (span && (span[2] === answer || span[3] === answer)) return true;
	const { years, spans } = yearSpans(statement);
	if (years.length === 2 && spans.length === 1 && !spanMismatch(statement))
		return years.includes(answer) || spans[0].text === answer;
	// "by 241 votes to 96, a majority of 145", "won 148,302 votes to Martin Crale's 131,877, a
	// majority of 16,425": any one of the three follows from the others.
	const vote =
		/\b(\d+(?:,\d{3})*) votes? to (?:(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}-]*['’]s\s+)?(\d+(?:,\d{3})*),? (?:a|with a|giving a) majority of (\d+(?:,\d{3})*)\b/iu.exec(
			statement
		);
	if (vote && vote.slice(1).includes(answer.replace(/\s*votes?$/i, ''))) {
		const [yes, no, majority] = vote.slice(1).map(toNumber);
		if (yes - no === majority) return true;
	}
	// "0.7 against 1.3, a reduction of 46%": any one of the three follows from the others.
	if (changeFixes(statement, answer)) return true;
	// "assets of £486m against liabilities of £700m, … only about 69%": the same.
	if (shareOfSums(statement) === false) {
		const changed = withAnswerChanged(statement, answer);
		return changed !== undefined && shareOfSums(changed) === true;
	}
	return false;
}

/** The rules each statement breaks, kept: the linter asks again as it repairs a question. */
const brokenCache = new Map<string, string[]>();

/** Which order rules a statement breaks. */
export function brokenOrders(statement: string): string[] {
	const cached = brokenCache.get(statement);
	if (cached) return [...cached];
	if (brokenCache.size > 4000) brokenCache.clear();
	const out = readOrders(statement);
	brokenCache.set(statement, out);
	return [...out];
}

/** A count as written: "1,200", "Ten". */
function countOf(text: string): number {
	const n = toNumber(text);
	return Number.isFinite(n) ? n : (parseNumber(text) ?? NaN);
}

function readOrders(statement: string): string[] {
	const out: string[] = [];
	if (backwardDates(statement)) out.push('a range of dates runs from the earlier to the later');
	if (beforeTheStory(statement)) out.push('it happens before what the sentence before tells');
	if (timesMismatch(statement)) out.push('it must be more than so many times the other');
	if (changeMismatch(statement)) out.push('its figures and the change between them do not agree');
	if (shareOfSums(statement)) out.push('its share is not the one sum over the other');
	if (multipleBroken(statement)) out.push('its figures are not the multiple it says');
	if (restBroken(statement)) out.push('a part and the rest do not make the whole');
	if (shareBroken(statement)) out.push('its count is not the share it says of the whole');
	if (fractionBroken(statement)) out.push('its part is not the fraction it says of the whole');
	if (productBroken(statement)) out.push('its figures no longer multiply out');
	if (daysBroken(statement)) out.push('its dates do not span the days it says');
	if (spanMismatch(statement)) out.push('its years and the years between them do not add up');
	if (moreThanBroken(statement)) out.push('its figures are not so many more than the other');
	if (marginBroken(statement)) out.push('its margin is not the difference of its totals');
	if (partOverWhole(statement)) out.push('a part of a sum cannot be larger than the sum');
	const changed = changeToBroken(statement);
	if (changed) out.push(changed);
	for (const [pattern, holds, description] of ORDERS) {
		const match = pattern.exec(statement);
		if (!match) continue;
		const [a, b] = [countOf(match[1]), countOf(match[2])];
		if (Number.isFinite(a) && Number.isFinite(b) && !holds(a, b)) out.push(description);
	}
	return out;
}
