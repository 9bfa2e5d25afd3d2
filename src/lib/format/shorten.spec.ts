import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE, shorten } from './shorten.ts';

describe('shorten', () => {
	it('keeps a short text and cuts a long one with an ellipsis', () => {
		expect(shorten('abc')).toBe('abc');
		expect(shorten('x'.repeat(5_000_000))).toBe(`${'x'.repeat(MAX_MESSAGE)}…`);
	});

	it('never leaves half of a surrogate pair', () => {
		expect(shorten(`ab${'😀'.repeat(5)}`, 3)).toBe('ab…');
	});
});
