/** The generator's limits, apart from the NLP code so a page can read them without loading it. */

export const MAX_WORDS = 50_000;

/** Facts at or above this confidence are shown by default; the others are hidden suggestions. */
export const DEFAULT_CONFIDENCE = 0.55;
