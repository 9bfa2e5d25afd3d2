import type { SlotKind } from '../content/deck-schema.ts';

/** What a typed answer is checked against (see src/lib/answers). */
export interface AnswerKey {
	answer: string;
	/** Other correct forms (aliases, surname). */
	accept: string[];
	/** Spellings from the garbled article: accepted, with a note giving the true form. */
	garbled: string[];
	kind: SlotKind;
	value?: number;
	tolerance?: number;
	unit?: string;
	/** Names of other things of the same kind: a "typo" closer to one of them is not forgiven. */
	rivals: string[];
}
