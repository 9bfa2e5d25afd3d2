/**
 * Property-based tests of the deck schema (`parseDeck`), extending yaml.fuzz.spec.ts: structured
 * damage to the real deck as JSON gives a deck that survives JSON or problems with paths, in
 * bounded time, no prototype touched; and any deck the schema accepts writes to a deck file and
 * reads back the same.
 *
 * Cases: 40 damaged deck objects + 30 deck-file round trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anyChar,
	jsonMutations,
	keysOf,
	mutateJson,
	runs,
	timed,
	toNode,
	watchPrototypes
} from '../../../tests/support/fuzz.ts';
import { deckToYaml, readDeckFile } from './deck-file.ts';
import { parseDeck } from './parse.ts';
import type { Deck } from './deck-schema.ts';
import { parseDeckYaml } from './yaml.ts';
import { article, expectValidDeck, FILE, MAX_MS, realYaml, smallYaml } from './real-facts-file.ts';

describe('the deck schema, fuzzed', () => {
	const deck = parseDeckYaml(realYaml, FILE, article);
	const base = toNode(deck);
	const keys = keysOf(deck);

	it('damaged decks parse to a deck that survives JSON, or to problems with paths', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(jsonMutations(keys, { max: 3 }), async (mutations) => {
				let input: unknown;
				try {
					input = JSON.parse(mutateJson(base, mutations));
				} catch {
					return; // deeper than JSON.parse can go: not a deck anyone can hand over
				}
				const result = await timed(() => parseDeck(input), MAX_MS);
				expect(result.ms).toBeLessThan(MAX_MS);
				if (!result.ok) throw result.error;
				const parsed = result.value;
				if (parsed.ok) expectValidDeck(parsed.deck);
				else
					for (const problem of parsed.problems) {
						expect(Array.isArray(problem.path)).toBe(true);
						expect(problem.message).toMatch(/\S/);
					}
				checkPrototypes();
			}),
			runs(40)
		);
	});
});

describe('deck files, fuzzed', () => {
	const small = parseDeckYaml(smallYaml, FILE, article);
	/** Free-text fields (optional ones included) and the objects that may hold them. */
	const FREE: [string, (deck: Deck) => object[]][] = [
		['description', (d) => [d]],
		['note', (d) => [d.source]],
		['publisher', (d) => [d.source]],
		['role', (d) => d.entities],
		['correction', (d) => [...d.entities, ...d.facts]],
		['topic', (d) => d.facts],
		['explanation', (d) => d.facts]
	];
	const TRICKY = [
		'true',
		'null',
		'~',
		'1e999',
		'0x10',
		'- item',
		'# not a comment',
		'a: b',
		'"quoted"',
		"'single'",
		'|',
		'>-',
		'&anchor',
		'*alias',
		'!!str tag',
		'%YAML 1.1',
		'---',
		'...',
		'a  b   c',
		'line\nbreak\n\nparagraph',
		'tab\there',
		'\u0085 \u2028 \u2029',
		'\uFEFFbom',
		'lone \uD800 surrogate',
		'back\\slash',
		`${'x'.repeat(150)} ${'y'.repeat(150)}`
	];
	const edit = fc.record({
		field: fc.nat(),
		at: fc.nat(),
		text: fc.oneof(
			fc.constantFrom(...TRICKY),
			fc.string({ unit: anyChar, minLength: 1, maxLength: 40 })
		)
	});

	it('any deck the schema accepts writes to a deck file and reads back the same', async () => {
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
				const draft = structuredClone(small);
				for (const { field, at, text } of edits) {
					const [key, holders] = FREE[field % FREE.length];
					const targets = holders(draft);
					(targets[at % targets.length] as Record<string, unknown>)[key] = text;
				}
				const parsed = parseDeck(draft);
				if (!parsed.ok) return;
				accepted++;
				const read = await readDeckFile(await deckToYaml(parsed.deck), 'deck.yaml');
				expect(read.ok && JSON.stringify(read.deck)).toBe(JSON.stringify(parsed.deck));
			}),
			runs(30)
		);
		expect(accepted).toBeGreaterThan(15);
	});
});
