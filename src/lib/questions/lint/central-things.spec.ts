/** What an article's headline and opening report, that later sentences call "the decision". */
import { describe, expect, it } from 'vitest';
import { centralThings } from './central-things.ts';
import { pointsBack } from './dangling-reference.ts';

const depot = `Inspector throws out Marshby lorry depot after three-year fight

A government planning inspector has refused permission for a lorry depot outside Marshby.

The decision, published on 14 March, ends a dispute that began almost three years ago.

A campaign group said a plan to widen the bypass should now be dropped.`;

describe('centralThings', () => {
	it('takes what the headline and the first two sentences tell, in their words or the noun', () => {
		const central = centralThings('Inspector throws out Marshby lorry depot', depot);
		expect(central.has('decision')).toBe(true); // "refused", and "The decision" itself
		// "a government planning inspector" plans nothing.
		// The fourth paragraph's plan is one thing among others, not what the article reports.
		expect(central.has('plan')).toBe(false);
		expect(central.has('change')).toBe(false);
	});

	it('reads a change from the headline, but not from a name ("Lower Oxley")', () => {
		expect(centralThings('Voters reject plan to lower the voting age').has('change')).toBe(true);
		const oxley = 'Eight people waited in Lower Oxley for the mobile library on Tuesday.';
		expect(centralThings('Mobile library waits', oxley).has('change')).toBe(false);
	});

	it('lets "the decision" stand alone in such an article, and only there', () => {
		const statement = 'The company said the decision was wrong.';
		expect(pointsBack(statement)).toBe('“the decision” points back');
		expect(pointsBack(statement, undefined, centralThings('', depot))).toBeUndefined();
	});
});

describe('centralThings: figures, findings and results', () => {
	it('lets "the figures" stand for the figures a lead reports', () => {
		const waits =
			'The number waiting more than a year has risen by 18%, according to figures published yesterday.';
		const statement = 'Dr Siobhán Garvey said the figures were "not acceptable".';
		expect(pointsBack(statement)).toBe('“the figures” points back');
		expect(pointsBack(statement, undefined, centralThings('Waits up 18%', waits))).toBeUndefined();
		expect(centralThings('Scientist altered images, inquiry finds').has('findings')).toBe(true);
	});

	it('lets "the results" stand for a trial’s, and "the proposals" for what was approved', () => {
		const trial = centralThings(
			'',
			'Exercise classes eased back pain in a large trial, researchers said.'
		);
		expect(trial.has('results') && trial.has('findings')).toBe(true);
		const cuts = centralThings(
			'',
			'Library hours will be cut after councillors approved the reductions.'
		);
		expect(cuts.has('proposals')).toBe(true);
		expect(centralThings('', 'Library hours will be cut next year.').has('proposals')).toBe(false);
	});
});

describe('centralThings: a stop or a closure is a decision', () => {
	it('lets "The decision" stand for a ferry that is to stop sailing', () => {
		const central = centralThings('Island ferry to stop sailing in June as operator cites costs');
		expect(central.has('decision')).toBe(true);
		expect(centralThings('Island ferry carries record numbers').has('decision')).toBe(false);
	});
});
