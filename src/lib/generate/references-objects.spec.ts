/** "him" and "her" as the object of a verb whose subject a sentence names (references.ts). */
import { describe, expect, it } from 'vitest';
import { lastFact } from './test-text.ts';

const OBITUARY =
	'Amos Kettridge, the Pellhaven boatbuilder, died at his home on 14 January at the age of 91.';

describe('an object pronoun after a named subject', () => {
	it('is not the subject: "Graham Pentelow … described him" is the man the obituary is about', () => {
		const { fact } = lastFact(
			`${OBITUARY} Graham Pentelow, the town's harbourmaster, described him as the last of a kind.`
		);
		expect(fact?.statement).toBe(
			"Graham Pentelow, the town's harbourmaster, described Amos Kettridge as the last of a kind."
		);
	});

	it('may still be the one named when a clause comes between: "Reddy said the coach told him"', () => {
		const { fact } = lastFact(
			'Callum Reddy scored twice. Callum Reddy said the coach had told him to shoot on sight.'
		);
		expect(fact?.statement).toBe('Callum Reddy said the coach had told him to shoot on sight.');
	});
});
