import { describe, expect, it } from 'vitest';
import { DEMONYMS, isDemonym } from './demonyms.ts';

describe('isDemonym', () => {
	it('is true for a nationality, whatever its case', () => {
		expect(isDemonym('Welsh')).toBe(true);
		expect(isDemonym('russian')).toBe(true);
		expect(isDemonym('FRENCH')).toBe(true);
	});

	it('is false for a country’s name or a word that is no nationality', () => {
		expect(isDemonym('France')).toBe(false);
		expect(isDemonym('Velby')).toBe(false);
		expect(isDemonym('')).toBe(false);
	});

	it('is false for "US", "USA" and "UK", which are names of countries', () => {
		expect(DEMONYMS.us).toBe('united states');
		expect(isDemonym('US')).toBe(false);
		expect(isDemonym('usa')).toBe(false);
		expect(isDemonym('UK')).toBe(false);
	});

	it('is false for the names of an object’s own properties', () => {
		expect(isDemonym('constructor')).toBe(false);
		expect(isDemonym('toString')).toBe(false);
		expect(isDemonym('__proto__')).toBe(false);
	});
});
