/**
 * Ways real news is written that the generator once misread: a wire story's dateline, a list of
 * points, "No. 2" and "Sept. 30", firms whose first word is a common word, a feature's scene.
 */
import { describe, expect, it } from 'vitest';
import { analyseParagraph, splitParagraphs } from './analyse.ts';
import { generateDeck } from './generate.ts';
import { analyseText } from './test-text.ts';

const kinds = (text: string) =>
	Object.fromEntries(analyseText(text).index.entities.map((e) => [e.name, e.kind]));

describe('paragraphs', () => {
	it('leaves out a dateline and list markers, each item a paragraph of its own', () => {
		const text = [
			'MILLBROOK, Ore. — The owner of the town’s paper mill said Monday it will close the mill.',
			'What changes',
			'- About 400 workers will be offered new jobs.\n- Around 120 will retire early\n1. The site will be sold.'
		].join('\n\n');
		expect(splitParagraphs(text)).toEqual([
			'The owner of the town’s paper mill said Monday it will close the mill.',
			'What changes',
			'About 400 workers will be offered new jobs.',
			'Around 120 will retire early',
			'The site will be sold.'
		]);
		expect(splitParagraphs('LONDON (Wire Service) - Shares fell on Friday.')).toEqual([
			'Shares fell on Friday.'
		]);
		expect(
			splitParagraphs('ELSBURY, 14 June (Meridian Wire) - Government vets will begin vaccinating.')
		).toEqual(['Government vets will begin vaccinating.']);
		expect(
			splitParagraphs('Ambleford, 3 March 2026 - The Ambleford Trust today opens an appeal.')
		).toEqual(['The Ambleford Trust today opens an appeal.']);
		expect(splitParagraphs('Port Aldane: More than 31,000 students got their results.')).toEqual([
			'More than 31,000 students got their results.'
		]);
		// A label before lower case is a line of figures, not a dateline.
		expect(splitParagraphs('Rents: up 6.8% on a year earlier')).toEqual([
			'Rents: up 6.8% on a year earlier'
		]);
		// A sentence that opens with a place and a date is no dateline.
		expect(splitParagraphs('Ambleford, in March 2026, opened a new school.')).toEqual([
			'Ambleford, in March 2026, opened a new school.'
		]);
	});

	it('does not end a sentence at "No." before a number', () => {
		const sentences = analyseParagraph(
			'Falling demand had made its Kestrel No. 4 pit unprofitable. The firm said sales fell.',
			0,
			0
		);
		expect(sentences.map((s) => s.text)).toEqual([
			'Falling demand had made its Kestrel No. 4 pit unprofitable.',
			'The firm said sales fell.'
		]);
	});
});

describe('names', () => {
	it('keeps a firm whose first word is a common word, and calls it by its first two words', () => {
		const text = [
			'Bright Summit Holdings said on Tuesday that it would shut its Elmore plant by Oct. 3, 2025.',
			'Bright Summit Holdings said the plant had lost money for four years.',
			'That left Bright Summit without a buyer for most of its output, the firm said.'
		].join(' ');
		const found = analyseText(text).index.entities.find((e) => e.name === 'Bright Summit Holdings');
		expect(found?.kind).toBe('organisation');
		expect([...(found?.aliases ?? [])]).toContain('Bright Summit');
		expect(kinds(text)['Bright Summit']).toBeUndefined();
	});

	it('takes a name that "makes" things, and one that ends in "Pension Scheme", for a body', () => {
		const text = [
			'Mossley Larder, which makes soups for three supermarket chains, said it had stopped production in 2025.',
			'Mossley Larder said staff would be paid.',
			'The trustees of the Mossley Larder Pension Scheme said in 2025 that it was £12m short.'
		].join(' ');
		expect(kinds(text)).toMatchObject({
			'Mossley Larder': 'organisation',
			'Mossley Larder Pension Scheme': 'organisation'
		});
	});

	it('reads "Y Community and Technical College" as one college when the tagger does', () => {
		const text =
			'Miners may enroll at Brookfield Community and Technical College by Dec. 31, 2025, the state said.';
		expect(Object.keys(kinds(text))).toContain('Brookfield Community and Technical College');
	});
});

describe('dates written the American way', () => {
	it('asks "Sept. 30" as a date, with wrong days that exist', () => {
		const text =
			'Pinewood Mining Corporation said on Tuesday, 2 September 2025, that it will close the Ridge mine by Sept. 30, putting 340 jobs at risk.';
		const slots = generateDeck(text).deck.facts.flatMap((f) => f.slots);
		const date = slots.find((s) => s.answer === 'Sept. 30');
		expect(date?.kind).toBe('date');
		expect(slots.some((s) => s.answer === '30')).toBe(false);
	});
});

describe('a lead in the writer’s words', () => {
	it('is asked when it carries a few words in quotation marks, and "This Friday" is its own time', () => {
		const text = [
			'A planning inspector has refused permission for a lorry depot outside Marshby, ruling that the noise of night-time traffic would cause "unacceptable harm" to people living nearby.',
			'The decision, published on 14 March 2025, ends a dispute that began when Halloran Freight applied to build the depot in May 2022.',
			'This Friday, the 300-seat Kilbarran Playhouse will reopen after a €4.1m restoration, with a new play by Nuala Garvey.',
			'Nuala Garvey has run the Kilbarran Playhouse since 1999 and will step down in September 2025.'
		].join('\n\n');
		const sources = generateDeck(text).deck.facts.map((f) => f.source.at(-1));
		expect(sources.some((s) => s?.startsWith('A planning inspector'))).toBe(true);
		expect(sources.some((s) => s?.startsWith('This Friday'))).toBe(true);
	});
	it('reads "This year\'s" as the article\'s own time, not a pointer to the sentence before', () => {
		const text = [
			'More than 30,000 people visited the Ashcombe Folk Festival over the weekend, a record for the event.',
			'The festival was founded in 1987 by the folk singer Marian Doyle.',
			"This year's main stage was headlined by the fiddler Tom Keswick, who played for two hours."
		].join('\n\n');
		const sources = generateDeck(text).deck.facts.map((f) => f.source.join(' '));
		expect(sources.some((s) => s.startsWith("This year's main stage"))).toBe(true);
	});
});

describe('a feature’s scene', () => {
	it('is context for the news after it, never asked itself', () => {
		const text = [
			'On a cold Friday morning in Ashwell, nine people with shopping bags stood waiting for the bus.',
			'It may be one of the last times they do so, because Northvale County Council has proposed cutting the route from next April.',
			'The council says the service costs £186,000 a year and that use has fallen by 41% since 2015.',
			'Back in the lay-by, the bus arrived 12 minutes late.'
		].join('\n\n');
		const { deck, skipped } = generateDeck(text);
		const sources = deck.facts.flatMap((f) => f.source.slice(-1));
		expect(sources.some((s) => s.startsWith('On a cold Friday'))).toBe(false);
		expect(sources.some((s) => s.startsWith('Back in the'))).toBe(false);
		expect(skipped.filter((s) => /a scene/.test(s.reason))).toHaveLength(2);
		// The news after the scene is asked, read after it.
		const news = deck.facts.find((f) => f.source.at(-1)?.startsWith('It may be'));
		expect(news?.statement).toMatch(/^On a cold Friday morning .*\. It may be one of the last/);
	});
});

describe('a correction notice', () => {
	it('is never asked: it says what the article no longer says', () => {
		const text = [
			'Ilse Varga won the national chess championship on Sunday in Valmont.',
			'The final game lasted 71 moves and more than six hours.',
			'Correction: an earlier version of this article said the final game lasted 84 moves. It lasted 71 moves.'
		].join('\n\n');
		const { deck, skipped } = generateDeck(text);
		expect(deck.facts.flatMap((f) => f.source).some((s) => /84|It lasted/.test(s))).toBe(false);
		expect(skipped.filter((s) => /correction notice/.test(s.reason))).toHaveLength(2);
	});
});

describe('a short sentence that leads into the next', () => {
	it('is no claim to state or turn round: "The tournament was not without controversy."', () => {
		const text = [
			'Ilse Varga won the national chess championship on Sunday in Valmont.',
			'The tournament was not without controversy. In the sixth round, the chief arbiter, Dr Henrik Saale, disqualified Anton Rask after his phone rang.'
		].join('\n\n');
		const { deck, skipped } = generateDeck(text);
		expect(deck.facts.some((f) => f.statement.includes('controversy'))).toBe(false);
		expect(skipped.map((s) => s.text)).toContain('The tournament was not without controversy.');
	});
});

describe('a list with a lead-in', () => {
	const article = [
		'Teenager wins violin prize',
		'A 19-year-old student from Pellhaven, Maren Tuohy, has won the Orsley International Violin Competition.',
		'As the winner, Ms Tuohy receives:',
		'• £25,000 in prize money\n• a recording contract with the Harrowgate Classics label',
		'Ms Tuohy will play with the Orsley Philharmonic in October.'
	].join('\n\n');

	it('makes each item that is no sentence one with its lead-in', () => {
		expect(splitParagraphs(article).slice(2, 4)).toEqual([
			'As the winner, Ms Tuohy receives £25,000 in prize money.',
			'As the winner, Ms Tuohy receives a recording contract with the Harrowgate Classics label.'
		]);
		// Items that are sentences, or a list after a sentence that ends in no colon, stay apart.
		expect(splitParagraphs('They said:\n\n- It will close.\n- Staff will move.')).toEqual([
			'They said:',
			'It will close.',
			'Staff will move.'
		]);
	});

	it('asks the item and cites the two lines the article prints', () => {
		const { deck } = generateDeck(article);
		const prize = deck.facts.find((f) => f.statement.includes('£25,000'));
		expect(prize?.statement).toBe('As the winner, Ms Maren Tuohy receives £25,000 in prize money.');
		expect(prize?.source).toEqual(['As the winner, Ms Tuohy receives:', '£25,000 in prize money']);
	});
});
