import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('pointsBack: an object "it"', () => {
	it('finds an object "it" before a lowercase word, not a clause\'s subject "it"', () => {
		for (const bad of [
			'The Guild of Community Journalists named it weekly newspaper of the year three times.',
			'The Dunmarrow and Wexley Health Trust, which runs it, said it planned to recruit 30 doctors.',
			'The Morrick Coast Trust wants it widened to 20 miles so that fish stocks can recover.'
		])
			expect(pointsBack(bad), bad).toMatch(/“it”/);
		for (const good of [
			'The dig cost about £38,000, most of it paid for by a grant from the Vale Heritage Fund.',
			'The restoration has cost £3.4 million, most of it from a national grant and the rest from Dunmoor Water.',
			'The dig team said the quarry it maintains could follow.',
			'The Harbour Board said it hoped the light would be lit by June.',
			'In 2015 the survey found seven booming males, and in _____ it found none at all.'
		])
			expect(pointsBack(good), good).toBeUndefined();
	});

	it('reads an opening word as no name before "he"', () => {
		expect(
			pointsBack('After stepping down as coxswain, he spent 12 years teaching sea safety.')
		).toMatch(/“he”/);
		expect(pointsBack('When Tom Hale retired in 2001, he moved to Spain.')).toBeUndefined();
	});
});
