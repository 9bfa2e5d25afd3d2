import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from './fit.ts';
import type { CardHistory } from './history.ts';
import { evaluateParameters } from './metrics.ts';
import { reviewsPerDay } from './workload.ts';

describe('evaluateParameters', () => {
	it('scores only reviews a day or more after the one before', () => {
		const figures = evaluateParameters(
			[
				{ ratings: [3, 3, 1], days: [0, 2, 0] },
				{ ratings: [4], days: [0] }
			],
			DEFAULT_PARAMS
		);
		expect(figures.count).toBe(1);
		expect(figures.stabilities).toHaveLength(2);
		expect(figures.logLoss).toBeGreaterThan(0);
	});

	it('gives a lower log loss to a model that expects what happened', () => {
		// Remembered after 30 days, again and again: higher first stability (w[2]) predicts it.
		const histories: CardHistory[] = Array.from({ length: 20 }, () => ({
			ratings: [3, 3],
			days: [0, 30]
		}));
		const sure = [...DEFAULT_PARAMS];
		sure[2] = 60;
		expect(evaluateParameters(histories, sure).logLoss).toBeLessThan(
			evaluateParameters(histories, DEFAULT_PARAMS).logLoss
		);
	});

	it('is zero on an empty history', () => {
		expect(evaluateParameters([], DEFAULT_PARAMS)).toEqual({
			logLoss: 0,
			rmse: 0,
			count: 0,
			stabilities: []
		});
	});
});

describe('reviewsPerDay', () => {
	it('grows with the desired retention and shrinks with stability', () => {
		const cards = [2, 5, 10, 40, 100];
		const at = (r: number) => reviewsPerDay(cards, r);
		expect(at(0.8)).toBeLessThan(at(0.9));
		expect(at(0.9)).toBeLessThan(at(0.97));
		expect(reviewsPerDay([100], 0.9)).toBeLessThan(reviewsPerDay([10], 0.9));
	});

	it('counts a card due daily as about one review a day, and skips unstudied cards', () => {
		expect(reviewsPerDay([0.1], 0.9)).toBeCloseTo(1.1, 5);
		expect(reviewsPerDay([0, Number.NaN], 0.9)).toBe(0);
	});
});
