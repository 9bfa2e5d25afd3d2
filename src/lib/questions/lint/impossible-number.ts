/**
 * Class 3, numbers that cannot be: a wrong answer or false statement with a share over 100 %, a
 * temperature below absolute zero, a negative count, a fraction of a person, a day that no month
 * has, an age no one reaches, or a past event dated after the article was written. The true
 * statement is the reference: a limit it does not meet itself is not applied.
 */
import type { Rule } from './finding.ts';
import { countMismatch, partsBroken, rangeReversed, sharesBroken } from './relations.ts';
import { wrongAnswers } from './wrong-answers.ts';
import { firstYearAhead, FUTURE, monthsIn } from './article-date.ts';
import { numberWordValue } from '../../answers/numbers.ts';
import { MONTH_ALTERNATION, MONTH_DAYS, MONTHS } from '../../language/lexicon.ts';
import { escapeRegExp } from '../../format/regexp.ts';

/** Words after which a percentage may pass 100: "rose by 150%", "a 120% increase". */
const GROWTH =
	/\b(rise|rose|risen|increase[sd]?|grew|grown|growth|up(?!\s+to\b)|jump(ed)?|higher|more|surge[sd]?|gain(ed)?|inflation|return|above|over)\b/i;
/** A fall "by" a share: "cut … by up to", "reduced by". */
const CUT_BY =
	/\b(cut|cuts|cutting|reduc\w*|fell|fall\w*|drop\w*|lower\w*|decreas\w*|shr[ai]nk\w*|lost|slash\w*)\b[^.;]*\bby\s+(up to\s+|about\s+|almost\s+|nearly\s+|around\s+|as much as\s+)?$/i;
/** Nouns for a fall, which no share over the whole can be. */
const FALLS = 'cut|fall|drop|reduction|decline|decrease|loss';
/** A fall named by its share: "a cut of 85%", "a reduction of almost 40 per cent". */
const CUT_OF = new RegExp(
	String.raw`\b(${FALLS}|saving)\s+of\s+(up to |about |almost |nearly |around |some |roughly |more than |over )?$`,
	'i'
);
/** A share named before its fall: "an 85% cut", "a 40 per cent drop". */
const CUT_AFTER = new RegExp(String.raw`^\s*(per ?cent|percent)?\s*(${FALLS})\b`, 'i');
/**
 * Words before the share a vote was carried by: "voted by", "approved by a majority of", "backed
 * walkouts by", "voted to strike by".
 */
const CARRIED_BY =
	/\b(voted|votes|backed|approved|carried|passed|endorsed|supported)\s+([a-z-]+\s+){0,2}by\s+(a\s+(majority|margin)\s+of\s+)?$/i;
/** Things counted in whole numbers. */
const COUNTED =
	/^\s*(people|persons|men|women|children|pupils|students|patients|players|members|votes|seats|goals|tries|points|runs|wickets|jobs|workers|staff|homes|houses|books|cars|ships|deaths|victims|visitors|species|countries|nations|teams|matches|games|councillors|officers|soldiers|troops)\b/i;

function firstNumber(text: string): number | undefined {
	const match = /-?\d[\d,]*(\.\d+)?/.exec(text);
	return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

/** Why a number standing at `at` in `statement` cannot be, or undefined. */
export function impossibility(statement: string, value: string): string | undefined {
	// "sold 118,000 tickets … ran at 118 per cent capacity": the figure itself, not inside another.
	const escaped = escapeRegExp(value);
	const at = new RegExp(`(?<!\\d|\\d[,.])${escaped}(?!\\d|,\\d)`).exec(statement)?.index ?? -1;
	if (at < 0) return undefined;
	const after = statement.slice(at + value.length, at + value.length + 40);
	const before = statement.slice(Math.max(0, at - 40), at);
	const n = firstNumber(value) ?? numberWordValue(value.trim().toLowerCase());
	if (n === undefined) return undefined;
	// "delivered eight days a week": no more days than a week has, hours than a day has.
	const per = /^\s*(days?) a week\b|^\s*(hours?) a day\b|^\s*(months?) a year\b/i.exec(after);
	if (per && n > (per[1] ? 7 : per[2] ? 24 : 12))
		return `${value} is more than a ${per[1] ? 'week' : per[2] ? 'day' : 'year'} has`;
	// "broadcasts on 145.9 FM": the FM band runs from 87.5 to 108.
	if (/^\s*FM\b/.test(after) && (n < 87.5 || n > 108)) return `${value} FM is off the FM band`;
	// "pupils in Years 10 and 22": a school has no year past 14.
	if (
		/\bYears?\s+(\d{1,2}\s+(and|or|to)\s+)?$/.test(before) &&
		/\b(pupils|students|school|class|GCSE)/.test(statement) &&
		n > 14 &&
		n < 100
	)
		return `no school has a Year ${value}`;
	const percent = /%/.test(value) || /^\s*(per ?cent|percent)\b/i.test(after);
	// "that figure rose to 108 per cent" of the teenagers: a level, not a rise, whatever the verb.
	const level =
		/\b(to|reach(?:ed|es)?|at)\s+(?:about|around|almost|nearly|some|just)?\s*$/i.test(before) &&
		!/\b(inflation|return|growth|prices?)\b/i.test(before);
	// "That is 90% of the sites, up from 54%": a share of a whole, whatever rose after it.
	// "Turnout was 102%, more than twice…": a turnout is a share, whatever follows.
	const shareOf =
		(/^\s*(per ?cent|percent)?\s*of\s+(the|all|its|their)\b/i.test(after) &&
			!GROWTH.test(before.slice(-16))) ||
		/\bturnout (was|of|is|at|reached)\s*$/i.test(before);
	if (
		percent &&
		n > 100 &&
		(level || shareOf || (!GROWTH.test(before) && !GROWTH.test(after.slice(0, 20))))
	)
		return `${value} is more than the whole`;
	if (percent && n < 0) return `${value} is a negative share`;
	// "cut farmers' use of herbicides by up to 135%": nothing falls by more than all of it.
	if (percent && n > 100 && (CUT_BY.test(before) || CUT_OF.test(before) || CUT_AFTER.test(after)))
		return `nothing is cut by ${value}`;
	// "voted by 87 per cent to strike": a vote the sentence says was carried had a majority.
	if (percent && n <= 50 && CARRIED_BY.test(before))
		return `${value} is no majority, for a vote that was carried`;
	const celsius = /°\s*C|\bdegrees?\s+(celsius|centigrade)\b|℃/i.test(value + after.slice(0, 22));
	const fahrenheit = /°\s*F|\bdegrees?\s+fahrenheit\b|℉/i.test(value + after.slice(0, 22));
	const kelvin = /^\s*(kelvin|K\b)/.test(after);
	if ((celsius && n < -273.15) || (fahrenheit && n < -459.67) || (kelvin && n < 0))
		return `${value} is below absolute zero`;
	if (n < 0 && !/[-−]/.test(before.slice(-2)) && COUNTED.test(after))
		return `${value} is a negative count`;
	if (
		!Number.isInteger(n) &&
		COUNTED.test(after.replace(/^\s*(million|thousand|billion)\b/i, '')) &&
		!/million|billion|thousand|m\b|bn\b|k\b/i.test(value + after.slice(0, 10))
	)
		return `${value} is a fraction of a whole thing`;
	// An age: "104 years old", "aged 43", "At 58, Ms Feltham…", "Lee Corcoran, 52,", "(44)".
	const age =
		/^\s*(-|\s)?years?[- ]old\b/i.test(after) ||
		/\b(aged|age of)\s*$/i.test(before) ||
		(/(^|[.!?]\s+)at\s*$/i.test(before) && /^,\s+(Mr|Mrs|Ms|Miss|Dr|\p{Lu})/u.test(after)) ||
		(/\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^,/.test(after)) ||
		// "Margaret Tillyard, now 86, …"
		(/\p{Lu}\p{Ll}+,\s+(now|then)\s*$/u.test(before) && /^[,.]/.test(after)) ||
		(/\p{Lu}\p{Ll}+\s+\(\s*$/u.test(before) && /^\s*\)/.test(after));
	if (age && n > 112) return `nobody is ${value} years old`;
	// "620 adults aged between 25 and 70", "riders who range in age from 19 to 71": a range of
	// living people.
	if (
		/\b(aged\s+(between\s+)?|in age from\s+|ages\s+(ranging\s+|range\s+)?from\s+)\d+\s+(and|to)\s*$/i.test(
			before
		) &&
		n > 100
	)
		return `${value} is past the ages such a group spans`;
	if (/\badults\s+aged\s+(between\s+)?$/i.test(before) && n < 18) return `no adult is ${value}`;
	// "unvaccinated children aged between five and 15": no child is 21.
	if (
		/\b(children|pupils|girls|boys)\b[^.;]{0,30}\baged\s+(between\s+)?(\w+\s+(and|to)\s+)?$/i.test(
			before
		) &&
		n > 18
	)
		return `no child is ${value}`;
	// "gave it five stars": a review's stars go up to five.
	if (
		/^\s*stars?\b/i.test(after) &&
		/\b(gave|gives|giving|award(ed|s)?)\s+(it|them|the \w+)\s*$/i.test(before) &&
		n > 5
	)
		return `a review gives at most five stars, not ${value}`;
	// "breaks of 112 and 96", "a run of 64" in a frame of snooker: no break passes 147.
	if (
		n > 147 &&
		/\b(breaks?|runs?|clearances?)\s+of\s+(\d+\s+and\s+)?$/i.test(before) &&
		/\b(snooker|frames?|pocket|cue)\b/i.test(statement)
	)
		return `no snooker break reaches ${value}`;
	// "equalised on 114 minutes": a match of 90 minutes (120 with extra time) has no such minute.
	if (
		/^\s*(minutes?|mins?)\b/i.test(after) &&
		/\b(on|after|in the|by the)\s*$/i.test(before) &&
		/\b(equalis|scor|goal|header|penalty|free-kick|striker|winger|half-time|kick-off)/i.test(
			statement
		) &&
		n > (/\bextra[- ]time\b/i.test(statement) ? 130 : 100)
	)
		return `a match has no minute ${n}`;
	// A date slot holds its month ("31 June", "June 31"): read the month beside the number itself.
	const digits = /-?\d[\d,]*(\.\d+)?/.exec(value);
	const afterNumber = digits ? value.slice(digits.index + digits[0].length) + after : after;
	const beforeNumber = digits ? before + value.slice(0, digits.index) : before;
	const month = new RegExp(String.raw`^\s*(${MONTH_ALTERNATION})\b`).exec(afterNumber);
	if (month && Number.isInteger(n) && n > MONTH_DAYS[MONTHS.indexOf(month[1])])
		return `${month[1]} has no day ${n}`;
	const monthFirst = new RegExp(String.raw`(${MONTH_ALTERNATION})\s*$`).exec(beforeNumber);
	if (monthFirst && n <= 31 && Number.isInteger(n) && n > MONTH_DAYS[MONTHS.indexOf(monthFirst[1])])
		return `${monthFirst[1]} has no day ${n}`;
	return undefined;
}

const yearsOf = (value: string) =>
	[...value.matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((m) => Number(m[1]));

/**
 * A year (alone or ending a date) after `year`, or a month of it after `month`, in a statement
 * about the past.
 */
function afterTheArticle(
	statement: string,
	value: string,
	year: number,
	month: number | undefined
): boolean {
	const later =
		yearsOf(value).some((y) => y > year) ||
		(month !== undefined && monthsIn(value).some(([y, m]) => y === year && m > month));
	return later && !FUTURE.test(statement);
}

/** A year no later than `year` (a past the article names), for an event still to come. */
function beforeItsFuture(statement: string, value: string, year: number): boolean {
	return FUTURE.test(statement) && yearsOf(value).some((y) => y <= year);
}

/** "was approved in 2028", where the article looks ahead to 2028: a done thing dated ahead. */
function donePast(statement: string, value: string, ahead: number): boolean {
	const at = statement.indexOf(value);
	const before = statement.slice(Math.max(0, at - 30), at);
	return (
		/\b(was|were|had been)\s+\w+ed\s+(in|on)\s+$/.test(before) &&
		yearsOf(value).some((y) => y >= ahead)
	);
}

export const impossibleNumber: Rule = (subject, { year, month, index }) => {
	const { fact, slot } = subject;
	const ahead = firstYearAhead(index.deck);
	if (!slot || (slot.kind !== 'number' && slot.kind !== 'date')) return [];
	const truth = impossibility(fact.statement, slot.answer);
	if (truth) return []; // the rules do not understand this sentence
	const truthLate = year !== undefined && afterTheArticle(fact.statement, slot.answer, year, month);
	// A future event the sentence dates after the article: a wrong year must be after it too.
	const truthAhead =
		year !== undefined && FUTURE.test(fact.statement) && yearsOf(slot.answer).some((y) => y > year);
	return wrongAnswers(subject).flatMap((wrong) => {
		if (wrong.statement === undefined) return [];
		const reason =
			impossibility(wrong.statement, wrong.text) ??
			rangeReversed(fact.statement, wrong.statement) ??
			sharesBroken(fact.statement, wrong.statement) ??
			partsBroken(fact.statement, wrong.statement) ??
			countMismatch(fact.statement, wrong.statement) ??
			(year !== undefined && !truthLate && afterTheArticle(wrong.statement, wrong.text, year, month)
				? `${wrong.text} is after the article was written (${year}), for a past event`
				: undefined) ??
			(year !== undefined && truthAhead && beforeItsFuture(wrong.statement, wrong.text, year)
				? `${wrong.text} is not after the article's own past (${year}), for an event to come`
				: undefined) ??
			(ahead !== undefined && donePast(wrong.statement, wrong.text, ahead)
				? `${wrong.text} is a year the article looks ahead to, for a past event`
				: undefined);
		return reason
			? [{ rule: 'impossible-number' as const, message: reason, option: wrong.text }]
			: [];
	});
};
