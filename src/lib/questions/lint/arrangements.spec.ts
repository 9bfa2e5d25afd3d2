/** What only says when and where to go: a memorial service, the next meeting or fixture. */
import { describe, expect, it } from 'vitest';
import { ARRANGEMENTS } from './not-worth-asking.ts';

describe('ARRANGEMENTS', () => {
	it('finds a memorial service and the next release of figures, not the news', () => {
		expect(
			ARRANGEMENTS.test('A memorial service will be held at Ostcombe Cathedral on 15 November.')
		).toBe(true);
		expect(ARRANGEMENTS.test('The BHO will publish its next set of figures on 11 April.')).toBe(
			true
		);
		expect(ARRANGEMENTS.test('The council will publish its plan for the site in May.')).toBe(false);
	});

	it('finds a bare next meeting or next home fixture, not a meeting that carries news', () => {
		expect(ARRANGEMENTS.test("The committee's next meeting is due on 2 May.")).toBe(true);
		expect(ARRANGEMENTS.test('Marchshire host Sellamere at Grange Lane on 4 September.')).toBe(
			true
		);
		expect(
			ARRANGEMENTS.test(
				"The committee's next meeting is on 22 May, and Dr Ilse Marovic declined to rule out a further increase."
			)
		).toBe(false);
		expect(ARRANGEMENTS.test('Marchshire beat Sellamere at Grange Lane on 4 September.')).toBe(
			false
		);
	});

	it('finds a funeral told by name and gift cards taken until a date', () => {
		expect(
			ARRANGEMENTS.test(
				"Bernard Ketteridge's funeral will be held at St Barnabas' Church in Stannard Vale on 28 November."
			)
		).toBe(true);
		expect(ARRANGEMENTS.test('Shops that remain open will accept gift cards until 30 April.')).toBe(
			true
		);
		expect(
			ARRANGEMENTS.test("Bernard Ketteridge's union won a pay rise of 18% for 6,000 weavers.")
		).toBe(false);
	});
});
