import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { buildCards } from '../questions/flashcards.ts';
import {
	MAX_TEXT_CARDS,
	cardsForExport,
	deckFromTextCards,
	deckIdFor,
	parseCardText,
	toAnkiText,
	toQuizletText,
	type TextCard
} from './tsv.ts';

const curated = readDeckFolder('questions/ukraine-security-guarantees');
const OPTIONS = {
	id: 'imported',
	title: 'Imported',
	sourceName: 'cards.txt',
	importedOn: '15 January 2026'
};

function cardsOf(text: string): TextCard[] {
	const result = parseCardText(text);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.cards;
}

function errorsOf(text: string): string[] {
	const result = parseCardText(text);
	if (result.ok) throw new Error('expected the text to be refused');
	return result.errors;
}

function deckOf(cards: TextCard[]) {
	const result = deckFromTextCards(cards, OPTIONS);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.deck;
}

describe('export', () => {
	it('writes Anki notes in plain text with the headers Anki reads, quoting fields that need it', () => {
		const text = toAnkiText([
			{ front: 'Capital of Ukraine', back: 'Kyiv', tags: ['factdeck::geo', 'Capitals'] },
			{ front: 'Two\nlines', back: 'a\ttab and "quotes"', tags: [] },
			{ front: '#1 hit', back: 'yes', tags: [] }
		]);
		expect(text).toBe(
			[
				'#separator:tab',
				'#html:false',
				'#columns:Front\tBack\tTags',
				'#tags column:3',
				'Capital of Ukraine\tKyiv\tfactdeck::geo Capitals',
				'"Two\nlines"\t"a\ttab and ""quotes"""\t',
				'"#1 hit"\tyes\t',
				''
			].join('\n')
		);
	});

	it('writes Quizlet terms and definitions, one per line, with no header', () => {
		expect(
			toQuizletText([
				{ front: 'Capital of Ukraine', back: 'Kyiv', tags: ['x'] },
				{ front: 'Two\nlines', back: 'a\ttab', tags: [] }
			])
		).toBe('Capital of Ukraine\tKyiv\nTwo lines\ta tab\n');
	});

	it('tags every card of a deck with the deck and its topic', () => {
		const cards = cardsForExport(curated.id, buildCards(curated));
		expect(cards.length).toBe(buildCards(curated).length);
		expect(cards[0].tags[0]).toBe(`factdeck::${curated.id}`);
		expect(cards.some((c) => c.tags.length === 2 && !/\s/.test(c.tags[1]))).toBe(true);
	});
});

describe('import', () => {
	it('reads its own Anki and Quizlet exports back exactly', () => {
		const cards = cardsForExport(curated.id, buildCards(curated));
		const anki = cardsOf(toAnkiText(cards));
		expect(anki.map(({ front, back, tags }) => ({ front, back, tags }))).toEqual(cards);
		const quizlet = cardsOf(toQuizletText(cards));
		expect(quizlet.map((c) => [c.front, c.back])).toEqual(cards.map((c) => [c.front, c.back]));
	});

	it('handles quoted fields with tabs and line breaks, CRLF, a BOM, and plain quotes', () => {
		const text =
			'\uFEFF#separator:tab\r\n"a\tb"\t"line one\r\nline two"\r\n"Hello" in French\tBonjour\r\n\r\nx\t"y"\ttag_one tag2\r\n';
		const cards = cardsOf(text);
		expect(cards).toEqual([
			{ front: 'a b', back: 'line one line two', tags: [], line: 2 },
			{ front: '"Hello" in French', back: 'Bonjour', tags: [], line: 4 },
			{ front: 'x', back: 'y', tags: ['tag_one', 'tag2'], line: 6 }
		]);
	});

	it('reads Anki exports with HTML and meta columns', () => {
		const text = [
			'#separator:tab',
			'#html:true',
			'#guid column:1',
			'#notetype column:2',
			'#deck column:3',
			'#tags column:6',
			'g1\tBasic\tDefault\tWho leads the <b>coalition</b>?<br>Name both\tFrance &amp; the UK\teurope'
		].join('\n');
		expect(cardsOf(text)).toEqual([
			{
				front: 'Who leads the coalition? Name both',
				back: 'France & the UK',
				tags: ['europe'],
				line: 7
			}
		]);
	});

	it('reports problems with their line numbers and returns no cards', () => {
		expect(errorsOf('front\tback\nno tab here\n\t back\nfront only\t\n')).toEqual([
			'Line 2: there is no tab between the front and the back.',
			'Line 3: the front is empty.',
			'Line 4: the back is empty.'
		]);
		expect(errorsOf(`a\t${'x'.repeat(2000)}`)).toEqual([
			'Line 1: the card is longer than 1,990 characters.'
		]);
		expect(errorsOf('#separator:comma\na,b')[0]).toMatch(/^Line 1: .*“comma”.*tab-separated/);
		expect(errorsOf('')).toEqual([
			'There are no cards in this text: each line needs a front, a tab, and a back.'
		]);
		expect(errorsOf(' '.repeat(5 * 1024 * 1024 + 1))[0]).toMatch(/larger than 5 MB/);
		const many = Array.from({ length: MAX_TEXT_CARDS + 1 }, (_, i) => `q${i}\ta${i}`).join('\n');
		expect(errorsOf(many)[0]).toMatch(/5,001 cards; a deck holds at most 5,000/);
		const bad = Array.from({ length: 20 }, () => 'no tab').join('\n');
		expect(errorsOf(bad)).toHaveLength(9);
	});

	it('skips exact duplicates and counts them', () => {
		const result = parseCardText('a\tb\na\tb\na\tc\n');
		expect(result).toMatchObject({ ok: true, duplicates: 1 });
		expect(result.ok && result.cards.map((c) => c.back)).toEqual(['b', 'c']);
	});
});

describe('text cards as a deck', () => {
	it('makes a valid deck whose flashcards show the same front and back', () => {
		const cards = cardsOf(
			'Capital of Ukraine\tKyiv\tgeo\n2 + 2\t4\nThe dog\tdo\nMeets in _____ on Fridays\tParis\n'
		);
		const deck = deckOf(cards);
		expect(deck.facts[0]).toMatchObject({
			topic: 'geo',
			statement: 'Capital of Ukraine — Kyiv',
			source: ['Capital of Ukraine — Kyiv']
		});
		// The back inside the front: the statement starts with the back so the blank falls on it.
		expect(deck.facts[2].statement).toBe('do — The dog');
		// A cloze front is filled in.
		expect(deck.facts[3].statement).toBe('Meets in Paris on Fridays');
		const flashcards = buildCards(deck);
		expect(flashcards.map((c) => [c.front, c.back])).toEqual([
			['Capital of Ukraine — _____', 'Kyiv'],
			['2 + 2 — _____', '4'],
			['_____ — The dog', 'do'],
			['Meets in _____ on Fridays', 'Paris']
		]);
	});

	it('round-trips a curated deck through Anki text into a deck with the same cards', () => {
		const templates = buildCards(curated);
		const deck = deckOf(cardsOf(toAnkiText(cardsForExport(curated.id, templates))));
		const imported = buildCards(deck);
		expect(imported.length).toBe(templates.length);
		expect(imported.map((c) => c.back)).toEqual(templates.map((t) => t.back));
		const clozes = templates.filter((t) => t.kind === 'cloze');
		// Cloze cards come back with the same front; the topic survives as a topic.
		for (const t of clozes) expect(imported.some((c) => c.front === t.front)).toBe(true);
		expect(deck.facts.some((f) => f.topic && !f.topic.includes('factdeck'))).toBe(true);
	});

	it('needs a title, and says which line a deck problem comes from', () => {
		expect(
			deckFromTextCards([{ front: 'a', back: 'bb', tags: [] }], { ...OPTIONS, title: ' ' })
		).toEqual({
			ok: false,
			errors: ['Give the deck a title.']
		});
		const result = deckFromTextCards([{ front: 'q', back: 'a', tags: [], line: 7 }], {
			...OPTIONS,
			id: 'Bad Id'
		});
		expect(result.ok).toBe(false);
		expect(result.ok || result.errors[0]).toMatch(/^id: /);
	});

	it('gives a deck an id from its title that no other deck has', () => {
		expect(deckIdFor('Économie: les bases!', new Set())).toBe('economie-les-bases');
		expect(deckIdFor('Économie: les bases!', new Set(['economie-les-bases']))).toBe(
			'economie-les-bases-2'
		);
		expect(deckIdFor('日本語', new Set(['imported']))).toBe('imported-2');
		expect(deckIdFor('x'.repeat(100), new Set())).toHaveLength(56);
	});
});
