/** The sentence before as context (context.ts): when it is what a sentence leans on, and when not. */
import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { contextBefore, leansOn } from './context.ts';
import { findEntities } from './entities.ts';

/** The two sentences of a text, its entity index, and whether the second leans on the first. */
function pair(text: string, why = 'it starts with a word that points to the sentence before') {
	const sentences = analyseParagraph(text, 0, 0);
	expect(sentences).toHaveLength(2);
	const index = findEntities(sentences);
	return {
		sentences,
		index,
		leans: leansOn(sentences[1], sentences[0], index, why)
	};
}

describe('leansOn', () => {
	it('leaves "he" and "she" to the resolver: two people before make "he" anyone', () => {
		expect(
			pair(
				'The chemist Alun Pritchard and the engineer Tom Reddaway founded the club in 1990. He died on 17 February.'
			).leans
		).toBe(false);
		expect(pair('The club opened in 1990. It has 400 members.', '“He” could be anyone').leans).toBe(
			false
		);
	});

	it('takes "the case" after a petition, a charge or a court', () => {
		expect(
			pair(
				'The club was served with a winding-up petition on 2 October. The case will be heard on 18 November.',
				'“the case” points back'
			).leans
		).toBe(true);
		expect(
			pair(
				'The club has 400 members. The case will be heard on 18 November.',
				'“the case” points back'
			).leans
		).toBe(false);
	});

	it('takes "they" only after people', () => {
		expect(
			pair('Most schools in the city stayed open. They voted by 87 per cent to strike.').leans
		).toBe(false);
		expect(
			pair(
				'The firm said criminals got into its systems on 3 March. They then copied files for 19 days.'
			).leans
		).toBe(true);
		expect(pair('Larkfield Homes bought the block in 2004. They sold it in 2019.').leans).toBe(
			true
		);
	});

	it('takes "the cable" only after a cable, and "the decision" after one is told', () => {
		const cable =
			'Brightfield wants to lay a private cable to a factory. The cable would cost £1m.';
		expect(pair(cable, '“the cable” points back').leans).toBe(true);
		const summit =
			'Ministers met in Velby on Monday for the annual summit. Critics said the decision had been rushed.';
		expect(pair(summit, '“the decision” points back').leans).toBe(false);
		const vote =
			'The council voted to close the pool in June. Critics said the decision had been rushed.';
		expect(pair(vote, '“the decision” points back').leans).toBe(true);
		const cut = 'The bank cut its rate to 3.75% on Thursday. Six members voted for the cut.';
		expect(pair(cut, '“the cut” points back').leans).toBe(true);
	});

	it('takes "Its director" only after a body', () => {
		const painting =
			'Without the deal, the painting was expected to be sold overseas. Its director, Dr Miriam Okafor-Lund, said the response had been wonderful.';
		expect(pair(painting, '“Its” points back').leans).toBe(false);
		const trust =
			'The Fallowby Leisure Trust employs 42 staff at the centre. Its chief executive, Lorna Achebe, said all of them would be offered jobs.';
		expect(pair(trust, '“Its” points back').leans).toBe(true);
	});

	it('takes "that ritual" and "it" after any sentence that stands alone', () => {
		expect(
			pair(
				'Arthur Blenkin has wound the 212 clocks every Monday for 41 years. That ritual ends in October.'
			).leans
		).toBe(true);
	});
});

describe('contextBefore', () => {
	const text =
		'Arthur Blenkin has wound the 212 clocks every Monday for 41 years. That ritual ends in October.';

	it('gives the sentence before as it was taught on its own', () => {
		const { sentences, index } = pair(text);
		const standing = new Map([[0, 'Arthur Blenkin has wound the 212 clocks every Monday.']]);
		expect(contextBefore(sentences[1], sentences, index, standing, 'points back')).toEqual({
			sentence: sentences[0],
			statement: 'Arthur Blenkin has wound the 212 clocks every Monday.'
		});
	});

	it('gives none when the sentence before itself leaned on another, or is a bare quotation', () => {
		const { sentences, index } = pair(text);
		expect(contextBefore(sentences[1], sentences, index, new Map(), 'points back')).toBe(undefined);
		const quoted = pair('"She treated their savings as her own." The fraud came to light in 2022.');
		expect(
			contextBefore(
				quoted.sentences[1],
				quoted.sentences,
				quoted.index,
				new Map([[0, quoted.sentences[0].text]]),
				'points back'
			)
		).toBe(undefined);
	});

	it('gives none when the sentence before runs past 40 words, or the two past 80', () => {
		const after = (before: string, last: string) => {
			const sentences = analyseParagraph(`${before} ${last}`, 0, 0);
			const standing = new Map(sentences.map((s) => [s.index, s.text]));
			return contextBefore(
				sentences[1],
				sentences,
				findEntities(sentences),
				standing,
				'points back'
			);
		};
		const words = (n: number) => Array.from({ length: n }, () => 'more').join(' ');
		const last = 'That ritual ends in October.';
		expect(after(`The volunteers wound ${words(30)} clocks.`, last)).toBeDefined();
		expect(after(`The volunteers wound ${words(40)} clocks.`, last)).toBe(undefined);
		expect(
			after(
				`The volunteers wound ${words(30)} clocks.`,
				`That ritual ends ${words(45)} in October.`
			)
		).toBe(undefined);
	});
});
