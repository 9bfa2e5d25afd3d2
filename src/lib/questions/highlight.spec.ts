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

	it('ignores missing parts and joins overlapping ones', () => {
		expect(highlightRuns('abc d', ['x', 'ab', 'bc'])).toEqual([
			{ text: 'abc', mark: true },
			{ text: ' d', mark: false }
		]);
		expect(highlightRuns('<img src=x onerror=alert(1)>', [])).toEqual([
			{ text: '<img src=x onerror=alert(1)>', mark: false }
		]);
	});

	it('makes each misprint one run with its correction, marked when it is part of the answer', () => {
		const misprints = [
			{ printed: 'Sir Kire Stmmers', correct: 'Sir Keir Starmer' },
			{ printed: 'Stmmers', correct: 'Starmer' },
			{ printed: 'coalition of alliance', correct: 'coalition of the willing' }
		];
		const runs = highlightRuns(
			'The Sir Kire Stmmers chairs the coalition of alliance.',
			['Stmmers chairs'],
			misprints
		);
		expect(runs).toEqual([
			{ text: 'The ', mark: false },
			{ text: 'Sir Kire Stmmers', mark: true, correct: 'Sir Keir Starmer' },
			{ text: ' chairs', mark: true },
			{ text: ' the ', mark: false },
			{ text: 'coalition of alliance', mark: false, correct: 'coalition of the willing' },
			{ text: '.', mark: false }
		]);
	});

	it('finds misprints as whole words only', () => {
		const runs = highlightRuns('Kirsten met Kir.', [], [{ printed: 'Kir', correct: 'Keir' }]);
		expect(runs).toEqual([
			{ text: 'Kirsten met ', mark: false },
			{ text: 'Kir', mark: false, correct: 'Keir' },
			{ text: '.', mark: false }
		]);
	});
});
