/** Figures a sentence fixes by its own arithmetic (fixed-figures.ts). */
import { describe, expect, it } from 'vitest';
import {
	daysBetweenDates,
	daysBroken,
	multipleBroken,
	multipleOfTheOther
} from './fixed-figures.ts';

describe('a figure and its double', () => {
	const scheme =
		'The university says twice as many staff applied as it had expected, 96 against a target of 48.';
	const complaints = 'Complaints had doubled in two years, from 1,150 in 2022 to 2,300 last year.';

	it('gives either away, and a wrong one breaks it', () => {
		expect(multipleOfTheOther(scheme, '96')).toBe(true);
		expect(multipleOfTheOther(scheme, '48')).toBe(true);
		expect(multipleOfTheOther(complaints, '1,150')).toBe(true);
		expect(multipleBroken(scheme)).toBe(false);
		expect(multipleBroken(scheme.replace('96', '168'))).toBe(true);
	});

	it('is no rule for "almost twice", or for figures that are not the multiple', () => {
		expect(multipleOfTheOther(scheme.replace('twice', 'almost twice'), '96')).toBe(false);
		const loose = 'Twice as many people came, 300 of them, and 40 stayed overnight.';
		expect(multipleOfTheOther(loose, '300')).toBe(false);
		// Two figures that are not the multiple: no rule, whichever is changed.
		const quakes =
			'The ground has risen by 9cm, and 1,840 earthquakes were recorded, twice as many as last year.';
		expect(multipleBroken(quakes)).toBe(multipleBroken(quakes.replace('1,840', '1,400')));
	});
});

describe('days between two dates', () => {
	const consultation = 'A formal 45-day consultation begins on 10 February and ends on 27 March.';

	it('gives the length and either date away, and a wrong one breaks it', () => {
		expect(daysBetweenDates(consultation, '45-day')).toBe(true);
		expect(daysBetweenDates(consultation, '10 February')).toBe(true);
		expect(daysBroken(consultation)).toBe(false);
		expect(daysBroken(consultation.replace('10 February', '10 January'))).toBe(true);
		expect(daysBetweenDates('A 30-day window opens on 1 May.', '1 May')).toBe(false);
	});
});
