import { describe, expect, it } from 'vitest';
import { formatCount, plural } from './count.ts';

describe('formatCount', () => {
	it('groups thousands the same way everywhere', () => {
		expect(formatCount(0)).toBe('0');
		expect(formatCount(999)).toBe('999');
		expect(formatCount(1000)).toBe('1,000');
		expect(formatCount(50_000)).toBe('50,000');
		expect(formatCount(2_000_000)).toBe('2,000,000');
		expect(formatCount(-12345)).toBe('-12,345');
	});

	it('agrees with English toLocaleString for whole numbers', () => {
		for (const n of [7, 42, 1234, 98_765, 123_456_789])
			expect(formatCount(n)).toBe(n.toLocaleString('en'));
	});

	it('says a count with its noun, singular for one', () => {
		expect(plural(1, 'suggestion')).toBe('1 suggestion');
		expect(plural(0, 'suggestion')).toBe('0 suggestions');
		expect(plural(2, 'quiz', 'quizzes')).toBe('2 quizzes');
		expect(plural(1200, 'review')).toBe('1,200 reviews');
	});
});
