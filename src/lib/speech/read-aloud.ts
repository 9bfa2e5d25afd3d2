/**
 * What "Read aloud" says, put so that it sounds right: a blank ("_____") is read as "blank", and
 * each part ends in a stop so the voice pauses between them. What a card says is in
 * card-speech.ts, what a quiz question says in question-speech.ts (apart, so that study loads no
 * quiz code and the quiz no card code). Both read the words the screen shows: the deck's
 * corrected text, never the article's garbled source sentence.
 */

/** Text as a voice should read it: a blank is the word "blank", spaces are single. */
export function speakable(text: string): string {
	return text.replace(/_{2,}/g, 'blank').replace(/\s+/g, ' ').trim();
}

/** Sentences joined, each ending in a stop so the voice pauses between them. */
export function sentences(parts: (string | undefined)[]): string {
	return speakable(
		parts
			.filter((p): p is string => !!p?.trim())
			.map((p) => p.trim())
			.map((p) => (/[.!?…:;”"’)]$/.test(p) ? p : `${p}.`))
			.join(' ')
	);
}
