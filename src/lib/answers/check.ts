/**
 * Lenient checking of typed answers. Case, accents, punctuation, curly quotes, articles (not the
 * "a" of "a little" or "a few") and (for people) titles are ignored; a person's surname alone is
 * enough; an entity's other names (its acronym, its short form) count; dates match however they
 * are written; numbers by value; small typos are forgiven by length (none up to 4 letters, 1 for
 * 5–8, 2 for longer) unless the typo is at least as close to another name in the deck, and never
 * add or drop the "a" of "a little". The reply says what was forgiven.
 */
import type { AnswerKey } from './key.ts';
import { answerWords, normalizeAnswer } from './normalize.ts';
import { sameDate } from './dates.ts';
import { parseNumber } from './numbers.ts';

export type Forgiven = 'typo' | 'surname' | 'garbled' | 'alias';

export interface CheckResult {
	correct: boolean;
	/** Why a not-quite-exact answer was accepted. */
	forgiven?: Forgiven;
	/** The form that is taught. */
	expected: string;
	message: string;
}

/** Optimal string alignment distance: a swap of two neighbouring letters counts as one edit. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => {
		const row = new Array<number>(cols).fill(0);
		row[0] = i;
		return row;
	});
	for (let j = 0; j < cols; j++) d[0][j] = j;
	for (let i = 1; i < rows; i++) {
		let best = Infinity;
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				v = Math.min(v, d[i - 2][j - 2] + 1);
			d[i][j] = v;
			best = Math.min(best, v);
		}
		if (best > max) return max + 1;
	}
	return d[a.length][b.length];
}

/** Typos allowed for an answer of this many letters (spaces not counted). */
export function allowedTypos(length: number): number {
	if (length <= 4) return 0;
	if (length <= 8) return 1;
	return 2;
}

function forms(key: AnswerKey, titles: boolean) {
	const norm = (t: string) => normalizeAnswer(t, { titles });
	const exact = new Set([norm(key.answer)]);
	const alias = new Set(key.accept.map(norm));
	const garbled = new Set(key.garbled.map(norm));
	const surnames = new Set<string>();
	if (key.kind === 'person')
		for (const name of [key.answer, ...key.accept]) {
			const words = answerWords(name, { titles: true });
			if (words.length > 1) surnames.add(words[words.length - 1]);
		}
	return { exact, alias, garbled, surnames };
}

function letters(text: string): number {
	return text.replace(/\s/g, '').length;
}

/**
 * How many times a normalised answer says "a" (only "a little" and "a few" keep it): a typo never
 * adds or drops one, since "a little" means the opposite of "little".
 */
function keptArticles(normalised: string): number {
	return normalised.split(' ').filter((w) => w === 'a').length;
}

export function checkTypedAnswer(input: string, key: AnswerKey): CheckResult {
	const expected = key.answer;
	const wrong = (): CheckResult => ({
		correct: false,
		expected,
		message: `The answer is ${expected}.`
	});
	if (!input.trim()) return wrong();

	const titles = key.kind === 'person';
	const typed = normalizeAnswer(input, { titles });
	const { exact, alias, garbled, surnames } = forms(key, titles);
	if (exact.has(typed)) return { correct: true, expected, message: 'Correct.' };
	if (alias.has(typed))
		return { correct: true, forgiven: 'alias', expected, message: `Correct: ${expected}.` };
	if (surnames.has(typed))
		return {
			correct: true,
			forgiven: 'surname',
			expected,
			message: `Correct: the surname is enough. In full: ${expected}.`
		};
	if (garbled.has(typed))
		return {
			correct: true,
			forgiven: 'garbled',
			expected,
			message: `Accepted: that is how the article's garbled text spells it. The correct form is ${expected}.`
		};
	// "March 3, 1998" for "3 March 1998": the same day, written another way.
	if (key.kind === 'date' && [key.answer, ...key.accept].some((form) => sameDate(input, form)))
		return { correct: true, forgiven: 'alias', expected, message: `Correct: ${expected}.` };
	// Numbers are compared by value; a listed form ("2nd or 3rd") was accepted above.
	if (key.kind === 'number' && key.value !== undefined) {
		const given = parseNumber(input);
		if (given === undefined) return wrong();
		const ok = Math.abs(given - key.value) <= (key.tolerance ?? 0);
		return ok
			? {
					correct: true,
					expected,
					message: given === key.value ? 'Correct.' : `Close enough: the article says ${expected}.`
				}
			: wrong();
	}

	// A digit off is another date or amount, not a typo.
	if (/\d/.test(typed) && (key.kind === 'date' || key.kind === 'number')) return wrong();
	// Typos: the closest accepted form within the allowance, unless a rival is as close.
	const targets = [...exact, ...alias, ...surnames, ...garbled];
	let best: { target: string; distance: number } | undefined;
	for (const target of targets) {
		const allowance = allowedTypos(letters(target));
		if (!allowance || keptArticles(target) !== keptArticles(typed)) continue;
		const distance = editDistance(typed, target, allowance);
		if (distance <= allowance && (!best || distance < best.distance)) best = { target, distance };
	}
	if (best) {
		const rivals = key.rivals.flatMap((r) => {
			const words = answerWords(r, { titles });
			return [words.join(' '), ...(titles && words.length > 1 ? [words[words.length - 1]] : [])];
		});
		const rivalDistance = Math.min(
			...rivals.map((r) => editDistance(typed, r, best.distance)),
			Infinity
		);
		if (rivalDistance > best.distance)
			return {
				correct: true,
				forgiven: 'typo',
				expected,
				message: `Accepted with a small typo. The correct spelling is ${expected}.`
			};
	}
	return wrong();
}
