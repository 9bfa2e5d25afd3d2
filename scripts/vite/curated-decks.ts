/**
 * Build-time loader for curated decks: `questions/<id>/facts.yaml` imports become validated deck
 * objects, so a broken facts file fails `vite build` (and `vite dev`) with file, line and reason.
 * `?meta` gives only what a deck list needs, so the home page does not carry every fact.
 */
import { dirname } from 'node:path';
import type { Plugin } from 'vite';
import { ARTICLE_FILE, readDeckFolder } from './deck-folder.ts';
import { buildCards } from '../../src/lib/questions/flashcards.ts';
import { deckSummary } from '../../src/lib/content/deck-summary.ts';

const FACTS = /\/questions\/[^/]+\/facts\.yaml(\?.*)?$/;

export function curatedDecks(): Plugin {
	return {
		name: 'factdeck:curated-decks',
		enforce: 'pre',
		load(id) {
			const match = FACTS.exec(id);
			if (!match) return null;
			const file = id.replace(/\?.*$/, '');
			const dir = dirname(file);
			this.addWatchFile(file);
			this.addWatchFile(`${dir}/${ARTICLE_FILE}`);
			const deck = readDeckFolder(dir);
			const value = match[1] === '?meta' ? deckSummary(deck, buildCards(deck).length) : deck;
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
		}
	};
}
