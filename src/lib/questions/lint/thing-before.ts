/**
 * What a thing-pronoun ("it", "its", "they") can stand for among the words before it in a
 * statement: a noun after an article, a name that is not a person's, a common noun that opens
 * the sentence.
 */
import type { DeckIndex } from '../deck-index.ts';
import { DETERMINERS, PLURAL_NOUNS, type Word } from './pointing-words.ts';

/**
 * Whether something a thing-pronoun can stand for comes before it: a noun after an article, or a
 * name that is not a person's.
 */
export function thingBefore(
	before: Word[],
	index?: DeckIndex,
	singular = false,
	possessive = false
): boolean {
	const things = index ? thingWords(index, singular) : new Set<string>();
	return before.some((b, k) => {
		if (DETERMINERS.has(b.lower) && k < before.length - 1) {
			const next = before[k + 1];
			// "By the time she left it had 142 children": a time, never what "it" is.
			if (/^(time|moment)$/.test(next.lower)) return false;
			// "The Liberal Democrats promised to keep it open": a party is not an "it".
			const span = before.slice(k + 1, k + 5).map((x) => x.text);
			for (let n = span.length; n > 0; n--) {
				const named = index?.entityNamed(span.slice(0, n).join(' '));
				if (named)
					return singular
						? named.kind !== 'person' && named.kind !== 'group'
						: named.kind !== 'person' && named.kind !== 'organisation';
			}
			return !singular || !/^\p{Ll}+[^s'’]s$/u.test(next.text);
		}
		// "Brantwell's, which employs…, said it had no plans": a shop's name in "'s" too.
		if (things.has(b.lower) || things.has(b.lower.replace(/['’]s?$/, ''))) return true;
		// "said Katrin Olund's country was prepared to cut its own catch": a thing someone has.
		if (
			possessive &&
			/\p{L}['’]s$/u.test(b.text) &&
			/^\p{Ll}{3,}$/u.test(before[k + 1]?.text ?? '') &&
			!PLURAL_NOUNS.has(before[k + 1].lower)
		)
			return true;
		// "Inflation fell to 2.9%, its lowest rate": a singular noun that opens the sentence is what
		// "its" says (not "it": "Engineers do not believe it is in danger" leans on the sentence before).
		if (
			possessive &&
			k === 0 &&
			/^\p{Lu}\p{Ll}{2,}[^s\P{Ll}]$/u.test(b.text) &&
			SUBJECT_NEXT.test(before[1]?.lower ?? '') &&
			!NOT_SUBJECTS.has(b.lower) &&
			!DETERMINERS.has(b.lower)
		)
			return true;
		if (/^\p{Lu}/u.test(b.text) && k > 0) return false;
		// A plural noun ("patients said they…"), which an "it" cannot stand for; "people", and a
		// count ("more than 3,000 have been forced from their homes").
		if (!singular && (PLURAL_NOUNS.has(b.lower) || /^\d/.test(b.text))) return true;
		return !singular && /^\p{L}\p{Ll}{2,}s$/u.test(b.text) && !/(ss|us|is)$/.test(b.text);
	});
}

/** What follows a subject: its verb ("Inflation fell", "Sales rose") or "which"/"who". */
const SUBJECT_NEXT =
	/^(\p{Ll}+ed|fell|rose|grew|hit|cut|is|was|has|had|will|would|could|may|might|must|which|who|remains|remained|stood|stands|reached|reaches)$/u;

/** Words that open a sentence without being its subject: "After its…", "Yesterday its…". */
const NOT_SUBJECTS = new Set(
	'according after before since until during despite under over with without from into about although though because while when where whether unless once yesterday today tonight tomorrow meanwhile however instead also still only even last next earlier later there here both each every many most some such'.split(
		' '
	)
);

const thingWordCache = new WeakMap<DeckIndex, Map<boolean, Set<string>>>();

/**
 * The words of the deck's names an "it" can stand for (not people's, not a group's: "the Liberal
 * Democrats" are a "they"), or a "they" (a group's, places'; not one firm's).
 */
function thingWords(index: DeckIndex, singular: boolean): Set<string> {
	const cached = thingWordCache.get(index) ?? new Map<boolean, Set<string>>();
	thingWordCache.set(index, cached);
	let words = cached.get(singular);
	if (!words) {
		words = new Set(
			index.deck.entities
				// "KRA said they would be refunded": a firm is an "it"; "they" are people or things
				// named as many (a group, two countries, "the two companies").
				.filter((e) =>
					singular
						? e.kind !== 'person' && e.kind !== 'group'
						: ['group', 'place', 'country'].includes(e.kind)
				)
				.flatMap((e) =>
					[e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))
				)
				.filter((w) => w.length > 1)
		);
		cached.set(singular, words);
	}
	return words;
}
