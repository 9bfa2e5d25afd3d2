/**
 * Misprints: words the article's garbled text gets wrong, with what they should read. A cited
 * source is shown as printed, with each misprint marked and its correction beside it, so that the
 * citation never teaches a wrong spelling or a wrong phrase.
 *
 * A curated deck lists its garbled phrases in `misprints`; every garbled spelling of an entity's
 * name (`garbled`) is a misprint too, corrected to the entity's name.
 */
export interface Misprint {
	/** The words exactly as the article prints them. */
	printed: string;
	/** What they should read. */
	correct: string;
}

export interface MisprintSource {
	misprints?: readonly Misprint[];
	entities: readonly { name: string; garbled?: readonly string[] }[];
}

/** The deck's own misprints, then its entities' garbled names (the deck's wording wins a tie). */
export function deckMisprints(deck: MisprintSource): Misprint[] {
	const out: Misprint[] = [...(deck.misprints ?? [])];
	const seen = new Set(out.map((m) => m.printed));
	for (const entity of deck.entities)
		for (const printed of entity.garbled ?? [])
			if (!seen.has(printed)) {
				seen.add(printed);
				out.push({ printed, correct: entity.name });
			}
	return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** Where a misprint occurs in the text: whole words only, the longest first, never overlapping. */
export function misprintRanges(
	text: string,
	misprints: readonly Misprint[]
): { start: number; end: number; misprint: Misprint }[] {
	const found: { start: number; end: number; misprint: Misprint }[] = [];
	const byLength = [...misprints].sort((a, b) => b.printed.length - a.printed.length);
	const taken = new Uint8Array(text.length);
	for (const misprint of byLength) {
		const { printed } = misprint;
		if (!printed) continue;
		for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + 1)) {
			const end = at + printed.length;
			const wordBefore = at > 0 && WORD.test(text[at - 1]) && WORD.test(printed[0]);
			const wordAfter = end < text.length && WORD.test(text[end]) && WORD.test(printed.at(-1)!);
			if (wordBefore || wordAfter || taken.subarray(at, end).some(Boolean)) continue;
			taken.fill(1, at, end);
			found.push({ start: at, end, misprint });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The misprints that occur in a text, in the order they occur (each once). */
export function misprintsIn(text: string, misprints: readonly Misprint[]): Misprint[] {
	const out: Misprint[] = [];
	for (const { misprint } of misprintRanges(text, misprints))
		if (!out.includes(misprint)) out.push(misprint);
	return out;
}
