import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import type { Deck } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { checkTypedAnswer } from '../answers/check.ts';
import {
	buildQuestions,
	buildQuestionsInSlices,
	referenceYear,
	reviewQuestions
} from './engine.ts';
import { buildCards, buildCardsInSlices } from './flashcards.ts';
import { toPublicQuestion } from './export.ts';
import { assembleQuiz } from './quiz-assembly.ts';
import { QUESTION_TYPES, type Question } from './types.ts';
import { makeDeck } from './lint/test-deck.ts';

const deck = readDeckFolder('questions/ukraine-security-guarantees');
const questions = buildQuestions(deck, 7);
const entityByName = new Map(
	deck.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n.toLowerCase(), e] as const))
);

describe('the curated deck’s questions', () => {
	it('yield at least 100 distinct questions covering all six types', () => {
		const distinct = new Set(
			questions.map(
				(q) => `${q.type}:${normalizeAnswer(q.prompt)}:${JSON.stringify(q.pairs ?? [])}`
			)
		);
		expect(distinct.size).toBe(questions.length);
		expect(questions.length).toBeGreaterThanOrEqual(100);
		expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
	});

	it('are the same when built in slices, as pages build them', async () => {
		for (const seed of [7, 8, 123456])
			expect(await buildQuestionsInSlices(deck, seed)).toEqual(buildQuestions(deck, seed));
	});

	it('give the same flashcards when built in slices, as the study page builds them', async () => {
		const cards = buildCards(deck);
		expect(cards.length).toBeGreaterThan(deck.facts.length);
		expect(await buildCardsInSlices(deck)).toEqual(cards);
	});

	it('are each answerable from their source: the answer is shown in the article sentence', () => {
		for (const q of questions) {
			expect(q.highlight.length, q.id).toBeGreaterThan(0);
			for (const part of q.highlight) expect(q.source, q.id).toContain(part);
			const facts = q.factIds.map((id) => deck.facts.find((f) => f.id === id));
			for (const fact of facts) expect(q.source, q.id).toContain(fact?.source[0]);
		}
	});

	it('have distinct options with exactly one correct', () => {
		for (const q of questions.filter((q) => q.options)) {
			const options = q.options ?? [];
			const normalized = options.map((o) => normalizeAnswer(o));
			expect(new Set(normalized).size, q.id).toBe(options.length);
			if (q.type === 'matching') {
				expect(options.toSorted(), q.id).toEqual(q.pairs?.map(([, r]) => r).toSorted());
				continue;
			}
			expect(options, q.id).toHaveLength(4);
			expect(
				options.filter((o) => o === q.answer),
				q.id
			).toHaveLength(1);
		}
	});

	it('draw distractors of the answer’s kind (a leader’s are leaders)', () => {
		for (const q of questions.filter(
			(q) => q.type === 'multiple-choice' || q.type === 'who-said'
		)) {
			const answer = entityByName.get(q.answer.toLowerCase());
			if (!answer) continue;
			for (const option of q.options ?? []) {
				const other = entityByName.get(option.toLowerCase());
				if (!other) continue; // a hand-written distractor, checked by the facts schema
				expect(other.kind, `${q.id}: ${option}`).toBe(answer.kind);
				if (q.type === 'multiple-choice' && answer.kind === 'person' && answer.category)
					expect(other.category, `${q.id}: ${option}`).toBe(answer.category);
			}
		}
	});

	it('make false true/false statements that differ from the truth, and true ones that equal it', () => {
		for (const q of questions.filter((q) => q.type === 'true-false')) {
			if (q.answer === 'true') expect(q.prompt).toBe(q.truth);
			else expect(normalizeAnswer(q.prompt), q.id).not.toBe(normalizeAnswer(q.truth ?? ''));
		}
	});

	it('accept their own answer and every listed alternative when typed', () => {
		for (const q of questions.filter((q) => q.key)) {
			const key = q.key!;
			expect(checkTypedAnswer(q.answer, key).correct, q.id).toBe(true);
			for (const alt of [...key.accept, ...key.garbled])
				expect(checkTypedAnswer(alt, key).correct, `${q.id}: ${alt}`).toBe(true);
		}
	});

	it('give every question a source sentence and a fact id from the deck', () => {
		const factIds = new Set(deck.facts.map((f) => f.id));
		for (const q of questions) {
			expect(factIds.has(q.factId), q.id).toBe(true);
			expect(q.factIds, q.id).toContain(q.factId);
			expect(q.source.length, q.id).toBeGreaterThan(0);
		}
	});
});

describe('the curated deck’s shape (issue 21)', () => {
	it('is 40–60 % true in its true/false statements', () => {
		const tf = questions.filter((q) => q.type === 'true-false');
		const share = tf.filter((q) => q.answer === 'true').length / tf.length;
		expect(share).toBeGreaterThanOrEqual(0.4);
		expect(share).toBeLessThanOrEqual(0.6);
	});

	it('has at least 10 matching questions, each of four distinct pairs', () => {
		const matching = questions.filter((q) => q.type === 'matching');
		expect(matching.length).toBeGreaterThanOrEqual(10);
		for (const q of matching) {
			expect(q.pairs).toHaveLength(4);
			expect(new Set(q.pairs!.map(([, r]) => normalizeAnswer(r))).size).toBe(4);
			expect(new Set(q.pairs!.map(([l]) => normalizeAnswer(l))).size).toBe(4);
		}
	});

	it('asks every number the article gives, typed, as a numeric question', () => {
		// Each with the word after it, as a student would type it ("600 miles", "30-Plus").
		const numbers = [...(deck.article ?? '').matchAll(/\d[\d,.]*(?:[- ][a-z]+)?/gi)].map(
			(m) => m[0]
		);
		expect(numbers.length).toBeGreaterThanOrEqual(3);
		const numeric = questions.filter((q) => q.type === 'numeric');
		for (const number of numbers)
			expect(
				numeric.some((q) => q.key && checkTypedAnswer(number, q.key).correct),
				number
			).toBe(true);
	});

	it('never shows a paraphrase in quotation marks', () => {
		const paraphrases = deck.facts.filter((f) => f.quote?.paraphrase).map((f) => f.quote!.text);
		expect(paraphrases.length).toBeGreaterThan(0);
		const shown = [...questions, ...buildCards(deck)].flatMap((q) => [
			'prompt' in q ? q.prompt : q.front,
			...('pairs' in q ? (q.pairs ?? []).map(([l]) => l) : [])
		]);
		for (const text of shown)
			for (const paraphrase of paraphrases)
				if (text.includes(paraphrase.slice(0, 40))) expect(text, text).not.toMatch(/[“”]/);
	});

	it('marks every garbled name in a cited source with its correction', () => {
		for (const q of questions)
			for (const entity of deck.entities)
				for (const garbled of entity.garbled) {
					if (!q.source.includes(garbled)) continue;
					const covered = (q.misprints ?? []).some(
						(m) => m.printed.includes(garbled) && m.correct.length > 0
					);
					expect(covered, `${q.id}: "${garbled}"`).toBe(true);
				}
	});
});

describe('figures given as a bound', () => {
	const figures = makeDeck(
		[],
		[
			{
				id: 'line',
				statement: 'The front line stretches for more than 1,000 km.',
				slots: [{ id: 'km', kind: 'number', answer: '1,000', value: 1000, unit: 'km' }]
			},
			{
				id: 'group',
				statement: 'The 30-plus nation group met on Monday.',
				slots: [{ id: 'size', kind: 'number', answer: '30', value: 30 }]
			},
			{
				id: 'bridge',
				statement: 'The bridge is 1,000 metres long.',
				slots: [{ id: 'length', kind: 'number', answer: '1,000', value: 1000, unit: 'metres' }]
			},
			{
				id: 'tickets',
				statement: 'About 2,300 passengers hold tickets for dates after 3 January.',
				slots: [
					{
						id: 'day',
						kind: 'date',
						answer: '3 January',
						distractors: ['3 March', '10 January', '3 December']
					}
				]
			}
		]
	);
	const review = reviewQuestions(figures, 7);
	const ids = review.questions.map((q) => q.id);

	it('are asked typed only: every fair wrong option would lie on one side of them', () => {
		expect(ids).toContain('line.num.km');
		expect(ids).toContain('group.num.size');
		// Not made at all, rather than made and dropped by the linter as given away.
		expect(review.dropped.map((d) => d.question.id)).toEqual([]);
		expect(ids).not.toContain('line.mc.km');
		expect(ids).not.toContain('group.mc.size');
	});

	it('get no false statement, which a larger figure or a later date could make true', () => {
		expect(ids).not.toContain('line.tf.km');
		expect(ids).not.toContain('tickets.tf.day');
		expect(ids).not.toContain('tickets.mc.day');
		expect(ids).toContain('tickets.cloze.day');
		expect(ids).toContain('bridge.tf.length');
	});

	it('while an exact figure is asked as a multiple choice too', () => {
		expect(ids).toContain('bridge.num.length');
		expect(ids).toContain('bridge.mc.length');
	});
});

describe('a number written with its unit ("a 45-day consultation")', () => {
	it('is typed as the number, with the unit left in the prompt', () => {
		const days = makeDeck(
			[],
			[
				{
					id: 'consultation',
					statement: 'The company has opened a 45-day consultation with staff.',
					slots: [{ id: 'days', kind: 'number', answer: '45-day', value: 45 }]
				}
			]
		);
		const typedIn = buildQuestions(days, 1).find((q) => q.type === 'numeric');
		expect(typedIn?.prompt).toBe('The company has opened a _____-day consultation with staff.');
		expect(typedIn?.answer).toBe('45');
	});
});

describe('determinism', () => {
	const json = (qs: Question[]) => JSON.stringify(qs.map(toPublicQuestion));

	it('same seed → identical output; a different seed → different option order', () => {
		expect(json(buildQuestions(deck, 7))).toBe(json(questions));
		const other = buildQuestions(deck, 8);
		expect(other.map((q) => q.id)).toEqual(questions.map((q) => q.id));
		expect(json(other)).not.toBe(json(questions));
	});

	it('same seed → the same quiz; a different seed → a different quiz', () => {
		const quiz = (seed: number) =>
			assembleQuiz(buildQuestions(deck, seed), { seed, n: 10 }).map((q) => q.id);
		expect(quiz(7)).toEqual(quiz(7));
		expect(quiz(7)).not.toEqual(quiz(8));
	});

	it('never uses Math.random or the clock', () => {
		const random = Math.random;
		const now = Date.now;
		Math.random = Date.now = () => {
			throw new Error('the engine must not read Math.random or the clock');
		};
		try {
			expect(buildQuestions(deck, 3).length).toBe(questions.length);
			expect(buildCards(deck).length).toBeGreaterThan(0);
			expect(assembleQuiz(questions, { seed: 3, n: 20 })).toHaveLength(20);
		} finally {
			Math.random = random;
			Date.now = now;
		}
	});

	it('keeps every question’s identity and content when an unrelated fact is added', () => {
		const extended: Deck = {
			...deck,
			facts: [
				{
					id: 'added-fact',
					source: [deck.facts[0].source[0]],
					statement: 'An added statement about Ukraine.',
					slots: [
						{
							id: 'x',
							kind: 'phrase',
							answer: 'added statement',
							accept: [],
							garbled: [],
							distractors: ['a', 'b', 'c']
						}
					]
				},
				...deck.facts
			]
		};
		const identity = (q: Question) => JSON.stringify([q.id, q.type, q.prompt, q.answer, q.source]);
		const after = new Map(buildQuestions(extended, 7).map((q) => [q.id, identity(q)]));
		for (const q of questions.filter((q) => q.type !== 'true-false' || q.answer === 'true'))
			expect(after.get(q.id), q.id).toBe(identity(q));
		expect(buildCards(extended).map((c) => c.id)).toEqual([
			'added-fact.cloze.x',
			...buildCards(deck).map((c) => c.id)
		]);
	});
});

describe('quiz assembly', () => {
	it('picks N questions, a mix of types, never two on the same fact', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const quiz = assembleQuiz(buildQuestions(deck, seed), { seed, n: 12 });
			expect(quiz).toHaveLength(12);
			const facts = quiz.flatMap((q) => q.factIds);
			expect(new Set(facts).size).toBe(facts.length);
			expect(new Set(quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
		}
	});

	it('keeps true/false answers even and never asks two questions on one source sentence', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const tf = assembleQuiz(buildQuestions(deck, seed), { seed, n: 20, types: ['true-false'] });
			const share = tf.filter((q) => q.answer === 'true').length / tf.length;
			expect(share, `seed ${seed}`).toBeGreaterThanOrEqual(0.4);
			expect(share, `seed ${seed}`).toBeLessThanOrEqual(0.6);
			const quiz = assembleQuiz(buildQuestions(deck, seed), { seed, n: 30 });
			const sources = quiz.filter((q) => q.type !== 'matching').map((q) => q.source);
			expect(new Set(sources).size).toBe(sources.length);
		}
	});

	it('asks the facts that carry the article more often', () => {
		const key = deck.facts[3].id;
		const important = (id: string) => (id === key ? 1 : 0.1);
		let withKey = 0;
		let without = 0;
		for (let seed = 1; seed <= 40; seed++) {
			const questions = buildQuestions(deck, seed);
			if (assembleQuiz(questions, { seed, n: 8 }, important).some((q) => q.factId === key))
				withKey++;
			if (assembleQuiz(questions, { seed, n: 8 }).some((q) => q.factId === key)) without++;
		}
		expect(withKey).toBeGreaterThan(without);
		expect(withKey - without, `${withKey} against ${without}`).toBeGreaterThanOrEqual(10);
	});

	it('keeps to the chosen types and stops when the facts run out', () => {
		const quiz = assembleQuiz(questions, { seed: 1, n: 10, types: ['numeric', 'who-said'] });
		expect(quiz.every((q) => q.type === 'numeric' || q.type === 'who-said')).toBe(true);
		const all = assembleQuiz(questions, { seed: 1, n: 100 });
		expect(all.length).toBeLessThanOrEqual(deck.facts.length);
		expect(all.length).toBeGreaterThan(deck.facts.length / 2);
	});
});

describe('flashcards', () => {
	it('gives every fact at least one card, with unique stable ids', () => {
		const cards = buildCards(deck);
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
		for (const fact of deck.facts)
			expect(
				cards.some((c) => c.factId === fact.id),
				fact.id
			).toBe(true);
		expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(['cloze', 'qa', 'quote']));
		for (const card of cards)
			expect(checkTypedAnswer(card.key.answer, card.key).correct).toBe(true);
	});
});

describe('referenceYear: the latest year the article tells as past', () => {
	const deckWith = (article: string): Deck => ({
		...makeDeck([], [{ id: 'one', statement: 'Turnout was 61%.' }]),
		article
	});

	it('leaves out a year the article looks ahead to', () => {
		const article =
			'Turnout was 61%, the lowest since 2009. The next general election is due in 2027.';
		expect(referenceYear(deckWith(article))).toBe(2009);
	});

	it('keeps a past year in a sentence that also looks ahead', () => {
		const article =
			'Fiona Kettering, who has led the group since 2021, is expected to be confirmed as leader.';
		expect(referenceYear(deckWith(article))).toBe(2021);
	});
});
