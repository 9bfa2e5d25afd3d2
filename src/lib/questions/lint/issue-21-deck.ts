/**
 * Issue 21, the curated deck's faulty questions, one case per question id the issue names. Each
 * is rebuilt as the issue found it (the real deck with the faulty content put back) and shown to
 * be refused: by the lint rule for its fault, by the answer checker (an accepted answer is not the
 * linter's to judge), or by content the deck no longer has. The deck's question of that id now, if
 * the deck still makes one, is shown clean. Ids are those of `factdeck deck … --seed 7`.
 *
 * Faults no lint rule catches yet are pinned by their content only; each says so where it is.
 *
 * This module holds what the cases share: the deck, its review at seed 7, and ways to read both.
 * For issue-21-content.spec.ts and issue-21-questions.spec.ts; not used by the app.
 */
import * as v from 'valibot';
import { expect } from 'vitest';
import { checkTypedAnswer } from '../../answers/check.ts';
import { readDeckFolder } from '../../../../scripts/vite/deck-folder.ts';
import {
	checkDeckReferences,
	DeckSchema,
	type Deck,
	type Fact,
	type Slot
} from '../../content/deck-schema.ts';
import { indexDeck } from '../deck-index.ts';
import { referenceYear, reviewQuestions } from '../engine.ts';
import { answerKeyFor } from '../question-parts.ts';
import type { AnswerKey } from '../../answers/key.ts';
import type { Question } from '../types.ts';
import { lintQuestion, type LintSubject } from './index.ts';
import { contextOf, factSlot } from './test-deck.ts';

export const deck = readDeckFolder('questions/ukraine-security-guarantees');
export const review = reviewQuestions(deck, 7);

/** The curated deck with one change: the content as the issue found it. Checked as the app would. */
export function asFound(change: (deck: Deck) => void): Deck {
	const copy = structuredClone(deck);
	change(copy);
	const parsed = v.parse(DeckSchema, copy);
	const problems = checkDeckReferences(parsed);
	if (problems.length)
		throw new Error(problems.map((p) => `${p.path.join('.')} ${p.message}`).join('; '));
	return parsed;
}

export function factOf(d: Deck, id: string): Fact {
	const found = d.facts.find((f) => f.id === id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
}

export function slotOf(d: Deck, factId: string, slotId: string): Slot {
	return factSlot(d, factId, slotId).slot;
}

/** What a student's typed answer is checked against, for a slot of this deck. */
export function keyOf(d: Deck, factId: string, slotId: string): AnswerKey {
	return answerKeyFor(indexDeck(d), slotOf(d, factId, slotId));
}

export function accepts(key: AnswerKey, answer: string): boolean {
	return checkTypedAnswer(answer, key).correct;
}

export function lint(d: Deck, subject: LintSubject) {
	return lintQuestion(subject, contextOf(d, referenceYear(d)));
}

/** The deck's question of this id now (undefined if it makes none): never one the linter drops. */
export function shown(id: string): Question | undefined {
	const dropped = review.dropped.filter((d) => d.question.id === id);
	expect(
		dropped.map((d) => d.findings),
		id
	).toEqual([]);
	return review.questions.find((q) => q.id === id);
}

/** The typed-answer key of the deck's question of this id, which must exist. */
export function shownKey(id: string): AnswerKey {
	const key = shown(id)?.key;
	if (!key) throw new Error(`the deck no longer asks ${id} as a typed question`);
	return key;
}

/** Everything a student reads in the deck's questions of a fact. */
export function questionTexts(factId?: string): string[] {
	return review.questions
		.filter((q) => factId === undefined || q.factIds.includes(factId))
		.flatMap((q) => [
			q.prompt,
			q.answer,
			q.truth ?? '',
			...(q.options ?? []),
			...(q.pairs ?? []).flat()
		]);
}

/** Everything a fact teaches (not its `correction`, which names what the text got wrong). */
export function taught(fact: Fact): string[] {
	return [
		fact.statement,
		fact.quote?.text ?? '',
		fact.explanation ?? '',
		...fact.slots.flatMap((s) => [
			s.answer,
			s.question ?? '',
			...s.accept,
			...s.garbled,
			...s.distractors
		])
	];
}
