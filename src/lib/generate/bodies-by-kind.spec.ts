/**
 * "The club", "the association", "the panel", "the square": a body or place an article names and
 * then calls by a word of its kind, written out only where the text says plainly which one
 * (antecedents.ts, body-kinds.ts, entities/evidence.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityKinds, statementsOf } from './test-text.ts';

describe('"the association"', () => {
	it('is not a body named later when the word was given to another before', () => {
		const text = [
			'Solar panels for the Larkfield estate',
			'Southvale Homes, the housing association that owns most of the Larkfield estate, will install panels on 412 properties.',
			"The association's chief executive, Deborah Ashworth, said the estate had been chosen because many of its homes were poorly insulated.",
			"Marcus Delaney, who chairs the Larkfield Residents' Association, said most people had welcomed the plan."
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('will install panels on 412'))).toBe(true);
		expect(
			statements.some((s) => /Larkfield Residents' Association's chief executive/.test(s))
		).toBe(false);
	});
});

describe('"the panel"', () => {
	it('is the scrutiny panel named before', () => {
		const text = [
			'Patients wait almost an hour for ambulances',
			'The figures, compiled by the Rothwick Health Scrutiny Panel, cover the twelve months to the end of March.',
			'The panel has made 11 recommendations to the ambulance service.'
		].join('\n\n');
		expect(statementsOf(text)).toContain(
			'The Rothwick Health Scrutiny Panel has made 11 recommendations to the ambulance service.'
		);
	});
});

describe('"the square"', () => {
	it('is the square named before', () => {
		const text = [
			'Farmers market to leave its old home',
			"The town's monthly farmers' market will move out of Corn Square after 27 years.",
			"Helen Marchbank, the traders' chairwoman, said the square had simply become too small for the 46 stallholders."
		].join('\n\n');
		expect(statementsOf(text).some((s) => s.includes('said Corn Square had simply become'))).toBe(
			true
		);
	});
});

describe('"the club"', () => {
	it('is the one team an article is about', () => {
		const text = [
			'Morrick Athletic legend dies aged 81',
			'Eddie Brannock, who scored 212 goals for Morrick Athletic, has died at the age of 81.',
			"The club's chairwoman, Jennifer Alderley, said the whole town was in mourning."
		].join('\n\n');
		expect(statementsOf(text).some((s) => s.startsWith("Morrick Athletic's chairwoman"))).toBe(
			true
		);
	});

	it('is not a women’s side, which is one part of a club', () => {
		const text = [
			'Brinmere Women win the county cup',
			'Brinmere Women won the Northshire Cup for the first time on Sunday, beating Alderford 2-1.',
			"The result caps a revival for the club's women's section, which came close to folding in 2019."
		].join('\n\n');
		expect(statementsOf(text).some((s) => s.includes("Brinmere Women's women's section"))).toBe(
			false
		);
	});
});

describe('a women’s side', () => {
	it('is a team, and a cup named for women is not', () => {
		const { index } = analyseText(
			[
				'Cup final for Brackenfield',
				"Brackenfield Ladies will play Oldgate Athletic in the final of the Marlshire Women's Challenge Cup on Sunday."
			].join('\n\n')
		);
		const kinds = entityKinds(index);
		expect(kinds).toContain('organisation Brackenfield Ladies');
		expect(kinds).not.toContain('organisation Marlshire Women');
	});
});

describe('a name that is not written out', () => {
	it('leaves "the centre circle" of a match played at a leisure centre', () => {
		const statements = statementsOf(
			[
				'Netball final',
				'Colbeck Comets beat Thornleigh Vale 41-40 at the Westfield Leisure Centre in Kingsmere on Sunday.',
				'With 20 seconds left and the scores level at 40-40, Thornleigh Vale lost possession near the centre circle.'
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes('near the centre circle'))).toBe(true);
	});

	it('leaves a shop named for a family: "Cheung\'s Greengrocers"', () => {
		const statements = statementsOf(
			[
				'Supermarket opens',
				'Graham Cheung, who chairs the traders, said the store would hurt the High Street.',
				"Mr Cheung, who has run Cheung's Greengrocers for 19 years, said several shops were already struggling."
			].join('\n\n')
		);
		expect(statements.some((s) => s.includes("run Cheung's Greengrocers"))).toBe(true);
	});
});
