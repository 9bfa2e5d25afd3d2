/**
 * The canonical form two answers are compared in: case, accents, punctuation, curly quotes and
 * articles never count; for people, titles ("Sir", "President", "Lt Gen") do not count either.
 */

const TITLES = new Set([
	'sir',
	'dame',
	'lord',
	'lady',
	'president',
	'prime',
	'minister',
	'admiral',
	'general',
	'gen',
	'lt',
	'lieutenant',
	'col',
	'colonel',
	'retd',
	'retired',
	'dr',
	'mr',
	'mrs',
	'ms',
	'prof',
	'professor',
	'cllr',
	'councillor',
	'judge',
	'ds',
	'dc',
	'di',
	'dci',
	'pc',
	'sgt',
	'sergeant',
	'detective',
	'inspector'
]);
const ARTICLES = new Set(['the', 'a', 'an']);

export interface NormalizeOptions {
	/** Drop titles: for people's names only ("Prime Minister" is the answer to a role question). */
	titles?: boolean;
}

// The engine compares the same few hundred names thousands of times: remember the results.
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** Lower-case words with accents, punctuation and articles (and maybe titles) removed. */
export function answerWords(text: string, options: NormalizeOptions = {}): string[] {
	const key = `${options.titles ? 1 : 0}${text}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const words = computeWords(text, options);
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(key, words);
	return words;
}

function computeWords(text: string, options: NormalizeOptions): string[] {
	const plain = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}\s.,-]+/gu, ' ')
		// Keep a decimal point or thousands comma between digits; other dots, commas, hyphens go.
		.replace(/(?<!\d)[.,-]|[.,-](?!\d)/g, ' ');
	const words = plain.split(/\s+/).filter(Boolean);
	const meaningful = words.filter((w) => !ARTICLES.has(w) && !(options.titles && TITLES.has(w)));
	// An answer made only of such words ("The" or "Sir") keeps them.
	return meaningful.length ? meaningful : words;
}

export function normalizeAnswer(text: string, options: NormalizeOptions = {}): string {
	return answerWords(text, options).join(' ');
}
