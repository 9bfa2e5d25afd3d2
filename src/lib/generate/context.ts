/**
 * A sentence that leans on the one before it ("That ritual is due to end in October", "It is the
 * third time this year…") is taught after that sentence, as the article's reader met it, when the
 * sentence before is what it leans on and stands alone as taught.
 */
import { hasTag, type Sentence } from './analyse.ts';
import type { EntityIndex } from './entities.ts';
import { leadingConnectives, quotedTokens, wordCount } from './sentences.ts';
import { PLURAL_NOUNS } from '../questions/lint/pointing-words.ts';
import { bodyNoun, ROLE_NOUNS } from '../language/lexicon.ts';

/** The sentence before, as it is taught, when a sentence that leans on it may be asked after it. */
export interface Context {
	sentence: Sentence;
	statement: string;
	/** Shown only because it brings in what the sentence opens with: trusted as if alone. */
	soft?: boolean;
}

/** A context sentence has at most this many words, and the two together at most… */
const MAX_CONTEXT_WORDS = 40;
const MAX_WITH_CONTEXT_WORDS = 80;

/**
 * The sentence before this one, if it stands alone and is short enough to read first: no heading,
 * not itself leaning on the sentence before it.
 */
export function contextBefore(
	sentence: Sentence,
	sentences: Sentence[],
	index: EntityIndex,
	standing: ReadonlyMap<number, string>,
	why: string
): Context | undefined {
	const previous = sentences.find((s) => s.index === sentence.index - 1);
	// As it was taught on its own: a sentence that itself leaned on the one before has none.
	const statement = previous && standing.get(previous.index);
	if (!previous || !statement || !leansOn(sentence, previous, index, why)) return undefined;
	const words = wordCount(previous);
	if (words > MAX_CONTEXT_WORDS || words + wordCount(sentence) > MAX_WITH_CONTEXT_WORDS)
		return undefined;
	// A quotation on its own ("She treated their savings as her own.") says nothing of whose.
	if (quotedTokens(previous).every(Boolean)) return undefined;
	return { sentence: previous, statement };
}

/**
 * Words by which a sentence tells what "the decision", "the change" or "the problem" of the next
 * one is without naming it ("six members voted for the cut" after "The bank cut its rate").
 */
const TOLD_BY: Record<string, RegExp> = {
	decision: /^(decid|vot|chose|choos|agree|approv|rul|reject|back)/,
	change: /^(chang|propos|cut|rais|lower|replac|switch|mov|reform|introduc|scrap|end)/,
	plan: /^(plan|propos|will|would|intend|aim|want)/,
	scheme: /^(plan|propos|will|would|scheme|launch|introduc)/,
	proposal: /^(propos|plan|want|call|suggest)/,
	project: /^(project|build|built|launch|develop|design|mission)/,
	cut: /^(cut|reduc|lower)/,
	rise: /^(ris|rose|increas|grew|grow|climb|jump|soar|higher|up)$/,
	increase: /^(ris|rose|increas|grew|grow|climb|jump|soar|higher)/,
	fall: /^(fell|fall|drop|declin|lower|down)/,
	drop: /^(fell|fall|drop|declin|lower|down)/,
	offer: /^(offer|grant|pay|propos|deal|bid)/,
	growth: /^(ris|rose|grew|grow|increas|up|record|more|doubl|jump)/,
	// A target is a figure the sentence before sets.
	target: /^(target|aim|goal|raise|reach|£|\$|€|\d)/,
	// What went wrong, or a sum, is told in the sentence before, whatever its words.
	problem: /./,
	money: /./,
	// "… served with a winding-up petition … The case will be heard on 18 November."
	case: /^(court|trial|charg|petition|accus|sue|sued|prosecut|hearing|lawsuit|appeal|arrest)/
};

/** People named as many: "drivers", "investigators", "residents", "officials". */
const PEOPLE_PLURAL = /^\p{Ll}+(ers|ors|ists|ians|ants|ents|men|als|ees|ives)$/u;

/**
 * Whether the sentence before can be what a sentence leans on. "He" and "she" are the resolver's
 * to name (two people before make "he" anyone); "they" needs people before it ("Most schools
 * stayed open. They voted to strike" is no help); "the cable" needs a cable.
 */
export function leansOn(
	sentence: Sentence,
	previous: Sentence,
	index: EntityIndex,
	why: string
): boolean {
	const opener = sentence.tokens[leadingConnectives(sentence)]?.normal ?? '';
	const pronoun = (/^“?(\p{L}+)”/u.exec(why.replace(/^.*?“/, '“'))?.[1] ?? opener).toLowerCase();
	if (/^(he|she|his|her|him|hers)$/.test(opener) || /^(he|she|his|her|him)$/.test(pronoun))
		return false;
	if (/^(they|their|them)$/.test(opener) || /^(they|their|them)$/.test(pronoun))
		return (
			index
				.mentionsIn(previous.index)
				.some((m) => ['person', 'group', 'organisation'].includes(m.entity.kind)) ||
			previous.tokens.some(
				(t) => PLURAL_NOUNS.has(t.normal) || (hasTag(t, 'Plural') && PEOPLE_PLURAL.test(t.normal))
			)
		);
	// "Its director, Dr Miriam Okafor-Lund, said…": a body's, so a body the sentence before names
	// ("the painting was expected to be sold overseas" has none).
	const at = leadingConnectives(sentence);
	const role = sentence.tokens[at + 1]?.normal ?? '';
	if (opener === 'its' && (ROLE_NOUNS.has(role) || /^(chief|managing)$/.test(role)))
		return (
			index.mentionsIn(previous.index).some((m) => m.entity.kind === 'organisation' && !m.quoted) ||
			previous.tokens.some((t) => bodyNoun(t.normal))
		);
	const thing = /“the (\p{L}+)/u.exec(why)?.[1]?.toLowerCase();
	if (thing) {
		const stem = thing.replace(/(es|s)$/, '');
		const told = TOLD_BY[stem];
		return previous.tokens.some(
			(t) => t.normal.replace(/(es|s)$/, '') === stem || (told !== undefined && told.test(t.normal))
		);
	}
	return true;
}

/** How far a fact asked after the sentence before it is trusted, against one that stands alone. */
export const CONTEXT_FACTOR = 0.85;
