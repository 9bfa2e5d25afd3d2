/**
 * The story's town for words that mean it without naming it: "the council" of a council never
 * named, "the town", "the town centre".
 */
import { describe, expect, it } from 'vitest';
import { replacedWords, resolveLast, removedWords, statementsOf } from './test-text.ts';

describe('"The council" of an article that never names its council', () => {
	it("names the town's council when a town council is meant but never named", () => {
		const { sentence, rewrite } = resolveLast(
			'Brackenmoor homelessness rises by a third\n\nHomelessness in Brackenmoor has risen by 34%, according to figures published by the borough council. The council said nearly half of all cases followed an eviction.'
		);
		expect(replacedWords(sentence, rewrite)).toEqual({ council: 'Brackenmoor council' });
		expect(removedWords(sentence, rewrite)).toEqual(['The']);
	});

	it('leaves an unnamed council as written when a council is named or the town is not clear', () => {
		const named = resolveLast(
			'Flats planned in Tarrow\n\nTarrow Borough Council has approved 40 flats. The council said the borough council vote was close.'
		);
		expect(replacedWords(named.sentence, named.rewrite)).toEqual({
			council: 'Tarrow Borough Council'
		});
		const two = resolveLast(
			'Flats planned in Tarrow and Bexby\n\nCouncillors approved 40 flats in Tarrow and Bexby. The council said the vote was close.'
		);
		expect(replacedWords(two.sentence, two.rewrite)).toEqual({});
	});
});

describe('"the town" of a story about one town', () => {
	const TOWN = [
		'Bakery to open factory in Selbridge',
		'Gorsebrook Bakery is to open a £28 million factory in Selbridge, creating 350 jobs.',
		'Selbridge has struggled since the closure of the Harmon Tyres plant in 2019.',
		'Unemployment in the town stands at 6.1%, compared with a regional average of 4.3%.',
		'Shops in the town centre have lost 40% of their trade since 2019, according to the traders.',
		'Some staff will move from Fellingham, about 40 miles away.',
		'Rents in the town have risen by 12% since the plant closed in 2019.'
	].join('\n\n');

	it('names the town, and the town centre as the town’s', () => {
		const statements = statementsOf(TOWN);
		expect(statements).toContain(
			'Unemployment in Selbridge stands at 6.1%, compared with a regional average of 4.3%.'
		);
		expect(statements.some((s) => s.startsWith('Shops in Selbridge town centre have lost'))).toBe(
			true
		);
	});

	it('leaves "the town" after a sentence that names another town', () => {
		const statements = statementsOf(TOWN);
		expect(statements.some((s) => /Rents in (Selbridge|Fellingham) have risen/.test(s))).toBe(
			false
		);
	});
});

describe('"the town" where the story’s place is no town, or another town is', () => {
	it('leaves it after a province, a club called Town, or "the market town of Wenlow"', () => {
		const province = statementsOf(
			[
				'Floods in Harrowdale',
				'Nine people have died after the River Sellan burst its banks in the northern province of Harrowdale.',
				'The worst damage was in the market town of Wenlow, where the river rose 4.6 metres.',
				'Soldiers handed out water because the town’s treatment works had been flooded.'
			].join('\n\n')
		);
		expect(province.some((s) => /Harrowdale’?'?s treatment works/.test(s))).toBe(false);
		const club = statementsOf(
			[
				'Holtby Town promoted',
				'Holtby Town won promotion to the National League on Saturday with a 2-0 win over Carrow.',
				'Supporters celebrated in the town’s pubs long into the evening after the 2-0 win.'
			].join('\n\n')
		);
		expect(club.some((s) => /Holtby Town['’]s pubs/.test(s))).toBe(false);
	});
});

describe('"the town" beside a hospital ward the tagger took for a town', () => {
	it('is never the ward', () => {
		const statements = statementsOf(
			[
				'Merrowgate hospital ward to close',
				'Linden Ward at Merrowgate Community Hospital will close on 14 March, health bosses said.',
				'Staff on Linden Ward have been offered other jobs.',
				'A petition has gathered more than 7,300 signatures, roughly a third of the town’s adults.'
			].join('\n\n')
		);
		expect(statements.some((s) => /Linden Ward['’]s adults/.test(s))).toBe(false);
	});
});
