/** Whether a name put in for "the council" keeps its "the" (takesThe, entities.ts). */
import { describe, expect, it } from 'vitest';
import { takesThe } from './entities.ts';
import { analyseText, entityNamed, statementsOf } from './test-text.ts';

describe('takesThe', () => {
	it('is true for a name the text writes after "the"', () => {
		const { index } = analyseText(
			'The figures were published by the Bank of Caldonia on Tuesday morning.'
		);
		expect(takesThe(entityNamed(index, 'Bank of Caldonia'))).toBe(true);
	});

	it('is false for a name the text writes without "the"', () => {
		const { index } = analyseText(
			'The figures were published by Wrenford Borough Council on Tuesday morning.'
		);
		expect(takesThe(entityNamed(index, 'Wrenford Borough Council'))).toBe(false);
	});

	it('goes by most mentions, a tie counting as "the"', () => {
		const tie = analyseText(
			'The figures were published by the Velby Trust on Tuesday. Officials at Velby Trust wrote the report on Monday.'
		);
		const trust = entityNamed(tie.index, 'Velby Trust');
		expect(trust.mentions.map((m) => m.afterThe)).toEqual([true, false]);
		expect(takesThe(trust)).toBe(true);
		const mostlyBare = analyseText(
			'The figures were published by the Velby Trust on Tuesday. Officials at Velby Trust wrote the report, and Velby Trust sent it out.'
		);
		const bare = entityNamed(mostlyBare.index, 'Velby Trust');
		expect(bare.mentions.map((m) => m.afterThe)).toEqual([true, false, false]);
		expect(takesThe(bare)).toBe(false);
	});

	it('counts an acronym only where "the" comes before it', () => {
		const { index } = analyseText(
			"The bank's Monetary Policy Committee (MPC) voted by five to two. The MPC's next decision is due on 6 February."
		);
		expect(takesThe(entityNamed(index, 'Monetary Policy Committee'))).toBe(true);
	});
});

describe('a school named after an infinitive, put in for "The school"', () => {
	it('takes no "the": "Kirkhallow Primary School was built for 105 children"', () => {
		const statements = statementsOf(
			[
				'Parents fight plan to close village school',
				'Harrowfell County Council has opened a consultation on plans to shut Kirkhallow Primary School in July.',
				'The council says births in the village have fallen by a third.',
				'The school was built for 105 children, so more than 60 per cent of its places are empty.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.startsWith('Kirkhallow Primary School was built'))).toBe(true);
		expect(statements.some((s) => /the Kirkhallow Primary School/i.test(s))).toBe(false);
	});
});

describe('a school named after "near", put in for "the school"', () => {
	it('takes no "the": "a zebra crossing outside Crossford Primary School"', () => {
		const statements = statementsOf(
			[
				'Speed camera catches 612 drivers',
				'The van was sent to Crossford after a crash near Crossford Primary School in which a cyclist broke his leg.',
				'Pete Harland, chairman of Crossford Parish Council, said villagers had warned about speeding for years.',
				'Harland said the parish council wanted a camera, which he estimated would cost about £150,000, and a zebra crossing outside the school.'
			].join('\n\n')
		);
		expect(statements.some((s) => /outside Crossford Primary School/.test(s))).toBe(true);
		expect(statements.some((s) => /the Crossford Primary School/.test(s))).toBe(false);
	});
});

describe('a firm put in for "the company" before a verb the tagger reads as a noun', () => {
	it('takes no "the": "Shares in Hadley & Bream rose 4.2%"', () => {
		const statements = statementsOf(
			[
				'Supermarket profits rise as shoppers switch',
				'The supermarket chain Hadley & Bream has reported a 14% rise in annual profits.',
				'Hadley & Bream now runs 212 stores and employs about 31,000 people.',
				'Shares in the company rose 4.2% to 318p in morning trading on Tuesday.'
			].join('\n\n')
		);
		expect(statements.some((s) => /the Hadley & Bream rose/.test(s))).toBe(false);
	});
});
