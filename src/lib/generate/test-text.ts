/**
 * For unit tests of the generator's steps: a short text run through the real pipeline (paragraphs,
 * sentences, tags, named things), and the context each step is given, built as candidates.ts and
 * generate.ts build it. Not used by the app.
 */
import { analyseParagraph, splitParagraphs, type Sentence } from './analyse.ts';
import { candidateFacts, type FactCandidate, type SkippedSentence } from './candidates.ts';
import { findEntities, type EntityDraft, type EntityIndex } from './entities.ts';
import { generateDeck } from './generate.ts';
import { resolveReferences, type Rewrite } from './references.ts';
import { leadingConnectives, quotedTokens } from './sentences.ts';

export interface AnalysedText {
	sentences: Sentence[];
	index: EntityIndex;
}

/** The statements of the facts the generator makes of a text, as the app makes them. */
export function statementsOf(text: string): string[] {
	return generateDeck(text).deck.facts.map((f) => f.statement);
}

/** Paragraphs are separated by a blank line; a short line without a full stop is a heading. */
export function analyseText(text: string): AnalysedText {
	const sentences: Sentence[] = [];
	splitParagraphs(text).forEach((paragraph, i) => {
		sentences.push(...analyseParagraph(paragraph, i, sentences.length));
	});
	return { sentences, index: findEntities(sentences) };
}

/** Each entity of the text as "kind name", in the order found. */
export function entityKinds(index: EntityIndex): string[] {
	return index.entities.map((e) => `${e.kind} ${e.name}`);
}

/** The one entity of the text with this name, or an error that lists the names found. */
export function entityNamed(index: EntityIndex, name: string): EntityDraft {
	const found = index.entities.filter((e) => e.name === name);
	if (found.length !== 1)
		throw new Error(
			`${found.length} entities named “${name}”; found: ${index.entities.map((e) => `“${e.name}”`).join(', ')}`
		);
	return found[0];
}

/** `resolveReferences` on the text's last sentence, with the context candidates.ts gives it. */
export function resolveLast(
	text: string,
	subjects: ReadonlySet<EntityDraft> = new Set()
): AnalysedText & { sentence: Sentence; rewrite: Rewrite } {
	const analysed = analyseText(text);
	const { sentences, index } = analysed;
	const sentence = sentences[sentences.length - 1];
	const rewrite = resolveReferences(sentence, {
		sentences,
		index,
		quoted: quotedTokens(sentence),
		skip: leadingConnectives(sentence),
		subjects
	});
	return { ...analysed, sentence, rewrite };
}

/** The words a rewrite puts in, by the word each replaces (as written). */
export function replacedWords(sentence: Sentence, rewrite: Rewrite): Record<string, string> {
	return Object.fromEntries(
		[...rewrite.replacements].map(([at, text]) => [sentence.tokens[at].text, text])
	);
}

/** The words a rewrite leaves out, as written, in order. */
export function removedWords(sentence: Sentence, rewrite: Rewrite): string[] {
	return [...rewrite.removed].sort((a, b) => a - b).map((at) => sentence.tokens[at].text);
}

export interface LastFact {
	/** The fact made of the text's last sentence, if one was. */
	fact?: FactCandidate;
	/** Why the last sentence was not used, if it was not. */
	skipped?: SkippedSentence;
}

/**
 * What `candidateFacts` makes of the text's last sentence. Every sentence is given the highest
 * importance, so that one with nothing to blank is still kept as a statement to read.
 */
export function lastFact(text: string): LastFact {
	const { sentences, index } = analyseText(text);
	const last = sentences[sentences.length - 1];
	const importance = new Map(sentences.map((s) => [s.index, 1]));
	const { candidates, skipped } = candidateFacts(sentences, index, new Set(), importance);
	return {
		fact: candidates.find((c) => c.sentence === last),
		skipped: skipped.find((s) => s.sentence === last)
	};
}
