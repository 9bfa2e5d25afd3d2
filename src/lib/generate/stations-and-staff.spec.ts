/**
 * A station, its friends and its staff, as held-out-149 showed them: "remove staff from
 * Pellingford" says where staff work, not whom for, and "the station" is not the Friends of a
 * station, whose head comes before "of".
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, statementsOf } from './test-text.ts';

const station = [
	'Ticket office to close',
	'Northdale Rail, which runs the line, will close the ticket office at Ambleford station on Saturday 5 October.',
	'The company said tickets would be sold from machines and through its app instead.',
	'Rosa Kettle, who chairs the Friends of Ambleford Station, said older passengers relied on the counter.',
	'Mr Quarrie said there were no plans to remove staff from Ambleford, which handled 900,000 journeys last year.',
	'The office opened in 1908, when the station was rebuilt after a fire.'
].join('\n\n');

describe('a station named by its town', () => {
	it('keeps the town a place when staff are removed from it', () => {
		const { index } = analyseText(station);
		expect(entityNamed(index, 'Ambleford').kind).toBe('place');
		expect(entityNamed(index, 'Northdale Rail').kind).toBe('organisation');
	});

	it('does not read "the station" as the Friends of Ambleford Station', () => {
		const statements = statementsOf(station);
		expect(statements.some((s) => /Friends of Ambleford Station was rebuilt/.test(s))).toBe(false);
		expect(statements.some((s) => /Ambleford's app/.test(s))).toBe(false);
	});
});

describe('"the youth orchestra of" another body', () => {
	it('keeps the one its "of" names, not the orchestra named before', () => {
		const statements = statementsOf(
			[
				'Orchestra tours abroad',
				'Kelsworth Youth Orchestra will spend eight days performing in Baarvelde.',
				'The new piece will be played jointly with the youth orchestra of the Baarvelde Music School.'
			].join('\n\n')
		);
		expect(statements.some((s) => /with Kelsworth Youth Orchestra of/.test(s))).toBe(false);
	});
});
