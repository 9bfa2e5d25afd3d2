/** Whether a short capitalised name is an acronym of a long one ("BLR" for "Brightline Research"). */

/**
 * Whether `short` is an acronym of `long`: its capitals, in order, are letters of the long name
 * that start with its first word's initial and take every word's initial ("BLR" for
 * "Brightline Research", "WCCT" for "Westmoor Community Care Trust").
 */
export function abbreviates(short: string, long: string): boolean {
	const letters = short.replace(/[^A-Z]/g, '');
	const words = long.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
	if (letters.length < 2 || !words.length || letters[0] !== words[0][0]) return false;
	let at = 0;
	let word = 0;
	for (const letter of letters) {
		// The next letter may be the next word's initial, or a later letter of this word.
		if (word + 1 < words.length && words[word + 1][0] === letter) {
			word++;
			at = 1;
			continue;
		}
		const found = words[word].toUpperCase().indexOf(letter, at);
		if (found < 0 || (word === 0 && at === 0 && found !== 0)) return false;
		at = found + 1;
	}
	return word === words.length - 1;
}
