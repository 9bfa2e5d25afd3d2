/** A trend or a comparison that leans on the sentence before (pointing-phrases.ts). */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('pointingPhrase: a trend or a comparison with nothing to compare', () => {
	it('reads "the rising numbers" and "by a smaller amount" as told before', () => {
		expect(
			pointsBack('Because of the rising numbers, the trust is asking for bins on the quay.')
		).toMatch(/rising numbers/);
		expect(
			pointsBack('The rising number of seal pups found on the beach worries the trust.')
		).toBeUndefined();
		expect(pointsBack('Off-peak fares will also rise, although by a smaller amount.')).toMatch(
			/smaller amount/
		);
		expect(
			pointsBack('Off-peak fares will rise by a smaller amount than season tickets.')
		).toBeUndefined();
	});

	it('reads "the same period" as told before, whatever an "as" after a comma goes on to', () => {
		expect(
			pointsBack('Donations of food fell by around 12% over the same period, as shoppers cut back.')
		).toMatch(/the same period/);
		for (const standing of [
			'Thefts between January and March were 38% lower than in the same period last year.',
			'Fares rose by the same amount as wages did.'
		])
			expect(pointsBack(standing), standing).toBeUndefined();
	});
});
