/**
 * Property-based tests of the generator on pasted text: random unicode and article-like text,
 * HTML soup through htmlToText, and text of awkward shapes (no sentences, only numbers, only
 * quotation marks, one enormous sentence). generateDeck only ever returns a deck that the deck
 * format's parser accepts (also after JSON), or throws a GenerateError; in time proportional to
 * the text.
 *
 * Regression (found by this fuzzing): whether a token is inside quotation marks was worked out by
 * scanning the sentence from its first token, for every token: quadratic in the sentence's length.
 * One 8,000-word sentence took 11 s, 8,000 distinct names 5.6 s (now 1.2 s and 0.2 s).
 *
 * Cases: 30 random texts + 20 HTML soups + 6 text shapes + 1 long sentence.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../content/parse.ts';
import {
	anyChar,
	budget,
	expectPlainData,
	runs,
	timed,
	watchPrototypes
} from '../../../tests/support/fuzz.ts';
import { HOSTILE_CHARS } from '../../../tests/support/hostile-text.ts';
import { generateDeck, GenerateError, warmUp } from './generate.ts';
import { htmlToText } from './readable-text.ts';

const article = readFileSync('tests/fixtures/local-ashcombe-library.txt', 'utf8');
const sentences = article.split(/(?<=[.!?]["”]?)\s+/).filter((s) => s.length > 20);
/** Generous on a quiet machine (about 0.02 ms a character there), quadratic work is not. */
const limitFor = (text: string) => budget(300 + text.length * 0.06);

beforeAll(() => warmUp());

/** A deck the deck format accepts, also after travelling as JSON; or a GenerateError. */
async function expectDeckOrGenerateError(text: string): Promise<boolean> {
	const limit = limitFor(text);
	const run = await timed(() => generateDeck(text), limit);
	expect(run.ms).toBeLessThan(limit);
	if (!run.ok) {
		if (!(run.error instanceof GenerateError)) throw run.error;
		expect(['empty', 'too-long', 'no-facts']).toContain(run.error.reason);
		expect(run.error.message).toMatch(/\S/);
		return false;
	}
	const { deck } = run.value;
	expectPlainData(deck);
	expect(deck.facts.length).toBeGreaterThan(0);
	expect(deck.article).toBe(text);
	const again = parseDeck(JSON.parse(JSON.stringify(deck)));
	expect(again.ok && JSON.stringify(again.deck)).toBe(JSON.stringify(deck));
	return true;
}

const NAMES = [
	'Dr Ana Ruiz',
	'Tom Hale',
	'the Royal Society',
	'Leeds',
	'Kyiv',
	'Zoë Ōtani',
	'NATO'
];
const piece = fc.oneof(
	{ arbitrary: fc.constantFrom(...sentences), weight: 4 },
	{
		arbitrary: fc
			.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.nat({ max: 3000 }))
			.map(([a, b, n]) => `${a} met ${b} in ${n} and said "we were ready".`),
		weight: 2
	},
	{
		arbitrary: fc.constantFrom(...HOSTILE_CHARS, '\n\n', '. ', '“', '”', '’s', '£40,000', '3.5 km'),
		weight: 3
	},
	{ arbitrary: fc.string({ unit: anyChar, maxLength: 12 }), weight: 2 }
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

describe('the generator, fuzzed', () => {
	it('random and article-like text gives a valid deck or a GenerateError', async () => {
		const checkPrototypes = watchPrototypes();
		let decks = 0;
		await fc.assert(
			fc.asyncProperty(text, async (input) => {
				if (await expectDeckOrGenerateError(input)) decks++;
				checkPrototypes();
			}),
			runs(30)
		);
		expect(decks).toBeGreaterThan(5);
	});

	it('HTML soup through htmlToText gives plain text, then a valid deck or a GenerateError', async () => {
		const tag = fc.constantFrom(
			'<p>',
			'</p>',
			'<div class="x">',
			'</div>',
			'<article>',
			'</article>',
			'<script>document.write("Tom Hale met Dr Ana Ruiz in Leeds on 3 May 1999.")</script>',
			'<style>p{}</style>',
			'<!-- comment',
			'-->',
			'<br>',
			'<h2>',
			'</h2>',
			'<a href="javascript:alert(1)">',
			'</a>',
			'<',
			'>',
			'<![CDATA[x]]>',
			'&amp;',
			'&#8217;',
			'&#xD800;',
			'&bogus;'
		);
		const soup = fc.array(fc.oneof(tag, piece), { maxLength: 40 }).map((parts) => parts.join(''));
		await fc.assert(
			fc.asyncProperty(soup, async (html) => {
				const converted = await timed(() => htmlToText(html), 200);
				expect(converted.ms).toBeLessThan(budget(200));
				if (!converted.ok) throw converted.error;
				expect(converted.value).not.toMatch(/<|document\.write/);
				await expectDeckOrGenerateError(converted.value);
			}),
			runs(20)
		);
	});

	it('text with no sentences, only numbers or only quotation marks is refused clearly', async () => {
		const shapes = [
			'',
			' \n\t\r\n ',
			'. . . ! ? …',
			Array.from({ length: 2000 }, (_, i) => String(i * 37)).join(' '),
			'"'.repeat(5000),
			'“”'.repeat(2000) + ' ' + '«»'.repeat(2000)
		];
		for (const shape of shapes) expect(await expectDeckOrGenerateError(shape)).toBe(false);
	});

	it('reads one enormous sentence in time proportional to its length', async () => {
		const words = [
			'Ana',
			'Ruiz',
			'met',
			'the',
			'council',
			'in',
			'Leeds',
			'on',
			'3',
			'May',
			'"yes"'
		];
		const sentence = `${Array.from({ length: 4000 }, (_, i) => words[(i * 7) % words.length]).join(' ')}.`;
		await expectDeckOrGenerateError(sentence);
	});
});
