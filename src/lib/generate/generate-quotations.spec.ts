/**
 * Quotations the generator finds: who said them (by "he says", a surname, or the role beside the
 * name), and when it is not sure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENCE, generateDeck } from './generate.ts';
import { statementsOf } from './test-text.ts';
import { analyseParagraph, splitParagraphs, type Sentence } from './analyse.ts';
import { candidateFacts } from './candidates.ts';
import { findEntities } from './entities.ts';
import { generateArticles, get } from './generate-test-articles.ts';

beforeAll(generateArticles);

/** The generator's candidate facts for a text, before the linter and the selection. */
function candidatesOf(text: string) {
	const sentences: Sentence[] = [];
	splitParagraphs(text).forEach((paragraph, i) =>
		sentences.push(...analyseParagraph(paragraph, i, sentences.length))
	);
	return candidateFacts(sentences, findEntities(sentences), new Set()).candidates;
}

describe('quotations', () => {
	const quoteBy = (name: string, start: string) =>
		candidatesOf(get(name).text).find((c) => c.quote?.text.startsWith(start));

	it('attributes "he says" and "she says" to the person just named', () => {
		expect(quoteBy('science', 'My students')?.quote?.speaker.name).toBe('Samuel Price');
		expect(quoteBy('history', 'When the engines turn')?.quote?.speaker.name).toBe('Graham Ellis');
		expect(quoteBy('local', 'I did not expect')?.quote?.speaker.name).toBe('Margaret Holloway');
		// The sentence that names the speaker is part of the source; the statement names them.
		const fact = quoteBy('science', 'My students');
		expect(fact?.source).toHaveLength(2);
		expect(fact?.source[0]).toContain('Samuel Price');
		expect(fact?.statement).toContain('Samuel Price says');
	});

	it('attributes "X said" with a surname to the full name', () => {
		expect(quoteBy('local', 'Eight months without a library')?.quote?.speaker.name).toBe(
			'Colin Rudd'
		);
		expect(quoteBy('science', 'Every time we make')?.quote?.speaker.name).toBe('Maya Okonkwo');
	});

	it('never asks a quotation only for who said it, and says why in the draft', () => {
		const { result, questions } = get('local');
		expect(questions.some((q) => q.type === 'who-said')).toBe(false);
		const skipped = result.skipped.find((s) => s.text.includes('I did not expect to cry'));
		expect(skipped?.reason).toMatch(/who said|the speaker is a person/);
	});

	it('does not guess when the pronoun does not fit the person just named', () => {
		const text = [
			'Maria Lopez runs the seed bank at Kew Gardens in London, which stores 2,400 species.',
			'"We keep every packet at minus 20 degrees," he said.',
			'The Millennium Seed Bank opened in 2000 near the village of Ardingly in Sussex.'
		].join(' ');
		expect(candidatesOf(text).some((c) => c.quote)).toBe(false);
	});

	it('is not sure of an attribution between two people named', () => {
		const text = [
			'Tom Fenwick met Arthur Gale at the Bristol Museum in March 2019 to plan the exhibition.',
			'"Nobody had opened these boxes since 1952," he said.',
			'The exhibition opened at the Bristol Museum on 4 May 2020 and drew 18,000 visitors.'
		].join(' ');
		const quote = candidatesOf(text).find((c) => c.quote);
		expect(quote?.quote?.certainty).toBeLessThan(DEFAULT_CONFIDENCE);
	});
});

describe('who a quoted speaker is', () => {
	const text = [
		'Bus drivers in Dunmore began a five-day strike over pay on Monday, 10 November 2025.',
		'The strike was called by the Dunmore Drivers Union, and the Carrowmere Puppet Festival moved its shows.',
		'"We are training drivers for Halbury," said Declan Morrow, the union\'s regional organiser.',
		'"We used to play to the same people," said the festival\'s artistic director, Sunniva Hale, on Tuesday.',
		'"It does not pay the performers," said Tomasz Brenner, who manages the Harbour Playhouse.',
		'"They took the lead in the night," said the churchwarden, Martin Keble.',
		'Fiona Castellan, the managing director of Dunmore City Buses, said the offer was final.',
		'Mr Morrow said drivers would strike again in December.'
	].join(' ');
	const statements = () => statementsOf(text);

	it('states the role the sentence gives beside the name, before or after it', () => {
		// "the union's": the one union the article names.
		expect(statements()).toContain(
			"Declan Morrow is the Dunmore Drivers Union's regional organiser."
		);
		expect(statements()).toContain(
			"Sunniva Hale is the Carrowmere Puppet Festival's artistic director."
		);
		expect(statements()).toContain('Tomasz Brenner manages the Harbour Playhouse.');
	});

	it('asks the speaker as the blank, with the quotation as its source', () => {
		const role = generateDeck(text).deck.facts.find((f) => f.statement.startsWith('Declan'));
		expect(role?.slots.map((s) => s.answer)).toEqual(['Declan Morrow']);
		expect(role?.source).toEqual([expect.stringContaining('"We are training drivers')]);
	});

	it('leaves out "the union\'s organiser" when the article names no union', () => {
		const alone = statementsOf(
			'Bus drivers began a strike on Monday. "We are training drivers," said Declan Morrow, the union\'s regional organiser.'
		);
		expect(alone.some((s) => s.startsWith('Declan Morrow is'))).toBe(false);
	});

	it('leaves out a role that does not say whose it is ("the churchwarden")', () => {
		expect(statements().some((s) => s.startsWith('Martin Keble is'))).toBe(false);
	});
});
