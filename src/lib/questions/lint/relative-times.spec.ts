/** Counted times that need the sentence before, and those that say before what. */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('pointsBack and "N weeks before"', () => {
	it('points back from "two days before" alone, not from "two weeks before the trial"', () => {
		expect(pointsBack('The river had burst two days before.')).toMatch(/two days before/);
		expect(pointsBack('The river had burst two days before, flooding the lane.')).toMatch(
			/two days before/
		);
		expect(
			pointsBack('Pupils will wear wristbands for two weeks before the trial.')
		).toBeUndefined();
		expect(
			pointsBack('The rack was reported bent three times in the six weeks before the crash.')
		).toBe(undefined);
	});
});
