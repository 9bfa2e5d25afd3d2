/**
 * A generated deck under review, before anyone studies it: the teacher renames a person
 * everywhere, edits or deletes facts, removes single questions, chooses what a fact asks about,
 * includes hidden suggestions, or adds a question of their own.
 * Every change returns a new deck; `publishable` says whether it passes the one deck schema. The
 * review also shows what the deck leaves out: sentences that became no fact, and questions the
 * linter kept from students.
 */
import * as v from 'valibot';
import {
	checkDeckReferences,
	type Deck,
	type Fact,
	type Slot,
	type SlotKind
} from '../content/deck-schema.ts';
import { indexDeck } from '../questions/deck-index.ts';
import { formatPath, parseDeck } from '../content/parse.ts';
import type { SkippedSentenceReport } from '../generate/generate.ts';
import type { DroppedQuestion } from '../questions/engine.ts';
import { QUESTION_TYPE_LABELS } from '../questions/types.ts';
import { escapeRegExp } from '../format/regexp.ts';

/** Whole-word, case-sensitive occurrences of `from` (so "Ann" does not touch "Anne"). */
function wordPattern(from: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu');
}

function replaceWord(text: string, from: string, to: string): string {
	return text.replace(wordPattern(from), to);
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}

/**
 * Fixes a name everywhere it is taught: entity names and aliases, statements, answers, accepted
 * answers, distractors and quotations. The article's sentences stay as they were, and the old
 * spelling is kept as an accepted typed answer (as curated decks keep garbled names).
 */
export function renameEverywhere(deck: Deck, from: string, to: string): Deck {
	const old = from.trim();
	const next = to.trim();
	if (!old || !next || old === next) return deck;
	const swap = (text: string) => replaceWord(text, old, next);
	const entities = deck.entities.map((entity) => {
		const touched =
			wordPattern(old).test(entity.name) || entity.aliases.some((a) => wordPattern(old).test(a));
		if (!touched) return entity;
		return {
			...entity,
			name: swap(entity.name),
			aliases: unique(entity.aliases.map(swap)),
			garbled: unique(
				[...entity.garbled, entity.name, ...entity.aliases].filter((n) => n !== swap(n))
			)
		};
	});
	const facts = deck.facts.map((fact) => ({
		...fact,
		statement: swap(fact.statement),
		...(fact.quote ? { quote: { ...fact.quote, text: swap(fact.quote.text) } } : {}),
		slots: fact.slots.map((slot) => {
			const answer = swap(slot.answer);
			return {
				...slot,
				answer,
				accept: unique(slot.accept.map(swap)),
				distractors: unique(slot.distractors.map(swap)),
				// The source still says the old name: keep it findable and accepted when typed.
				...(answer !== slot.answer
					? {
							garbled: unique([...slot.garbled, slot.answer]),
							inSource: slot.inSource ?? slot.answer
						}
					: {})
			};
		})
	}));
	return { ...deck, entities, facts };
}

export function deleteFact(deck: Deck, factId: string): Deck {
	return { ...deck, facts: deck.facts.filter((f) => f.id !== factId) };
}

/** A hidden suggestion becomes part of the deck (full confidence: a person chose it). */
export function includeFact(deck: Deck, factId: string): Deck {
	return {
		...deck,
		facts: deck.facts.map((f) => (f.id === factId ? { ...f, confidence: 1 } : f))
	};
}

/** Rewrites a statement; its answers must still be in it (else the change is refused). */
export function editStatement(deck: Deck, factId: string, statement: string): Deck | string {
	const fact = deck.facts.find((f) => f.id === factId);
	if (!fact) return 'That fact is no longer in the draft.';
	const text = statement.replace(/\s+/g, ' ').trim();
	if (!text) return 'The statement cannot be empty.';
	const missing = fact.slots.find((s) => !text.includes(s.answer));
	if (missing) return `The statement must still contain “${missing.answer}” (its answer).`;
	return {
		...deck,
		facts: deck.facts.map((f) => (f.id === factId ? { ...f, statement: text } : f))
	};
}

/** One question of a fact is not asked (its id is kept in the fact's `omit`). */
export function omitQuestion(deck: Deck, factId: string, questionId: string): Deck {
	return {
		...deck,
		facts: deck.facts.map((f) =>
			f.id === factId ? { ...f, omit: unique([...(f.omit ?? []), questionId]) } : f
		)
	};
}

/**
 * The fact asks about these words of its statement instead of its generated answers: one slot,
 * of the kind of thing the words name (a person or place the draft knows, a number, else a
 * phrase). Refused, with why, when the words are not in the statement.
 */
export function setBlank(deck: Deck, factId: string, words: string): Deck | string {
	const fact = deck.facts.find((f) => f.id === factId);
	if (!fact) return 'That fact is no longer in the draft.';
	const answer = words.replace(/\s+/g, ' ').trim();
	if (!answer) return 'Write the words to ask about.';
	if (!fact.statement.includes(answer))
		return `“${answer}” is not in the statement: copy the words exactly as they are written there.`;
	const bare = (text: string) => text.replace(/[.!?]+$/, '');
	if (bare(answer) === bare(fact.statement))
		return 'Choose some words of the statement, not all of it.';
	const entity = indexDeck(deck).entityNamed(answer);
	const value = Number(answer.replace(/,/g, ''));
	const number = /^\d[\d,]*(\.\d+)?$/.test(answer) && Number.isFinite(value);
	const inSource = fact.source.find((s) => s.includes(answer)) ? answer : undefined;
	const slot: Slot = {
		id: 'chosen',
		kind: entity ? entity.kind : number ? 'number' : 'phrase',
		answer,
		...(entity ? { entity: entity.id } : {}),
		...(number ? { value } : {}),
		...(inSource ? { inSource } : {}),
		accept: entity ? unique([...entity.aliases]) : [],
		garbled: [],
		distractors: []
	};
	return {
		...deck,
		facts: deck.facts.map((f) => (f.id === factId ? { ...f, slots: [slot], omit: [] } : f))
	};
}

export interface NewQuestion {
	/** The article sentence it rests on, verbatim. */
	source: string;
	statement: string;
	answer: string;
	kind: SlotKind;
	distractors: string[];
}

/** Adds a teacher's own fact with one answer; refused with a reason when it would not work. */
export function addFact(deck: Deck, input: NewQuestion): Deck | string {
	const statement = input.statement.replace(/\s+/g, ' ').trim();
	const answer = input.answer.trim();
	if (!statement) return 'Write the statement.';
	if (!answer) return 'Write the answer.';
	if (!statement.includes(answer)) return 'The answer must appear word for word in the statement.';
	if (!deck.article?.includes(input.source))
		return 'Choose a sentence from the article as the source.';
	if (!input.source.includes(answer))
		return 'The answer must appear in the chosen sentence, so students can check it there.';
	const taken = new Set(deck.facts.map((f) => f.id));
	let n = 1;
	while (taken.has(`added-${n}`)) n++;
	const value = Number(answer.replace(/,/g, ''));
	const fact: Fact = {
		id: `added-${n}`,
		source: [input.source],
		statement,
		slots: [
			{
				id: 'answer',
				kind: input.kind,
				answer,
				...(input.kind === 'number' && Number.isFinite(value) ? { value } : {}),
				accept: [],
				garbled: [],
				distractors: unique(input.distractors.map((d) => d.trim()).filter((d) => d && d !== answer))
			}
		],
		confidence: 1
	};
	const next = { ...deck, facts: [...deck.facts, fact] };
	const problems = checkDeckReferences(next).filter((p) => p.path[1] === next.facts.length - 1);
	return problems.length ? `This question cannot be used: ${problems[0].message}.` : next;
}

/** Whether the draft can be saved as a deck, and if not, why (the schema's own words). */
export function publishable(
	deck: Deck
): { ok: true; deck: Deck } | { ok: false; problems: string[] } {
	const parsed = parseDeck(deck);
	if (parsed.ok) return parsed;
	return {
		ok: false,
		problems: parsed.problems.slice(0, 5).map((p) => `${formatPath(p.path)} ${p.message}`)
	};
}

/** A draft as this device keeps it while the teacher reviews it (from the moment it is made). */
export interface SavedDraft {
	deck: Deck;
	/** The article's sentences that became no fact, with why. */
	skipped: SkippedSentenceReport[];
}

const SkippedSchema = v.array(
	v.object({ text: v.pipe(v.string(), v.maxLength(20_000)), reason: v.string() })
);

/**
 * A saved draft read back: `{ deck, skipped }`, or a bare deck as versions before the skipped
 * sentences saved it. Undefined when the deck no longer passes the schema; damaged skipped
 * sentences are dropped rather than losing the deck.
 */
export function readSavedDraft(value: unknown): SavedDraft | undefined {
	const wrapped =
		typeof value === 'object' && value !== null && 'deck' in value && !('facts' in value);
	const checked = publishable((wrapped ? value.deck : value) as Deck);
	if (!checked.ok) return undefined;
	const skipped =
		wrapped && 'skipped' in value ? v.safeParse(SkippedSchema, value.skipped) : undefined;
	return { deck: checked.deck, skipped: skipped?.success ? skipped.output : [] };
}

/** One kind of question the linter kept from students, and why, in the linter's words. */
export interface NotAsked {
	/** The kind of question, as the app names it ("Multiple choice"). */
	kind: string;
	message: string;
}

/**
 * What the linter kept from students, by the fact each question asks about: every kind of
 * question once per reason (a fact's two false statements often fail for the same one).
 */
export function notAskedByFact(dropped: readonly DroppedQuestion[]): Map<string, NotAsked[]> {
	const out = new Map<string, NotAsked[]>();
	const seen = new Set<string>();
	for (const { question, findings } of dropped) {
		const kind = QUESTION_TYPE_LABELS[question.type];
		for (const { message } of findings) {
			const key = JSON.stringify([question.factId, kind, message]);
			if (seen.has(key)) continue;
			seen.add(key);
			const list = out.get(question.factId) ?? [];
			list.push({ kind, message });
			out.set(question.factId, list);
		}
	}
	return out;
}
