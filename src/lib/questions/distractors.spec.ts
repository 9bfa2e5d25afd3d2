import { describe, expect, it } from 'vitest';
import type { Slot } from '../content/schema.ts';
import { numericNeighbours } from './distractors.ts';

function numberSlot(answer: string, value: number, tolerance = 0): Slot {
	return { id: 'n', kind: 'number', answer, value, tolerance } as unknown as Slot;
}

describe('wrong numbers for a numeric answer', () => {
	it('step small whole numbers', () => {
		expect(numericNeighbours(numberSlot('3', 3), 'There are 3 options.')).toEqual([
			'4',
			'5',
			'2',
			'6',
			'7',
			'1'
		]);
	});

	it('scale fractions, written with the answer’s decimals, never equal to it', () => {
		const wrong = numericNeighbours(numberSlot('0.5%', 0.5), 'Growth was 0.5% last year.');
		expect(wrong).toEqual(['0.3%', '1.0%', '0.8%', '1.5%', '0.1%', '2.0%']);
		expect(wrong).not.toContain('0.5%');
	});

	it('offer only larger numbers after “over” or “-plus”, so none is true by accident', () => {
		const over = numericNeighbours(numberSlot('600', 600), 'It flew over 600 miles.');
		expect(over.map(Number).every((n) => n > 600)).toBe(true);
		expect(over.length).toBeGreaterThan(2);
		const plus = numericNeighbours(numberSlot('30', 30), 'By 2030 the 30-plus nations met.');
		expect(plus.map(Number).every((n) => n > 30)).toBe(true);
	});

	it('stay outside the tolerance and keep thousands separators', () => {
		const wrong = numericNeighbours(numberSlot('10,000', 10_000, 3_000), 'About 10,000 troops.');
		for (const w of wrong) {
			expect(w).toMatch(/^\d{1,3}(,\d{3})*$/);
			expect(Math.abs(Number(w.replace(/,/g, '')) - 10_000)).toBeGreaterThan(3_000);
		}
	});
});
