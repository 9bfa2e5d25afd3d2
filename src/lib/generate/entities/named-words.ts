/**
 * Which capitalised words an article uses as names, read over the whole text before any one
 * sentence is cut into names: mid-sentence capitals, surnames after a title or a first name, and
 * pairs of capitals that open two sentences or more.
 */
import { hasTag, type Sentence, type Token } from '../analyse.ts';
import { ORGANISATION_HEADS, PLACE_HEADS } from '../../language/lexicon.ts';
import { OPENING_QUOTE } from './name-surface.ts';

/**
 * Capitalised words the text uses as names where a capital says something: inside a sentence
 * before another capitalised word ("left Ardent Basin without"), and the pairs of capitalised
 * words it opens two sentences or more with ("Hollins Fresh said…", "Hollins Fresh, which…").
 */
export function namedWords(sentences: Sentence[]): Set<string> {
	const named = new Set<string>();
	const openers = new Map<string, number>();
	const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);
	for (const { tokens, heading } of sentences) {
		if (heading) continue;
		tokens.forEach((t, i) => {
			// "Ms Feltham spent 31 years…": what follows a courtesy title is a surname.
			if (/^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(t.text) && capital(tokens[i + 1]))
				named.add(`surname:${tokens[i + 1].text}`);
			// "have given Wispwing permission": a lone capital inside a sentence is a name, so
			// "Wispwing, which was founded…" opening another names it too.
			if (
				capital(t) &&
				i > 0 &&
				!capital(tokens[i - 1]) &&
				!capital(tokens[i + 1]) &&
				!/[.!?:]["”’]?\s*$/.test(tokens[i - 1].post) &&
				!OPENING_QUOTE.test(t.pre)
			)
				named.add(`single:${t.text}`);
			if (!capital(t) || !capital(tokens[i + 1]) || !/^\s+$/.test(t.post)) return;
			if (i > 0 && !OPENING_QUOTE.test(t.pre) && !/[:]\s*$/.test(tokens[i - 1].post)) {
				named.add(t.text);
				// "Joren Vallak" mid-sentence: "Vallak," at the start of another is his surname.
				const next = tokens[i + 1];
				// So is "Fairweather" after "the world number three, Declan Fairweather, by…": two
				// capitals set off by commas, the first no place or body, read as a first name.
				const apposition =
					/^,\s*$/.test(tokens[i - 1].post) &&
					/^,\s*$/.test(next.post) &&
					!hasTag(t, 'Place', 'Organization', 'Region', 'Country');
				if (
					(hasTag(t, 'FirstName', 'MaleName', 'FemaleName') || apposition) &&
					!capital(tokens[i + 2]) &&
					!ORGANISATION_HEADS[next.normal] &&
					!PLACE_HEADS[next.normal]
				)
					named.add(`surname:${next.text}`);
			} else if (i === 0) {
				const pair = `${t.text} ${tokens[1].text}`;
				openers.set(pair, (openers.get(pair) ?? 0) + 1);
			}
		});
	}
	for (const [pair, count] of openers) if (count >= 2) named.add(pair);
	return named;
}
