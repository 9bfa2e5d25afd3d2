/** "that" as a word pointing back, and as the start of a clause (thatPointsBack, pointing-words.ts). */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('pointsBack on "that"', () => {
	it('finds "that" as the object of a verb or an "-ing": "disputed that estimate"', () => {
		expect(
			pointsBack('Cllr Daniel Ashdown said losing that information would leave it blind.')
		).toMatch(/that information/);
		expect(
			pointsBack('The report, noting that data from 2019 was missing, was delayed.')
		).toBeUndefined();
		expect(pointsBack('Veltrix disputed that estimate, saying it ignored a grant.')).toMatch(
			/that estimate/
		);
		expect(pointsBack('The firm raised £18 million to build that production line.')).toMatch(
			/that production/
		);
		expect(pointsBack('Dr Ann Lee warned that prices in the town would rise.')).toBeUndefined();
		expect(pointsBack('The council decided that funding for roads would be cut.')).toBeUndefined();
		expect(
			pointsBack('The timetable changed so that buses in the centre run later.')
		).toBeUndefined();
	});

	it('finds "that" as the subject of what follows: "…, that would mean", "say that means"', () => {
		expect(
			pointsBack(
				'Because the magnitude scale is logarithmic, that would mean ground shaking 50 times greater.'
			)
		).toMatch(/that would/);
		expect(
			pointsBack('Islanders say that means anyone working a full day will not get home.')
		).toMatch(/that means/);
		expect(
			pointsBack('The trust bought a booking system that means patients wait less.')
		).toBeUndefined();
		expect(pointsBack('Dr Ann Lee said that prices would rise.')).toBeUndefined();
	});

	it('takes "in that bay" for the bay the sentence named, and "At its height" for the event', () => {
		expect(
			pointsBack(
				'The blaze began in a bay holding 180 tonnes of waste, and the detectors in that bay were off.'
			)
		).toBeUndefined();
		expect(pointsBack('The detectors in that bay were off.')).toMatch(/that bay/);
		expect(
			pointsBack('At its height, 75 firefighters and 14 engines were at the scene.')
		).toBeUndefined();
		expect(pointsBack('Its height was 75 metres.')).toMatch(/Its/);
	});
});
