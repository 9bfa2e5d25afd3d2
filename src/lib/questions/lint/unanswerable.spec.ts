import { describe, expect, it } from 'vitest';
import type { Fact } from '../../content/deck-schema.ts';
import { whoSaidPrompt } from '../question-parts.ts';
import type { Question } from '../types.ts';
import {
	contextOf,
	factSlot,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed,
	whoSaid
} from './test-deck.ts';
import { saysWordForWord, unanswerable } from './unanswerable.ts';

const PEOPLE = ['Gemma Thorne', 'Ray Dunn', 'Lee Hart', 'Jo Kerr'];

const deck = makeDeck(
	PEOPLE.map((name) => ({
		id: name.toLowerCase().replace(' ', '-'),
		kind: 'person' as const,
		name
	})),
	[
		{
			id: 'bridge',
			statement: 'The Tyne Bridge opened in 1928.',
			slots: [{ id: 'year', kind: 'date', answer: '1928' }]
		},
		{
			id: 'verbatim',
			source: ['“We will not stand by,” Gemma Thorne said. “The river comes first.”'],
			statement: 'Gemma Thorne said the council would not stand by.',
			quote: { speaker: 'gemma-thorne', text: 'We will not stand by. The river comes first.' }
		},
		{
			id: 'rebuilt',
			source: ['Ray Dunn says: “Everyone want to avoid do anything, the money is gone.”'],
			statement: 'Ray Dunn says everyone wants to avoid doing anything because the money is gone.',
			quote: {
				speaker: 'ray-dunn',
				text: 'Everyone wants to avoid doing anything, because the money is gone.'
			}
		},
		{
			id: 'rebuilt-marked',
			source: ['Ray Dunn says: “Everyone want to avoid do anything, the money is gone.”'],
			statement: 'Ray Dunn says everyone wants to avoid doing anything because the money is gone.',
			quote: {
				speaker: 'ray-dunn',
				text: 'Everyone wants to avoid doing anything, because the money is gone.',
				paraphrase: true
			}
		}
	]
);
const context = contextOf(deck);

function factOf(id: string): Fact {
	const found = deck.facts.find((f) => f.id === id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
}
const lint = unanswerable;
const { fact, slot } = factSlot(deck, 'bridge');

describe('unanswerable', () => {
	describe('good questions', () => {
		it('questions whose answer is marked in their source', () => {
			expect(lint(typed(fact, slot), context)).toEqual([]);
			expect(lint(trueStatement(fact), context)).toEqual([]);
			expect(lint(multipleChoice(fact, slot, ['1918', '1938', '1948']), context)).toEqual([]);
		});

		it('a matching question, which marks its parts elsewhere', () => {
			const matching: Question = {
				id: 'match.roles.x',
				type: 'matching',
				prompt: 'Match each person to their role.',
				answer: '',
				pairs: [],
				factId: fact.id,
				factIds: [fact.id],
				source: fact.source[0],
				highlight: []
			};
			expect(lint({ question: matching, fact }, context)).toEqual([]);
		});
	});

	describe('good quotations', () => {
		it('shown as exact words, and in the source word for word', () => {
			const fact = factOf('verbatim');
			const q = whoSaid(fact, 'Gemma Thorne', ['Ray Dunn', 'Lee Hart', 'Jo Kerr']);
			expect(q.question.prompt).toBe('Who said: “We will not stand by. The river comes first.”?');
			expect(lint(q, context)).toEqual([]);
		});

		it('a paraphrase, which the engine asks without quotation marks', () => {
			const fact = factOf('rebuilt-marked');
			const q = whoSaid(fact, 'Ray Dunn', ['Gemma Thorne', 'Lee Hart', 'Jo Kerr']);
			q.question.prompt = fact.quote ? whoSaidPrompt(fact.quote) : '';
			expect(q.question.prompt).toMatch(/^Who made this point\? Everyone wants/);
			expect(lint(q, context)).toEqual([]);
		});

		it('a matching question whose quotations (shortened or not) are each in their source', () => {
			const verbatim = factOf('verbatim');
			const bridge = factOf('bridge');
			const matching: Question = {
				id: 'match.quotes.verbatim+bridge',
				type: 'matching',
				prompt: 'Match each quotation to the person who said it.',
				answer: '',
				pairs: [
					['“We will not stand by. The river…”', 'Gemma Thorne'],
					['“The Tyne Bridge opened”', 'Lee Hart']
				],
				factId: verbatim.id,
				factIds: [verbatim.id, bridge.id],
				source: verbatim.source[0],
				highlight: ['Gemma Thorne']
			};
			expect(lint({ question: matching, fact: verbatim }, context)).toEqual([]);
		});
	});

	describe('saysWordForWord', () => {
		const source = '“We will not stand by,” Gemma Thorne said. “The river comes first.”';

		it('reads past case, spacing, punctuation, apostrophes and split quotations', () => {
			expect(saysWordForWord(source, 'we will  NOT stand by!')).toBe(true);
			expect(saysWordForWord(source, 'We will not stand by. The river comes first.')).toBe(true);
			expect(saysWordForWord('She said: “We can’t wait.”', "We can't wait.")).toBe(true);
			expect(saysWordForWord(source, 'We will not stand by … comes first.')).toBe(true);
			expect(saysWordForWord(source, '[The council] will not stand by.')).toBe(true);
		});

		it('refuses a word dropped, added or changed', () => {
			expect(saysWordForWord(source, 'We will stand by.')).toBe(false);
			expect(saysWordForWord(source, 'We will never stand by.')).toBe(false);
			expect(saysWordForWord(source, 'The river comes last.')).toBe(false);
			expect(saysWordForWord(source, 'We will not stand.')).toBe(true);
		});
	});

	describe('bad questions', () => {
		it('a quotation shown as exact words that the source does not say', () => {
			const fact = factOf('rebuilt');
			const q = whoSaid(fact, 'Ray Dunn', ['Gemma Thorne', 'Lee Hart', 'Jo Kerr']);
			const findings = lint(q, context);
			expect(findings).toHaveLength(1);
			expect(findings[0].rule).toBe('unanswerable');
			expect(findings[0].message).toMatch(
				/shown as exact words, but the source does not say them: mark the quotation as a paraphrase/
			);
			expect(findings[0].option).toBeUndefined();
		});

		it('a matching question with one quotation not in any source it cites', () => {
			const verbatim = factOf('verbatim');
			const rebuilt = factOf('rebuilt');
			const matching: Question = {
				id: 'match.quotes.verbatim+rebuilt',
				type: 'matching',
				prompt: 'Match each quotation to the person who said it.',
				answer: '',
				pairs: [
					['“We will not stand by.”', 'Gemma Thorne'],
					['“Everyone wants to avoid doing anything…”', 'Ray Dunn']
				],
				factId: verbatim.id,
				factIds: [verbatim.id, rebuilt.id],
				source: verbatim.source[0],
				highlight: ['Gemma Thorne', 'Ray Dunn']
			};
			const findings = lint({ question: matching, fact: verbatim }, context);
			expect(findings.map((f) => f.rule)).toEqual(['unanswerable']);
			expect(findings[0].message).toContain('“Everyone wants to avoid doing anything…”');
		});

		it('a question with an empty highlight', () => {
			for (const q of [
				typed(fact, slot, { highlight: [] }),
				multipleChoice(fact, slot, ['1918', '1938', '1948'], { highlight: [] })
			]) {
				const findings = lint(q, context);
				expect(findings).toHaveLength(1);
				expect(findings[0].rule).toBe('unanswerable');
				expect(findings[0].option).toBeUndefined();
			}
		});
	});
});
