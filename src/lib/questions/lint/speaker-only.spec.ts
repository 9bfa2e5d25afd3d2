import { describe, expect, it } from 'vitest';
import { speakerOnly } from './speaker-only.ts';
import {
	contextOf,
	factSlot,
	makeDeck,
	multipleChoice,
	trueStatement,
	typed,
	whoSaid
} from './test-deck.ts';

const people = ['Gemma Thorne', 'Ray Dunn', 'Lee Hart', 'Jo Kerr'];
const deck = makeDeck(
	people.map((name) => ({
		id: name.toLowerCase().replace(' ', '-'),
		kind: 'person' as const,
		name,
		category: 'coach'
	})),
	[
		{
			id: 'bare',
			statement: 'Gemma Thorne said the team had played well.',
			quote: { speaker: 'gemma-thorne', text: 'We played well.' }
		},
		{
			id: 'asked',
			statement: 'Ray Dunn said the team would appeal the red card.',
			quote: { speaker: 'ray-dunn', text: 'We will appeal the red card.' },
			slots: [{ id: 'what', kind: 'phrase', answer: 'appeal the red card' }]
		},
		{
			id: 'mrs',
			statement: 'Mrs Jo Kerr said the shop mattered most to older residents.',
			slots: [{ id: 'who', kind: 'person', answer: 'Jo Kerr' }]
		},
		{
			id: 'accepted',
			statement: 'Mrs Jo Kerr accepted that drivers licensed elsewhere were a concern.',
			slots: [{ id: 'who', kind: 'person', answer: 'Jo Kerr' }]
		},
		{
			id: 'inside',
			statement:
				'The charity is drawing on reserves that Mrs Jo Kerr said would run out by December.',
			slots: [{ id: 'who', kind: 'person', answer: 'Jo Kerr' }]
		},
		{
			id: 'after',
			statement: 'The shop took £4,100 on its first day. Mrs Jo Kerr said it needed £2,500 a week.',
			slots: [{ id: 'who', kind: 'person', answer: 'Jo Kerr' }]
		},
		{
			id: 'role',
			statement: "The club's chairman, Jo Kerr, said the shop mattered most to older residents.",
			slots: [{ id: 'who', kind: 'person', answer: 'Jo Kerr' }]
		},
		{
			id: 'explained',
			statement: 'Lee Hart said she would resign at the end of the season.',
			quote: { speaker: 'lee-hart', text: 'I will step down at the end of the season.' },
			explanation: 'Hart is the club’s longest-serving coach: her going is the story.'
		}
	]
);
const context = contextOf(deck);
const lint = speakerOnly;
const others = (speaker: string) => people.filter((p) => p !== speaker);

describe('speaker-only', () => {
	describe('good questions', () => {
		it('who said a quotation the deck also asks about', () => {
			const { fact } = factSlot(deck, 'asked');
			expect(lint(whoSaid(fact, 'Ray Dunn', others('Ray Dunn')), context)).toEqual([]);
		});

		it('who said a quotation whose speaker the deck says matters', () => {
			const fact = deck.facts.find((f) => f.id === 'explained');
			if (!fact) throw new Error('no fact');
			expect(lint(whoSaid(fact, 'Lee Hart', others('Lee Hart')), context)).toEqual([]);
		});

		it('other kinds of question on a quoted fact', () => {
			const { fact, slot } = factSlot(deck, 'asked');
			expect(lint(trueStatement(fact), context)).toEqual([]);
			expect(
				lint(
					multipleChoice(fact, slot, ['drop the case', 'sack the coach', 'sign a striker']),
					context
				)
			).toEqual([]);
		});
	});

	it('a blank for a speaker with a role beside it, and a true statement of what she said', () => {
		const { fact, slot } = factSlot(deck, 'role');
		expect(lint(typed(fact, slot), context)).toEqual([]);
		expect(lint(trueStatement(factSlot(deck, 'mrs').fact), context)).toEqual([]);
	});

	describe('bad questions', () => {
		it('a blank for a bare speaker: "Mrs _____ said…", "…accepted…", "that Mrs _____ said", after a lead-in', () => {
			for (const id of ['mrs', 'accepted', 'inside', 'after']) {
				const { fact, slot } = factSlot(deck, id);
				expect(
					lint(typed(fact, slot), context).map((f) => f.rule),
					id
				).toEqual(['speaker-only']);
			}
		});

		it('who said a quotation, with nothing asking what it says', () => {
			const fact = deck.facts.find((f) => f.id === 'bare');
			if (!fact) throw new Error('no fact');
			const findings = lint(whoSaid(fact, 'Gemma Thorne', others('Gemma Thorne')), context);
			expect(findings).toHaveLength(1);
			expect(findings[0].rule).toBe('speaker-only');
			expect(findings[0].option).toBeUndefined();
		});
	});
});
