/**
 * Names that other rules do not read: "Stallow Against the Turbine" (a campaign's name says what
 * it is against), "the Tredarran Remembers trust" (the kind of body written in lower case after
 * its name, which is then part of the name: "the trust" is that one) and "its neighbour Dravonia"
 * (a country).
 */
import { hasTag, type Token } from '../analyse.ts';
import type { Evidence } from './evidence.ts';
import type { Chunk } from './name-chunks.ts';
import { campaignName, PARTY_WORDS } from '../../language/lexicon.ts';

/** Kinds of body a writer may put in lower case after the body's name. */
const KIND_AFTER_NAME = /^(trust|charity|campaign|group|society|foundation|association)$/;

/**
 * Evidence that a name with "Against" in it is a campaign's, and that "its neighbour Dravonia"
 * is a country (a neighbour of a country is no one's role).
 */
export function bodyWords(tokens: Token[], chunk: Chunk): Evidence[] {
	const words = tokens.slice(chunk.nameStart, chunk.end);
	if (words.length >= 3 && campaignName(words.map((t) => t.normal)))
		return [{ kind: 'organisation', weight: 5, category: 'community' }];
	const [its, neighbour] = [tokens[chunk.start - 2], tokens[chunk.start - 1]];
	return its?.normal === 'its' && /^neighbou?rs?$/.test(neighbour?.normal ?? '')
		? [{ kind: 'country', weight: 5 }]
		: [];
}

/**
 * Where a name that starts at `start` and ends before `end` really ends: past a body's kind in
 * lower case after "the …" ("the Tredarran Remembers trust, largely through…"; not "the Harlow
 * trust fund", nor "the Friends group", whose one word is no name of its own).
 */
export function endPastKind(tokens: Token[], start: number, end: number): number {
	const next = tokens[end];
	// "the Liberal Democrat group", "the Hollinsford Independents group": a party's councillors.
	const party = tokens
		.slice(start, end)
		.some((t) => PARTY_WORDS.has(t.normal) || /^independents?$/.test(t.normal));
	return end - start >= 2 &&
		!party &&
		tokens[start - 1]?.normal === 'the' &&
		next !== undefined &&
		/^\s+$/.test(tokens[end - 1].post) &&
		/^[a-z]+(['’]s)?$/.test(next.text) &&
		KIND_AFTER_NAME.test(next.normal.replace(/['’]s$/, '')) &&
		(/[,.;:)]/.test(next.post) || !hasTag(tokens[end + 1], 'Noun'))
		? end + 1
		: end;
}
