/**
 * An object "it": "Ravensholt Borough Council bought it for £4.5 million", "named it weekly
 * newspaper of the year". An object "it" is not the subject (that would be "itself"): something
 * else before it must be what it is.
 */
import type { DeckIndex } from '../deck-index.ts';
import {
	BLANK_WORD,
	FINITE_VERBS,
	objectBeforeWord,
	PARTICLES,
	type Word
} from './pointing-words.ts';
import { thingBefore } from './thing-before.ts';

/** Words that may follow an object "it": "bought it for…", "sold it to…", "closed it in May". */
const OBJECT_FOLLOWERS = new Set(
	'for to in on at from with by into over after before during until since as again back down up off out against'.split(
		' '
	)
);

/** A word of a date or time the statement opens with: "On 9 November 2022", "Last Tuesday". */
const OPENING_TIME = new RegExp(
	`^(on|in|by|last|this|early|late|\\d+(st|nd|rd|th)?|${BLANK_WORD})$`,
	'i'
);

/**
 * The words of a statement's opening name, its subject ("Ravensholt Borough Council"), with the
 * date before it ("On 9 November 2022 the …") and a possessive's noun ("the Wealdmoor District
 * Council's planning committee").
 */
function subjectLength(ws: Word[]): number {
	let k = 0;
	if (/^(on|in|by|last|this)$/.test(ws[0]?.lower ?? ''))
		while (
			k < ws.length &&
			(OPENING_TIME.test(ws[k].text) || (k > 0 && /^\p{Lu}\p{Ll}+$/u.test(ws[k].text)))
		)
			k++;
	if (k > 0 && ws[k]?.lower !== 'the') return 0;
	if (ws[k]?.lower === 'the') k++;
	while (k < ws.length && /^\p{Lu}/u.test(ws[k].text)) k++;
	if (/['’]s$/.test(ws[k - 1]?.text ?? ''))
		for (
			let n = 0;
			n < 2 && /^\p{Ll}+$/u.test(ws[k]?.text ?? '') && !FINITE_VERBS.has(ws[k].lower);
			n++
		)
			k++;
	return k;
}

/** Whether the object "it" or "them" at `at` has nothing before it in the statement to be. */
export function objectItPointsBack(
	ws: Word[],
	at: number,
	index: DeckIndex | undefined,
	singular: boolean
): boolean {
	const w = ws[at];
	const prev = ws[at - 1];
	const next = ws[at + 1];
	const before = ws.slice(0, at);
	const object =
		/^(it|them)$/.test(w.lower) &&
		prev !== undefined &&
		/^\p{Ll}/u.test(prev.text) &&
		!PARTICLES.has(prev.lower) &&
		!/^(and|or|but|that|which|because|if|when|as|than|so|making|made|make|makes)$/.test(
			prev.lower
		) &&
		(next === undefined ||
			!/^\p{Ll}/u.test(next.text) ||
			OBJECT_FOLLOWERS.has(next.lower) ||
			objectBeforeWord(prev, w, next));
	// "cost £3.4 million, most of it from a grant": a part of the sum the sentence gives.
	const partOfSum = prev?.lower === 'of' && before.some((b) => /\d/.test(b.text));
	return object && !partOfSum && !thingBefore(before.slice(subjectLength(before)), index, singular);
}
