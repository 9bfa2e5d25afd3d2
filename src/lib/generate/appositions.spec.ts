/**
 * What an apposition gives a body ("Greenlea Community Energy, a not-for-profit co-operative"),
 * which "the co-operative" later stands for; and a "he" that looks ahead to the name after the
 * clause it opens.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

/** The statements made of a text of these paragraphs. */
const statementsOfParagraphs = (...paragraphs: string[]) => statementsOf(paragraphs.join('\n\n'));

describe('a body called by the kind an apposition gave it', () => {
	it('names "the co-operative" after "…, a not-for-profit co-operative that…"', () => {
		const statements = statementsOfParagraphs(
			'Solar panels worth £68,000 were fitted at Brindlecombe Primary School last week, the headteacher said on Monday.',
			'The project was paid for by Greenlea Community Energy, a not-for-profit co-operative that raised the money by selling shares to 140 local people.',
			'The school will buy the electricity generated from the co-operative at a lower rate than it pays now, and will own the panels after 20 years.',
			'The co-operative plans to fit panels at three more schools in the county by 2028, its chairman Peter Holt said.'
		);
		expect(statements).toContain(
			'Greenlea Community Energy plans to fit panels at three more schools in the county by 2028, its chairman Peter Holt said.'
		);
		expect(statements.some((s) => s.includes('generated from Greenlea Community Energy at'))).toBe(
			true
		);
		expect(statements.some((s) => /\bthe co-operative\b/i.test(s))).toBe(false);
	});

	it('gives no kind from a name inside the apposition: "the firm hired by … Council"', () => {
		const statements = statementsOfParagraphs(
			"The cracks were found on Sunday by engineers from Hythe Marlow Consulting, the firm hired by Tolebridge County Council to check the county's 340 road bridges.",
			'The council shut the bridge to vehicles at 7pm on Sunday.',
			"About 18,000 vehicles crossed the bridge each day before it closed, according to the council's own traffic counts."
		);
		expect(statements).toContain(
			"About 18,000 vehicles crossed the bridge each day before it closed, according to Tolebridge County Council's own traffic counts."
		);
	});
});

describe('a body whose kind comes before its name, or whose name says it is a firm', () => {
	it('names "the society" after "a … society, Ashwenby Stores Ltd,"', () => {
		const statements = statementsOfParagraphs(
			'A newly formed community benefit society, Ashwenby Stores Ltd, completed the purchase of the village shop on Friday.',
			'The society plans to keep the post office counter open five days a week.'
		);
		expect(statements).toContain(
			'Ashwenby Stores Ltd plans to keep the post office counter open five days a week.'
		);
	});

	it('names "the company" for a care group, but no residents\' group', () => {
		const care = statementsOfParagraphs(
			'Willowmere House will close in March, its owner, Fernleigh Care Group, told families on Thursday.',
			'The company said it would try to offer all 46 staff jobs at its other homes.'
		);
		expect(care).toContain(
			'Fernleigh Care Group said it would try to offer all 46 staff jobs at its other homes.'
		);
		const residents = statementsOfParagraphs(
			'The plan was opposed by the Larkfield Residents Group, which collected 900 signatures.',
			'The company said it would build 120 homes on the site by 2027.'
		);
		expect(residents.some((s) => s.includes('Larkfield Residents Group said'))).toBe(false);
	});
});

describe('"he" in a clause set before the name it stands for', () => {
	it('keeps "he" when the name follows the clause, and asks the sentence', () => {
		const statements = statementsOfParagraphs(
			'Tom Pengarrow, 61, joined the Carrowick Bay Lifeboat in 1984. He received the Gold Service Badge from the Coastal Rescue Guild, the charity that runs the station, on Saturday.',
			"Because he has passed the charity's age limit of 60 for seagoing crew, Mr Pengarrow stepped back from going to sea last autumn."
		);
		const because = statements.find((s) => s.startsWith('Because'));
		expect(because).toBe(
			"Because he has passed the Coastal Rescue Guild's age limit of 60 for seagoing crew, Mr Tom Pengarrow stepped back from going to sea last autumn."
		);
	});
});
