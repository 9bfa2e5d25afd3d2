/** A sentence opening with "the" and a thing the lead never brought in (definite-subject.ts). */
import { describe, expect, it } from 'vitest';
import { generateDeck } from './generate.ts';

const statementsOf = (text: string) => generateDeck(text).deck.facts.map((f) => f.statement);

const byElection = [
	'Residents take Millbeck seat as bus depot row hits ruling party',
	'A residents’ group has won its first seat on Callowbeck District Council after a by-election dominated by a row over the town’s bus depot.',
	'Joanna Threlfall, 61, won 1,284 votes for the Wendshire Residents’ Alliance.',
	'Cllr Andrew Pargeter said the existing depot was too small for a new fleet of 36 electric buses, twice as many as now.',
	'The vehicles, paid for with a £9.2 million government grant, are due to arrive in the autumn.',
	'The depot closed in 1998 for three months.'
].join('\n\n');

describe('a sentence that opens with a thing the lead never brought in', () => {
	it('is taught after the sentence before it', () => {
		const statements = statementsOf(byElection);
		expect(statements.some((s) => /^The vehicles, paid for/.test(s))).toBe(false);
		expect(
			statements.some((s) =>
				/electric buses, twice as many as now\. The vehicles, paid for/.test(s)
			)
		).toBe(true);
	});

	it('stands alone when the headline or the opening brings the thing in', () => {
		const statements = statementsOf(byElection);
		expect(statements.some((s) => /^The depot closed in 1998/.test(s))).toBe(true);
	});
});
