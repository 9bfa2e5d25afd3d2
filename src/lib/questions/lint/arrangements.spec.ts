/** What only says when and where to go: a memorial service, the next meeting or fixture. */
import { describe, expect, it } from 'vitest';
import { ARRANGEMENTS, streetVenue } from './arrangements.ts';
import { voxPop } from './not-worth-asking.ts';

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

	it('finds a final fixture, a closing-down sale, a reception and a meeting to discuss', () => {
		for (const text of [
			"The Colliers' final home game of the season is against Bexholme on 13 September.",
			'Thistlecombe play their final match away at Saltcote Park on 7 September.',
			'A closing-down sale will begin on 3 February, with discounts of up to 50% across all departments.',
			'Hollinbeck Town Council said it would hold a civic reception for the band on 12 October.',
			"The council's health scrutiny committee is due to discuss the closure at a meeting on 12 June.",
			'A public meeting will be held in Skerrinish village hall on 14 October.',
			'An official reopening will be held on Saturday, when the Mayor will cut a ribbon.',
			'Anyone with information is asked to contact Calderdown Police, quoting reference 0417.',
			'Anyone who saw a livestock lorry on the Ffordd Las road is asked to contact the police, quoting reference 0219.',
			'The Keldale Family Hub is holding its next uniform exchange on Saturday 23 August, from 10am to 2pm.'
		])
			expect(ARRANGEMENTS.test(text), text).toBe(true);
		expect(
			ARRANGEMENTS.test('The Colliers lost their final home game of the season 28-18 to Bexholme.')
		).toBe(false);
	});
});

describe('streetVenue, after other words of place and in a list of streets', () => {
	it('finds a street a thing is off, under or beside another street', () => {
		for (const [text, street] of [
			['The site, off Pippin Way, remains a fenced-off patch of rough grass.', 'Pippin Way'],
			['A blocked culvert under Foxley Road stopped fresh water flowing in.', 'Foxley Road'],
			['Reaching it means crossing the busy Tollgate Road.', 'Tollgate Road'],
			['The pond sits at the junction of Church Lane and Foxley Road.', 'Church Lane'],
			['The pond sits at the junction of Church Lane and Foxley Road.', 'Foxley Road'],
			[
				'The scheme will reach seven streets, including Quarry Road and Linnet Street.',
				'Quarry Road'
			]
		])
			expect(streetVenue(text, street), text).toBe(true);
		expect(
			streetVenue('Quarry Road and Linnet Street were closed for a week.', 'Quarry Road')
		).toBe(false);
	});
});

describe('streetVenue', () => {
	it('finds a street as the place of what happened, not a street that is the news', () => {
		expect(
			streetVenue(
				'The River Leffen burst its banks, sending a torrent of brown water down the High Street.',
				'the High Street'
			)
		).toBe(true);
		expect(
			streetVenue('A pump failed at the treatment works on Millhouse Lane.', 'Millhouse Lane')
		).toBe(true);
		expect(streetVenue('Quarry Lane was closed for three weeks.', 'Quarry Lane')).toBe(false);
		expect(
			streetVenue('Footfall on Market Street has fallen by about 20% since 2019.', 'Market Street')
		).toBe(false);
		expect(streetVenue('The works at Hollin Rigg Farm were flooded.', 'Hollin Rigg Farm')).toBe(
			false
		);
	});
});

describe('dates of a drop-in, a walk or next year’s show', () => {
	it('are arrangements, and the show’s own news is not', () => {
		for (const statement of [
			'Tenants with questions can attend a drop-in session at the Larkfield community centre on 14 August.',
			'A sponsored walk around Wrenfield Reservoir has been organised for 21 September.',
			"Next year's Ravensdale County Show will be held on 22 and 23 July."
		])
			expect(ARRANGEMENTS.test(statement), statement).toBe(true);
		expect(
			ARRANGEMENTS.test('The Ravensdale County Show drew a record 38,500 visitors on 22 July.')
		).toBe(false);
	});
});

describe('a shop owner quoted for colour', () => {
	it('is found whatever the shop is called and however long it has been theirs', () => {
		expect(
			voxPop(
				'Paul Nwosu, who runs the Bridge End Café, said he expected to lose around half his customers.',
				'Paul Nwosu'
			)
		).toBe(true);
		expect(
			voxPop(
				"Graham Tulley, who has owned Tulley's Bakery on Corn Square for 14 years, said his takings were higher.",
				'Graham Tulley'
			)
		).toBe(true);
	});
});
