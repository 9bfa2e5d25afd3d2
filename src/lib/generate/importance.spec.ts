import { describe, expect, it } from 'vitest';
import { sentenceImportance } from './importance.ts';
import { analyseText } from './test-text.ts';

const HEADLINE = 'Velby library to close its doors after ninety years';
const LEAD = 'The owners of the building on Market Street announced the news on Monday evening.';
const COLOUR = 'The reading room still has its painted ceiling of blue and gold stars.';

/** The importance of each sentence that is not a heading, in reading order. */
function scores(paragraphs: string[]): number[] {
	const { sentences, index } = analyseText(paragraphs.join('\n\n'));
	const importance = sentenceImportance(sentences, index);
	return sentences.filter((s) => !s.heading).map((s) => importance.get(s.index) ?? NaN);
}

/** The importance of the second sentence of a headline, a lead, it and a closing line. */
function second(sentence: string, headline = HEADLINE): number {
	return scores([headline, LEAD, sentence, COLOUR].filter(Boolean))[1];
}

describe('sentenceImportance', () => {
	it('scores the lead highest and a closing colour sentence lower', () => {
		const all = scores([
			'Wrenford council votes to close Castle Road swimming pool',
			'Wrenford Borough Council voted on Tuesday to close the Castle Road swimming pool, which has lost money for a decade.',
			'The pool opened in 1968 and was rebuilt after a fire in 1989.',
			'Councillors said the pool needed repairs costing £2.4 million.',
			'The building sits beside a row of old plane trees planted by the town’s founders.'
		]);
		expect(all).toHaveLength(4);
		expect(all[0]).toBe(Math.max(...all));
		expect(all.slice(1).every((s) => s < all[0])).toBe(true);
		expect(all[3]).toBeLessThan(all[1]);
		expect(all.every((s) => s >= 0 && s <= 1)).toBe(true);
	});

	it('scores a sentence sharing the headline’s words above one that does not', () => {
		const sharing = second(
			'Readers hope the library will not close its doors after all these years.'
		);
		const other = second(
			'Readers hope the chapel will not lose its bells after all these decades.'
		);
		expect(sharing).toBeGreaterThan(other);
	});

	it('scores the same sentence lower without a headline that shares its words', () => {
		const sentence = 'Readers hope the library will not close its doors after all these years.';
		expect(second(sentence, '')).toBeLessThan(second(sentence));
	});

	it('lifts a sentence with a number and its unit above one with a bare number or none', () => {
		const money = second('Repairs to the roof of the chapel next door cost £40,000 in total.');
		const bare = second('Repairs to the roof of the chapel next door cost 40,000 bricks in total.');
		const none = second('Repairs to the roof of the chapel next door cost a great deal in total.');
		expect(money).toBeGreaterThan(bare);
		expect(bare).toBeGreaterThan(none);
	});

	it('lowers a sentence that is mostly a quotation', () => {
		const reported = second(
			'One reader said the work on the old chapel was finished in the spring.'
		);
		const quoted = second(
			'One reader said: "The work on the old chapel was finished in the spring."'
		);
		expect(quoted).toBeLessThan(reported);
	});

	it('lowers a passer-by introduced by age and job, and onlookers at the scene', () => {
		const plain = second(
			'Daniel Frisk, the library’s treasurer, said the building had been sold in 2024.'
		);
		const voxPop = second(
			'Daniel Frisk, a 34-year-old forklift driver, said the building had been sold in 2024.'
		);
		expect(voxPop).toBeLessThan(plain * 0.5);
		const crowds = second('Crowds gathered on Market Street on Monday to watch the doors close.');
		const council = second('The council met on Market Street on Monday to watch the doors close.');
		expect(crowds).toBeLessThan(council * 0.5);
	});

	it('scores no heading, and nothing for a text of headings only', () => {
		const { sentences, index } = analyseText(`${HEADLINE}\n\n${LEAD}`);
		const importance = sentenceImportance(sentences, index);
		expect([...importance.keys()]).toEqual([1]);
		expect(sentenceImportance(analyseText(HEADLINE).sentences, index).size).toBe(0);
	});
});
