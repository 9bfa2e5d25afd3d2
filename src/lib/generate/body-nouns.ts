/**
 * What a body's noun ("the trust", "the party", "the firm") says about which body it is: several
 * of the kind counted before, another body named since, or the noun used as a verb's subject or
 * in a compound that names no body.
 */
import { hasTag, type Sentence, type Token } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';

/**
 * "the two trusts", "both schools": several of a kind the story is about, counted before ("one
 * of only four hospitals where…" counts others).
 */
export function countedBefore(head: string, sentence: Sentence, ctx: AntecedentContext): boolean {
	const plural = head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`;
	const counted = new RegExp(
		`\\b(?:(?:the|its|their)\\s+(?:two|three|four|five|six)|both(?:\\s+the)?)\\s+(?:[a-z]+\\s+)?${plural}\\b`,
		'i'
	);
	return ctx.sentences.slice(0, sentence.index).some((s) => counted.test(s.text));
}

/** A body of no told kind, named after the last of the bodies "the party" could be. */
export function bodyNamedSince(
	named: EntityDraft[],
	sentence: Sentence,
	ctx: AntecedentContext
): boolean {
	const last = Math.max(
		-1,
		...named.flatMap((e) =>
			e.mentions.filter((m) => m.sentence < sentence.index).map((m) => m.sentence)
		)
	);
	return ctx.index.entities.some(
		(e) =>
			!named.includes(e) &&
			(e.kind === 'organisation' || e.kind === 'group') &&
			e.category !== 'public' &&
			e.mentions.some((m) => m.sentence > last && m.sentence < sentence.index)
	);
}

/** "at the company start on", "The firm employs 120 people", "The firm says": its verb. */
const BODY_VERBS =
	/^(start|begin|pay|earn|work|plan|want|need|employ|run|own|operate|make|sell|expect|hope|hold|use|say|warn|claim|argue|insist|believe|accept|admit|deny|estimate|add)s?$|^(asking|saying|urging|calling)$/;

/** A body's noun said of all of its kind before another noun: "the school day", "council tax". */
const GENERIC_COMPOUNDS: Record<string, RegExp> = {
	school:
		/^(day|days|year|years|run|holidays?|term|terms|gates?|uniforms?|meals?|places?|leavers?)$/,
	council: /^(tax|houses?|housing|estates?|homes?|flats?)$/,
	hospital: /^(beds?|wards?|stays?|appointments?|admissions?|treatment)$/,
	bank: /^(holidays?|accounts?|balances?|cards?|details|statements?|loans?|transfers?)$/,
	business:
		/^(rates?|case|park|parks|plan|plans|model|community|owners?|leaders?|people|secretary|world|district|centre|studies|school|class|hours|day|days)$/
};

/**
 * What the word after "the <body noun>" makes of it: the body's own verb ("The firm says"), a
 * compound that names no one body ("the school day"), or neither (a noun the body has).
 */
export function bodyNounBefore(noun: string, after: string): 'verb' | 'compound' | undefined {
	if (BODY_VERBS.test(after)) return 'verb';
	return GENERIC_COMPOUNDS[noun]?.test(after) ? 'compound' : undefined;
}

/**
 * "Next year's festival", "The 11-day festival": where the body's noun stands after the words
 * that say which one it is (at the token `i` of "next" or "the"), or -1.
 */
export function datedBodyAt(tokens: Token[], i: number, word: string): number {
	if (/^(next|last|this)$/.test(word) && /^year['’]s$/.test(tokens[i + 1]?.normal ?? ''))
		return i + 2;
	const long =
		word === 'the' &&
		/^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(
			tokens[i + 1]?.text ?? ''
		) &&
		tokens[i + 1].post === '-' &&
		/^(day|week|month|year|night)$/.test(tokens[i + 2]?.normal ?? '');
	return long ? i + 3 : -1;
}

/** Words a firm is called by; two of them in one sentence ("the company … the firm") are two. */
const FIRM_WORDS = /^(company|firm|group|business|chain|retailer|operator)(['’]s)?$/;

/**
 * "said the company had been trying to buy the firm": another word for a firm after "the" in the
 * sentence than the one at `at`, so the two are two bodies.
 */
export function otherFirmWord(tokens: Token[], at: number, noun: string): Token | undefined {
	if (!FIRM_WORDS.test(noun)) return undefined;
	// "the firm's director … said the company had spent": one firm; a deal between them is two.
	const deal = (from: number, to: number) =>
		tokens.slice(Math.min(from, to) + 1, Math.max(from, to)).some((t) => DEAL_VERBS.test(t.normal));
	return tokens.find(
		(t, k) =>
			k !== at &&
			tokens[k - 1]?.normal === 'the' &&
			t.normal !== tokens[at].normal &&
			FIRM_WORDS.test(t.normal) &&
			deal(at, k)
	);
}

/** What one firm does to another: "trying to buy the firm", "agreed to merge with". */
const DEAL_VERBS =
	/^(buy|buying|bought|acquire|acquired|acquiring|merge|merged|merging|sue|sued|suing|sell|sold|selling|takeover|rival|rivals)$/;

/**
 * Whether the words after "the <noun>" at `at` say which one it is: "the council of Europe", "the
 * charity that runs the station"; "told the court that engineers had…" reports
 * what was said, and "the chain, which employs…" only adds to it.
 */
export function definedHere(tokens: Token[], at: number): boolean {
	const [noun, after, verb] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
	if (/^(of|for)$/.test(after?.normal ?? '')) return true;
	if (!/^\s+$/.test(noun?.post ?? '')) return false;
	if (after?.normal === 'which') return true;
	return (
		after?.normal === 'that' &&
		!/^(told|tell|tells|warned|informed|assured|reminded)$/.test(tokens[at - 1]?.normal ?? '') &&
		hasTag(verb, 'Verb') &&
		!hasTag(verb, 'Noun') &&
		!hasTag(tokens[at + 4], 'Verb')
	);
}
