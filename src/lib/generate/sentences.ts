/**
 * Which sentences can stand alone as facts (the findings of automatic question generation: about
 * 6–30 words, no leading pronoun, balanced quotation marks, a statement rather than a question),
 * how much they lean on their context, and the statement taught from each.
 */
import { hasTag, type Sentence, type Token } from './analyse.ts';
import {
	bodyNoun,
	CONTEXT_PRONOUNS,
	LEADING_CONNECTIVES,
	LEADING_PRONOUNS,
	OBJECT_PRONOUNS,
	QUOTE_VERBS
} from '../language/lexicon.ts';
import type { Mention } from './entities.ts';

export const MIN_WORDS = 6;
/**
 * News sentences run long (the lead of a report is often 35–45 words) and carry the story: they
 * are kept up to this length, at a lower score past 30 words.
 */
export const MAX_WORDS_PER_SENTENCE = 55;

export type Rejection = 'heading' | 'too-short' | 'too-long' | 'question' | 'quotes' | 'pronoun';

export interface SentenceAssessment {
	/** Why the sentence cannot be a fact on its own. */
	rejected?: Rejection;
	/** 0–1: how well it stands alone. */
	score: number;
	/** Tokens to skip at the start ("But", "However,"). */
	skip: number;
}

export function wordCount(sentence: Sentence): number {
	return sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
}

/** Quotation marks that open and close in pairs. */
export function balancedQuotes(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length;
	const open = (text.match(/“/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	return straight % 2 === 0 && open === close;
}

/** Which tokens lie inside quotation marks. */
export function quotedTokens(sentence: Sentence): boolean[] {
	let open = false;
	const flip = (ch: string) => {
		if (ch === '“') open = true;
		else if (ch === '”') open = false;
		else if (ch === '"') open = !open;
	};
	return sentence.tokens.map((t) => {
		for (const ch of t.pre) flip(ch);
		const inside = open;
		for (const ch of t.post) flip(ch);
		return inside;
	});
}

/** How many words at the start are connectives to drop ("But", "However,"). */
export function leadingConnectives(sentence: Sentence): number {
	const tokens = sentence.tokens;
	let skip = 0;
	while (
		skip < 2 &&
		LEADING_CONNECTIVES.has(tokens[skip]?.normal ?? '') &&
		!/["“]/.test(tokens[skip].pre) &&
		// "Instead of four new productions, …", "So far, …": no connective, but the start of a
		// phrase.
		tokens[skip + 1]?.normal !== 'of' &&
		!(tokens[skip].normal === 'so' && /^(far|much|many|long)$/.test(tokens[skip + 1]?.normal ?? ''))
	)
		skip++;
	return skip;
}

/**
 * `resolved`: words that lean on nothing outside the sentence: pronouns replaced by the name they
 * stand for, and those after a name of this sentence ("Reddy said he was nervous").
 */
export function assessSentence(
	sentence: Sentence,
	resolved: ReadonlySet<number> = new Set()
): SentenceAssessment {
	const reject = (rejected: Rejection): SentenceAssessment => ({ rejected, score: 0, skip: 0 });
	if (sentence.heading) return reject('heading');
	const words = wordCount(sentence);
	if (words < MIN_WORDS) return reject('too-short');
	if (words > MAX_WORDS_PER_SENTENCE) return reject('too-long');
	if (/\?["”’)]*$/.test(sentence.text)) return reject('question');
	if (!balancedQuotes(sentence.text)) return reject('quotes');
	const tokens = sentence.tokens;
	const skip = leadingConnectives(sentence);
	// "This year the judges…", "This Friday, the playhouse will reopen", "This year's main
	// stage…": the article's own time, not a pointer to the sentence before.
	const ownTime =
		/^(this|last|next)$/.test(tokens[skip]?.normal ?? '') &&
		/^(year|week|month|summer|winter|spring|autumn|season|weekend|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
			tokens[skip + 1]?.normal.replace(/['’]s$/, '') ?? ''
		);
	// "Those on ardelumast had…", "Those who voted…": defined by what follows.
	const definedThose =
		tokens[skip]?.normal === 'those' &&
		/^(on|who|in|with|taking|given|aged|living|under|over|without)$/.test(
			tokens[skip + 1]?.normal ?? ''
		);
	if (
		LEADING_PRONOUNS.has(tokens[skip]?.normal ?? '') &&
		!resolved.has(skip) &&
		!ownTime &&
		!definedThose &&
		!/["“]/.test(tokens[skip].pre)
	)
		return reject('pronoun');
	let score = skip ? 0.95 : 1;
	if (words < 8 || words > 25) score *= 0.9;
	if (words > 35) score *= 0.9;
	if (words > 45) score *= 0.9;
	const quoted = quotedTokens(sentence);
	let personal = false;
	tokens.forEach((t, i) => {
		if (quoted[i] || resolved.has(i)) return;
		// "died there", "predicted them": what they stand for is in another sentence.
		if (
			OBJECT_PRONOUNS.has(t.normal) ||
			(t.normal === 'there' && i > skip && !hasTag(tokens[i + 1], 'Copula', 'Modal'))
		)
			score *= 0.8;
		else if (CONTEXT_PRONOUNS.has(t.normal)) score *= 0.93;
		if (/^(i|we|our|us|you|your)$/.test(t.normal)) personal = true;
	});
	score = Math.max(score, 0.5);
	if (personal) score *= 0.7;
	if (/[()]/.test(sentence.text)) score *= 0.95;
	return { score, skip };
}

/**
 * "It is thought that…", "It was decided to…", "It is unclear whether…", "It took six people four
 * hours to…": an "it" that stands for what follows, not for anything before. Such a sentence is
 * not rewritten.
 */
const EXPLETIVE_AFTER =
	/^(thought|believed|understood|expected|feared|hoped|said|reported|estimated|unclear|likely|unlikely|possible|impossible|clear|time|important|hard|difficult|easy|true|known|decided|agreed)$/;

export function expletiveIt(tokens: Token[], at: number): boolean {
	const verb = tokens[at + 1];
	// "It took six people nearly four hours to lift the boulder": the lifting took them.
	const take = tokens
		.slice(at + 1, at + 4)
		.findIndex((t) => /^(took|takes|take|taken|taking)$/.test(t.normal));
	if (take >= 0 && tokens.slice(at + 2 + take).some((t) => t.normal === 'to')) return true;
	if (!verb || !hasTag(verb, 'Copula')) return false;
	const next = tokens[at + 2]?.normal ?? '';
	const then = tokens[at + 3]?.normal ?? '';
	// "It is the first time the Playhouse has opened a season with new writing".
	// "It is the second break-in at the museum in three years", "It was the largest fire…": the
	// story's event, which no thing named before stands for.
	const time =
		next === 'the' &&
		(/^(first|second|third|fourth|fifth|last|latest|only|worst|best|biggest|largest|highest|lowest|longest|oldest|most)$/.test(
			then
		) ||
			(/^(first|second|third|last|only)$/.test(then) && tokens[at + 4]?.normal === 'time'));
	return time || EXPLETIVE_AFTER.test(next) || /^(that|to|whether|how|why|if)$/.test(then);
}

/**
 * Whether a firm, place or thing is named before the sentence's first "it" or "its", for it to
 * be: "Ardent Basin said it would…", "Corran, which made pumps at its works…". Not an object
 * ("The council bought it"), which is something else.
 */
export function itNamed(
	sentence: Sentence,
	mentions: Mention[],
	named: ReadonlyMap<number, string> = new Map()
): boolean {
	const at = sentence.tokens.findIndex((t) => t.normal === 'it' || t.normal === 'its');
	if (at < 0) return false;
	const before = sentence.tokens[at - 1]?.normal ?? '';
	const subject =
		sentence.tokens[at].normal === 'its' ||
		QUOTE_VERBS.has(before) ||
		// "said 3.5 per cent was as far as it could go": a clause's subject.
		/^(that|as|because|if|when|while|until|unless|so)$/.test(before);
	// The sentence's subject: "More than 60,000 visitors from south Wales passed through its
	// doors" does not mean Wales's doors.
	const opening = leadingConnectives(sentence);
	// "…proposed closing the school and sending its children": the thing of the verb before.
	const thing = (m: Mention) => m.entity.kind !== 'person' && m.end <= at;
	const joined = (m: Mention) => at - m.end === 2 && sentence.tokens[m.end].normal === 'and';
	if (sentence.tokens[at].normal === 'its' && mentions.some((m) => thing(m) && joined(m)))
		return true;
	const tokens = sentence.tokens;
	// A "the" whose thing has its name written in: "The bridge" → Aldermoor Bridge.
	const namedThe = (k: number) =>
		tokens[k]?.normal === 'the' && (named.has(k + 1) || named.has(k + 2));
	// "The chain, which employs…, said it had no plans": the body the sentence opens with, or
	// the thing whose name is written in for it ("The bridge … its parapets").
	const body =
		namedThe(opening) ||
		(tokens[opening]?.normal === 'the' &&
			bodyNoun(tokens[opening + 1]?.normal.replace(/['’]s$/, '') ?? ''));
	// "…, and the home could face action to cancel its registration": the subject, its name
	// written in, of the clause the "its" is in.
	const clause = tokens.some(
		(_, k) =>
			k < at &&
			namedThe(k) &&
			/^(and|but|while)$/.test(tokens[k - 1]?.normal ?? '') &&
			!tokens
				.slice(k + 1, at)
				.some((x) => /[,;]/.test(x.post) || /^(and|but|who|which)$/.test(x.normal))
	);
	return subject && (body || clause || mentions.some((m) => thing(m) && m.start <= opening));
}

/**
 * A figure in brackets that starts at token `i` ("82 miles (132 km)"): where the brackets close,
 * and whether it converts the figure just before it.
 */
export function figureInBrackets(
	tokens: Token[],
	i: number
): { close: number; conversion: boolean } | undefined {
	const t = tokens[i];
	if (!/\(/.test(t.pre) || !/^\d/.test(t.text) || /\d/.test(tokens[i - 1]?.text ?? ''))
		return undefined;
	const close = tokens.findIndex((x, k) => k >= i && k <= i + 3 && /^\)/.test(x.post));
	if (close < 0) return undefined;
	const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.text);
	return { close, conversion: i > 0 && /\d/.test(before.join(' ')) };
}
