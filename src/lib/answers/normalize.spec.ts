import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalize.ts';

describe('normalizeAnswer', () => {
	it('ignores case, accents, curly or grave apostrophes, possessives and articles', () => {
		expect(normalizeAnswer('The Sea of Azov')).toBe('sea of azov');
		expect(normalizeAnswer('Élysée Palace')).toBe('elysee palace');
		expect(normalizeAnswer('Zelensky’s')).toBe('zelensky');
		expect(normalizeAnswer('Putin`s')).toBe('putin');
		expect(normalizeAnswer('“Coalition of the willing”!')).toBe('coalition of willing');
	});

	it('keeps the “a” of “a little” and “a few”, which reverses the sense', () => {
		expect(normalizeAnswer('A little will be achieved.')).toBe('a little will be achieved');
		expect(normalizeAnswer('Little will be achieved.')).toBe('little will be achieved');
		expect(normalizeAnswer('a few')).not.toBe(normalizeAnswer('few'));
		expect(normalizeAnswer('Only a few of the troops')).toBe('only a few of troops');
		expect(normalizeAnswer('quite A FEW')).toBe('quite a few');
		// Every other article still goes, "the" and "an" before those words too.
		expect(normalizeAnswer('the few')).toBe('few');
		expect(normalizeAnswer('a lot')).toBe('lot');
		expect(normalizeAnswer('a little-known law')).toBe('a little known law');
		expect(normalizeAnswer('a littoral state')).toBe('littoral state');
	});

	it('drops titles only when asked (for people)', () => {
		expect(normalizeAnswer('Sir Keir Starmer', { titles: true })).toBe('keir starmer');
		expect(normalizeAnswer('Sir Keir Starmer')).toBe('sir keir starmer');
		expect(normalizeAnswer('Sir', { titles: true })).toBe('sir');
	});

	it('keeps a decimal point or thousands comma between digits, and nowhere else', () => {
		expect(normalizeAnswer('3.5 km, not 1,000-odd')).toBe('3.5 km not 1,000 odd');
		expect(normalizeAnswer('well-known.')).toBe('well known');
	});
});
