/**
 * A finder and his shed, as held-out-152 showed them: "the observatory" he built is the homemade
 * one brought in before, not a professional one named later, and a surname in a designation's
 * brackets stays as written.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

const comet = [
	'Postman finds comet',
	'A retired postman has discovered a new comet from a homemade observatory in his back garden.',
	'Gordon Attwell, 67, spotted the object on 3 February, and it has been given the official name C/2026 C1 (Attwell).',
	'Attwell, who delivered post for 34 years, built the observatory himself after he retired.',
	'Within 36 hours, telescopes at the Cerro Ventoso Observatory had confirmed its orbit.'
].join('\n\n');

describe('a homemade observatory and a professional one', () => {
	it('keeps "the observatory" he built his own', () => {
		const statements = statementsOf(comet);
		expect(statements.some((s) => /built the Cerro Ventoso Observatory/.test(s))).toBe(false);
		expect(statements.some((s) => /built the observatory himself/.test(s))).toBe(true);
	});

	it("leaves the surname in the comet's name alone", () => {
		const statements = statementsOf(comet);
		expect(statements.some((s) => s.includes('C/2026 C1 (Attwell)'))).toBe(true);
		expect(statements.some((s) => s.includes('(Gordon Attwell)'))).toBe(false);
	});
});
