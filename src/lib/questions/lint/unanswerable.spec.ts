import { describe, expect, it } from 'vitest';
import type { Question } from '../types.ts';
import {
	contextOf,
	factSlot,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed
} from './test-deck.ts';
import { unanswerable } from './unanswerable.ts';

const deck = makeDeck(
	[],
	[
		{
			id: 'bridge',
			statement: 'The Tyne Bridge opened in 1928.',
			slots: [{ id: 'year', kind: 'date', answer: '1928' }]
		}
	]
);
const context = contextOf(deck);
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

	describe('bad questions', () => {
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
