/**
 * Answers found from the question's own wording rather than from the article: the answer (or
 * another name of it) printed elsewhere in the prompt, or the right option the odd one out of
 * its options by form (the only one with "the", with a title, in capitals, twice as long, the
 * only acronym among words, the only one not a nationality word among nationality words).
 */
import { answerWords, normalizeAnswer } from '../../answers/normalize.ts';
import { isDemonym } from '../../language/demonyms.ts';
import { MONTH_ALTERNATION } from '../../language/lexicon.ts';
import { BLANK } from '../wording.ts';
import { escapeRegExp } from '../../format/regexp.ts';
import { parseNumber } from '../../answers/numbers.ts';
import type { Finding, Rule } from './finding.ts';
import { computable } from './number-orders.ts';
import { complementShare, countedByList, partOfWhole } from './relations.ts';
import { boundBefore } from './two-right-answers.ts';

const TITLE =
	/^(sir|dame|lord|lady|dr|prof|professor|president|king|queen|mr|mrs|ms|councillor|judge|general|admiral|captain)\b/i;

/** A feature of an option's form that a test-wise student could pick the answer by. */
const FORMS: [string, (option: string) => boolean][] = [
	['the only one with “the”', (o) => /^the\s/i.test(o)],
	['the only one without “the”', (o) => !/^the\s/i.test(o)],
	['the only one with a title', (o) => TITLE.test(o)],
	['the only one in lower case', (o) => /^[a-z]/.test(o)],
	['the only one with a capital', (o) => /^[A-Z]/.test(o)],
	['the only one with a number', (o) => /\d/.test(o)]
];

/** "US", "NATO", "U.S.": written in capitals, as an acronym is. */
const isAcronym = (o: string) => /^(?:[A-Z]\.?){2,}$/.test(o.trim());
/** Written as a word (or words): with a lower-case letter in it. */
const isWord = (o: string) => /\p{Ll}/u.test(o);
/** One nationality word: "French", "the Polish". */
const isNationality = (o: string) => {
	const words = answerWords(o);
	return words.length === 1 && isDemonym(words[0]);
};

/**
 * Forms the answer can be the one exception to: [description, the answer's form, the form every
 * wrong option shares]. Only when all the others share theirs does the answer stand out.
 */
const CONTRASTS: [string, (option: string) => boolean, (option: string) => boolean][] = [
	['the only acronym (in capitals) among words', isAcronym, isWord],
	[
		'the only one that is not a nationality word, among nationality words',
		(o) => !isNationality(o),
		isNationality
	]
];

/** Why the right option stands out from the wrong ones by its form alone, or undefined. */
export function oddOneOut(answer: string, options: string[]): string | undefined {
	const wrong = options.filter((o) => o !== answer);
	if (wrong.length < 2) return undefined;
	for (const [description, has] of FORMS)
		if (has(answer) && !wrong.some(has)) return `the answer is ${description}`;
	for (const [description, answerForm, othersForm] of CONTRASTS)
		if (answerForm(answer) && wrong.every(othersForm)) return `the answer is ${description}`;
	const length = (o: string) => answerWords(o).length;
	const longest = Math.max(...wrong.map(length));
	const shortest = Math.min(...wrong.map(length));
	if (length(answer) >= 3 && length(answer) >= 2 * longest)
		return 'the answer is twice as long as any other option';
	if (shortest >= 3 && 2 * length(answer) <= shortest)
		return 'the answer is half as long as any other option';
	return undefined;
}

/** "Pennock's Bakery": a name the prompt gives a firm after the surname, if any. */
export function namedFirm(prompt: string, surname: string): string | undefined {
	return new RegExp(`\\b${escapeRegExp(surname)}['’]s(?: \\p{Lu}\\p{L}*)+`, 'u').exec(prompt)?.[0];
}

/** Whether the prompt prints the answer (or a name of its) outside the blank. */
export function printsAnswer(prompt: string, forms: string[]): string | undefined {
	const rest = ` ${normalizeAnswer(prompt.replace(BLANK, ' '))} `;
	for (const form of forms) {
		const key = normalizeAnswer(form);
		// Short or numeric forms ("4", "UK") are too common to count as giving anything away.
		if (key.length < 4 || !/\p{L}{3}/u.test(key)) continue;
		if (rest.includes(` ${key} `)) return `the prompt already says “${form}”`;
	}
	return undefined;
}

export const givenAway: Rule = ({ question, fact, slot }, { index }) => {
	const findings: Finding[] = [];
	if ((question.type === 'multiple-choice' || question.type === 'who-said') && question.options) {
		const odd = oddOneOut(question.answer, question.options);
		if (odd) findings.push({ rule: 'given-away', message: odd });
	}
	if (
		slot &&
		(question.type === 'cloze' ||
			question.type === 'multiple-choice' ||
			question.type === 'numeric')
	) {
		const entity = index.entity(slot.entity);
		// A person's surname names them too ("the Lopez team"), when no one else in the deck has it.
		const surname = entity?.kind === 'person' ? entity.name.split(/\s+/).at(-1) : undefined;
		const forms = [
			slot.answer,
			...slot.accept,
			...(entity ? [entity.name, ...entity.aliases] : []),
			...(surname && index.entityNamed(surname) === entity ? [surname] : [])
		];
		const printed = question.prompt.includes(BLANK)
			? printsAnswer(question.prompt, forms)
			: undefined;
		if (printed) findings.push({ rule: 'given-away', message: printed });
		// "Pennock's Bakery … was founded by _____": a firm named after the answer's family.
		const firm = surname && namedFirm(question.prompt.replace(BLANK, ' '), surname);
		if (firm && !printed)
			findings.push({ rule: 'given-away', message: `the prompt says “${firm}”` });
		// "the Kestmoor Conservatoire of Music (_____)": the acronym's letters are just before it.
		if (isAcronym(question.answer) && question.prompt.includes(`(${BLANK})`))
			findings.push({
				rule: 'given-away',
				message: `${question.answer} is spelt by the name just before the brackets`
			});
	}
	if (
		slot &&
		question.type !== 'true-false' &&
		(slot.kind === 'date' || slot.kind === 'number') &&
		computable(fact.statement, slot.answer)
	)
		findings.push({
			rule: 'given-away',
			message: `the sentence's other figures fix ${slot.answer}: it is arithmetic, not the article`
		});
	if (slot && question.type !== 'true-false' && slot.kind === 'number') {
		if (complementShare(fact.statement, slot.answer))
			findings.push({
				rule: 'given-away',
				message: `${slot.answer} is 100% minus the sentence's other share: arithmetic, not the article`
			});
		else if (partOfWhole(fact.statement, slot.answer))
			findings.push({
				rule: 'given-away',
				message: `the sentence's whole and its other parts fix ${slot.answer}: arithmetic, not the article`
			});
		else if (countedByList(fact.statement, slot.answer))
			findings.push({
				rule: 'given-away',
				message: `the sentence lists the ${slot.answer} by name: count them`
			});
	}
	if (slot && question.type !== 'true-false' && pairInOrder(fact.statement, slot.answer))
		findings.push({
			rule: 'given-away',
			message: `the other of the pair gives ${slot.answer}: the two run in order`
		});
	if (slot?.kind === 'number' && nominalSum(fact.statement, slot.answer))
		findings.push({ rule: 'given-away', message: 'a nominal price is £1 by custom' });
	if (slot?.kind === 'number' && splitOfAWhole(fact.statement, slot.answer))
		findings.push({
			rule: 'given-away',
			message: `the other share gives ${slot.answer}: the two make 100%`
		});
	if (slot?.kind === 'date' && weekdaySpan(fact.statement, slot.answer))
		findings.push({
			rule: 'given-away',
			message: `the span's other day and date fix ${slot.answer}: it is arithmetic, not the article`
		});
	const known = slot?.kind === 'date' ? worldKnownYear(fact.statement, slot.answer) : undefined;
	if (known)
		findings.push({ rule: 'given-away', message: `every student knows the year of “${known}”` });
	const glossed = slot?.kind === 'number' ? glossedShare(fact.statement, slot.answer) : undefined;
	if (glossed)
		findings.push({
			rule: 'given-away',
			message: `the words beside ${slot?.answer} say it: “${glossed}”`
		});
	if (slot?.kind === 'number' && namedFor(fact.statement, slot.answer))
		findings.push({
			rule: 'given-away',
			message: `a name in the sentence says ${slot.answer}: “${namedFor(fact.statement, slot.answer)}”`
		});
	if (question.type === 'multiple-choice' && slot?.kind === 'number' && question.options) {
		const extreme = boundedExtreme(fact.statement, slot.answer, question.options);
		if (extreme) findings.push({ rule: 'given-away', message: extreme });
	}
	return findings;
};

/**
 * "more than _____ signatures": every fair wrong answer is larger, so the right one is always the
 * smallest option, and a test-wise student picks it without knowing anything.
 */
export function boundedExtreme(
	statement: string,
	answer: string,
	options: string[]
): string | undefined {
	const at = statement.indexOf(answer);
	if (at < 0) return undefined;
	const plus = /^[-\s]?plus\b|^\+/.test(statement.slice(at + answer.length));
	const bound = boundBefore(statement.slice(0, at)) ?? (plus ? 'at-least' : undefined);
	if (bound !== 'at-least' && bound !== 'at-most') return undefined;
	const values = options.map((o) => parseNumber(o));
	const right = parseNumber(answer);
	if (right === undefined || values.some((v) => v === undefined)) return undefined;
	const others = values.filter((v) => v !== right) as number[];
	if (bound === 'at-least' && others.every((v) => v > right))
		return 'the answer is the smallest option, as every wrong answer to “more than” must be';
	if (bound === 'at-most' && others.every((v) => v < right))
		return 'the answer is the largest option, as every wrong answer to “less than” must be';
	return undefined;
}

/**
 * A name inside the sentence that spells the counted answer: "the Q-Six reader, measures six
 * proteins", "the Three Peaks challenge covers three mountains". Any value of the blank, true or
 * false, is then judged from the name, not from the article.
 */
export function namedFor(statement: string, answer: string): string | undefined {
	const value = parseNumber(answer);
	if (value === undefined) return undefined;
	// Capitalised words after the first: the first may be the answer itself ("Six people…").
	for (const m of statement.slice(1).matchAll(/[\p{L}\d]*-?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*/gu)) {
		const parts = m[0].split('-');
		if (parts.length < 2 && !/^\p{Lu}\p{Ll}+$/u.test(m[0])) continue;
		if (parts.some((part) => /^\p{L}+$/u.test(part) && parseNumber(part) === value)) return m[0];
	}
	return undefined;
}

const SHARE_WORDS = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine|\d) in (?:three|four|five|six|ten|\d+)|half|a third|two thirds|a quarter|three quarters|a fifth)`;

/**
 * "Nearly four in ten parents (38%)", "38% (almost four in ten)": a share glossed in words beside
 * it, so a student reads the figure off the words, and a false figure contradicts them.
 */
export function glossedShare(statement: string, answer: string): string | undefined {
	if (!/%$/.test(answer.trim())) return undefined;
	const figure = escapeRegExp(answer.trim());
	const words = new RegExp(
		String.raw`\b${SHARE_WORDS}(?: [\p{L}-]+){0,3} \(${figure}\)|${figure} \((?:[\p{L}]+ ){0,2}${SHARE_WORDS}\b`,
		'iu'
	);
	return words.exec(statement)?.[0];
}

const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DAY_MONTH = String.raw`\d{1,2} (?:${MONTH_ALTERNATION})`;

/**
 * "over three days, from Friday 8 August to Sunday _____": a span's weekdays and its other date
 * fix the blank's date, and a false one ("from Friday 30 June to Sunday 10 August") reads wrong.
 */
export function weekdaySpan(statement: string, answer: string): boolean {
	const span = new RegExp(
		String.raw`\bfrom ${WEEKDAY},? (${DAY_MONTH}) (?:to|until) ${WEEKDAY},? (${DAY_MONTH})\b`
	).exec(statement);
	return span !== null && (span[1] === answer.trim() || span[2] === answer.trim());
}

/** Years everyone knows from the words beside them: a pandemic's, a world war's. */
const KNOWN_YEARS: [RegExp, RegExp][] = [
	[/\b(pandemic|Covid(-19)?|coronavirus|lockdowns?)\b/i, /^(2020|2021)$/],
	[/\b(First World War|Great War)\b/, /^(1914|1918)$/],
	[/\bSecond World War\b/, /^(1939|1945)$/]
];

/** "The only other year it has not taken place was _____, when it was stopped by pandemic restrictions." */
export function worldKnownYear(statement: string, answer: string): string | undefined {
	for (const [words, years] of KNOWN_YEARS)
		if (years.test(answer.trim())) {
			const said = words.exec(statement)?.[0];
			if (said) return said;
		}
	return undefined;
}

/** Pairs that run in order, and the step between them: school years, decades, ages. */
const PAIRS: [RegExp, number][] = [
	[/\bYears? (\d{1,2}) (?:and|or|to|&) (\d{1,2})\b/g, 1],
	[/\b(\d{3}0s) (?:and|or|to|&) (\d{3}0s)\b/g, 10],
	[/\baged (\d{1,3}) (?:and|or|&) (\d{1,3})\b/g, 1]
];

/**
 * "pupils in Years _____ and 11", "exhibited in the _____ and 1930s", "people aged 54 and _____":
 * two school years, decades or ages in a row, each given by the other.
 */
export function pairInOrder(statement: string, answer: string): boolean {
	const a = answer.trim();
	return PAIRS.some(([pattern, step]) =>
		[...statement.matchAll(pattern)].some(
			(m) =>
				Math.abs(parseInt(m[1], 10) - parseInt(m[2], 10)) === step && (m[1] === a || m[2] === a)
		)
	);
}

/** "bought the mill for a nominal _____": a nominal price is £1 by custom. */
export function nominalSum(statement: string, answer: string): boolean {
	return /^£1$/.test(answer.trim()) && /\bnominal £1\b/.test(statement);
}

/**
 * "voted to remain by 55% to 45%", "52.4% supported leaving, against 47.6%": a vote's two shares,
 * each 100% less the other ("rose from 45% to 55%" is no split).
 */
export function splitOfAWhole(statement: string, answer: string): boolean {
	const a = parseFloat(answer.replace(/%$/, ''));
	const splits =
		/\bby (\d+(?:\.\d+)?)% to (\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)%[^;%]{0,60}?\bagainst (\d+(?:\.\d+)?)%/g;
	return [...statement.matchAll(splits)].some((m) => {
		const [x, y] = (m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]]).map(parseFloat);
		return Math.abs(x + y - 100) < 0.05 && (x === a || y === a);
	});
}
