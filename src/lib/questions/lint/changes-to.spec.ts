/** A change "to" a figure leads away from the figure before it, up or down as it says. */
import { describe, expect, it } from 'vitest';
import { changeToBroken } from './changes-to.ts';

describe('changeToBroken', () => {
	it('reads "rising to" and "reducing … to" against the figure before', () => {
		expect(
			changeToBroken('It expects 400,000 journeys in its first year, rising to 330,000.')
		).toMatch(/rising to/);
		expect(
			changeToBroken(
				'It expects 400,000 journeys in its first year, rising to 650,000 within five years.'
			)
		).toBeUndefined();
		expect(
			changeToBroken(
				'It had intended to build 65 homes on the field, reducing the scheme to 74 homes.'
			)
		).toMatch(/reducing to/);
		expect(
			changeToBroken(
				'It had intended to build 86 homes on the field, reducing the scheme to 74 homes.'
			)
		).toBeUndefined();
	});

	it('reads "That will fall to" against the figure of the sentence before', () => {
		expect(changeToBroken('They are open 560 hours a week. That will fall to 780 hours.')).toMatch(
			/fall to/
		);
		expect(
			changeToBroken('They are open 560 hours a week. That will fall to 392 hours.')
		).toBeUndefined();
		// Another sentence's figure, when this one does not point back to it.
		expect(
			changeToBroken('They are open 560 hours a week. Staff numbers will fall to 600.')
		).toBeUndefined();
	});

	it('reads a sum against the sum before it: "£182 million. That figure has since risen to"', () => {
		const cost = 'It was approved at a cost of £182 million. That figure has since risen to £X.';
		expect(changeToBroken(cost.replace('£X', '£114 million'))).toMatch(/risen to/);
		expect(changeToBroken(cost.replace('£X', '£228 million'))).toBeUndefined();
	});

	it('leaves figures of other things and years alone', () => {
		expect(changeToBroken('In 2019 the rate fell to 3%.')).toBeUndefined();
		expect(changeToBroken('All 14 libraries will see hours fall to 392 hours.')).toBeUndefined();
		expect(changeToBroken('Sales fell from 8,000 to 9,000.')).toBeUndefined();
	});

	it('keeps those "still there" within those who were there', () => {
		expect(
			changeToBroken('There 140 people spent the night. By Wednesday, 158 were still there.')
		).toMatch(/still there/);
		expect(
			changeToBroken('There 140 people spent the night. By Wednesday, 90 were still there.')
		).toBeUndefined();
	});

	it('keeps a part with "the rest" beside it under its whole, and wins within matches', () => {
		const posts = 'She said nine of its 12 posts were filled, with agency staff covering the rest.';
		expect(changeToBroken(posts)).toBeUndefined();
		expect(changeToBroken(posts.replace('12', '9'))).toMatch(/less than the whole/);
		const season = 'They finished second, with 15 wins from 18 matches.';
		expect(changeToBroken(season)).toBeUndefined();
		expect(changeToBroken(season.replace('18', '11'))).toMatch(/wins/);
	});
});
