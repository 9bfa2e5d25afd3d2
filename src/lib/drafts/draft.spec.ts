import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../generate/generate.ts';
import { buildQuestions } from '../questions/engine.ts';
import {
	addFact,
	deleteFact,
	editStatement,
	includeFact,
	publishable,
	renameEverywhere
} from './draft.ts';

const text = readFileSync('tests/fixtures/local-ashcombe-library.txt', 'utf8');
const { deck } = generateDeck(text, { title: 'Ashcombe library' });
const person = deck.entities.find((e) => e.kind === 'person')!;

describe('draft review', () => {
	it('starts publishable', () => {
		expect(publishable(deck).ok).toBe(true);
	});

	it('renames a person everywhere they are taught, keeping the old spelling accepted', () => {
		const surname = person.name.split(' ').at(-1)!;
		const renamed = renameEverywhere(deck, surname, 'Zebedee');
		const entity = renamed.entities.find((e) => e.id === person.id)!;
		expect(entity.name).toContain('Zebedee');
		expect(entity.garbled).toContain(person.name);
		const taught = renamed.facts.flatMap((f) => [f.statement, ...f.slots.map((s) => s.answer)]);
		expect(taught.join(' ')).not.toMatch(new RegExp(`\\b${surname}\\b`));
		// The article's own sentences are never rewritten.
		expect(renamed.facts.map((f) => f.source)).toEqual(deck.facts.map((f) => f.source));
		expect(publishable(renamed).ok).toBe(true);
		const questions = buildQuestions(renamed, 1);
		expect(
			questions.some((q) => q.prompt.includes('Zebedee') || q.answer.includes('Zebedee'))
		).toBe(true);
	});

	it('renames whole words only', () => {
		expect(renameEverywhere(deck, 'Ash', 'Oak')).toEqual(deck);
	});

	it('deletes, includes and edits facts, refusing edits that lose an answer', () => {
		const [first] = deck.facts;
		expect(deleteFact(deck, first.id).facts).toHaveLength(deck.facts.length - 1);
		expect(includeFact(deck, first.id).facts[0].confidence).toBe(1);
		expect(editStatement(deck, first.id, 'Nothing left.')).toMatch(/must still contain/);
		const edited = editStatement(deck, first.id, `In short: ${first.statement}`);
		expect(typeof edited === 'object' && edited.facts[0].statement).toBe(
			`In short: ${first.statement}`
		);
	});

	it('adds a teacher’s own question, checked against the article', () => {
		const sentence = deck.facts[0].source[0];
		const word = sentence.split(' ').find((w) => /^[A-Z][a-z]{3,}$/.test(w))!;
		const added = addFact(deck, {
			source: sentence,
			statement: sentence,
			answer: word,
			kind: 'phrase',
			distractors: ['Alpha', 'Beta', 'Gamma']
		});
		expect(typeof added).toBe('object');
		if (typeof added === 'object') {
			expect(added.facts.at(-1)).toMatchObject({ id: 'added-1', confidence: 1 });
			expect(publishable(added).ok).toBe(true);
			expect(buildQuestions(added, 1).some((q) => q.factId === 'added-1')).toBe(true);
		}
		expect(
			addFact(deck, {
				source: 'Not in the article.',
				statement: 'x y',
				answer: 'x',
				kind: 'phrase',
				distractors: []
			})
		).toMatch(/sentence from the article/);
		expect(
			addFact(deck, {
				source: sentence,
				statement: sentence,
				answer: 'Zzyzx',
				kind: 'phrase',
				distractors: []
			})
		).toMatch(/word for word/);
	});
});
