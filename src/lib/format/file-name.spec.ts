import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './file-name.ts';

describe('fileNameFrom', () => {
	it('keeps letters and digits, joins the rest with one hyphen, and caps the length', () => {
		expect(fileNameFrom('Year 10: check-in', '.gift.txt')).toBe('Year-10-check-in.gift.txt');
		expect(fileNameFrom('Élève — café', '-results.csv')).toBe('Élève-café-results.csv');
		expect(fileNameFrom('x'.repeat(80), '.txt')).toBe(`${'x'.repeat(60)}.txt`);
	});

	it('names a title with no letters or digits "quiz"', () => {
		expect(fileNameFrom(' ?! ', '.txt')).toBe('quiz.txt');
	});
});
