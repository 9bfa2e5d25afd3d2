import { describe, expect, it } from 'vitest';
import { linear, niceMax } from './scale.ts';

describe('niceMax', () => {
	it('rounds up to 1, 2 or 5 times a power of ten', () => {
		expect([0, 1, 2, 3, 6, 10, 11, 21, 49, 51, 101].map(niceMax)).toEqual([
			1, 1, 2, 5, 10, 10, 20, 50, 50, 100, 200
		]);
	});
});

describe('linear', () => {
	it('maps a value between two positions, flipped if asked', () => {
		expect(linear(5, 10, 0, 100)).toBe(50);
		expect(linear(10, 10, 150, 10)).toBe(10);
		expect(linear(3, 0, 20, 40)).toBe(20);
	});
});
