/**
 * Words whose opposite makes a believable falsehood of a sentence that names nothing to swap:
 * "warm water holds less oxygen than cold" → "more oxygen"; "the bank cut its rate" → "raised".
 * A skimming student could believe either; a reader knows which. Only whole words of the same
 * form are swapped (a past tense for a past tense), outside quotation marks, once a sentence.
 */
import { hasTag, type Sentence, type Token } from './analyse.ts';

const PAIRS: [string, string][] = [
	['more', 'less'],
	['more', 'fewer'],
	['higher', 'lower'],
	['larger', 'smaller'],
	['bigger', 'smaller'],
	['longer', 'shorter'],
	['faster', 'slower'],
	['warmer', 'colder'],
	['earlier', 'later'],
	['older', 'younger'],
	['stronger', 'weaker'],
	['cheaper', 'dearer'],
	['increase', 'decrease'],
	['increased', 'decreased'],
	['increases', 'decreases'],
	['rise', 'fall'],
	['rises', 'falls'],
	['rose', 'fell'],
	['risen', 'fallen'],
	['rising', 'falling'],
	['raised', 'cut'],
	['raise', 'cut'],
	['gained', 'lost'],
	['won', 'lost'],
	['approved', 'rejected'],
	['accepted', 'rejected'],
	['allowed', 'banned'],
	['opened', 'closed'],
	['strengthened', 'weakened'],
	['improved', 'worsened'],
	['highest', 'lowest'],
	['largest', 'smallest'],
	['biggest', 'smallest'],
	['longest', 'shortest'],
	['best', 'worst'],
	['north', 'south'],
	['east', 'west'],
	['northern', 'southern'],
	['eastern', 'western'],
	['above', 'below'],
	['guilty', 'innocent'],
	['ahead', 'behind'],
	['expanded', 'shrank'],
	['doubled', 'halved']
];

const OPPOSITE = new Map<string, string>();
for (const [a, b] of PAIRS) {
	if (!OPPOSITE.has(a)) OPPOSITE.set(a, b);
	if (!OPPOSITE.has(b)) OPPOSITE.set(b, a);
}

/** Words that turn a comparative around or make it idiom: "more or less", "no more than". */
const FIXED =
	/\b(more or less|no more|no less|any more|at least|at most|most of|more than|less than|fewer than|best known|for the most part|north of|south of|east of|west of|above all|lost to)\b/i;

export interface Contrast {
	/** Token index of the word. */
	at: number;
	/** The word as written. */
	word: string;
	/** Its opposite, written the same way (capitalised if it was). */
	opposite: string;
}

/** The opposite of a word; `next`, the word after it ("more people" → "fewer people"). */
export function opposite(word: string, next?: Token): string | undefined {
	const lower = word.toLowerCase();
	const plural = next !== undefined && hasTag(next, 'Plural');
	const found = lower === 'more' ? (plural ? 'fewer' : 'less') : OPPOSITE.get(lower);
	if (!found) return undefined;
	return /^[A-Z]/.test(word) ? found[0].toUpperCase() + found.slice(1) : found;
}

/** The first word of a sentence (outside quotes, past `skip`) whose opposite makes a fair falsehood. */
export function findContrast(
	sentence: Sentence,
	quoted: boolean[],
	skip: number
): Contrast | undefined {
	const tokens = sentence.tokens;
	for (let i = skip; i < tokens.length; i++) {
		if (quoted[i]) continue;
		const t = tokens[i];
		const swapped = opposite(t.text, tokens[i + 1]);
		if (!swapped) continue;
		const around = tokens
			.slice(Math.max(0, i - 2), i + 3)
			.map((x) => x.text)
			.join(' ');
		if (FIXED.test(around)) continue;
		// A hyphenated word ("north-facing") or one inside a name ("North Sea") is not a claim.
		if (
			/-$/.test(t.post) ||
			/-$/.test(tokens[i - 1]?.post ?? '') ||
			(/^[A-Z]/.test(tokens[i + 1]?.text ?? '') && /^[A-Z]/.test(t.text))
		)
			continue;
		if (/^[A-Z]/.test(t.text) && i > skip) continue;
		return { at: i, word: t.text, opposite: swapped };
	}
	return undefined;
}
