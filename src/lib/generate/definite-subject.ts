/**
 * A sentence that opens with "the" and a thing its article's opening never brought in ("The
 * vehicles, paid for with a £9.2 million grant, are due in the autumn" after "a new fleet of 36
 * electric buses"; "The band played a shortened set" after the headliners were named) leans on
 * the sentence before, whatever its words: the article's reader met the thing there. The
 * headline's and the opening's things ("The mill closed in 2009" under "… built in old wool mill")
 * are the story's own. Inside a sentence, "the dam" of a dam an earlier sentence named ("…towards
 * new sluice gates at the dam" after "finished the Morvath Dam") leans the same way.
 */
import { hasTag, type Sentence } from './analyse.ts';
import { quotedTokens } from './sentences.ts';
import { bodyNoun } from '../language/lexicon.ts';
import { LEAD_SENTENCES } from '../questions/lint/central-things.ts';
import { TIME_WORDS } from '../questions/lint/pointing-words.ts';

/** Words after the noun that say which one it is: "the plan to…", "the man who…". */
const DEFINING =
	/^(of|to|that|which|who|whose|for|from|about|between|behind|where|in|at|on|with|by|under|near)$/;

/** Words for the place a story happens in. */
const PLACES = /^(town|city|village|county|district|region|state|country|area|hour|day|night)$/;

/** The story's own event, whatever the lead called it: "the fire", "the game", "the research". */
const EVENTS =
	/^(fire|blaze|storm|flood|floods|flooding|game|match|race|final|research|study|trial|work|works|find|discovery|closure|launch|election|vote|strike|deal|case|inquiry|inquest|hearing|news|result|results|festival|show|event|meeting|investigation|crash|collision|accident|attack|outbreak)$/;

/** A word without the ending of its verb or plural: "launched" and "launch" alike. */
const base = (word: string) => word.replace(/(ed|ing|es|s|e)$/, '');

/** A noun's stem, to match "buses" with "bus" and "companies" with "company". */
function stem(word: string): string {
	return word.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** Where the noun after a "the" at `at` stands, past up to three adjectives: "the new sluice gates". */
function pastAdjectives(tokens: Sentence['tokens'], at: number): number {
	let k = at + 1;
	while (hasTag(tokens[k], 'Adjective') && !hasTag(tokens[k], 'Noun') && k < at + 4) k++;
	return k;
}

/** The stems of a sentence's words, read once a sentence: "the dam" is said where "Dam" is. */
const stemsCache = new WeakMap<Sentence, Set<string>>();
function stemsOf(sentence: Sentence): Set<string> {
	let stems = stemsCache.get(sentence);
	if (!stems) {
		stems = new Set(sentence.tokens.map((t) => stem(t.normal)));
		stemsCache.set(sentence, stems);
	}
	return stems;
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
	const k = pastAdjectives(tokens, start);
	const noun = tokens[k];
	// "The group's chairwoman, Dr Helen Marsh,": the group the sentence before named.
	const owner = /^([a-z]+)['’]s$/.exec(noun?.text ?? '')?.[1];
	if (owner) return lead.has(stem(owner)) ? undefined : leaning(sentence, start, k);
	if (!noun || !/^[a-z]+$/.test(noun.text) || hasTag(noun, 'Value', 'Verb')) return undefined;
	if (TIME_WORDS.has(noun.normal) || lead.has(stem(noun.normal))) return undefined;
	const next = tokens[k + 1];
	// "The coxswain, Rachel Trenouth, …": a name says who.
	if (/^,/.test(noun.post) && /^[A-Z]/.test(next?.text ?? '')) return undefined;
	if (!/^,?\s+$/.test(noun.post)) return undefined;
	// "The plan to…" says which; "The scheme, which is expected to cost…" does not.
	if (DEFINING.test(next?.normal ?? '') && !(/^,/.test(noun.post) && next?.normal === 'which'))
		return undefined;
	// "The village hall", "the council tax": the noun goes on, and what it is said of comes next.
	if (hasTag(next, 'Noun') && !hasTag(next, 'Verb') && /^[a-z]+$/.test(next?.text ?? ''))
		return undefined;
	return leaning(sentence, start, k);
}

/** Why the words from `start` to `k` lean on the sentence before (or one further back). */
function leaning(
	{ tokens }: Sentence,
	start: number,
	k: number,
	where = 'the sentence before'
): string {
	const words = tokens.slice(start, k + 1).map((t) => t.text);
	return `“${words.join(' ')}” is one ${where} brings in`;
}

/**
 * "sluice gates at the dam", "approved the grant": a "the" after the sentence's opening whose
 * thing the lead never brought in, the sentence does not say which, and an earlier sentence
 * brought in ("the Morvath Dam", "a £500 grant"). The words and the latest such sentence, or
 * undefined.
 */
export function definiteInside(
	sentence: Sentence,
	start: number,
	lead: ReadonlySet<string>,
	sentences: readonly Sentence[]
): { reason: string; from: number } | undefined {
	const { tokens } = sentence;
	const quoted = quotedTokens(sentence);
	const opening = sentences.filter((s) => !s.heading).slice(0, LEAD_SENTENCES);
	const leadBases = new Set([...lead].filter((w) => w.length > 3).map(base));
	for (let i = start + 1; i < tokens.length; i++) {
		if (tokens[i].normal !== 'the' || quoted[i]) continue;
		let k = pastAdjectives(tokens, i);
		// "the heritage centre": the last of the nouns names the thing.
		while (
			/^\s+$/.test(tokens[k]?.post ?? '') &&
			hasTag(tokens[k + 1], 'Noun') &&
			!hasTag(tokens[k + 1], 'Verb', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb') &&
			/^[a-z]+$/.test(tokens[k + 1]?.text ?? '') &&
			/^[a-z]+$/.test(tokens[k]?.text ?? '')
		)
			k++;
		const noun = tokens[k];
		if (
			!noun ||
			!/^[a-z]+$/.test(noun.text) ||
			!hasTag(noun, 'Noun') ||
			hasTag(noun, 'Value', 'Verb', 'Adverb', 'Pronoun', 'Preposition', 'Conjunction')
		)
			continue;
		const head = stem(noun.normal);
		if (TIME_WORDS.has(noun.normal) || lead.has(head) || EVENTS.test(noun.normal)) continue;
		// "the launch" under "has launched": the lead's own event, told as a verb.
		if (leadBases.has(base(head))) continue;
		// "the town", "the county", "the town centre": where the story happens.
		if (tokens.slice(i + 1, k + 1).some((t) => PLACES.test(t.normal))) continue;
		// "the plan by Halden Homes" says which; "approved the grant by 31 votes" does not.
		// "the heritage centre from 3 June", "the dam in 2009": a time or a count says no which.
		const byCount =
			/^(by|from|in|on|at|until|for)$/.test(tokens[k + 1]?.normal ?? '') &&
			hasTag(tokens[k + 2], 'Value', 'Date');
		if (/^\s+$/.test(noun.post) && DEFINING.test(tokens[k + 1]?.normal ?? '') && !byCount) continue;
		// "the council", "the company": a body the story is about, or one its reader knows.
		if (bodyNoun(noun.normal)) continue;
		if (tokens.slice(0, i).some((t) => stem(t.normal) === head)) continue;
		// Brought in by name ("the Morvath Dam"), as one new to the reader ("a £500 grant") or as
		// the one a clause defines ("the dam that holds back Ellswick reservoir").
		const broughtIn = (s: Sentence) =>
			s.tokens.some(
				(t, j) =>
					stem(t.normal) === head &&
					(/^\p{Lu}/u.test(t.text) ||
						(s.tokens[j - 1]?.normal === 'the' &&
							/^\s+$/.test(t.post) &&
							/^(that|which|who)$/.test(s.tokens[j + 1]?.normal ?? '')) ||
						s.tokens
							.slice(Math.max(0, j - 4), j)
							.some(
								(b, n, run) =>
									/^(a|an)$/.test(b.normal) && !run.slice(n).some((x) => x.normal === 'the')
							))
			);
		const before = sentences.filter((s) => s.index < sentence.index && stemsOf(s).has(head));
		if (!before.some(broughtIn)) continue;
		// "the council" of "Stannerley District Council" in the opening: the story's own.
		if (before.some((s) => s.heading || opening.includes(s))) continue;
		const from = before.at(-1)?.index;
		if (from === undefined) continue;
		return { reason: leaning(sentence, i, k, 'a sentence before'), from };
	}
	return undefined;
}

/**
 * "The most famous, in the summer of 1983, drilled a core…", "The largest was…": a "the" and a
 * word that only ranks, with no noun, stands for one of things the sentence before counted.
 */
export function ellipticSubject(sentence: Sentence, start: number): string | undefined {
	const { tokens } = sentence;
	if (tokens[start]?.normal !== 'the') return undefined;
	let k = start + 1;
	if (/^(most|least)$/.test(tokens[k]?.normal ?? '')) k++;
	const rank = tokens[k];
	if (!rank || !(hasTag(rank, 'Adjective') || hasTag(rank, 'Ordinal'))) return undefined;
	const next = tokens[k + 1];
	const bare =
		/^,/.test(rank.post) ||
		(next !== undefined && /^(was|is|were|are|had|has|came|went)$/.test(next.normal));
	if (
		!bare ||
		!/^(most|least|first|second|third|last|latest|largest|biggest|best|worst|oldest|newest|youngest|smallest|highest|lowest|longest|deadliest|earliest)$/.test(
			tokens[start + 1].normal
		)
	)
		return undefined;
	return leaning(sentence, start, k);
}
