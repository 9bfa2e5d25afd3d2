/** A relative named for colour, whose name is not worth a question (relatives.ts). */
import { describe, expect, it } from 'vitest';
import { relativeForColour } from './relatives.ts';

describe('relativeForColour', () => {
	it.each([
		[
			'Rachel',
			'Tom Ashworth farms 600 acres at High Scar with his wife, Rachel, and their two sons.'
		],
		[
			'Chloe Banfield',
			"Liam Hargreaves' partner, Chloe Banfield, said he had been living and breathing darts."
		],
		[
			'Joanna',
			"Speaking outside court, Mr Ellery's wife, Joanna, said her husband had loved the outdoors."
		],
		[
			'David Whitcombe',
			"Stanley Whitcombe's son, David Whitcombe, 64, said his father had remained sharp."
		]
	])('finds %s named only as a relative', (name, statement) => {
		expect(relativeForColour(name, statement)).toBe(true);
	});

	it.each([
		['Susan Petherick', "Petherick's wife, Susan Petherick, 52, was cleared of money laundering."],
		[
			'Kate Ferrand',
			"The most delicate job fell to Gavin Ferrand's daughter, Kate Ferrand, a sculptor."
		],
		['Tom Ashworth', 'Tom Ashworth farms 600 acres at High Scar with his wife, Rachel.']
	])('leaves %s, who does something the story tells', (name, statement) => {
		expect(relativeForColour(name, statement)).toBe(false);
	});
});
