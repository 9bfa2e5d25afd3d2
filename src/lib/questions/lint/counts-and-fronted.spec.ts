/** A bare count as a subject, and "its" told by the subject after an opening phrase (dangling-reference.ts). */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('a count with no noun as the subject', () => {
	it('points back at the start or after "all": "Five were taken", "all six were lowered"', () => {
		expect(pointsBack('Five were taken to Brantwick General Hospital as a precaution.')).toMatch(
			/Five were/
		);
		expect(pointsBack('Last spring all six were lowered from the tower by crane.')).toMatch(
			/six were/
		);
		expect(pointsBack('By mid-morning 12 had been cut down, and 60 people had gathered.')).toMatch(
			/12 had/
		);
	});

	it('stands alone when the sentence says of what, or the number is no count of things', () => {
		for (const statement of [
			'Of the 40 people on board, five were injured.',
			'The six bells were lowered.',
			'Twenty-three cars were taken, of which only nine have been recovered.',
			'Declan Fairweather, 34, had looked in control.',
			'Children under 16 will travel for 80p.',
			'A survey found 62% were worried.',
			'By Monday 40 trees had been cut down.'
		])
			expect(pointsBack(statement)).toBeUndefined();
	});
});

describe('"its" in an opening phrase', () => {
	it('is the subject after the phrase when it tells an earlier time of it', () => {
		expect(
			pointsBack(
				'At its previous inspection in 2022, the school was judged to require improvement.'
			)
		).toBeUndefined();
	});

	it('still points back when the phrase says nothing of the subject’s past', () => {
		expect(pointsBack('Under its terms, the council will pay £2 million.')).toMatch(/its/);
		expect(pointsBack('In its report, the council said 12 homes flooded.')).toMatch(/its/);
		expect(pointsBack('At its last meeting, it voted to close.')).toMatch(/its/);
	});
});
