/**
 * Small decks and questions for the linter's specs: a minimal valid `Deck` built inline (checked
 * by the schema and its references, so a spec never tests a deck the app would refuse), its
 * index as the lint context, and questions made the way the engine makes them.
 */
import * as v from 'valibot';
import {
	checkDeckReferences,
	DeckSchema,
	type Deck,
	type Entity,
	type Fact,
	type Slot
} from '../../content/deck-schema.ts';
import { indexDeck } from '../deck-index.ts';
import { blankOut } from '../wording.ts';
import type { Question } from '../types.ts';
import type { Finding, LintContext, LintRule, LintSubject } from './finding.ts';
import { swappedStatement } from './wrong-answers.ts';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type EntityInput = Optional<Entity, 'aliases' | 'garbled'>;
export type SlotInput = Optional<Slot, 'accept' | 'garbled' | 'distractors'>;
export interface FactInput extends Optional<Omit<Fact, 'slots'>, 'source'> {
	slots?: SlotInput[];
}

export function entity(input: EntityInput): Entity {
	return { aliases: [], garbled: [], ...input };
}

export function slot(input: SlotInput): Slot {
	return { accept: [], garbled: [], distractors: [], ...input };
}

/** A fact whose source sentence is its statement unless one is given. */
export function fact(input: FactInput): Fact {
	return {
		...input,
		source: input.source ?? [input.statement],
		slots: (input.slots ?? []).map(slot)
	};
}

/** A valid deck of these entities and facts; throws when the deck format would refuse it. */
export function makeDeck(entities: EntityInput[], facts: FactInput[], published?: string): Deck {
	const deck = v.parse(DeckSchema, {
		format: 1,
		id: 'test-deck',
		title: 'Test deck',
		source: { title: 'A test article', ...(published ? { published } : {}) },
		entities: entities.map(entity),
		facts: facts.map(fact)
	});
	const problems = checkDeckReferences(deck);
	if (problems.length)
		throw new Error(
			`invalid test deck: ${problems.map((p) => `${p.path.join('.')} ${p.message}`).join('; ')}`
		);
	return deck;
}

/** The lint context for a deck: its index, and the article's year when given. */
export function contextOf(deck: Deck, year?: number): LintContext {
	return { index: indexDeck(deck), ...(year !== undefined ? { year } : {}) };
}

/** The fact of this id in the deck, and its slot of this id. */
export function factSlot(deck: Deck, factId: string, slotId?: string): { fact: Fact; slot: Slot } {
	const found = deck.facts.find((f) => f.id === factId);
	if (!found) throw new Error(`no fact ${factId}`);
	const chosen = slotId === undefined ? found.slots[0] : found.slots.find((s) => s.id === slotId);
	if (!chosen) throw new Error(`no slot ${slotId ?? '(first)'} in ${factId}`);
	return { fact: found, slot: chosen };
}

function common(f: Fact, highlight: string[]) {
	return { factId: f.id, factIds: [f.id], source: f.source.join(' '), highlight };
}

/** A multiple-choice question on a slot, with these options (the answer among them). */
export function multipleChoice(
	f: Fact,
	s: Slot,
	wrong: string[],
	overrides: Partial<Question> = {}
): LintSubject {
	return {
		fact: f,
		slot: s,
		question: {
			id: `${f.id}.mc.${s.id}`,
			type: 'multiple-choice',
			prompt: s.question ?? blankOut(f.statement, s.answer),
			answer: s.answer,
			options: [s.answer, ...wrong],
			...common(f, [s.inSource ?? s.answer]),
			...overrides
		}
	};
}

/** The false statement the engine makes by putting `swap` in place of the slot's answer. */
export function falseStatement(f: Fact, s: Slot, swap: string): LintSubject {
	return {
		fact: f,
		slot: s,
		swap,
		question: {
			id: `${f.id}.tf.${s.id}`,
			type: 'true-false',
			prompt: swappedStatement(f, s, swap),
			answer: 'false',
			truth: f.statement,
			...common(f, [s.inSource ?? s.answer])
		}
	};
}

/** The fact's statement asked as true. */
export function trueStatement(f: Fact): LintSubject {
	return {
		fact: f,
		question: {
			id: `${f.id}.tf`,
			type: 'true-false',
			prompt: f.statement,
			answer: 'true',
			truth: f.statement,
			...common(
				f,
				f.slots.map((s) => s.inSource ?? s.answer)
			)
		}
	};
}

/** A fill-in-the-blank (or, for a number, numeric) question on a slot. */
export function typed(f: Fact, s: Slot, overrides: Partial<Question> = {}): LintSubject {
	const numeric = s.kind === 'number';
	return {
		fact: f,
		slot: s,
		question: {
			id: `${f.id}.${numeric ? 'num' : 'cloze'}.${s.id}`,
			type: numeric ? 'numeric' : 'cloze',
			prompt: blankOut(f.statement, s.answer),
			answer: numeric ? String(s.value) : s.answer,
			...common(f, [s.inSource ?? s.answer]),
			...overrides
		}
	};
}

/** A "who said it?" question on a fact's quotation. */
export function whoSaid(f: Fact, speaker: string, wrong: string[]): LintSubject {
	return {
		fact: f,
		question: {
			id: `${f.id}.who`,
			type: 'who-said',
			prompt: `Who said: “${f.quote?.text ?? ''}”?`,
			answer: speaker,
			options: [speaker, ...wrong],
			...common(f, [speaker])
		}
	};
}

/** The findings of one rule, and the options they blame. */
export function of(findings: Finding[], rule: LintRule): Finding[] {
	return findings.filter((f) => f.rule === rule);
}

export function blamed(findings: Finding[]): (string | undefined)[] {
	return findings.map((f) => f.option);
}
