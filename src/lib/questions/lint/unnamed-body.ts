/**
 * "The trust's schools teach about 9,400 pupils", "The practice had tried to recruit a new GP",
 * "The ship was built in 1990": a body or thing the article named before, called here only by its
 * kind, in a statement that names nobody and nothing. Which trust, which ship? (With a name beside
 * it, "Sarah Ebdon said the union would talk", the reader knows whose.)
 */
import { ENTITY_KINDS } from '../../content/deck-schema.ts';
import { bodyNoun, MONTHS, nameHead, WEEKDAYS } from '../../language/lexicon.ts';
import type { DeckIndex } from '../deck-index.ts';
import type { Word } from './pointing-words.ts';

/** Kinds of body or thing an article names once and then calls by its kind. */
const KINDS =
	/^((trust|union|practice|surgery|ship)(['’]s)?|operator|mill|school|club|federation|partnership|champion|publisher|arena|authority)$/;

/** Capitalised words that name nothing: days, months, "I", a title before a blank. */
const NOT_NAMES = new RegExp(
	`^(i|${[...WEEKDAYS, ...MONTHS].join('|')}|mr|mrs|ms|dr|prof|cllr|sir)$`.toLowerCase()
);

/** Words after the noun that say which one it is: "the trust that runs it", "the ship's name". */
const DEFINED_BY = /^(of|for|that|which|who|whose|behind|running|in|at|on|where)$/;

/** Whether a statement's opening word is a name the deck knows ("Quillbury formed its first…"). */
function opensWithName(ws: Word[], index: DeckIndex | undefined): boolean {
	const first = ws[0]?.text;
	if (!first || !index || !/^\p{Lu}/u.test(first)) return false;
	return ENTITY_KINDS.some((kind) =>
		index
			.entitiesOfKind(kind)
			.some((e) => [e.name, ...e.aliases].some((n) => n.split(/\s+/)[0] === first))
	);
}

/**
 * Why a statement's first sentence calls a named body only by its kind, if it does. Read on the
 * whole statement, blank filled: a blank that hides a name ("_____ will lend the club £200,000")
 * names it.
 */
export function unnamedBody(ws: Word[], index: DeckIndex | undefined): string | undefined {
	const names =
		opensWithName(ws, index) ||
		ws.some((w, k) => k > 0 && /^\p{Lu}/u.test(w.text) && !NOT_NAMES.test(w.lower));
	if (names) return undefined;
	for (const w of ws) {
		const next = ws[w.i + 1];
		if (w.lower !== 'the' || !next || !KINDS.test(next.lower)) continue;
		const after = ws[w.i + 2];
		if (!/['’]s$/.test(next.lower) && after && next.post === ' ' && DEFINED_BY.test(after.lower))
			continue;
		return `“the ${next.text}” does not say which`;
	}
	return undefined;
}

/** Head nouns of the deck's organisations ("agency" for the Environment Agency). */
export function organisationHeads(index: DeckIndex): Set<string> {
	const heads = new Set<string>();
	for (const e of index.entitiesOfKind('organisation')) {
		// "library" of "Holmcaster Library", not of "Friends of Holmcaster Library".
		const head = nameHead(e.name.toLowerCase().split(/\s+/));
		if (bodyNoun(head)) heads.add(head);
	}
	return heads;
}
