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
