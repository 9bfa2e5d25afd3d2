/**
 * The parts every question and flashcard shares: a fact's source text, a slot's answer key (the
 * answer, what else is accepted, and the rivals a typed answer must not be), and the highlight,
 * where an answer stands in the source. Also the wording of "Who said …?".
 */
import type { Deck, Entity, Fact, Quote, Slot } from '../content/deck-schema.ts';
import type { AnswerKey } from '../answers/key.ts';
import { indexDeck, isEntityKind, type DeckIndex } from './deck-index.ts';

/** A fact's source sentences as one text. */
export function sourceText(fact: Fact): string {
	return fact.source.join(' ');
}

/**
 * Where the answer stands in the article's own words (garbled spellings included): the form a
 * person marked (`preferred`) first, else the longest form found.
 */
export function highlightFor(fact: Fact, forms: string[], preferred?: string): string[] {
	const source = sourceText(fact);
	const lower = source.toLowerCase();
	const candidates = forms.filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
	const found = [preferred, ...candidates].find(
		(f) => f !== undefined && f.length > 1 && lower.includes(f.toLowerCase())
	);
	if (!found) return [];
	const at = lower.indexOf(found.toLowerCase());
	return [source.slice(at, at + found.length)];
}

/** The items without repeats (ignoring case), nor any of `except`. */
export function unique(items: string[], except: string[] = []): string[] {
	const seen = new Set(except.map((t) => t.toLowerCase()));
	return items.filter((t) => {
		const key = t.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Answers a typed answer must not match: the other things of the same kind. */
function rivalsFor(index: DeckIndex, slot: Slot, entity: Entity | undefined): string[] {
	if (!isEntityKind(slot.kind))
		return index.slotAnswers(slot.kind).filter((a) => a !== slot.answer);
	return index
		.entitiesOfKind(slot.kind)
		.filter((e) => e !== entity)
		.flatMap((e) => [e.name, ...e.aliases]);
}

/** A slot's answer key: its answer, every other form accepted, and its rivals. */
export function answerKeyFor(index: DeckIndex, slot: Slot): AnswerKey {
	const entity = index.entity(slot.entity);
	return {
		answer: slot.answer,
		accept: unique(
			[...(entity ? [entity.name, ...entity.aliases] : []), ...slot.accept],
			[slot.answer]
		),
		garbled: unique([...(entity?.garbled ?? []), ...slot.garbled]),
		kind: slot.kind,
		...(slot.value !== undefined ? { value: slot.value } : {}),
		...(slot.tolerance !== undefined ? { tolerance: slot.tolerance } : {}),
		...(slot.unit !== undefined ? { unit: slot.unit } : {}),
		rivals: rivalsFor(index, slot, entity)
	};
}

/** Where a slot's answer stands in the fact's source, in any spelling. */
export function slotHighlight(fact: Fact, slot: Slot, key: AnswerKey): string[] {
	return highlightFor(
		fact,
		[
			key.answer,
			...key.accept,
			...key.garbled,
			...(slot.value !== undefined ? [String(slot.value)] : [])
		],
		slot.inSource
	);
}

/** What every question made from one fact says of it: its ids, source, explanation and topic. */
export function base(fact: Fact) {
	return {
		factId: fact.id,
		factIds: [fact.id],
		source: sourceText(fact),
		...(fact.explanation ? { explanation: fact.explanation } : {}),
		...(fact.topic ? { topic: fact.topic } : {})
	};
}

/** The parts of a fact's source sentence that hold its answers, in any spelling. */
export function factHighlight(fact: Fact, index: DeckIndex): string[] {
	return fact.slots.flatMap((slot) => slotHighlight(fact, slot, answerKeyFor(index, slot)));
}

/** Each fact's answer highlight (as its true-or-false question has it), by fact id. */
export function answerHighlights(deck: Deck): Map<string, string[]> {
	const index = indexDeck(deck);
	return new Map(deck.facts.map((fact) => [fact.id, factHighlight(fact, index)]));
}

/** Every form of a speaker's name, as the source may write it. */
export function speakerForms(speaker: Entity): string[] {
	return [speaker.name, ...speaker.aliases, ...speaker.garbled];
}

/**
 * "Who said …?": a quotation in quotation marks, a paraphrase (rebuilt from a garbled source, so
 * not the speaker's words) without them.
 */
export function whoSaidPrompt(quote: Quote): string {
	return quote.paraphrase ? `Who made this point? ${quote.text}` : `Who said: “${quote.text}”?`;
}
