import { describe, expect, it } from 'vitest';
import { BLANK, blankOut, replaceFirst, wholeWordIndex } from './wording.ts';

describe('blanking and replacing an answer', () => {
	it('takes the answer where it stands as a whole word, not inside another', () => {
		expect(blankOut('By 2030 the 30-plus nations will meet.', '30')).toBe(
			`By 2030 the ${BLANK}-plus nations will meet.`
		);
		expect(blankOut('Kyivan officials said Kyiv would agree.', 'Kyiv')).toBe(
			`Kyivan officials said ${BLANK} would agree.`
		);
		expect(replaceFirst('Ukraine and Ukrainians agree.', 'Ukraine', 'Poland')).toBe(
			'Poland and Ukrainians agree.'
		);
	});

	it('falls back to the first occurrence when the answer never stands alone', () => {
		expect(wholeWordIndex('the 30-plus group of 2030s', '030')).toBe(
			'the 30-plus group of 2030s'.indexOf('030')
		);
		expect(wholeWordIndex('nothing here', 'absent')).toBe(-1);
		expect(wholeWordIndex('anything', '')).toBe(-1);
	});

	it('lets an answer with punctuation at its edges match next to letters', () => {
		expect(wholeWordIndex('a “quote” here', '“quote”')).toBe(2);
		expect(blankOut('Costs rose to $5bn.', '$5bn')).toBe(`Costs rose to ${BLANK}.`);
	});

	it('keeps capitals and never doubles "the"', () => {
		expect(replaceFirst('Starmer chairs it.', 'Starmer', 'the prime minister')).toBe(
			'The prime minister chairs it.'
		);
		expect(replaceFirst('Meet the Kremlin.', 'Kremlin', 'the White House')).toBe(
			'Meet the White House.'
		);
	});
});
