import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDeck } from '../generate/generate.ts';
import { buildQuestions, reviewQuestions, type DroppedQuestion } from '../questions/engine.ts';
import {
	addFact,
	deleteFact,
	editStatement,
	includeFact,
	notAskedByFact,
	omitQuestion,
	publishable,
	readSavedDraft,
	renameEverywhere,
	setBlank
} from './draft.ts';

const text = readFileSync('tests/fixtures/local-ashcombe-library.txt', 'utf8');
const { deck, skipped } = generateDeck(text, { title: 'Ashcombe library' });
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

describe('one question at a time', () => {
	const questions = buildQuestions(deck, 1);
	const target = questions.find((q) => q.type === 'multiple-choice')!;
	const siblings = questions.filter((q) => q.factId === target.factId && q.id !== target.id);

	it('removes one question and keeps the fact’s others, also after publishing', () => {
		expect(siblings.length).toBeGreaterThan(0);
		const edited = omitQuestion(deck, target.factId, target.id);
		const checked = publishable(edited);
		expect(checked.ok).toBe(true);
		const after = buildQuestions(checked.ok ? checked.deck : edited, 1);
		expect(after.map((q) => q.id)).not.toContain(target.id);
		for (const q of siblings) expect(after.map((x) => x.id)).toContain(q.id);
		expect(after).toHaveLength(questions.length - 1);
	});

	it('asks about the words the teacher chooses, as the kind of thing they name', () => {
		const fact = deck.facts.find((f) => f.statement.includes(person.name))!;
		const edited = setBlank(deck, fact.id, person.name);
		expect(typeof edited).not.toBe('string');
		const next = edited as typeof deck;
		const slots = next.facts.find((f) => f.id === fact.id)!.slots;
		expect(slots).toEqual([
			expect.objectContaining({ kind: 'person', entity: person.id, answer: person.name })
		]);
		expect(publishable(next).ok).toBe(true);
		const cloze = buildQuestions(next, 1).find((q) => q.id === `${fact.id}.cloze.chosen`);
		expect(cloze?.prompt).toContain('_____');
		expect(cloze?.prompt).not.toContain(person.name);
	});

	it('asks about a number as a number, and a phrase as typed words', () => {
		const fact = deck.facts.find((f) => /\b\d{2,}\b/.test(f.statement))!;
		const figure = /\b\d[\d,]*\b/.exec(fact.statement)![0];
		const numbered = setBlank(deck, fact.id, figure) as typeof deck;
		expect(numbered.facts.find((f) => f.id === fact.id)!.slots[0]).toMatchObject({
			kind: 'number',
			value: Number(figure.replace(/,/g, ''))
		});
		const words = fact.statement.split(' ').slice(1, 3).join(' ');
		const phrased = setBlank(deck, fact.id, words) as typeof deck;
		expect(phrased.facts.find((f) => f.id === fact.id)!.slots[0].kind).toBe('phrase');
	});

	it('refuses words that are not in the statement, or the whole statement', () => {
		const fact = deck.facts[0];
		expect(setBlank(deck, fact.id, 'words nowhere in it')).toMatch(/is not in the statement/);
		expect(setBlank(deck, fact.id, fact.statement)).toMatch(/not all of it/);
		expect(setBlank(deck, 'no-such-fact', 'x')).toMatch(/no longer in the draft/);
	});
});

describe('a saved draft', () => {
	const roundTrip = (value: unknown) => readSavedDraft(JSON.parse(JSON.stringify(value)));

	it('comes back with its skipped sentences', () => {
		expect(skipped.length).toBeGreaterThan(0);
		expect(roundTrip({ deck, skipped })).toEqual({ deck, skipped });
	});

	it('comes back from a bare deck, as versions before the skipped sentences saved it', () => {
		expect(roundTrip(deck)).toEqual({ deck, skipped: [] });
	});

	it('keeps the deck when the skipped sentences are damaged, and refuses a damaged deck', () => {
		expect(roundTrip({ deck, skipped: [{ text: 1 }] })).toEqual({ deck, skipped: [] });
		expect(roundTrip({ deck, skipped: 'x' })).toEqual({ deck, skipped: [] });
		expect(roundTrip({ deck: { ...deck, facts: 'x' }, skipped })).toBeUndefined();
		expect(roundTrip(null)).toBeUndefined();
		expect(roundTrip([])).toBeUndefined();
	});
});

describe('questions not asked', () => {
	const questions = buildQuestions(deck, 1);
	const question = (factId: string, type: 'multiple-choice' | 'true-false') => ({
		...questions.find((q) => q.factId === factId)!,
		type
	});

	it('groups what the linter dropped by fact, each kind of question once per reason', () => {
		const [a, b] = deck.facts.filter((f) => questions.some((q) => q.factId === f.id));
		const dropped: DroppedQuestion[] = [
			{
				question: question(a.id, 'multiple-choice'),
				findings: [
					{ rule: 'given-away', message: 'one' },
					{ rule: 'ungrammatical', message: 'two' }
				]
			},
			{
				question: question(a.id, 'true-false'),
				findings: [{ rule: 'unanswerable', message: 'three' }]
			},
			// A second false statement failing for the same reason says nothing new.
			{
				question: question(a.id, 'true-false'),
				findings: [{ rule: 'unanswerable', message: 'three' }]
			},
			{
				question: question(b.id, 'multiple-choice'),
				findings: [{ rule: 'given-away', message: 'one' }]
			}
		];
		expect(notAskedByFact(dropped)).toEqual(
			new Map([
				[
					a.id,
					[
						{ kind: 'Multiple choice', message: 'one' },
						{ kind: 'Multiple choice', message: 'two' },
						{ kind: 'True or false', message: 'three' }
					]
				],
				[b.id, [{ kind: 'Multiple choice', message: 'one' }]]
			])
		);
	});

	it('names only facts of the deck, with the linter’s own words', () => {
		const { dropped } = reviewQuestions(deck, 1);
		const grouped = notAskedByFact(dropped);
		const ids = new Set(deck.facts.map((f) => f.id));
		expect([...grouped.keys()].every((id) => ids.has(id))).toBe(true);
		const messages = new Set(dropped.flatMap((d) => d.findings.map((f) => f.message)));
		expect([...grouped.values()].flat().every((n) => messages.has(n.message))).toBe(true);
		expect(notAskedByFact([])).toEqual(new Map());
	});
});
