/**
 * For the fuzzed specs of the content folder (yaml.fuzz.spec.ts, deck-schema.fuzz.spec.ts): the
 * real facts file and its article, the file cut to three facts, and the check that a deck the
 * schema accepts survives JSON unchanged. Test-only (Node).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { expectPlainData } from '../../../tests/support/fuzz.ts';
import { parseDeck } from './parse.ts';
import type { Deck } from './deck-schema.ts';

export const FILE = 'questions/fuzz/facts.yaml';
const DIR = 'questions/ukraine-security-guarantees';
export const realYaml = readFileSync(`${DIR}/facts.yaml`, 'utf8');
export const article = readFileSync(`${DIR}/article.txt`, 'utf8');
/**
 * A bound that catches a parse that hangs (a regular expression that backtracks, an alias bomb),
 * not a speed target (those are benchmarks): a damaged small file parses in a few milliseconds,
 * but took 237 ms once while vitest's workers shared two busy cores.
 */
export const MAX_MS = 1_000;

/** The real file cut to its first three facts and the entities they name (10 KB, still real). */
function smallDeckYaml(): string {
	const doc = parseDocument(realYaml);
	const facts = doc.get('facts') as YAMLSeq<YAMLMap>;
	facts.items = facts.items.slice(0, 3);
	const named = new Set<unknown>();
	for (const fact of facts.items) {
		for (const slot of (fact.get('slots') as YAMLSeq<YAMLMap>).items) named.add(slot.get('entity'));
		named.add((fact.get('quote') as YAMLMap | undefined)?.get('speaker'));
	}
	const entities = doc.get('entities') as YAMLSeq<YAMLMap>;
	entities.items = entities.items.filter((e) => named.has(e.get('id')));
	// Misprints must be in the facts kept (there is no article beside this file).
	const sources = JSON.stringify(facts.toJSON());
	const misprints = doc.get('misprints') as YAMLSeq<YAMLMap>;
	misprints.items = misprints.items.filter((m) =>
		sources.includes(JSON.stringify(m.get('printed')).slice(1, -1))
	);
	return doc.toString();
}
export const smallYaml = smallDeckYaml();

export function expectValidDeck(deck: Deck) {
	expectPlainData(deck);
	// Decks travel as JSON (backups, deck files): what is accepted must survive it unchanged.
	const again = parseDeck(JSON.parse(JSON.stringify(deck)));
	expect(again.ok && JSON.stringify(again.deck)).toBe(JSON.stringify(deck));
}
