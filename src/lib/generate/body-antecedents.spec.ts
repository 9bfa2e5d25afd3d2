/** Which named body "the party" or "the trust" of a sentence is, if the text says (antecedents.ts). */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

describe('"the party"', () => {
	it('is not the party named with "Party" when a body without the word was named since', () => {
		const statements = statementsOf(
			[
				'Residents take Millbeck seat from ruling party',
				'Joanna Threlfall, 61, won 1,284 votes for the Wendshire Residents’ Alliance, 212 more than the Civic Union candidate, Marcus Fenby.',
				'The full result was: Joanna Threlfall 1,284; Marcus Fenby (Civic Union) 1,072; Priya Nandra (Heartland Party) 402.',
				'The Civic Union’s share of the vote fell from 58 per cent to 37 per cent.',
				'The defeat does not cost the party control of the council, but it cuts its majority to three seats.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes('won 1,284 votes'))).toBe(true);
		expect(statements.some((s) => /cost the Heartland Party control/.test(s))).toBe(false);
	});
});

describe('"the trust"', () => {
	it('is none of them when the text counts several trusts', () => {
		const statements = statementsOf(
			[
				'Two hospitals to merge',
				'The boards of the two trusts backed the merger at a joint meeting on Tuesday, by 19 votes to three.',
				'The new organisation, to be called the Wendle Valley Hospitals Trust (WVHT), will come into being on 1 April next year.',
				'Last year, 2,130 planned operations were cancelled on the day at Pellowick, up from 1,240 the year before, according to figures published by the trust.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes('come into being on 1 April'))).toBe(true);
		expect(statements.some((s) => /published by the Wendle Valley Hospitals Trust/.test(s))).toBe(
			false
		);
	});
});

describe('"the library"', () => {
	it('is not "the Friends of Holmcaster Library", a group named for it', () => {
		const statements = statementsOf(
			[
				'Hundreds march against library closure',
				'About 600 people marched through Holmcaster on Saturday in protest at plans to close the town’s 130-year-old central library.',
				'The council says it cannot afford the £3.1 million needed to repair the library’s roof.',
				'The march was organised by the Friends of Holmcaster Library (FoHL), a group set up in January.',
				'Campaigners point out that the library is busier than it has been for years.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes('organised by the Friends of Holmcaster'))).toBe(true);
		expect(
			statements.some((s) => /Friends of Holmcaster Library(’s roof| is busier)/.test(s))
		).toBe(false);
	});
});

describe('"the chain" and "the operator"', () => {
	it('are the firm named before, under the name it trades as or not', () => {
		const statements = statementsOf(
			[
				'Bakery chain collapses',
				'Hadley & Sons, which trades as Hadley’s Bakery from 41 shops across the county, called in administrators on Tuesday.',
				'Joint administrator Ruth Okonedo said all 41 shops would stay open for the time being.',
				'The chain had already shut nine branches in the past 18 months.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'Hadley & Sons had already shut nine branches in the past 18 months.'
		);
		const ferry = statementsOf(
			[
				'Island ferry sailings cut',
				'Northsound Ferries said the reduced timetable would begin on 2 June and last until October.',
				'The company cancelled 312 sailings last year, up from 95 the year before.',
				'The operator has said it will offer a £2,000 bonus to new recruits who finish their training by August.'
			].join('\n\n')
		);
		expect(ferry).toContain(
			'Northsound Ferries has said it will offer a £2,000 bonus to new recruits who finish their training by August.'
		);
	});
});

describe('"the force" and "the charity"', () => {
	it('are the police force and the trust named before', () => {
		const statements = statementsOf(
			[
				'County lines boss jailed',
				'The sentences followed an 18-month investigation by Eastwold Police, codenamed Operation Tansy.',
				'Det Insp Liam Forsey said it was the largest investigation Eastwold Police had carried out.',
				'The force has since set up a joint team with the Cindermoor Youth Trust (CYT), which works with young people.',
				'Grace Okafor-Lund said the charity had supported 140 children in the town last year.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.startsWith('Eastwold Police has since set up'))).toBe(true);
		expect(
			statements.some((s) => /said the Cindermoor Youth Trust had supported 140/.test(s))
		).toBe(true);
	});
});

describe('"the authority"', () => {
	it('is the one council named before', () => {
		const statements = statementsOf(
			[
				'Council tax to rise',
				'Brackenwold Borough Council will raise council tax by 4.99% from April.',
				'The authority said it faced a gap of £12.4 million next year.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.startsWith('Brackenwold Borough Council said it faced'))).toBe(
			true
		);
	});

	it('is a body called an authority before a council the word also fits', () => {
		const statements = statementsOf(
			[
				'Bridge for dormice opens',
				'The Motorways and Trunk Roads Authority built the bridge over the M38 with Coldharrow District Council.',
				'The authority said the hedges should be fully grown by 2029.'
			].join('\n\n')
		);
		expect(
			statements.some((s) =>
				s.startsWith('The Motorways and Trunk Roads Authority said the hedges')
			)
		).toBe(true);
		expect(statements.some((s) => s.startsWith('Coldharrow District Council said'))).toBe(false);
	});
});

describe('"the heritage centre"', () => {
	it('is the one name the text gave that ends in those words', () => {
		const statements = statementsOf(
			[
				'Dog walker finds new dinosaur',
				'A fossil spotted by a dog walker at Saltmarrow Bay belongs to a new species of dinosaur.',
				'She sent the pictures to the Saltmarrow Heritage Centre, which contacted palaeontologists.',
				'The discovery has prompted a rush of fossil hunters to the bay.',
				'The heritage centre said visitor numbers rose to 38,000 last year, twice as many as the year before.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'The Saltmarrow Heritage Centre said visitor numbers rose to 38,000 last year, twice as many as the year before.'
		);
	});
});

describe('"the charity" that a sentence defines, or named only later', () => {
	it('is left as written', () => {
		const lifeboat = statementsOf(
			[
				'Lifeboat veteran dies',
				'Jack Tremain, who crewed the Porthkeel lifeboat for 40 years, has died aged 88.',
				'Records kept by the Coastal Lifeboat Trust, the charity that runs the station, show that he took part in 412 launches.'
			].join('\n\n')
		);
		expect(lifeboat.some((s) => /Trust, the Coastal Lifeboat Trust/.test(s))).toBe(false);
		const hospice = statementsOf(
			[
				'Hospice walk raises £80,000',
				'Hundreds walked 10 miles along the canal for Little Lanterns, a children’s hospice.',
				'Only 18% of its money comes from public funding, so events such as the walk are vital, the charity said.',
				'Volunteers from the Fallowmere Waterways Trust (FWT) laid matting over the towpath.'
			].join('\n\n')
		);
		expect(hospice.some((s) => /Fallowmere Waterways Trust said/.test(s))).toBe(false);
	});
});

describe('"the scheme" a body is named for', () => {
	it('is the Regional Finds Recording Scheme named before', () => {
		const statements = statementsOf(
			[
				'Coin hoard declared treasure',
				'A hoard of 296 silver coins found near Cadlow has been declared treasure at an inquest.',
				'Dr Anita Sharma, the finds officer for the Regional Finds Recording Scheme (RFRS), said the hoard was the largest of its period.',
				'The find is the third hoard declared treasure in the county this year.',
				'Gareth Pemberton, who has recorded more than 1,400 finds with the scheme, said he would share any reward.'
			].join('\n\n')
		);
		expect(
			statements.some((s) => /1,400 finds with the Regional Finds Recording Scheme/.test(s))
		).toBe(true);
	});
});
