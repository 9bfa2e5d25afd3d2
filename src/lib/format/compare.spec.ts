import { describe, expect, it } from 'vitest';
import { byCodeUnits } from './compare';

describe('byCodeUnits', () => {
	it('orders ids as the engine needs them, the same as localeCompare for lower-case slugs', () => {
		const ids = ['f10', 'f2', 'f1-b', 'f1', 'ben-hodges', 'ben-wallace', 'a-b', 'a0'];
		const sorted = [...ids].sort(byCodeUnits);
		expect(sorted).toEqual(['a-b', 'a0', 'ben-hodges', 'ben-wallace', 'f1', 'f1-b', 'f10', 'f2']);
		expect(sorted).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
		expect(byCodeUnits('x', 'x')).toBe(0);
	});
});
