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
