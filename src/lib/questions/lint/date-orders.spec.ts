import { describe, expect, it } from 'vitest';
import { dateOrderFlip, timePoints } from './date-orders.ts';

const flip = (truth: string, answer: string, wrong: string) =>
	dateOrderFlip(truth, truth.replace(answer, wrong));

describe('timePoints', () => {
	it('reads every shape of date, in order', () => {
		const text =
			'Proposed on 16 May 2022 and on Nov. 3, 2023, in June 2024, on 4 July, on Sept. 30, every October, in the 1960s and in 1985.';
		expect(timePoints(text).map((p) => p.text)).toEqual([
			'16 May 2022',
			'Nov. 3, 2023',
			'June 2024',
			'4 July',
			'Sept. 30',
			'every October',
			'1960s',
			'1985'
		]);
	});

	it('leaves out sums, shares and counts that look like years', () => {
		expect(timePoints('It cost £2015, 1999 per cent more, and 2,017 people came.')).toEqual([]);
	});
});

describe('dateOrderFlip', () => {
	const born =
		'Born in 1935, Ruth Ashworth won a scholarship to study engineering in 1953, when she was 18.';
	const schedule =
		'The new schedule, first proposed on Oct. 7, takes effect Nov. 3 and runs through April 26.';

	it('finds a birth after the scholarship it led to', () => {
		expect(flip(born, '1935', '1958')).toMatch(/“1958” and “1953”/);
	});

	it('lets a wrong year keep the order', () => {
		expect(flip(born, '1935', '1932')).toBeUndefined();
		expect(flip(born, '1953', '1955')).toBeUndefined();
	});

	it('finds a proposal dated after the change takes effect', () => {
		expect(flip(schedule, 'Oct. 7', 'Dec. 7')).toBeDefined();
		expect(flip(schedule, 'Nov. 3', 'Oct. 3')).toBeDefined();
		expect(flip(schedule, 'Oct. 7', 'Sept. 7')).toBeUndefined();
	});

	it('holds a date to the month a yearly event keeps', () => {
		const festival = 'Held every October since 1994, it will run from 16 to 19 October.';
		expect(flip(festival, '19 October', '19 December')).toMatch(/does not fall in “every October”/);
		expect(flip(festival, '19 October', '26 October')).toBeUndefined();
	});

	it('puts a decade before or around a year as the sentence does', () => {
		const seismometers = 'In 1985 the volcano had three seismometers, installed in the 1960s.';
		expect(flip(seismometers, '1960s', '1980s')).toBeDefined();
		expect(flip(seismometers, '1960s', '1970s')).toBeUndefined();
	});

	it('has no verdict on one date alone or on dates of two families', () => {
		expect(flip('It opened in 1990.', '1990', '2030')).toBeUndefined();
		expect(
			flip('It opened on 4 July 1990 and closes on 9 May.', '9 May', '1 January')
		).toBeUndefined();
	});
});
