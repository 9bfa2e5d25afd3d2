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
