/**
 * Words with an opposite that turns a claim around: "less oxygen" → "more oxygen", "the bank cut
 * its rate" → "raised". The generator states a claim falsely with one; the linter knows that a
 * blank whose answer is one of them is a choice between two words, not a question.
 */

/** Which part of speech a word must be used as for its opposite to fit. */
export type Use = 'verb' | 'comparative' | 'any';

const PAIRS: [string, string, Use][] = [
	['more', 'less', 'any'],
	['higher', 'lower', 'comparative'],
	['larger', 'smaller', 'comparative'],
	['bigger', 'smaller', 'comparative'],
	['longer', 'shorter', 'comparative'],
	['faster', 'slower', 'comparative'],
	['warmer', 'colder', 'comparative'],
	['earlier', 'later', 'comparative'],
	['older', 'younger', 'comparative'],
	['stronger', 'weaker', 'comparative'],
	['cheaper', 'dearer', 'comparative'],
	['highest', 'lowest', 'comparative'],
	['largest', 'smallest', 'comparative'],
	['biggest', 'smallest', 'comparative'],
	['longest', 'shortest', 'comparative'],
	['best', 'worst', 'comparative'],
	['increased', 'decreased', 'verb'],
	['increases', 'decreases', 'verb'],
	['rises', 'falls', 'verb'],
	['rose', 'fell', 'verb'],
	['risen', 'fallen', 'verb'],
	['rising', 'falling', 'verb'],
	['raised', 'cut', 'verb'],
	['gained', 'lost', 'verb'],
	['won', 'lost', 'verb'],
	// "rejected claims that it had been reckless" turns into "accepted", never "approved".
	['accepted', 'rejected', 'verb'],
	['approved', 'rejected', 'verb'],
	['allowed', 'banned', 'verb'],
	['strengthened', 'weakened', 'verb'],
	['improved', 'worsened', 'verb'],
	['expanded', 'shrank', 'verb'],
	['doubled', 'halved', 'verb'],
	['north', 'south', 'any'],
	['east', 'west', 'any'],
	['northern', 'southern', 'any'],
	['eastern', 'western', 'any'],
	['above', 'below', 'any'],
	['guilty', 'innocent', 'any']
	// Not "ahead"/"behind": "behind a growing share of fires" (causing) has no opposite, and
	// "ahead of" turns into "behind of".
];

/**
 * Verbs whose opposite fits only a level: "raised its rate" → "cut its rate", but "raised
 * concerns", "raised £18,400" or "raised the alarm" have no "cut".
 */
const LEVEL_VERBS = new Set(['raised', 'cut']);
const LEVELS =
	/^(rates?|prices?|tax|taxes|fees?|charges?|limits?|pay|wages?|rents?|costs?|tariffs?|fares?|levels?|interest|spending|budgets?|allowances?)$/;

/** Whether a verb's opposite fits the words after it (a level for "raised"/"cut"). */
export function oppositeFits(word: string, after: string[]): boolean {
	return !LEVEL_VERBS.has(word.toLowerCase()) || after.some((w) => LEVELS.test(w.toLowerCase()));
}

const OPPOSITE = new Map<string, { word: string; use: Use }>();
for (const [a, b, use] of PAIRS) {
	if (!OPPOSITE.has(a)) OPPOSITE.set(a, { word: b, use });
	if (!OPPOSITE.has(b)) OPPOSITE.set(b, { word: a, use });
}
OPPOSITE.set('fewer', { word: 'more', use: 'any' });

/**
 * The opposite of a word and the use it must have, written as the word was (capitalised if it
 * was). "more" before a plural is "fewer" ("more people" → "fewer people").
 */
export function opposite(
	word: string,
	beforePlural = false
): { word: string; use: Use } | undefined {
	const lower = word.toLowerCase();
	const found =
		lower === 'more' && beforePlural ? { word: 'fewer', use: 'any' as const } : OPPOSITE.get(lower);
	if (!found) return undefined;
	const written = /^[A-Z]/.test(word)
		? found.word[0].toUpperCase() + found.word.slice(1)
		: found.word;
	return { word: written, use: found.use };
}

/**
 * Whether a word has an opposite here, or is a negation ("is not"): a blank for it is a choice
 * between two words.
 */
export function hasOpposite(word: string): boolean {
	const key = word.trim().toLowerCase();
	return OPPOSITE.has(key) || /^\w+ not$/.test(key);
}
