/**
 * Deck files: a deck exported from this device (or written by hand) in the same YAML format as
 * the curated `questions/<id>/facts.yaml`, with the article's text inside under `article:`.
 * The YAML library loads only when a file is read or written.
 */
import type { Deck } from './deck-schema.ts';

export const MAX_DECK_FILE_BYTES = 5 * 1024 * 1024;

export async function deckToYaml(deck: Deck): Promise<string> {
	const { stringify } = await import('yaml');
	const { article, ...rest } = deck;
	const header = `# Factdeck deck file: the same format as questions/<id>/facts.yaml, with the article.\n`;
	return header + stringify({ ...rest, ...(article ? { article } : {}) }, { lineWidth: 100 });
}

export type DeckFileResult = { ok: true; deck: Deck } | { ok: false; problems: string[] };

export async function readDeckFile(text: string, fileName: string): Promise<DeckFileResult> {
	if (text.length > MAX_DECK_FILE_BYTES)
		return { ok: false, problems: ['This file is larger than 5 MB: it is not a Factdeck deck.'] };
	const { parseDeckYaml, DeckFileError } = await import('./yaml.ts');
	try {
		return { ok: true, deck: parseDeckYaml(text, fileName) };
	} catch (error) {
		if (error instanceof DeckFileError) return { ok: false, problems: error.problems.slice(0, 8) };
		return { ok: false, problems: ['This file could not be read as a deck.'] };
	}
}
