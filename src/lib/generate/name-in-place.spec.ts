import { describe, expect, it } from 'vitest';
import { possessiveOf } from './name-in-place.ts';

describe('possessiveOf', () => {
	it('adds the possessive a name takes', () => {
		expect(possessiveOf('Alun Pritchard')).toBe("Alun Pritchard's");
		expect(possessiveOf('Dunmore Rovers')).toBe("Dunmore Rovers'");
		expect(possessiveOf('Hartley')).toBe("Hartley's");
	});

	it('leaves a name that is a possessive already: never "Marrable\'s\'s"', () => {
		expect(possessiveOf("Marrable's")).toBe("Marrable's");
		expect(possessiveOf('Greggan’s')).toBe('Greggan’s');
	});
});
