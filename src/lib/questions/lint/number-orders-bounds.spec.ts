/** Figures a sentence holds apart: targets, limits, "needed … only", ages in order (number-orders.ts). */
import { describe, expect, it } from 'vitest';
import { brokenOrders, computable } from './number-orders.ts';

describe('brokenOrders: bounds held-out-81 to -85 showed', () => {
	it('keeps the figure a sentence opens with well above "the … 2% target"', () => {
		const inflation =
			"Inflation on the island fell to 3.4% in January, down from 5.1% a year earlier, but it remains well above the Monetary Authority of Carrendell's 2% target.";
		expect(brokenOrders(inflation)).toEqual([]);
		expect(brokenOrders(inflation.replace('3.4%', '1.9%'))).toContain('“well above” leaves a gap');
		expect(brokenOrders(inflation.replace(' 2%', ' 3%'))).toContain('“well above” leaves a gap');
		expect(brokenOrders(inflation.replace(' 2%', ' 4%'))).toContain('“well above” leaves a gap');
	});
	it('keeps "more than doubled, from about £1,900" and "needed 26 … but had only 17"', () => {
		const charges =
			'Some owners say their annual charges have more than doubled, from about £1,900 to £4,300.';
		expect(brokenOrders(charges)).toEqual([]);
		expect(brokenOrders(charges.replace('£1,900', '£2,400'))).toContain(
			'“more than doubled” fixes how far it rose'
		);
		const crew =
			'Alan Whitlock said the firm needed 26 licensed deckhands and engineers to run the full service but had only 17.';
		expect(brokenOrders(crew)).toEqual([]);
		expect(brokenOrders(crew.replace('only 17', 'only 30'))).toContain(
			'“needed N but had only M” has fewer than it needs'
		);
	});
	it('keeps "up from a target of 4,900" below the figure before it', () => {
		const homes =
			'Northvale must find sites for 6,300 new homes by 2040 under its draft local plan, up from a target of 4,900 in the previous plan.';
		expect(brokenOrders(homes)).not.toContain('“up from” starts lower');
		expect(brokenOrders(homes.replace('6,300', '4,700'))).toContain('“up from” starts lower');
		expect(brokenOrders(homes.replace('4,900', '6,900'))).toContain('“up from” starts lower');
	});
	it('keeps "left school at 16 … before … drama school at 21" in order', () => {
		const venn =
			'Harriet Venn left school at 16 and worked as a typist before winning a place at drama school at 21.';
		expect(brokenOrders(venn)).toEqual([]);
		expect(brokenOrders(venn.replace('at 16', 'at 22'))).toContain(
			'what came before happened at a younger age'
		);
	});

	it('fixes each of "19 seasons … between 1961 and 1979" by the other two', () => {
		const career =
			'Dennis Carrowby took 1,142 wickets in 19 seasons with Saltmere between 1961 and 1979.';
		expect(computable(career, '1961')).toBe(true);
		expect(computable(career, '19')).toBe(true);
	});
});

describe('brokenOrders: a chase, a century and a pay "well above" an average', () => {
	it('finds a target below the score of a side bowled out chasing it', () => {
		expect(
			brokenOrders('Chasing 226 to win, Thornleigh were bowled out for 286 after tea.')
		).toEqual(['a side bowled out chasing a target made less than it']);
		expect(
			brokenOrders('Chasing 301 to win, Thornleigh were bowled out for 286 after tea.')
		).toEqual([]);
	});

	it('finds a century of fewer than a hundred runs', () => {
		expect(brokenOrders('Owen Pelham made 66, his first century of the season.')).toEqual([
			'a century is a hundred runs or more'
		]);
		expect(brokenOrders('Owen Pelham made 132, his first century of the season.')).toEqual([]);
	});

	it('reads past a town\'s possessive and "of about" to the figure set above', () => {
		const pay = (p: string) =>
			brokenOrders(
				`Starting pay would be ${p} a year, well above the town's average salary of about £24,000.`
			);
		expect(pay('£14,800')).toEqual(['what is above the other must be larger']);
		expect(pay('£29,500')).toEqual([]);
	});
});
