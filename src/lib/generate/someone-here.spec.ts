import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

describe('"she" after a name the sentence opens with', () => {
	it('is that person, even when the index did not know the name', () => {
		const statements = statementsOf(
			[
				'Teenager wins title',
				'Ellie Vance defeated 17-year-old Freya Castell 4-6 7-5 6-3 on Sunday afternoon.',
				'Castell, who had not dropped a set all week, said she had struggled with the heat, which reached 31C.'
			].join('\n\n')
		);
		const heat = statements.find((s) => s.includes('struggled with the heat'));
		expect(heat).toContain('said she had struggled');
		expect(heat).not.toContain('Ellie Vance had struggled');
	});
});

describe('"he" after a plural the sentence opens with', () => {
	it('is still the one person named before', () => {
		const statements = statementsOf(
			[
				'Charity fraud trial',
				'Gareth Pennock, 52, is accused of taking £84,000 from the Orrinford Young People’s Trust.',
				'Prosecutors said he set up a company called Brightway Events to send the trust false invoices.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.startsWith('Prosecutors said Gareth Pennock set up'))).toBe(
			true
		);
	});
});

describe('"her" as the object of what someone a sentence brings in did', () => {
	it('is not that someone: "A vet, who examined her" is the dog the story follows', () => {
		const statements = statementsOf(
			[
				'Missing collie found alive',
				'Bess, a seven-year-old collie, ran off on Harrowfell Moor on 4 October.',
				'There was no sign of her until last Saturday, when a shepherd spotted her under a wall.',
				'A vet in Kirkhallam, who examined her on Sunday, said she was dehydrated but had no serious injuries.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes('who examined Bess on Sunday'))).toBe(true);
		expect(statements.some((s) => s.includes('who examined her on Sunday'))).toBe(false);
	});
});
