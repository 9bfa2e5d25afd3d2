import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regexp.ts';

describe('escapeRegExp', () => {
	it('matches the text itself and nothing its special characters would', () => {
		const pattern = new RegExp(`^${escapeRegExp('£2.6m (est.) [a|b]*')}$`);
		expect(pattern.test('£2.6m (est.) [a|b]*')).toBe(true);
		expect(pattern.test('£2x6m (est.) [a|b]*')).toBe(false);
		expect(pattern.test('£2.6m est. a')).toBe(false);
	});
});
