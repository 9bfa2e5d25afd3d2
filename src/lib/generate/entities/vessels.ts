/** Names of ships and boats, which a report calls "she" and which are never people. */
import type { Token } from '../analyse.ts';
import type { Chunk } from './name-chunks.ts';

/** Nouns before a vessel's name. */
const VESSEL_NOUNS = new Set(
	'ferry ship vessel liner yacht boat lifeboat submarine tanker trawler frigate destroyer carrier barge tug steamer schooner catamaran dinghy cutter dredger icebreaker'.split(
		' '
	)
);

const POTS =
	/^(drinking|blood|silver|gold|golden|glass|clay|bronze|pottery|ceramic|cooking|storage)$/;

/**
 * "the passenger ferry Marisol", "the ship Sir David Attenborough"; "a second vessel, the
 * Marguerite B." (after an apposition's comma); "the Good Intent, a trading ship lost in 1671"
 * (the apposition after it says so).
 */
export function namesAVessel(tokens: Token[], chunk: Chunk): boolean {
	const apposed =
		tokens[chunk.start - 1]?.normal === 'the' &&
		/^,\s*$/.test(tokens[chunk.start - 2]?.post ?? '') &&
		VESSEL_NOUNS.has(tokens[chunk.start - 2]?.normal ?? '');
	const described =
		/^,\s*$/.test(tokens[chunk.end - 1]?.post ?? '') &&
		/^(a|an|the)$/.test(tokens[chunk.end]?.normal ?? '') &&
		tokens
			.slice(chunk.end + 1, chunk.end + 4)
			// "a silver drinking vessel", "a Bronze Age cooking vessel": a pot, not a ship.
			.some((b, k, near) => VESSEL_NOUNS.has(b.normal) && !POTS.test(near[k - 1]?.normal ?? ''));
	return apposed || described || VESSEL_NOUNS.has(tokens[chunk.start - 1]?.normal ?? '');
}
