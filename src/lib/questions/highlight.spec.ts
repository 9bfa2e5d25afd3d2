import { describe, expect, it } from 'vitest';
import { highlightRuns } from './highlight.ts';

describe('highlightRuns', () => {
	it('marks each part once, case-insensitively, and keeps all the text', () => {
		const runs = highlightRuns('Sir Kire Stmmers met Macron in Paris.', ['kire stmmers', 'Paris']);
		expect(runs).toEqual([
			{ text: 'Sir ', mark: false },
			{ text: 'Kire Stmmers', mark: true },
			{ text: ' met Macron in ', mark: false },
			{ text: 'Paris', mark: true },
			{ text: '.', mark: false }
		]);
		expect(runs.map((r) => r.text).join('')).toBe('Sir Kire Stmmers met Macron in Paris.');
	});

	it('ignores parts that are missing or overlap', () => {
		expect(highlightRuns('abc', ['x', 'ab', 'bc'])).toEqual([
			{ text: 'ab', mark: true },
			{ text: 'c', mark: false }
		]);
		expect(highlightRuns('<img src=x onerror=alert(1)>', [])).toEqual([
			{ text: '<img src=x onerror=alert(1)>', mark: false }
		]);
	});
});
