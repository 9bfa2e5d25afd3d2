/** A sentence opening with "the" and a thing the lead never brought in (definite-subject.ts). */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

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

describe('"The group’s chairwoman" of a group the sentence before named', () => {
	it('is taught after that sentence', () => {
		const statements = statementsOf(
			[
				'Councillors back library closures',
				'Councillors in Brackenford have voted to close two branch libraries to save money.',
				'The decision was attacked by opposition councillors.',
				'A petition against the closures, organised by Friends of Fennick Green Library, gathered 4,700 signatures.',
				'The group’s chairwoman, Dr Helen Marsh, 58, said it would now ask the council to hand over the building.'
			].join('\n\n')
		);
		expect(statements.some((s) => /^The group’s chairwoman/.test(s))).toBe(false);
		expect(statements.some((s) => /4,700 signatures\. The group’s chairwoman/.test(s))).toBe(true);
	});
});

describe('"the dam" inside a sentence, a thing an earlier sentence brought in', () => {
	const treaty = [
		'Neighbours sign river treaty',
		'Drovenia and Halvaria have signed a treaty to share the waters of the River Oska.',
		'The agreement guarantees that 40% of the summer flow will reach Halvaria.',
		'Relations worsened after Drovenia finished the Morvath Dam in 2009.',
		'Under the treaty, a joint body will measure the flow at four stations.',
		'Halvaria will contribute £210 million over 10 years towards new sluice gates at the dam.',
		'Drovenia will spend £40 million on new gates at the dam that Drovenia finished in 2009.',
		'Halvarian farmers will get £12 million towards the sea defences near Calvenna.'
	].join('\n\n');

	it('is not asked alone when only a sentence further back brought the thing in', () => {
		const statements = statementsOf(treaty);
		expect(statements.some((s) => /sluice gates at the dam/.test(s))).toBe(false);
	});

	it('is asked when the sentence says which one, or the thing is no one brought in before', () => {
		const statements = statementsOf(treaty);
		expect(statements.some((s) => /^Drovenia will spend £40 million/.test(s))).toBe(true);
		expect(statements.some((s) => /^Halvarian farmers will get £12 million/.test(s))).toBe(true);
	});

	it('is not asked alone when a sentence further back said which one ("the dam that holds back")', () => {
		const statements = statementsOf(
			[
				'Hidden fault found beneath town',
				'A previously unknown fault beneath the town of Ellswick could produce damaging earthquakes, scientists have said.',
				'Researchers spent three years mapping the ground under the valley.',
				'It appears to run directly under the town centre and the dam that holds back Ellswick reservoir.',
				'The largest tremor in the 2021 swarm measured magnitude 3.1.',
				'Tarrow Water said the dam, completed in 1962, had been designed to withstand ground movement.'
			].join('\n\n')
		);
		expect(statements.some((s) => /^Tarrow Water said the dam/.test(s))).toBe(false);
	});

	it('is taught after the sentence before when that sentence brought the thing in', () => {
		const statements = statementsOf(
			[
				'Firm launches home battery',
				'Veltrix Energy has launched a home battery that can cut bills by up to 48%.',
				'The device went on sale on 14 March at £3,250.',
				'The council is offering a £500 grant to the first 1,000 local buyers of the battery.',
				'Councillors approved the grant by 31 votes to nine last month.'
			].join('\n\n')
		);
		expect(statements.some((s) => /^Councillors approved the grant/.test(s))).toBe(false);
		expect(
			statements.some((s) => /local buyers of the battery\. Councillors approved the grant/.test(s))
		).toBe(true);
	});
});

describe('"The most famous," with no noun, and "The scheme, which…"', () => {
	const obituary = [
		'Glaciologist Ruth Calloway dies aged 84',
		'Prof Ruth Calloway, whose work on ice cores showed how fast the climate can change, has died at 84.',
		'Her family said she died on 2 October.',
		'She took part in 14 expeditions.',
		'The most famous, in the summer of 1983, drilled a core 1,900 metres long at Station Kelda.',
		'The council said it would build 1,200 homes on the brickworks site.',
		'The scheme, which is expected to cost £46 million, will begin next spring.'
	].join('\n\n');

	it('never asks "The most famous" alone', () => {
		const statements = statementsOf(obituary);
		expect(statements.some((s) => /^The most famous/.test(s))).toBe(false);
	});

	it('teaches "The scheme, which…" after the sentence that brought the scheme in', () => {
		const statements = statementsOf(obituary);
		expect(statements.some((s) => /^The scheme, which/.test(s))).toBe(false);
		expect(statements.some((s) => /brickworks site\. The scheme, which/.test(s))).toBe(true);
	});
});

describe('what the sentence before brings in', () => {
	it('drops "The shop will sell…" after "a small shop", and keeps "As a result of" whole', () => {
		const text = [
			'Villagers raise £480,000 to buy back their last pub',
			'Residents of Ambersett have raised £480,000 to buy the village pub.',
			'The remaining money will pay for a new kitchen and a small shop at the back of the building.',
			'The shop will sell bread, milk and newspapers, because the village store closed in 2019.',
			'As a result of the sale, the Plough Fund has offered Ambersett a loan of £50,000.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('bread, milk'))).toBe(false);
		expect(statements.some((s) => /^Of the sale/.test(s))).toBe(false);
		expect(statements.some((s) => s.includes('loan of £50,000'))).toBe(true);
	});
});
