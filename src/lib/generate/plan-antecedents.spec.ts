/** What "the plan", "the decision" or "the amendment" of a sentence was (plan-antecedents.ts). */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

describe('an amendment', () => {
	it('is never the rise the council voted to approve', () => {
		const text = [
			'Council tax to rise by 4.99% after knife-edge vote',
			'Members of Coldharrow Borough Council voted by 24 to 21 to approve a rise of 4.99%, the most allowed without a referendum.',
			'The amendment was defeated by 25 votes to 22.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('voted by 24 to 21'))).toBe(true);
		expect(statements.some((s) => /amendment for a rise of 4\.99%/.test(s))).toBe(false);
	});
});

describe('a project', () => {
	it('is never "the project for the claim" the council rejected', () => {
		const text = [
			'Pool delayed as costs rise',
			'The new pool at Millwarden Park will open a year late after its cost rose by £4.2 million.',
			'The council rejected the claim that warnings had been ignored.',
			'The scrutiny committee agreed to receive monthly updates on the project until the pool opens.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('The council rejected the claim'))).toBe(true);
		expect(statements.some((s) => s.includes('the project for the claim'))).toBe(false);
	});
});

describe('a plan named from the sentence before', () => {
	it('stops before the verb of that sentence', () => {
		const text = [
			'Flood defences approved for Hadleymere',
			'An £18.6 million scheme to protect more than 600 homes in Hadleymere from flooding has been approved, four years after the River Wend burst its banks.',
			'The scheme has been designed by the Rivers and Coasts Authority (RCA), which will pay £12.4 million of the cost.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('designed by the Rivers and Coasts Authority'))).toBe(
			true
		);
		expect(statements.some((s) => /has been approved has been/.test(s))).toBe(false);
	});

	it('leaves out the meeting at which it was backed', () => {
		const text = [
			'Hospitals to merge',
			'The boards of the two trusts backed the merger at a joint meeting on Tuesday, by 19 votes to three.',
			"Pellowick Borough Council's health scrutiny committee will examine the plans next month."
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('health scrutiny committee will examine'))).toBe(true);
		expect(statements.some((s) => /plans for the merger at a joint meeting/.test(s))).toBe(false);
	});
});

describe('a plan approved by a vote', () => {
	it('leaves the vote out of what was approved', () => {
		const text = [
			'Traders angry as parking charges double',
			'Councillors have voted to double the cost of parking in Treddleford town centre.',
			'Treddleford District Council approved the plans by 29 votes to 21 on Wednesday evening.',
			'A petition against the plans gathered 4,870 signatures in three weeks.',
			'The council approved the grant by 31 votes to nine last month.',
			'Cllr Rhian Mossop called the scheme "a small price for keeping the lights on".'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => /votes to 21 gathered|plans for the plans/.test(s))).toBe(false);
		expect(statements.some((s) => /scheme for the grant by 31 votes/.test(s))).toBe(false);
		const margin = statementsOf(
			text.replace('by 29 votes to 21 on Wednesday evening', 'by a narrow margin')
		);
		expect(margin.some((s) => /by a narrow margin (gathered|would)/.test(s))).toBe(false);
	});
});

describe('"The decision" after two decisions', () => {
	it('is neither, when the article told of another decision before the nearest', () => {
		const text = [
			'Council votes to double parking charges',
			'Councillors have voted to double the cost of parking in Treddleford town centre.',
			'An hour in any of the five car parks will cost £2.40, up from £1.20.',
			'Disabled drivers will continue to park free of charge.',
			'The council has also agreed to introduce 30 minutes of free parking on Bridge Street.',
			'The decision will be reviewed after 12 months.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => /decision to introduce 30 minutes/.test(s))).toBe(false);
	});
});

describe('"the decision" in an article whose headline reports one', () => {
	it('is the headline’s decision, not a later plan the article tells of', () => {
		const statements = statementsOf(
			[
				'Brinemouth port expansion approved despite fears for birds',
				'Plans for a £240 million expansion of the Port of Brinemouth have been approved, paving the way for 900 jobs.',
				'Members of Eastmarsh County Council’s planning committee voted nine to four on Wednesday in favour of the scheme.',
				'To offset the loss, the port has agreed to create 52 hectares of new saltmarsh at Hobbick Fen, at a cost of £11 million.',
				'The Brinemouth Chamber of Commerce welcomed the decision and said 40 firms were preparing to bid for contracts.'
			].join('\n\n')
		);
		const welcomed = statements.find((s) => s.includes('welcomed the decision'));
		expect(welcomed).toContain('welcomed the decision and said 40 firms');
	});
});

describe('a firm building something', () => {
	it('is no plan: "the programme" is not "for the network fell behind schedule"', () => {
		const text = [
			'Broadband delayed in the valley',
			'Homes in the Ambervale valley will wait two more years for full-fibre broadband after the company building the network fell behind schedule.',
			'Villages at the top of the valley, including Scarrow Wold and High Tilling, will not be connected until the final months of the programme.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('fell behind schedule'))).toBe(true);
		expect(statements.some((s) => /programme for the network/.test(s))).toBe(false);
	});
});

describe('a plan told with "their"', () => {
	const text = [
		'Rovers unveil stadium plan',
		'Thornbeck Rovers have unveiled a £24 million plan to rebuild their Mill Lane ground, which would almost double its capacity.',
		'The scheme would be paid for through a mix of money from the owners and a £6 million loan from Calderholme Metropolitan Council.',
		'Councillor Nasreen Akhtar said the project was expected to create 60 jobs during construction.'
	].join('\n\n');

	it('names whose ground, from the body the sentence opens with', () => {
		const statements = statementsOf(text);
		expect(
			statements.some((s) => s.includes("to rebuild Thornbeck Rovers' Mill Lane ground"))
		).toBe(true);
		expect(statements.some((s) => s.includes('rebuild their Mill Lane ground would'))).toBe(false);
		expect(statements.some((s) => /Akhtar said .*their Mill Lane/.test(s))).toBe(false);
	});
});

describe('a scheme the council expects to raise money', () => {
	it('is never "the plans to raise about £530,000 a year"', () => {
		const text = [
			'Residents face parking permit charges',
			'Ravensmere Borough Council voted on Wednesday to end the free permit scheme for 14 streets.',
			'The council expects the scheme to raise about £530,000 a year, with any surplus spent on road repairs.',
			'Of the 1,140 people who responded, 78% said they were against the plans.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('expects the scheme to raise'))).toBe(true);
		expect(statements.some((s) => /the plans to raise/.test(s))).toBe(false);
	});
});
