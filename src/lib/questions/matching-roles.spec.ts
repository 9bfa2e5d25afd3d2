/** Matching people to roles (matching-questions.ts): only people's names, and roles that are roles. */
import { describe, expect, it } from 'vitest';
import { buildQuestions } from './engine.ts';
import { makeDeck } from './lint/test-deck.ts';

const people = [
	['graham-tulloch', 'Graham Tulloch', 'managing director'],
	['ewan-drysdale', 'Ewan Drysdale', 'councillor'],
	['aileen-corrie', 'Aileen Corrie', 'chairwoman'],
	['jean-fraser', 'Jean Fraser', 'harbour master'],
	['gp', 'GP', 'no resident'],
	['quillbridge-town-council', 'Quillbridge Town Council', 'Cllr Ahmed Qureshi']
] as const;
const deck = makeDeck(
	people.map(([id, name, role]) => ({ id, kind: 'person' as const, name, role })),
	people.map(([id, name]) => ({
		id: `f-${id}`,
		statement: `${name} spoke at the meeting on Friday.`,
		slots: [{ id: 'who', kind: 'person' as const, answer: name, entity: id }]
	}))
);

describe('matching people to their roles', () => {
	it('leaves out an acronym, a body and a role that is a name', () => {
		const pairs = buildQuestions(deck, 1)
			.filter((q) => q.id.startsWith('match.roles'))
			.flatMap((q) => q.pairs ?? []);
		expect(pairs.map(([person]) => person).sort()).toEqual([
			'Aileen Corrie',
			'Ewan Drysdale',
			'Graham Tulloch',
			'Jean Fraser'
		]);
	});
});
