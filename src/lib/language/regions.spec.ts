import { describe, expect, it } from 'vitest';
import { overlap } from './regions.ts';

describe('overlap', () => {
	it('is true for the same place written another way', () => {
		expect(overlap('France', 'france')).toBe(true);
		expect(overlap('the United Kingdom', 'United Kingdom')).toBe(true);
	});

	it('is true for a nation and the kingdom it lies in, either way round', () => {
		expect(overlap('Scotland', 'United Kingdom')).toBe(true);
		expect(overlap('the United Kingdom', 'Scotland')).toBe(true);
		expect(overlap('U.K.', 'Wales')).toBe(true);
		expect(overlap('Britain', 'England')).toBe(true);
		expect(overlap('Ireland', 'Northern Ireland')).toBe(true);
	});

	it('is false for two nations side by side, or places it knows nothing of', () => {
		expect(overlap('England', 'Scotland')).toBe(false);
		expect(overlap('Wales', 'Northern Ireland')).toBe(false);
		expect(overlap('France', 'Spain')).toBe(false);
		expect(overlap('Scotland', 'France')).toBe(false);
	});

	// Once a bug: each was listed inside the United Kingdom, but not as one another.
	it('is true for "Great Britain" and "Britain"', () => {
		expect(overlap('Great Britain', 'Britain')).toBe(true);
	});
});
