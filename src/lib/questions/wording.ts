/** Small text operations the engine and the generator share. */

export const BLANK = '_____';

/**
 * Replaces the first occurrence of `answer` in `statement` with another answer of its kind, and
 * keeps the sentence grammatical where rules can: capitals, and no doubled or stray "the".
 * `lowerCaseStart`: the replacement is a common-noun phrase (a role) that may start lower-case.
 */
export function replaceFirst(
	statement: string,
	answer: string,
	replacement: string,
	{ lowerCaseStart = false } = {}
): string {
	const at = wholeWordIndex(statement, answer);
	if (at < 0) return statement;
	const before = statement.slice(0, at);
	let replaced = replacement;
	const startsSentence = at === 0 || /[.!?]\s+$/.test(before);
	// Never "the the Kremlin". (Whether a bare name needs "the" depends on the noun after it, which
	// rules cannot know: slots where it matters carry hand-written distractors.)
	if (/\bthe\s$/i.test(before) && /^the\s/i.test(replaced)) replaced = replaced.slice(4);
	if (startsSentence) replaced = capitalise(replaced);
	else if (lowerCaseStart && /^[a-z]/.test(answer) && /^[A-Z][a-z]/.test(replaced))
		replaced = replaced[0].toLowerCase() + replaced.slice(1);
	return before + replaced + statement.slice(at + answer.length);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `part` first stands as whole words in `text` ("30" in "30-plus", not in "2030"), or where
 * it first occurs at all when it never stands alone; -1 when it is not there.
 */
export function wholeWordIndex(text: string, part: string): number {
	if (!part) return -1;
	const first = text.indexOf(part);
	for (let at = first; at >= 0; at = text.indexOf(part, at + 1)) {
		const before = text[at - 1] ?? '';
		const after = text[at + part.length] ?? '';
		const startsClean = !WORD_CHAR.test(part[0]) || !WORD_CHAR.test(before);
		const endsClean = !WORD_CHAR.test(part[part.length - 1]) || !WORD_CHAR.test(after);
		if (startsClean && endsClean) return at;
	}
	return first;
}

export function blankOut(statement: string, answer: string): string {
	return replaceFirst(statement, answer, BLANK);
}

export function capitalise(text: string): string {
	return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/** A quotation shortened to about `max` characters at a word boundary. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:.\s]+$/, '')}…`;
}

/** Formats a number the way the statement wrote its neighbour ("1,000" or "1000"). */
export function formatNumberLike(value: number, example: string): string {
	// "1,200" beside "600": a figure written without four digits in a row follows the usual style
	// (a text that writes "2400" keeps writing "1200").
	const usesGrouping = /\d,\d{3}/.test(example) || !/\d{4}/.test(example);
	const decimals = /\.(\d+)/.exec(example)?.[1].length ?? 0;
	// By hand rather than toLocaleString: the same output everywhere, and much faster.
	const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
	const grouped = usesGrouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
