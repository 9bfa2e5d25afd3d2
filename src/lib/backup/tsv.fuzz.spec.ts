/**
 * Property-based tests of the Anki/Quizlet text reader and the text → deck mapping. Random text
 * (tabs, CR, LF, BOM, quotes, control characters, lone surrogates, HTML, header lines), damaged
 * copies of a real Anki export, and 1 MB inputs never throw: they make a deck that passes the deck
 * format's own parser, or errors that name a line of the text; in time proportional to the text.
 *
 * Regression (found by this fuzzing): with `#html:true`, `/<[^>]*>/g` and `/\[sound:[^\]]*\]/g`
 * rescanned to the end of the field from every `<` (or `[sound:`) that no `>` (`]`) followed:
 * quadratic, so a 40,000-character line of `<` took 1.6 s and of `[sound:` 16 s; 1 MB, minutes.
 *
 * Cases: 300 random texts + 70 damaged exports + 150 export round trips + 2 random 1 MB texts
 * + 6 fixed 1 MB texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { parseDeck } from '../content/parse.ts';
import { buildCards } from '../questions/flashcards.ts';
import { anyChar, runs, timed, watchPrototypes } from '../../../tests/support/fuzz.ts';
import { HOSTILE_CHARS } from '../../../tests/support/hostile-text.ts';
import {
	MAX_CARD_CHARS,
	cardsForExport,
	deckFromTextCards,
	parseCardText,
	toAnkiText,
	type TextCard
} from './tsv.ts';

const OPTIONS = {
	id: 'imported',
	title: 'Imported',
	sourceName: 'cards.txt',
	importedOn: '15 January 2026'
};
const curated = readDeckFolder('questions/ukraine-security-guarantees');
/** A real export, cut to its first 25 cards so each case is quick. */
const exported = toAnkiText(cardsForExport(curated.id, buildCards(curated).slice(0, 25)));
const MAX_MS = 200;
const MB = 1 << 20;
/** A megabyte of text, read in well under a second on a quiet machine; quadratic takes minutes. */
const MAX_MS_PER_MB = 3_000;

const WHOLE_TEXT = [
	/^This text is larger than 5 MB\./,
	/^This text has [\d,]+ cards; a deck holds at most [\d,]+\./,
	/^There are no cards in this text/,
	/^…and more\.$/
];

/** The text's last line number, counting line breaks as the reader does (CRLF, CR or LF). */
function lastLine(text: string): number {
	return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function expectLineErrors(errors: string[], text: string): void {
	expect(errors.length).toBeGreaterThan(0);
	for (const error of errors) {
		const line = /^Line (\d+): \S/.exec(error);
		if (line) {
			expect(Number(line[1])).toBeGreaterThanOrEqual(1);
			expect(Number(line[1])).toBeLessThanOrEqual(lastLine(text));
		} else expect(WHOLE_TEXT.some((r) => r.test(error))).toBe(true);
	}
}

/** The whole import, as the settings screen runs it: text → cards → deck, or line errors. */
async function expectDeckOrLineErrors(text: string, limitMs = MAX_MS) {
	const read = await timed(() => parseCardText(text), limitMs);
	expect(read.ms).toBeLessThan(limitMs);
	if (!read.ok) throw read.error;
	const parsed = read.value;
	if (!parsed.ok) return expectLineErrors(parsed.errors, text);
	for (const card of parsed.cards) {
		expect(card.front).toMatch(/^\S(.*\S)?$/s);
		expect(card.back).toMatch(/^\S(.*\S)?$/s);
		expect(card.front + card.back).not.toMatch(/[\t\r\n]/);
		expect(card.front.length + card.back.length).toBeLessThanOrEqual(MAX_CARD_CHARS);
		expect(card.line).toBeGreaterThanOrEqual(1);
		expect(card.line).toBeLessThanOrEqual(lastLine(text));
	}
	const built = deckFromTextCards(parsed.cards, OPTIONS);
	if (!built.ok) return expectLineErrors(built.errors, text);
	expect(built.deck.facts).toHaveLength(parsed.cards.length);
	// The deck is one the deck format accepts, also after travelling as JSON (backups, files).
	const again = parseDeck(JSON.parse(JSON.stringify(built.deck)));
	expect(again.ok && JSON.stringify(again.deck)).toBe(JSON.stringify(built.deck));
}

const HEADERS = [
	'#separator:tab\n',
	'#separator:Comma\n',
	'#html:true\n',
	'#html:false\n',
	'#columns:Front\tBack\tTags\n',
	'#columns:Back\tFront\n',
	'#columns:x\ty\n',
	'#tags column:3\n',
	'#tags column:0\n',
	'#deck column:1\n',
	'#guid column:2\n',
	'#notetype column:99\n',
	'# just a comment\n',
	'#\n'
];
const WORDS = [
	'Kyiv',
	'a',
	'x',
	'_____',
	'<b>',
	'</div>',
	'<br>',
	'[sound:a.mp3]',
	'&amp;',
	'&#x1F600;',
	'&#0;',
	'$&',
	'Σ',
	'İ',
	'日本',
	'🇺🇦'
];
const textUnit = fc.oneof(
	{ arbitrary: fc.constantFrom(...HOSTILE_CHARS), weight: 4 },
	{ arbitrary: fc.constantFrom(...WORDS), weight: 3 },
	{ arbitrary: anyChar, weight: 2 },
	{ arbitrary: fc.constantFrom('\t', '\n'), weight: 3 }
);
const randomText = fc
	.tuple(
		fc.constantFrom('', '\uFEFF'),
		fc.array(fc.constantFrom(...HEADERS), { maxLength: 4 }),
		fc.string({ unit: textUnit, maxLength: 200 })
	)
	.map(([bom, headers, body]) => bom + headers.join('') + body);

describe('Anki and Quizlet text, fuzzed', () => {
	it('random text makes a valid deck or line-numbered errors, never an exception', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(randomText, async (text) => {
				await expectDeckOrLineErrors(text);
				checkPrototypes();
			}),
			runs(300)
		);
	});

	it('damaged copies of a real Anki export make a valid deck or line-numbered errors', async () => {
		const edit = fc.oneof(
			// Characters deleted, or hostile ones inserted, anywhere.
			fc
				.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: textUnit, maxLength: 6 }))
				.map(([at, drop, insert]) => (text: string) => {
					const i = at % (text.length + 1);
					return text.slice(0, i) + insert + text.slice(i + drop);
				}),
			// A line repeated, or two lines swapped.
			fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([i, j, swap]) => (text: string) => {
				const lines = text.split('\n');
				const [a, b] = [i % lines.length, j % lines.length];
				if (swap) [lines[a], lines[b]] = [lines[b], lines[a]];
				else lines.splice(a, 0, lines[a]);
				return lines.join('\n');
			}),
			// Windows or old Mac line breaks, a BOM, or cut short.
			fc.constantFrom(
				(text: string) => text.replaceAll('\n', '\r\n'),
				(text: string) => text.replaceAll('\n', '\r'),
				(text: string) => `\uFEFF${text}`,
				(text: string) => text.replace('#html:false', '#html:true'),
				(text: string) => text.slice(0, text.length >> 1)
			)
		);
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
				await expectDeckOrLineErrors(edits.reduce((text, e) => e(text), exported));
			}),
			runs(70)
		);
	});

	it('any cards written as Anki text read back the same', () => {
		const field = fc
			.string({ unit: textUnit, minLength: 1, maxLength: 30 })
			.map((s) => s.replace(/\s+/g, ' ').trim())
			.filter((s) => s.length > 0);
		const cards = fc.uniqueArray(
			fc.record({
				front: field,
				back: field,
				tags: fc.array(fc.stringMatching(/^[a-z:_]{1,8}$/), { maxLength: 3 })
			}),
			{ minLength: 1, maxLength: 8, selector: (c) => `${c.front}\t${c.back}` }
		);
		fc.assert(
			fc.property(cards, (written: TextCard[]) => {
				const read = parseCardText(toAnkiText(written));
				expect(read.ok).toBe(true);
				expect(read.ok && read.cards.map(({ line: _, ...card }) => card)).toEqual(written);
			}),
			runs(150)
		);
	});

	it('a megabyte of random text is read in time proportional to its size', async () => {
		const line = fc.tuple(
			fc.constantFrom('', '#html:true\n', '#html:true\n#columns:Front\tBack\n'),
			fc.string({ unit: textUnit, minLength: 1, maxLength: 60 })
		);
		await fc.assert(
			fc.asyncProperty(line, async ([header, piece]) => {
				const text = header + piece.repeat(Math.ceil(MB / piece.length));
				await expectDeckOrLineErrors(text, MAX_MS_PER_MB);
			}),
			runs(2)
		);
	});

	it('reads a megabyte of unclosed HTML tags, sound references or quotes in linear time', async () => {
		for (const piece of ['<', '<b', '[sound:', '"', '"\t', '&#x1'])
			await expectDeckOrLineErrors(
				`#html:true\n${piece.repeat(MB / piece.length)}\tb`,
				MAX_MS_PER_MB
			);
	});
});
