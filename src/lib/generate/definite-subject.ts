/**
 * A sentence that opens with "the" and a thing its article's opening never brought in ("The
 * vehicles, paid for with a £9.2 million grant, are due in the autumn" after "a new fleet of 36
 * electric buses"; "The band played a shortened set" after the headliners were named) leans on
 * the sentence before, whatever its words: the article's reader met the thing there. The
 * headline's and the opening's things ("The mill closed in 2009" under "… built in old wool mill")
 * are the story's own.
 */
import { hasTag, type Sentence } from './analyse.ts';
import { LEAD_SENTENCES } from '../questions/lint/central-things.ts';
import { TIME_WORDS } from '../questions/lint/pointing-words.ts';

/** Words after the noun that say which one it is: "the plan to…", "the man who…". */
const DEFINING =
	/^(of|to|that|which|who|whose|for|from|about|between|behind|where|in|at|on|with|by|under|near)$/;

/** A noun's stem, to match "buses" with "bus" and "companies" with "company". */
function stem(word: string): string {
	return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** The stems of the lower-case words of the headline and the first sentences of the body. */
export function leadStems(sentences: readonly Sentence[]): Set<string> {
	const heading = sentences.filter((s) => s.heading).slice(0, 1);
	const body = sentences.filter((s) => !s.heading).slice(0, LEAD_SENTENCES);
	const out = new Set<string>();
	for (const s of [...heading, ...body])
		for (const t of s.tokens) if (/^[a-z]/.test(t.text)) out.add(stem(t.normal));
	return out;
}

/**
 * Why a sentence that opens at `start` with "the" and a thing leans on the sentence before, or
 * undefined when the thing is the story's own or the sentence says which it is.
 */
export function definiteSubject(
	sentence: Sentence,
	start: number,
	lead: ReadonlySet<string>
): string | undefined {
	const { tokens } = sentence;
	if (tokens[start]?.normal !== 'the' || sentence.index < LEAD_SENTENCES) return undefined;
	let k = start + 1;
	while (hasTag(tokens[k], 'Adjective') && !hasTag(tokens[k], 'Noun') && k < start + 4) k++;
	const noun = tokens[k];
	// "The group's chairwoman, Dr Helen Marsh,": the group the sentence before named.
	const owner = /^([a-z]+)['’]s$/.exec(noun?.text ?? '')?.[1];
	if (owner) return lead.has(stem(owner)) ? undefined : leaning(sentence, start, k);
	if (!noun || !/^[a-z]+$/.test(noun.text) || hasTag(noun, 'Value', 'Verb')) return undefined;
	if (TIME_WORDS.has(noun.normal) || lead.has(stem(noun.normal))) return undefined;
	const next = tokens[k + 1];
	// "The coxswain, Rachel Trenouth, …": a name says who.
	if (/^,/.test(noun.post) && /^[A-Z]/.test(next?.text ?? '')) return undefined;
	if (!/^,?\s+$/.test(noun.post) || DEFINING.test(next?.normal ?? '')) return undefined;
	// "The village hall", "the council tax": the noun goes on, and what it is said of comes next.
	if (hasTag(next, 'Noun') && !hasTag(next, 'Verb') && /^[a-z]+$/.test(next?.text ?? ''))
		return undefined;
	return leaning(sentence, start, k);
}

/** Why the words from `start` to `k` lean on the sentence before. */
function leaning({ tokens }: Sentence, start: number, k: number): string {
	const words = tokens.slice(start, k + 1).map((t) => t.text);
	return `“${words.join(' ')}” is one the sentence before brings in`;
}
