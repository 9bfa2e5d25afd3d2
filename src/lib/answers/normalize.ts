/**
 * The canonical form two answers are compared in: case, accents, punctuation, curly quotes and
 * articles never count; for people, titles ("Sir", "President", "Lt Gen") do not count either.
 * One article does count: "a" before "little" or "few", which reverses the sense ("a little will
 * be achieved" is not "little will be achieved"; "a few" is not "few").
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
/**
 * Words whose "a" is part of the meaning: "a little"/"a few" (some) against "little"/"few"
 * (hardly any). Not "a lot": "lot" alone is no answer anyone gives, and keeping its "a" would
 * only refuse "alot" for "a lot" in a longer answer.
 */
const MEANINGFUL_AFTER_A = new Set(['little', 'few']);

export interface NormalizeOptions {
	/** Drop titles: for people's names only ("Prime Minister" is the answer to a role question). */
	titles?: boolean;
}

// The engine compares the same few hundred names thousands of times: remember the results.
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/**
 * Lower-case words with accents, punctuation and articles (and maybe titles) removed; the "a" of
 * "a little" and "a few" is kept.
 */
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
	const keptArticle = (w: string, i: number) =>
		w === 'a' && MEANINGFUL_AFTER_A.has(words[i + 1] ?? '');
	const meaningful = words.filter(
		(w, i) => (!ARTICLES.has(w) || keptArticle(w, i)) && !(options.titles && TITLES.has(w))
	);
	// An answer made only of such words ("The" or "Sir") keeps them.
	return meaningful.length ? meaningful : words;
}

export function normalizeAnswer(text: string, options: NormalizeOptions = {}): string {
	return answerWords(text, options).join(' ');
}
