/** Node-only: reads a curated deck folder `questions/<id>/` (facts.yaml + article.txt). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DeckFileError, parseDeckYaml } from '../../src/lib/content/yaml.ts';
import type { Deck } from '../../src/lib/content/deck-schema.ts';

export const FACTS_FILE = 'facts.yaml';
export const ARTICLE_FILE = 'article.txt';

export function readDeckFolder(dir: string): Deck {
	const factsPath = join(dir, FACTS_FILE);
	const articlePath = join(dir, ARTICLE_FILE);
	const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : undefined;
	const deck = parseDeckYaml(readFileSync(factsPath, 'utf8'), factsPath, article);
	const folder = basename(dir);
	if (deck.id !== folder)
		throw new DeckFileError([
			`${factsPath}:1:1: id "${deck.id}" must match its folder "${folder}"`
		]);
	return deck;
}
