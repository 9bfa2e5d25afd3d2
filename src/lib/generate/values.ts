/**
 * Numbers and dates in a sentence, as answers: "3,000" kilometres, "£480,000", "14 September 2015",
 * "1916", "the 1970s". What a value is and the patterns shared with its wrong answers are in
 * value-spans.ts; scores, shares in words and ranks in score-spans.ts; wrong answers for dates
 * and numbers in words in value-distractors.ts.
 */
import { hasTag, type Token } from './analyse.ts';
import { numberWordValue } from '../answers/numbers.ts';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../language/lexicon.ts';
import { fractionSpan, rankSpan, scoreSpan } from './score-spans.ts';
import { yearByItsWords } from './year-words.ts';
import { AT_LEAST, AT_MOST, DAY, TIME, YEAR, dateSpan, type ValueSpan } from './value-spans.ts';

const DECADE = /^(1\d{2}|20\d)0s$/;
const FIGURE = /^([£$€¥]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/;
/** "21C", "-4°C", "98.6F": a temperature written as one word. */
const TEMPERATURE = /^(-?\d+(?:\.\d+)?)(°?[CF])$/;
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
	'volume',
	// "call 999": a telephone number, not a figure of the news.
	'call',
	'dial',
	'ring'
]);

/**
 * What follows a service's own number after "the": its kind ("the 714 service", "the 31 bus") or
 * what it does ("withdrawing the 714 will save…").
 */
const SERVICES =
	/^(service|services|bus|buses|route|train|trains|coach|tram|will|would|was|is|has|had|runs|ran|carries|carried|serves|served|could|can|may|might|must|should)$/;

const month = (t: Token | undefined) =>
	t !== undefined &&
	((MONTHS.includes(t.text) && hasTag(t, 'Month', 'Date')) ||
		(MONTH_ABBREVIATIONS[t.text] !== undefined && /^\.\s/.test(t.post)));
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
		if (
			month(tokens[end]) &&
			(!/^may$/i.test(text(end)) || YEAR.test(text(end + 1)) || day(tokens[end + 1]))
		) {
			if (day(tokens[end + 1]) && YEAR.test(text(end + 2))) {
				out.push(dateSpan(tokens, start, end + 3, 'full', 0.9));
				i = end + 3;
				continue;
			}
			// "March 14", "Sept. 30": a day after its month, as American news writes it.
			if (day(tokens[end + 1])) {
				out.push(dateSpan(tokens, start, end + 2, 'day-month', 0.8));
				i = end + 2;
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
		// "1050 BC": a date of prehistory, whose wrong answers a year or a doubling away would be
		// too near to tell apart or run the wrong way. Not a blank.
		// "between 1420 and 1380 BC": the first year is BC as well.
		const bc = (k: number) => /^BCE?$/.test(text(k));
		if (/^\d/.test(t.text) && (bc(i + 1) || (/^(and|to)$/.test(text(i + 1)) && bc(i + 3)))) {
			i += bc(i + 1) ? 2 : 1;
			continue;
		}
		if (weekday(t)) {
			out.push(dateSpan(tokens, i, i + 1, 'weekday', 0.45));
			i++;
			continue;
		}
		if (!hyphenated && YEAR.test(t.text) && (hasTag(t, 'Year') || yearByItsWords(tokens, i))) {
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
		// "Twenty-three people died": a number written as two words joined by a hyphen.
		const tens = numberWordValue(t.normal);
		const units = numberWordValue(tokens[i + 1]?.normal ?? '');
		if (
			tens !== undefined &&
			tens >= 20 &&
			tens < 100 &&
			t.post === '-' &&
			units !== undefined &&
			units >= 1 &&
			units <= 9
		) {
			const noun = tokens[i + 2];
			out.push({
				start: i,
				end: i + 2,
				kind: 'number',
				answer: dateSpan(tokens, i, i + 2, 'year', 0).answer,
				value: tens + units,
				...(noun && hasTag(noun, 'Plural') ? { unit: noun.normal } : {}),
				inWords: true,
				quality: 0.8
			});
			i += 2;
			continue;
		}
		// "The 714 service", "withdrawing the 714 will save": a bus or train's number, its name.
		const service =
			prev?.normal === 'the' &&
			/^\d{1,4}[A-Z]?$/.test(t.text) &&
			SERVICES.test(tokens[i + 1]?.normal ?? '');
		if (
			hyphenated ||
			service ||
			LABELS.has(prev?.normal ?? '') ||
			hasTag(t, 'Ordinal', 'Fraction')
		) {
			i++;
			continue;
		}
		const figure = FIGURE.exec(t.text);
		const words = numberWordValue(t.normal);
		// "the Folio 3", "Route 66", "Terminal 5": a number that ends a name is part of the name.
		const inName =
			figure !== null &&
			i > 1 &&
			prev !== undefined &&
			/^[A-Z]/.test(prev.text) &&
			/^\s+$/.test(prev.post) &&
			!hasTag(prev, 'Date', 'Value') &&
			!/[£$€%]/.test(t.text);
		if (inName) {
			i++;
			continue;
		}
		// "another 999 call", "the 101 line": a number to dial is a name, not a quantity.
		if (
			figure &&
			/^\d{3,}$/.test(t.text) &&
			/^(calls?|lines?|numbers?)$/.test(tokens[i + 1]?.normal ?? '')
		) {
			i++;
			continue;
		}
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
					// "£4.1 million" is 4,100,000, not 4,099,999.9999999995.
					value = Number((value * scale).toPrecision(12));
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

/** Units a figure joined to them by a hyphen measures ("a 64-kilometre railway"). */
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
