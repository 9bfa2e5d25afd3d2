/** "She" and "he" after, or beside, a subject the text does not name: not whoever it names. */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

const statementsOfParagraphs = (paragraphs: string[]) => statementsOf(paragraphs.join('\n\n'));

describe('a subject the text does not name', () => {
	it('keeps "she" for the calf that opens the sentence before, not its named mother', () => {
		const statements = statementsOfParagraphs([
			'A pygmy hippopotamus calf has been born at Thistlecombe Wildlife Park, the first to be bred there in 20 years.',
			'The female calf was born on 2 June to eight-year-old Nia after a pregnancy of about seven months.',
			'She weighed 6.1kg at her first health check and has since more than doubled that, reaching 13kg last week.'
		]);
		expect(statements.some((s) => /Nia weighed/.test(s))).toBe(false);
	});

	it('keeps "she" for the calf its own sentence opens with', () => {
		const statements = statementsOfParagraphs([
			'A pygmy hippopotamus calf has been born at Thistlecombe Wildlife Park, the first to be bred there in 20 years.',
			'The head of animal care, Dr Helen Marsh, said her team had watched the birth on cameras.',
			'The calf will not be named until she is three months old, the park said on Tuesday.'
		]);
		expect(statements.some((s) => /until Helen Marsh is/.test(s))).toBe(false);
	});

	it('keeps "he" for "The 29-year-old", not the man his sentence names later', () => {
		const statements = statementsOfParagraphs([
			'Callum Fairweather broke the Saltcaster Marathon course record on Sunday, finishing in two hours, 11 minutes and 42 seconds.',
			'The 29-year-old, who runs for Ravensholt Harriers, took 58 seconds off the previous record, set by Joseph Tanui in 2017.',
			'He finished more than three minutes clear of Michael Orr, of Saltcaster Athletic Club, with Samuel Ndlovu third.'
		]);
		expect(statements.some((s) => /^Joseph Tanui finished/.test(s))).toBe(false);
	});

	it('keeps "she" for "The teenager", not the rival her sentence names', () => {
		const statements = statementsOfParagraphs([
			'Ellie Varnham, 17, beat Lotte Brenner 6-4 6-3 to win the Carrowdene Open on Sunday.',
			'The teenager, who is ranked 312th in the world, went into the match as a clear underdog against Brenner, 26.',
			'She won 81% of the points on her first serve.'
		]);
		expect(statements.some((s) => /Brenner won 81%/.test(s))).toBe(false);
	});

	it('still finds the one person named before a sentence that names nobody', () => {
		const statements = statementsOfParagraphs([
			'Amara Doyle broke the course record by 41 seconds to win the Hallowfield Half Marathon on Sunday.',
			'The 27-year-old, who runs for Kessock Harriers, pulled clear of the leading group after eight miles.',
			'She crossed the line almost two minutes ahead of her nearest rival, Priya Venn of Gorsebridge AC.'
		]);
		expect(statements).toContain(
			'Amara Doyle crossed the line almost two minutes ahead of her nearest rival, Priya Venn of Gorsebridge AC.'
		);
	});

	it('takes a subject named beside its role for the one named', () => {
		const statements = statementsOfParagraphs([
			'The mobile library service in Lower Oxley will end in March, the county council has said.',
			'The driver and librarian, Owen Gethin, has worked on the vans for 17 years and knows most of his 900 regular borrowers by name.',
			'He said demand had fallen partly because visits were cut from weekly to every three weeks in 2018.'
		]);
		expect(statements.some((s) => /^Owen Gethin said demand had fallen/.test(s))).toBe(true);
	});
});
