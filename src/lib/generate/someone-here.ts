/**
 * Whether "he", "she" or "her" inside a sentence is someone the sentence itself names or brings
 * in, so that no name from the sentences before is written in for it.
 */
import { hasTag, type Token } from './analyse.ts';
import {
	ANIMAL_NOUNS,
	FEMALE_NOUNS,
	FRONTED_CLAUSE,
	PEOPLE_BY_WHAT_THEY_DO,
	sexOfWord,
	PERSON_NOUNS,
	ROLE_NOUNS,
	SPEECH_VERBS
} from '../language/lexicon.ts';
import type { Mention } from './entities.ts';
import type { ReferenceContext } from './references.ts';

/**
 * Whether "he", "her" or "him" at `at` is someone this sentence names or brings in: "Reddy said he
 * was nervous", "the yacht Solan Grey lost her mast", "Ellery closed her school" (a shared surname).
 */
export function meansSomeoneHere(
	tokens: Token[],
	at: number,
	word: string,
	mentions: Mention[],
	ctx: ReferenceContext
): boolean {
	const named = mentions.some((m) => m.entity.kind === 'person' && m.end <= at);
	if (named || namedAfterItsClause(tokens, at, mentions, ctx)) return true;
	// "the yacht Solan Grey lost her mast", "the Good Intent was carrying wine … when she was
	// driven onto the rocks", "A grey seal pup … with net wrapped around her neck": a vessel or an
	// animal the sentence opens with, before anyone is named.
	if (/^(she|her)$/.test(word) && (vesselBefore(mentions, at) || animalSubject(tokens, at, ctx)))
		return true;
	// "Castell, who had not dropped a set, said she…", "Castell said she…": a name the sentence
	// opens with and says is someone (", who", a verb of saying) is the one meant, whether or not
	// the index knew the name ("Prosecutors said he…" opens with many, not one).
	const first = tokens[ctx.skip];
	const next = tokens[ctx.skip + 1];
	const someone =
		first !== undefined &&
		/^\p{Lu}\p{Ll}+$/u.test(first.text) &&
		!hasTag(first, 'Plural', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb') &&
		!mentions.some((m) => m.start <= ctx.skip && ctx.skip < m.end && m.entity.kind !== 'person') &&
		((/^,/.test(first.post) && next?.normal === 'who') || SPEECH_VERBS.has(next?.normal ?? ''));
	if (someone && ctx.skip < at) return true;
	const surnames = new Set(
		ctx.index.entities
			.filter((e) => e.kind === 'person' && /\s/.test(e.name))
			.map((e) => e.name.split(/\s+/).at(-1))
	);
	// "Rendlesham's corner, led by his trainer": a surname in "'s" names him too.
	if (tokens.slice(0, at).some((b) => surnames.has(b.text.replace(/['’]s?$/, '')))) return true;
	// Someone it brings in and makes do something: "a bricklaying subcontractor complained … that
	// he" ("Born in 1940, the son of a miner, he was…" only describes him).
	const female = /^(she|her|hers)$/.test(word);
	// "A vet, who examined her": the one who does it is not whom it is done to.
	const object = objectOfVerb(tokens, at);
	const introduced = tokens
		.slice(0, at)
		.some(
			(b, j) =>
				((PERSON_NOUNS.has(b.normal) && FEMALE_NOUNS.has(b.normal) === female) ||
					(someoneNew(tokens, j) && sexOfWord(b.normal) !== (female ? 'male' : 'female'))) &&
				tokens.slice(j + 1, at).some((t) => hasTag(t, 'Verb')) &&
				!(object && !tokens.slice(ctx.skip, j).some((t) => hasTag(t, 'Verb')))
		);
	if (introduced) return true;
	// "the new winner admitted she…": the speaker the sentence describes.
	const verb = tokens[at - 1]?.normal === 'that' ? at - 2 : at - 1;
	const speaker = tokens.slice(Math.max(ctx.skip, verb - 3), verb);
	return (
		SPEECH_VERBS.has(tokens[verb]?.normal ?? '') &&
		speaker.some((b) => b.normal === 'the') &&
		speaker.length > 0 &&
		hasTag(speaker[speaker.length - 1], 'Noun') &&
		!hasTag(speaker[speaker.length - 1], 'ProperNoun')
	);
}

/** "who examined her on Sunday": "her", "him" or "them" as a verb's object, not whose. */
function objectOfVerb(tokens: Token[], at: number): boolean {
	return (
		/^(her|him|them)$/.test(tokens[at]?.normal ?? '') &&
		hasTag(tokens[at - 1], 'Verb') &&
		!hasTag(tokens[at + 1], 'Noun', 'Adjective')
	);
}

/**
 * "Because he has passed the charity's age limit, Mr Pengarrow stepped back": the person the
 * sentence names right after the clause it opens with, which "he" inside that clause looks ahead to.
 */
function namedAfterItsClause(
	tokens: Token[],
	at: number,
	mentions: Mention[],
	ctx: ReferenceContext
): boolean {
	if (!FRONTED_CLAUSE.test(tokens[ctx.skip]?.normal ?? '') || at <= ctx.skip) return false;
	const comma = tokens.findIndex((t, j) => j >= at && /,/.test(t.post));
	return (
		comma >= 0 &&
		mentions.some(
			(m) => m.entity.kind === 'person' && m.start > comma && m.start <= comma + 2 && !m.quoted
		)
	);
}

function vesselBefore(mentions: Mention[], at: number): boolean {
	return mentions.some((m) => m.entity.category === 'vessel' && m.end <= at);
}

/** An animal in the first words of the sentence, with no person word before `at`. */
function animalSubject(tokens: Token[], at: number, ctx: ReferenceContext): boolean {
	const opening = tokens.slice(ctx.skip, Math.min(at, ctx.skip + 5));
	if (!/^(a|an|the)$/.test(opening[0]?.normal ?? '')) return false;
	if (!opening.some((b) => ANIMAL_NOUNS.has(b.normal))) return false;
	return !tokens
		.slice(ctx.skip, at)
		.some((b) => PERSON_NOUNS.has(b.normal) || ROLE_NOUNS.has(b.normal));
}

/** Someone a sentence brings in by what they do: "a bricklaying subcontractor", "a driver". */
function someoneNew(tokens: Token[], at: number): boolean {
	const noun = tokens[at].normal;
	if (!ROLE_NOUNS.has(noun) && !PEOPLE_BY_WHAT_THEY_DO.has(noun)) return false;
	if (!hasTag(tokens[at], 'Noun') || hasTag(tokens[at + 1], 'Noun')) return false;
	return tokens.slice(Math.max(0, at - 3), at).some((t) => /^(a|an)$/.test(t.normal));
}
