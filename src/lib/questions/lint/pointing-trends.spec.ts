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
});
