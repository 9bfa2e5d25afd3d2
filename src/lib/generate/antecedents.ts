/**
 * Antecedents: what a word that points back stands for, found in the sentences before it. The
 * person "he" or "she" stands for, the thing "it" or "their" stands for, the one organisation
 * "the council" is, and the plan "the scheme" is, as an earlier sentence describes it. Each is
 * found only when the text says it plainly; otherwise there is none.
 */
import type { EntityDraft, EntityIndex, Mention } from './entities.ts';
import { hasTag, type Sentence, type Token } from './analyse.ts';
import {
	LEADING_CONNECTIVES,
	nameHead,
	ORGANISATION_HEADS,
	sexOfWord
} from '../language/lexicon.ts';
import { textOf } from './entities/name-chunks.ts';
import { quotedTokens } from './sentences.ts';

/** Sentences back in which "he", "the council" or "the scheme" may find what it stands for. */
export const LOOK_BACK = 3;

/** Nouns of plans, which an earlier sentence may describe: "a plan to add bus lanes". */
export const PLAN_NOUNS = new Set(
	'plan plans scheme proposal proposals project programme bid'.split(' ')
);
/** "the decision" is the decision an earlier sentence reports: "voted to close the pool". */
export const DECISION_NOUNS = new Set(['decision', 'move', 'vote']);

/** What an antecedent is looked for in: the text's sentences and the things it names. */
export interface AntecedentContext {
	sentences: Sentence[];
	index: EntityIndex;
	/** The text's main subjects: in an obituary, "he" on its own is the one it is about. */
	subjects: ReadonlySet<EntityDraft>;
	central?: ReadonlySet<string>; // What the article reports: see lint/central-things.ts.
}

/** The people a sentence names, outside quotations. */
function personMentions(index: EntityIndex, sentence: number): Mention[] {
	return index.mentionsIn(sentence).filter((m) => m.entity.kind === 'person' && !m.quoted);
}

/**
 * The person "he"/"she" stands for: the one person named in the nearest sentence before that
 * names any, if their gender fits (or is unknown). Two people there, and it could be either.
 */
export function antecedentPerson(
	pronoun: string,
	sentence: Sentence,
	ctx: AntecedentContext
): { person: EntityDraft; namedIn: Sentence } | undefined {
	const want = /^(he|him|his)$/.test(pronoun) ? 'male' : 'female';
	const fits = (person: EntityDraft) => !person.gender || person.gender === want;
	// "Ms Feltham spent 31 years… She said… "I'd never…," she told reporters. She retired…":
	// sentences that go on about her, with her "she" or her words, do not use up the look back.
	let [left, unnamed] = [LOOK_BACK, false];
	for (let back = 1; left > 0 && back <= LOOK_BACK * 3; back++, left--) {
		const earlier = ctx.sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		const people = new Set(personMentions(ctx.index, earlier.index).map((m) => m.entity));
		// "The female, named Tove by her keepers, slipped out… She was found": "her" there is
		// what that sentence opens with, not anyone named before it, nor the mother it names
		// ("The female calf, born … to mother Suri … Keepers have not yet named her").
		if (sheOfItsOwn(earlier, want)) return undefined;
		if (!people.size) {
			if (goesOnAbout(earlier, want)) left++;
			else unnamed ||= unnamedOfSex(earlier, want);
			continue;
		}
		// Past the usual look back, the one person the text is about (below) comes first, and
		// an unnamed woman ("when the daughter of one resident noticed…") may be meant.
		const [person] = people;
		if (back > LOOK_BACK && (unnamed || people.size > 1 || !ctx.subjects.has(person))) {
			if ([...ctx.subjects].some((e) => e.kind === 'person')) break;
			if (unnamed) return undefined;
		}
		if (people.size > 1) return undefined;
		// "Her husband, Peter, died in 2012. She is survived by…": not Peter; the one the text is
		// about, below, if she fits.
		if (!fits(person)) break;
		person.gender ??= want;
		return { person, namedIn: earlier };
	}
	// Nobody named for a while: the one person the whole text is about, if there is one.
	const subjects = [...ctx.subjects].filter((e) => e.kind === 'person');
	if (subjects.length !== 1 || !fits(subjects[0])) return undefined;
	const [person] = subjects;
	const named = person.mentions
		.filter((m) => m.sentence < sentence.index && !m.quoted)
		.map((m) => ctx.sentences[m.sentence])
		.at(-1);
	return named ? { person, namedIn: named } : undefined;
}

/** Opens with a quotation, or with the pronoun of the one person meant: goes on about them. */
function goesOnAbout({ tokens: [first] }: Sentence, want: 'male' | 'female'): boolean {
	return !!first && (/["“‘]/.test(first.pre) || first.normal === (want === 'male' ? 'he' : 'she'));
}

/** Speaks of a woman (a man) it does not name: "the daughter of one resident". */
function unnamedOfSex(sentence: Sentence, want: 'male' | 'female'): boolean {
	const quoted = quotedTokens(sentence);
	return sentence.tokens.some((t, i) => !quoted[i] && sexOfWord(t.normal) === want);
}

/**
 * A sentence whose subject is someone or something unnamed that its "she" ("he") is said of:
 * "The female, named Tove by her keepers, slipped out…", "A woman in her eighties was…".
 */
function sheOfItsOwn(sentence: Sentence, want: 'male' | 'female'): boolean {
	const pronoun = want === 'female' ? /^(she|her|hers)$/ : /^(he|him|his)$/;
	const [article, ...next] = sentence.tokens.slice(0, 4).map((t) => t.normal);
	const quoted = quotedTokens(sentence);
	return (
		/^(the|a|an)$/.test(article) &&
		next.some((w) => GENDERED_SUBJECT.test(w)) &&
		sentence.tokens.some((t, i) => !quoted[i] && pronoun.test(t.normal))
	);
}

/** Nouns for someone or some animal of one sex, that a "she" or "he" may be said of. */
const GENDERED_SUBJECT =
	/^(female|male|woman|man|girl|boy|mother|father|daughter|son|wife|husband|widow|sister|brother|cub|mare|stallion|ewe|cow|bull|lioness|vixen)$/;

/** "It", "Their" at the start: the named thing the sentence before starts with, if one. */
export function antecedentThing(
	pronoun: string,
	sentence: Sentence,
	ctx: AntecedentContext
): { entity: EntityDraft; namedIn: Sentence } | undefined {
	const earlier = ctx.sentences[sentence.index - 1];
	if (!earlier || earlier.heading) return undefined;
	const named = ctx.index.mentionsIn(earlier.index).filter((m) => !m.quoted);
	const first = named[0];
	if (!first || first.start > 1 || first.modifier) return undefined;
	const plural = /^(they|their|them)$/.test(pronoun);
	const kinds = plural ? ['organisation', 'group'] : ['organisation', 'term'];
	if (!kinds.includes(first.entity.kind)) return undefined;
	// Another thing of those kinds named there could be meant as well.
	if (named.some((m) => m.entity !== first.entity && kinds.includes(m.entity.kind)))
		return undefined;
	// "Halden Devices… has unveiled the Folio 3. It goes on sale…": for "it", any other name
	// after the first (a product the tagger knows no kind for) could be meant.
	const later = earlier.tokens.slice(first.end);
	if (!plural && later.some((t) => /^[A-Z]/.test(t.text) && !hasTag(t, 'Date', 'Value')))
		return undefined;
	return { entity: first.entity, namedIn: earlier };
}

/** What a report does, and the things that do it. */
const DOCUMENT_VERBS = new Set(
	`listed lists found finds warned warns said says recommended recommends showed shows named names
	concluded concludes estimated estimates noted notes called calls identified identifies`.split(/\s+/)
);
const DOCUMENTS = new Set(
	`report reports study survey review audit inquiry investigation letter assessment analysis paper`.split(
		' '
	)
);

/** Singular nouns for people, which "it" does not stand for. */
const PEOPLE = new Set(
	'man woman boy girl child person mother father son daughter wife husband driver officer spokesman spokeswoman spokesperson chair minister'.split(
		' '
	)
);

/**
 * "They" at the start, after a sentence whose subject is a group of people or things it describes
 * but does not name: "The drivers work for Dunmore City Buses… They voted to strike" — the drivers;
 * with `plural` false, "It"/"Its" after one thing: "The storm came ashore… Its highest gust…".
 * Only the sentence just before, in the same paragraph, starting "The" + any adjectives + a plural
 * noun + its verb; nothing named may start it (`antecedentThing` takes those).
 */
export function antecedentGroup(
	sentence: Sentence,
	ctx: AntecedentContext,
	plural = true
): { words: string; namedIn: Sentence } | undefined {
	const earlier = ctx.sentences[sentence.index - 1];
	if (!earlier || earlier.heading) return undefined;
	// "The closure comes two years after a report by the auditors… It listed 27 bridges": what
	// lists, finds and warns is the report, not the sentence's subject. Left to the reader.
	const action = sentence.tokens.find((t, i) => i > 0 && !hasTag(t, 'Adverb'))?.normal ?? '';
	if (!plural && DOCUMENT_VERBS.has(action) && earlier.tokens.some((t) => DOCUMENTS.has(t.normal)))
		return undefined;
	const tokens = earlier.tokens;
	let k = 0;
	while (LEADING_CONNECTIVES.has(tokens[k]?.normal ?? '') && k < 2) k++;
	if (/["“]/.test(tokens[k]?.pre ?? '')) return undefined;
	const start = k;
	const bare = (t: Token | undefined) =>
		t !== undefined && /^[a-z]/.test(t.text) && /^\s*$/.test(t.post);
	// A bill or a thing the sentence before introduces by name or description is still the
	// subject across a paragraph break (news writes one sentence to a paragraph).
	if (!plural) {
		const named = namedDocument(tokens, k) ?? describedThing(tokens, k);
		if (named) return { words: named, namedIn: earlier };
	}
	if (earlier.paragraph !== sentence.paragraph) return undefined;
	let noun: Token | undefined;
	if (tokens[k]?.normal === 'the') {
		k++;
		while (bare(tokens[k]) && hasTag(tokens[k], 'Adjective') && !hasTag(tokens[k], 'Noun')) k++;
		noun = tokens[k];
		if (!noun || !/^[a-z]/.test(noun.text)) return undefined;
	} else {
		// "Divers found young oysters… They counted…": a plural noun with no article.
		noun = tokens[k];
		if (!plural || !noun || !hasTag(noun, 'Plural') || !/^[A-Z][a-z]+$/.test(noun.text))
			return undefined;
	}
	if (hasTag(noun, 'ProperNoun', 'Pronoun', 'Person', 'Place', 'Organization') && k > start)
		return undefined;
	if (k === start && hasTag(noun, 'Person', 'Place', 'Organization', 'Pronoun')) return undefined;
	// "It" is a thing, never a person: "The man was…" is a "he".
	const fits = plural
		? hasTag(noun, 'Plural')
		: hasTag(noun, 'Noun') && !hasTag(noun, 'Plural') && !PEOPLE.has(noun.normal);
	if (!fits) return undefined;
	// The verb right after the noun, or after an apposition: "The satellite, called Tern-1, weighs".
	let verb = k + 1;
	if (/^,\s*$/.test(noun.post)) {
		while (verb < tokens.length && !/^,\s*$/.test(tokens[verb].post) && verb - k <= 8) verb++;
		verb++;
	} else if (!/^\s*$/.test(noun.post)) return undefined;
	if (!hasTag(tokens[verb], 'Verb') || hasTag(tokens[verb], 'Gerund')) return undefined;
	const words = textOf(tokens, start, k + 1);
	return {
		words: words.replace(/^(The|[A-Z][a-z]+s)\b/, (w) => w.toLowerCase()),
		namedIn: earlier
	};
}

/** The head word of an organisation's name ("council" of "Hartley County Council"), if any. */
function organisationHead(entity: EntityDraft): string | undefined {
	const head = nameHead(entity.name.toLowerCase().split(/\s+/));
	return ORGANISATION_HEADS[head] ? head : undefined;
}

/** Bodies an article may speak of without naming them, beside the one it names. */
const GENERIC_BODIES =
	/^(company|firm|council|party|group|club|team|union|government|court|board|department|ministry|service|authority|bank)$/;

/** "the council" → the one organisation the text named before with that head word. */
export function antecedentOrganisation(
	head: string,
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	const named = ctx.index.entities.filter(
		(e) =>
			(e.kind === 'organisation' || e.kind === 'group') &&
			e.mentions.some((m) => m.sentence < sentence.index) &&
			(organisationHead(e) === head ||
				(head === 'party' && e.category === 'party') ||
				((head === 'company' || head === 'firm') && e.category === 'business'))
	);
	// "said the company was open to a talk": with another firm of no told kind named before
	// (Summitline Towers beside the Community Broadcasting Fund), either may be meant.
	const firms =
		head === 'company' || head === 'firm'
			? ctx.index.entities.filter(
					(e) =>
						e.kind === 'organisation' &&
						(e.category === undefined || e.category === 'business') &&
						e.mentions.some((m) => m.sentence < sentence.index)
				)
			: named;
	if (named.length === 1 && firms.length <= 1) return named[0];
	// "By Sunday, the observatory estimated…" before "The Skelloch Bird Observatory, a charity…":
	// a kind of body an article has one of is that one, named later or not.
	const later = ctx.index.entities.filter(
		(e) => (e.kind === 'organisation' || e.kind === 'group') && organisationHead(e) === head
	);
	// In the opening, only one the opening itself names: "The library opened in 1998 in Ashcombe"
	// says what the text is about, whatever it is called later.
	const lead = ctx.sentences.find((s) => !s.heading) === sentence;
	const own = (e: EntityDraft) => !lead || e.mentions.some((m) => m.sentence === sentence.index);
	if (!named.length && later.length === 1 && own(later[0]) && !GENERIC_BODIES.test(head))
		return later[0];
	if (head !== 'party' || !named.length) return undefined;
	// "the party": the one named last.
	const last = (e: EntityDraft) =>
		Math.max(...e.mentions.filter((m) => m.sentence < sentence.index).map((m) => m.sentence));
	return [...named].sort((a, b) => last(b) - last(a))[0];
}

/** Heads of the names of documents that "it" stands for once named: a bill, an act, a report. */
const DOCUMENT_HEADS = new Set(
	'bill act report review strategy treaty agreement charter white paper'.split(' ')
);

/**
 * Whether the sentence goes on with its verb at `at`, after up to two appositions when it comes
 * to a comma there ("The X Bill, a private member's bill brought by Y, the MP for Z, would…").
 */
function verbAt(tokens: Token[], at: number): boolean {
	let k = at;
	const isVerb = (t: Token | undefined) =>
		t !== undefined && hasTag(t, 'Verb') && !hasTag(t, 'Gerund');
	if (!/^,\s*$/.test(tokens[k - 1]?.post ?? '')) return isVerb(tokens[k]);
	for (let apposition = 0; apposition < 2; apposition++) {
		const end = k + 12;
		while (k < tokens.length && k < end && !/^,\s*$/.test(tokens[k].post)) k++;
		if (k >= end || k >= tokens.length) return false;
		k++;
		if (isVerb(tokens[k])) return true;
	}
	return false;
}

/**
 * "The Pavement Parking (Prohibition) Bill, a private member's bill…, would let… It now goes to
 * the House of Lords": a sentence that starts with the name of a bill, an act or a report, and
 * goes on with its verb. The name as written.
 */
function namedDocument(tokens: Token[], k: number): string | undefined {
	if (tokens[k]?.normal !== 'the') return undefined;
	let end = k + 1;
	while (end < tokens.length && end - k <= 8 && /^\(?[A-Z][\w-]*\)?$/.test(tokens[end].text)) {
		const head = tokens[end].normal.replace(/[()]/g, '');
		if (DOCUMENT_HEADS.has(head) && /^[A-Z]/.test(tokens[end].text) && end > k + 1) {
			if (!/^(,\s*|\s+)$/.test(tokens[end].post) || !verbAt(tokens, end + 1)) return undefined;
			return textOf(tokens, k, end + 1).replace(/^The\b/, 'the');
		}
		if (!/^\)?\s*\(?\s*$/.test(tokens[end].post)) return undefined;
		end++;
	}
	return undefined;
}

/** Words that say where a thing is: "near Marlcote". */
const PLACE_WORDS = /^(near|in|at|outside|off)$/;

/** Words of a figure: "£38", "million", "72-seat". */
const isFigure = (t: Token) =>
	/^[£$€]?\d/.test(t.text) || /^(million|billion|bn|m)$/.test(t.normal);

/**
 * "A £38 million solar farm near Marlcote, which was completed in September…, will not send…
 * Its owner…": one thing the sentence introduces as its subject, with "a", figures and adjectives
 * before its noun, and perhaps where it is. "the solar farm", without the figures.
 */
function describedThing(tokens: Token[], k: number): string | undefined {
	if (!/^(a|an)$/.test(tokens[k]?.normal ?? '')) return undefined;
	let n = k + 1;
	while (n < tokens.length && isFigure(tokens[n]) && /^\s+$/.test(tokens[n].post)) n++;
	const first = n;
	while (
		n < tokens.length - 1 &&
		/^[a-z][a-z-]*$/.test(tokens[n].text) &&
		/^\s+$/.test(tokens[n].post) &&
		/^[a-z]/.test(tokens[n + 1].text) &&
		hasTag(tokens[n + 1], 'Noun', 'Adjective') &&
		!PLACE_WORDS.test(tokens[n + 1].normal) &&
		!hasTag(tokens[n + 1], 'Verb', 'Preposition', 'Determiner', 'Conjunction')
	)
		n++;
	const noun = tokens[n];
	if (
		!noun ||
		n - first > 3 ||
		!/^[a-z]+$/.test(noun.text) ||
		!hasTag(noun, 'Noun') ||
		hasTag(noun, 'Plural', 'Verb', 'Pronoun') ||
		PEOPLE.has(noun.normal)
	)
		return undefined;
	// Where it is: "near Marlcote", "in Harlow", "off the Pennock coast" (names only).
	let after = n + 1;
	if (/^\s+$/.test(noun.post) && PLACE_WORDS.test(tokens[after]?.normal ?? '')) {
		after++;
		if (!/^[A-Z]/.test(tokens[after]?.text ?? '')) return undefined;
		while (
			after < tokens.length - 1 &&
			/^\s+$/.test(tokens[after].post) &&
			/^[A-Z]/.test(tokens[after + 1].text)
		)
			after++;
		after++;
	}
	// A clause about it ("which was completed in September and could power…,") before its verb.
	const clauseStart = tokens[after - 1];
	if (
		/^,\s*$/.test(clauseStart?.post ?? '') &&
		/^(which|that)$/.test(tokens[after]?.normal ?? '')
	) {
		const end = after + 25;
		while (after < tokens.length && after < end && !/^,\s*$/.test(tokens[after].post)) after++;
		if (after >= end || after >= tokens.length) return undefined;
		after++;
		const verb = tokens[after];
		if (!verb || !hasTag(verb, 'Verb') || hasTag(verb, 'Gerund')) return undefined;
	} else if (!verbAt(tokens, after)) return undefined;
	return `the ${textOf(tokens, first, n + 1)}`;
}
