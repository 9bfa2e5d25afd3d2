/**
 * A claim that names nothing to swap can still be stated falsely, by the opposite of one of its
 * words ("warm water holds less oxygen than cold" → "more oxygen"). Only a word used as its pair
 * expects (a verb for a verb: "cut its rate", never the noun "a deeper cut"), outside quotation
 * marks, not inside a name or a fixed phrase, once a sentence.
 */
import { opposite, oppositeFits } from '../language/opposites.ts';
import { hasTag, type Sentence } from './analyse.ts';

/** Phrases in which a word has no opposite: "more or less", "at least", "north of". */
const FIXED =
	/\b(more or less|no more|no less|any more|at least|at most|more than|less than|fewer than|best known|best possible|worst possible|north of|south of|east of|west of|above all|lost to|won the|won a)\b/i;

export interface Contrast {
	/** Token index of the word. */
	at: number;
	/** The word as written. */
	word: string;
	/** Its opposite, written the same way. */
	opposite: string;
}

/**
 * A sentence that gives its reason ("lost its eyes because they offer no advantage") turns
 * absurd with the opposite word: false from its own wording, not from the article.
 */
const REASONED =
	/\b(because|since|so that|so|therefore|thanks to|due to|as a result|which is why|in order to)\b/i;

/** Auxiliaries whose "not" can be taken away: "is not directly poisonous" → "is directly…". */
const AUXILIARIES = /^(is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)$/;

/**
 * "X is not poisonous" → "X is poisonous": a negation dropped (never one added, which needs the
 * verb rebuilt). Not with "until" ("will not arrive until…" has no plain opposite) or "only".
 */
function negation(sentence: Sentence, quoted: boolean[], skip: number): Contrast | undefined {
	const tokens = sentence.tokens;
	if (/\b(until|unless|only|either|neither|nor)\b/i.test(sentence.text)) return undefined;
	for (let i = skip + 1; i < tokens.length - 1; i++) {
		const aux = tokens[i];
		const not = tokens[i + 1];
		if (quoted[i] || not.normal !== 'not' || !AUXILIARIES.test(aux.normal)) continue;
		if (!/^\s+$/.test(aux.post) || /[,.;:]/.test(not.post)) continue;
		// "have not yet named her" has no plain opposite ("have yet named"); "warned that the
		// kitchens may not cope" says its own way (a warning that they may cope is none).
		if (tokens[i + 2]?.normal === 'yet') continue;
		// "was not a shortage of crews but the time…": "not … but" weighs two things, and without
		// its "not" it says neither.
		const after = tokens
			.slice(i + 2, i + 14)
			.map((t) => t.normal)
			.join(' ');
		if (/\bbut\b/.test(after)) continue;
		const before = tokens
			.slice(Math.max(0, i - 12), i)
			.map((t) => t.normal)
			.join(' ');
		// "ordering extra stock, but that milk … could not be kept", "Schools will stay open,
		// although some teachers may not reach them": the "but" says which way the clause goes.
		// "If it has not improved by then, it could be closed", "fastened when it was not locked":
		// a condition's "not" is what the rest hangs on.
		if (
			/\b(warn|warns|warned|warning|fear|fears|feared|worried|worries|concern|concerns|concerned|but|although|though|yet|while|whereas|if|when|whether)\b/.test(
				before
			)
		)
			continue;
		return { at: i, word: `${aux.text} not`, opposite: aux.text };
	}
	return undefined;
}

/**
 * The words of an "if" clause, up to its comma: "If it has not improved by then, it could be
 * closed" turns absurd with "worsened" as with the "not" dropped.
 */
function conditionTokens({ tokens }: Sentence): Set<number> {
	const out = new Set<number>();
	let inside = false;
	tokens.forEach((t, i) => {
		if (t.normal === 'if') inside = true;
		if (inside) out.add(i);
		if (/[,;]/.test(t.post)) inside = false;
	});
	return out;
}

export function findContrast(
	sentence: Sentence,
	quoted: boolean[],
	skip: number
): Contrast | undefined {
	const tokens = sentence.tokens;
	if (REASONED.test(sentence.text)) return undefined;
	const negated = negation(sentence, quoted, skip);
	if (negated) return negated;
	const condition = conditionTokens(sentence);
	for (let i = skip; i < tokens.length; i++) {
		if (quoted[i] || condition.has(i)) continue;
		const t = tokens[i];
		const next = tokens[i + 1];
		const found = opposite(t.text, next !== undefined && hasTag(next, 'Plural'));
		if (!found) continue;
		// The tagger reads "the bank cut its rate" as a noun "bank cut": a possessive after the
		// word makes it the verb.
		const verbBeforeOwner =
			/^(its|their|his|her|our|my|your)$/.test(next?.normal ?? '') && hasTag(tokens[i - 1], 'Noun');
		if (found.use === 'verb' && !hasTag(t, 'Verb') && !verbBeforeOwner) continue;
		// "more breathing room" turns an argument absurd; "less oxygen than cold" is a claim.
		if (
			/^(more|less|fewer)$/.test(t.normal) &&
			!tokens.slice(i + 1, i + 5).some((x) => x.normal === 'than')
		)
			continue;
		// "about fallen trees", "the doubled fee": a participle before a noun describes it; there is
		// no "risen trees".
		if (
			found.use === 'verb' &&
			hasTag(next, 'Noun') &&
			!hasTag(next, 'Pronoun', 'Possessive') &&
			(i === 0 || hasTag(tokens[i - 1], 'Preposition', 'Determiner', 'Adjective', 'Conjunction'))
		)
			continue;
		// "Ruth Ashworth later recalled": a time word, not a comparison; "passengers face a longer
		// wait": longer than what? A comparative is a claim when "than" says with what, or "much"
		// sets it against the sentence's own ("a small radar … much larger satellites").
		if (
			found.use === 'comparative' &&
			/er$/.test(t.normal) &&
			!/^(much|far)$/.test(tokens[i - 1]?.normal ?? '') &&
			!tokens.slice(i + 1, i + 5).some((x) => x.normal === 'than')
		)
			continue;
		// "The treaty must still be approved": what is yet to happen is no claim to turn round.
		if (
			found.use === 'verb' &&
			tokens
				.slice(Math.max(0, i - 3), i)
				.some((x) => /^(must|should|would|could|will|may|might|needs|need)$/.test(x.normal))
		)
			continue;
		// "raised concerns", "raised £18,400": voiced or collected, which no "cut" turns round.
		if (
			!oppositeFits(
				t.normal,
				tokens.slice(i + 1, i + 4).map((x) => x.normal)
			)
		)
			continue;
		// "cut off", "set up": a phrasal verb means something else.
		if (found.use === 'verb' && /^(off|up|down|out|back|over|in)$/.test(next?.normal ?? ''))
			continue;
		// "allowed to harvest" is not turned round by "banned to harvest": one takes "to", the
		// other "from".
		if (
			next?.normal === 'to' &&
			/^(banned|barred|prevented|stopped|prohibited|forbidden)$/i.test(found.word)
		)
			continue;
		if (
			found.use === 'comparative' &&
			!hasTag(t, 'Comparative', 'Superlative', 'Adjective', 'Adverb')
		)
			continue;
		// "the largest ever recorded", "the third largest in the region", "one of the largest
		// cranes in the country": a record for smallness is no news.
		if (
			found.use === 'comparative' &&
			/(est|most)$/.test(t.normal) &&
			(next?.normal === 'ever' ||
				tokens
					.slice(i + 1, i + 4)
					.some((x, k) => x.normal === 'in' && tokens[i + 2 + k]?.normal === 'the'))
		)
			continue;
		const around = tokens
			.slice(Math.max(0, i - 2), i + 3)
			.map((x) => x.text)
			.join(' ');
		if (FIXED.test(around)) continue;
		// A hyphenated word ("north-facing") or a name ("North Sea") is not a claim.
		if (/-$/.test(t.post) || /-$/.test(tokens[i - 1]?.post ?? '')) continue;
		if (/^[A-Z]/.test(t.text) && (i > skip || /^[A-Z]/.test(next?.text ?? ''))) continue;
		return { at: i, word: t.text, opposite: found.word };
	}
	return undefined;
}
