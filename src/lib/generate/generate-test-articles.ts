/**
 * For the generator's specs: the three articles written for them (tests/fixtures: a science piece,
 * a history piece, a local-news story), each generated once, with the deck shown by default and its
 * questions. Not used by the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildQuestions } from '../questions/engine.ts';
import type { Question } from '../questions/types.ts';
import type { Deck } from '../content/deck-schema.ts';
import { generateDeck, withDefaultFacts, type GenerateResult } from './generate.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
export const ARTICLES = {
	science: 'science-gravitational-waves.txt',
	history: 'history-london-sewers.txt',
	local: 'local-ashcombe-library.txt'
} as const;

export function read(file: string): string {
	return readFileSync(join(FIXTURES, file), 'utf8');
}

export interface Generated {
	text: string;
	result: GenerateResult;
	shown: Deck;
	questions: Question[];
}

const generated = new Map<string, Generated>();

/** Generates the three articles: call it in a spec's beforeAll, before `get`. */
export function generateArticles() {
	for (const [name, file] of Object.entries(ARTICLES)) {
		const text = read(file);
		const result = generateDeck(text);
		const shown = withDefaultFacts(result.deck);
		generated.set(name, { text, result, shown, questions: buildQuestions(shown, 7) });
	}
}

export function get(name: string): Generated {
	const g = generated.get(name);
	if (!g) throw new Error(`no deck for ${name}`);
	return g;
}
