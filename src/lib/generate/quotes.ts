/**
 * Quotations and who said them: "…," Okonkwo said; said Desai; "…," he says (resolved to the person
 * just named, of a matching gender where the name tells it).
 */
import type { Sentence } from './analyse.ts';
import type { EntityDraft, EntityIndex, Mention } from './entities.ts';
import { QUOTE_VERBS } from '../language/lexicon.ts';
import { quotedTokens } from './sentences.ts';

export interface Attribution {
	/** The quotation in clean form, without its quotation marks. */
	text: string;
	speaker: EntityDraft;
	/** The sentence (earlier) that names the speaker, when the quote says "he said". */
	namedIn?: Sentence;
	/** The words that stand for the speaker in the quote's sentence. */
	subject: { start: number; end: number; pronoun: boolean };
	/** 0–1: how sure the attribution is. */
	certainty: number;
}

/** Sentences before a quote in which a pronoun may find its person. */
const LOOK_BACK = 2;
const MIN_QUOTE_WORDS = 4;
const MAX_QUOTE_WORDS = 45;

function quotations(text: string): string[] {
	const parts = [...text.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((m) => (m[1] ?? m[2]).trim());
	return parts.filter(Boolean);
}

function cleanQuote(parts: string[]): string {
	const joined = parts
		.map((p, i) => (i < parts.length - 1 ? p.replace(/[,]$/, '') : p))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
	const ended = joined.replace(/[,;:]$/, '');
	return /[.!?…]$/.test(ended) ? ended : `${ended}.`;
}

/** The person a "he"/"she" stands for: the one just named, if the gender fits. */
function resolvePronoun(
	pronoun: string,
	sentence: Sentence,
	before: number,
	sentences: Sentence[],
	index: EntityIndex
): { person: EntityDraft; namedIn: Sentence; certainty: number } | undefined {
	const want = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
	if (!want) return undefined;
	const fits = (m: Mention) =>
		m.entity.kind === 'person' && (m.entity.gender === undefined || m.entity.gender === want);
	const inSentence = index.mentionsIn(sentence.index).filter((m) => m.end <= before);
	const candidates: [Mention[], Sentence][] = [[inSentence, sentence]];
	for (let back = 1; back <= LOOK_BACK; back++) {
		const earlier = sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		candidates.push([index.mentionsIn(earlier.index), earlier]);
	}
	for (const [mentions, where] of candidates) {
		const people = mentions.filter((m) => m.entity.kind === 'person' && !m.quoted);
		if (!people.length) continue;
		// The person just named: the subject of the last sentence that names one, its first person.
		const first = people[0];
		if (!fits(first)) return undefined;
		const others = new Set(people.map((m) => m.entity)).size;
		// With two people named, "he" could be either: a suggestion, not a default.
		const certainty = others > 1 ? 0.45 : first.entity.gender ? 0.9 : 0.8;
		// "…," she said: the text has said who she is; what it says of her now holds.
		if (others === 1 && !first.entity.gender) first.entity.gender = want;
		return { person: first.entity, namedIn: where, certainty };
	}
	return undefined;
}

/**
 * "said the festival's artistic director, Sunniva Hale": between the verb at `verb` and the name
 * at `name`, a description that starts with "the" and ends with the comma before the name.
 */
function describedBefore(
	tokens: Sentence['tokens'],
	verb: number,
	name: number,
	quoted: boolean[]
): boolean {
	if (tokens[verb + 1].normal !== 'the' || name - verb - 1 > 10) return false;
	for (let k = verb + 1; k < name - 1; k++)
		if (quoted[k] || /[,.;:!?"“”()]/.test(tokens[k].post)) return false;
	return /^,\s*$/.test(tokens[name - 1].post);
}

/** The quotation of a sentence and its speaker, when both are clear. */
export function attributeQuote(
	sentence: Sentence,
	sentences: Sentence[],
	index: EntityIndex
): Attribution | undefined {
	const parts = quotations(sentence.text);
	if (!parts.length) return undefined;
	const text = cleanQuote(parts);
	const words = text.split(/\s+/).length;
	// A fragment ("called it “a landmark”") is not a quotation to attribute.
	if (words < MIN_QUOTE_WORDS || words > MAX_QUOTE_WORDS || !/^[A-Z‘'[]/.test(text))
		return undefined;
	const tokens = sentence.tokens;
	const quoted = quotedTokens(sentence);
	const mentions = index.mentionsIn(sentence.index).filter((m) => !m.quoted);
	for (let v = 0; v < tokens.length; v++) {
		if (quoted[v] || !QUOTE_VERBS.has(tokens[v].normal)) continue;
		// "… Okonkwo said" / "… Councillor Priya Desai said"
		const beforeVerb = mentions.find((m) => m.end === v);
		// "… said Desai", "… said the festival's artistic director, Sunniva Hale"
		const afterVerb = mentions.find(
			(m) => m.start === v + 1 || (m.start > v + 2 && describedBefore(tokens, v, m.start, quoted))
		);
		const named = [beforeVerb, afterVerb].find((m) => m?.entity.kind === 'person');
		if (named)
			return {
				text,
				speaker: named.entity,
				subject: { start: named.start, end: named.end, pronoun: false },
				certainty: 0.95
			};
		const pronounAt = [v - 1, v + 1].find(
			(k) => /^(he|she)$/.test(tokens[k]?.normal ?? '') && !quoted[k]
		);
		if (pronounAt !== undefined) {
			const found = resolvePronoun(tokens[pronounAt].normal, sentence, pronounAt, sentences, index);
			if (!found) return undefined;
			return {
				text,
				speaker: found.person,
				...(found.namedIn !== sentence ? { namedIn: found.namedIn } : {}),
				subject: { start: pronounAt, end: pronounAt + 1, pronoun: true },
				certainty: found.certainty
			};
		}
	}
	return undefined;
}
