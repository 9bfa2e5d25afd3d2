import { describe, expect, it } from 'vitest';
import { hasOpposite, opposite } from './opposites.ts';

describe('opposite', () => {
	it('gives a word’s opposite and the use it must have', () => {
		expect(opposite('less')).toEqual({ word: 'more', use: 'any' });
		expect(opposite('more')).toEqual({ word: 'less', use: 'any' });
		expect(opposite('higher')).toEqual({ word: 'lower', use: 'comparative' });
		expect(opposite('cut')).toEqual({ word: 'raised', use: 'verb' });
		expect(opposite('raised')).toEqual({ word: 'cut', use: 'verb' });
	});

	it('keeps the first pair for a word in two: "lost" → "gained", "smaller" → "larger"', () => {
		expect(opposite('lost')?.word).toBe('gained');
		expect(opposite('smaller')?.word).toBe('larger');
	});

	it('turns "rejected" into "accepted": "rejected claims" is never "approved claims"', () => {
		expect(opposite('rejected')?.word).toBe('accepted');
		expect(opposite('approved')?.word).toBe('rejected');
	});

	it('gives "fewer" for "more" before a plural, and "more" for "fewer"', () => {
		expect(opposite('more', true)).toEqual({ word: 'fewer', use: 'any' });
		expect(opposite('fewer')).toEqual({ word: 'more', use: 'any' });
		expect(opposite('less', true)?.word).toBe('more');
	});

	it('writes the opposite capitalised when the word is', () => {
		expect(opposite('More', true)?.word).toBe('Fewer');
		expect(opposite('Higher')?.word).toBe('Lower');
		expect(opposite('North')?.word).toBe('South');
	});

	it('gives none for a word without an opposite', () => {
		expect(opposite('oxygen')).toBeUndefined();
		expect(opposite('not')).toBeUndefined();
		expect(opposite('')).toBeUndefined();
	});
});

describe('hasOpposite', () => {
	it('is true for a word of a pair, whatever its case and spacing', () => {
		expect(hasOpposite('fewer')).toBe(true);
		expect(hasOpposite(' Higher ')).toBe(true);
		expect(hasOpposite('innocent')).toBe(true);
	});

	it('is true for a negation "<aux> not"', () => {
		expect(hasOpposite('is not')).toBe(true);
		expect(hasOpposite('Will not')).toBe(true);
	});

	it('is false for other words and phrases', () => {
		expect(hasOpposite('oxygen')).toBe(false);
		expect(hasOpposite('not')).toBe(false);
		expect(hasOpposite('cannot')).toBe(false);
		expect(hasOpposite('is not at all')).toBe(false);
		expect(hasOpposite('more or less')).toBe(false);
	});
});
