import { describe, expect, it } from 'vitest';
import { words } from './pointing-words.ts';
import { unnamedBody } from './unnamed-body.ts';

const check = (statement: string) => unnamedBody(words(statement), undefined);

describe('unnamedBody', () => {
	it('finds a body called only by its kind in a statement that names nothing', () => {
		for (const bad of [
			"The trust's schools teach about 9,400 pupils between them.",
			'The practice had tried to recruit a new doctor for 18 months.',
			'The ship was built in 1990 and was meant to be retired in 2024.',
			"The surgery's 11 other staff have been offered jobs.",
			'The union said it was the highest turnout it had recorded in the area.',
			'After eight rounds, one judge had the champion ahead by 77-75.',
			'The publisher printed 600 copies at first, and they sold out within a week.',
			'The authority said it faced a gap of £12.4 million in its £287 million budget.'
		])
			expect(check(bad), bad).toMatch(/does not say which/);
	});

	it('leaves a body named beside it, defined by its own words, or of another kind', () => {
		for (const good of [
			'Sarah Ebdon said the union was willing to return to talks at any time.',
			'The operator, Northmoor Trains, said it hoped to run a reduced timetable.',
			'About 1,100 teachers employed by the trust that runs the schools were balloted.',
			'The council said it would review the contract in May.',
			"The club's chairwoman, Susan Whitlock, said the club would appeal."
		])
			expect(check(good), good).toBeUndefined();
	});
});
