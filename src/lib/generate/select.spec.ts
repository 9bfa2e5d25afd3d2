import { describe, expect, it } from 'vitest';
import type { FactCandidate } from './candidates.ts';
import { selectFacts } from './select.ts';
import type { SlotCandidate } from './slot-candidates.ts';

/** A candidate of sentence `index` with one blank for the answer `key`, scored `score`. */
function candidate(index: number, key: string, score: number): FactCandidate {
	const slot = { kind: 'organisation', answer: key, distractors: [], score, key, position: 0 };
	return {
		sentence: { index },
		source: [],
		statement: `Sentence ${index} names ${key}.`,
		slots: [slot as SlotCandidate]
	} as unknown as FactCandidate;
}

describe('selectFacts', () => {
	it('lets the lead claim an answer later sentences share before they use it up', () => {
		// The lead names the airline once, weakly; two asides name it with stronger blanks.
		const lead = candidate(1, 'entity:kra', 0.5);
		const asides = [candidate(4, 'entity:kra', 0.8), candidate(5, 'entity:kra', 0.75)];
		const importance = new Map([
			[1, 0.8],
			[4, 0.4],
			[5, 0.3]
		]);
		const chosen = selectFacts([lead, ...asides], 0.55, importance).map((s) => s.candidate);
		expect(chosen).toContain(lead);
		expect(chosen).toContain(asides[0]);
		expect(chosen).not.toContain(asides[1]);
	});

	it('still leaves out blanks scored below the floor, in the lead too', () => {
		const lead = candidate(1, 'entity:kra', 0.2);
		const aside = candidate(4, 'entity:kra', 0.8);
		const chosen = selectFacts([lead, aside], 0.55, new Map([[1, 0.9]])).map((s) => s.candidate);
		expect(chosen).toEqual([aside]);
	});
});
