/** How long someone has done a job or a hobby, asked as a number (tenure.ts). */
import { describe, expect, it } from 'vitest';
import { tenureOnly } from './tenure.ts';

describe('years in a role or a hobby', () => {
	it('is their own story, whatever the verb', () => {
		for (const [statement, answer] of [
			['Shop manager Sadie Lomax, who has worked for the charity for eight years, said…', 'eight'],
			['Mr Gary Fenwick, who has been detecting for 11 years, said he was thrilled.', '11'],
			['Tom Farrish, 79, who has been a patient there for more than 40 years, said…', '40'],
			['Colin Ashdown, who has run Ashdown’s Hardware for 20 years and chairs…', '20'],
			['Mr Owen Pritchard, who joined St Bede’s Primary School three years ago, started…', 'three']
		])
			expect(tenureOnly(statement, answer), statement).toBe(true);
	});

	it('is not the years of what the story reports', () => {
		for (const [statement, answer] of [
			['The bells, which have hung in the tower for 300 years, were lowered.', '300'],
			['Mr Fenwick, who has been detecting for 11 years, found 42 coins.', '42'],
			['The council, which has run the pool for 30 years, will close it.', '30'],
			['Mr Pritchard, who joined three years ago, started the choir with nine members.', 'nine']
		])
			expect(tenureOnly(statement, answer), statement).toBe(false);
	});
});
