/**
 * Thing antecedents: what "it", "its" or "they" at the start of a sentence stands for, the named
 * organisation, the group or the one thing the sentence before starts with, found only when the
 * text says it plainly; and whether "the cable" is the one the sentence before brings in.
 */
import { hasTag, type Sentence, type Token } from './analyse.ts';
import { bodyNoun, LEADING_CONNECTIVES, SPEECH_VERBS } from '../language/lexicon.ts';
import type { EntityDraft, Mention } from './entities.ts';
import { textOf } from './entities/name-surface.ts';
import { antecedentOrganisation, type AntecedentContext } from './antecedents.ts';

/** Verbs of saying: only a body, never an event or a thing, says. */
const says = (verb: string) => SPEECH_VERBS.has(verb) || /^(stated|states|hopes|hoped)$/.test(verb);

/** "It", "Their" at the start: the named thing the sentence before starts with, if one. */
export function antecedentThing(
	pronoun: string,
	sentence: Sentence,
	ctx: AntecedentContext
): { entity: EntityDraft; namedIn: Sentence } | undefined {
	const earlier = ctx.sentences[sentence.index - 1];
	if (!earlier || earlier.heading) return undefined;
	const named = ctx.index.mentionsIn(earlier.index).filter((m) => !m.quoted);
	const owner = ownerNamedLater(pronoun, sentence, earlier, named);
	if (owner) return { entity: owner, namedIn: earlier };
	const first = named[0];
	if (!first || first.start > 1 || first.modifier) return undefined;
	const plural = /^(they|their|them)$/.test(pronoun);
	const kinds = plural ? ['organisation', 'group'] : ['organisation', 'term'];
	if (!kinds.includes(first.entity.kind)) return undefined;
	// "The trust is building a surgical centre… It will be used only for planned operations":
	// what is used, built or opened is a thing, not the body the sentence before opens with.
	if (first.entity.kind === 'organisation' && usedAsAThing(sentence)) return undefined;
	// Another thing of those kinds named there could be meant as well.
	if (named.some((m) => m.entity !== first.entity && kinds.includes(m.entity.kind)))
		return undefined;
	// "Halden Devices… has unveiled the Folio 3. It goes on sale…": for "it", any other name
	// after the first (a product the tagger knows no kind for) could be meant.
	const later = earlier.tokens.slice(first.end);
	if (!plural && later.some((t) => /^[A-Z]/.test(t.text) && !hasTag(t, 'Date', 'Value')))
		return undefined;
	if (unknownNameAfter(earlier, first.end, named)) return undefined;
	return { entity: first.entity, namedIn: earlier };
}

/**
 * "… taken over by another local charity, Harbour Lane Youth Project": a name of two words or
 * more after `from` that no mention covers, which could be the body meant.
 */
function unknownNameAfter(earlier: Sentence, from: number, named: Mention[]): boolean {
	const covered = (k: number) => named.some((m) => m.start <= k && k < m.end);
	const capital = (k: number) => /^[A-Z]/.test(earlier.tokens[k]?.text ?? '') && !covered(k);
	for (let k = from; k < earlier.tokens.length - 1; k++)
		if (capital(k) && capital(k + 1)) return true;
	return false;
}

/** "It will be used", "It was built": said of a building or a thing, never of a body. */
function usedAsAThing({ tokens }: Sentence): boolean {
	const words = tokens
		.slice(1, 5)
		.map((t) => t.normal)
		.join(' ');
	// "It means households will not be allowed…": what a rule or a ban means, never a body.
	return /^(will be|would be|is|was|has been|had been|is being|was being)( \w+ly)? (used|built|opened|sited|located|designed|fitted|equipped|staffed|completed|finished|demolished|converted)\b|^(means|meant|would mean|will mean|could mean)\b/.test(
		words
	);
}

/** What a club, a company or a school has that nothing else in a sentence does. */
const MEMBERSHIP =
	/^(members|membership|staff|players|squad|trustees|volunteers|pupils|employees|workers|shareholders|fans|supporters)$/;
/** The people who run a body, or a thing such as a solar farm: "Its owner", "Its chief executive". */
const HEADS =
	/^(coach|captain|chairman|chairwoman|chair|president|secretary|treasurer|directors?|board|founder|headteacher|chief|executive|manager|head|spokesman|spokeswoman|spokesperson|owners?|editor)$/;

/**
 * "The closure will hit Harrowfield Otters Swimming Club hardest. Its 140 members…": the members
 * are the club's, the one organisation the sentence before names, not the closure it opens with.
 */
function ownerNamedLater(
	pronoun: string,
	sentence: Sentence,
	earlier: Sentence,
	named: Mention[]
): EntityDraft | undefined {
	if (pronoun !== 'its' || opensWithBody(earlier)) return undefined;
	if (!MEMBERSHIP.test(nounAfterPronoun(sentence))) return undefined;
	const bodies = bodiesAfterSubject(named);
	return bodies.size === 1 ? [...bodies][0] : undefined;
}

/** The noun "Its" is said of: "Its 140 members" → "members". */
function nounAfterPronoun({ tokens }: Sentence): string {
	return tokens.find((t, i) => i > 0 && !hasTag(t, 'Value', 'Adjective'))?.normal ?? '';
}

/** The organisations a sentence names after its subject ("…will hit Harrowfield Otters…"). */
function bodiesAfterSubject(named: Mention[]): Set<EntityDraft> {
	return new Set(
		named.filter((m) => m.start > 1 && m.entity.kind === 'organisation').map((m) => m.entity)
	);
}

/** "The festival, a registered charity, …": the sentence opens with a body that has members. */
function opensWithBody({ tokens }: Sentence): boolean {
	let k = tokens[0]?.normal === 'the' ? 1 : 0;
	while (hasTag(tokens[k], 'Adjective') && !hasTag(tokens[k], 'Noun')) k++;
	return bodyNoun(tokens[k]?.normal ?? '');
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

/** Subjects that say what something is or does rather than name a thing "it" goes on about. */
const ABSTRACT = new Set(
	'money job task aim goal idea problem issue question reason result answer work cost majority minority figure number total rest'.split(
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
): { words: string; namedIn: Sentence; entity?: EntityDraft } | undefined {
	const earlier = ctx.sentences[sentence.index - 1];
	if (!earlier || earlier.heading) return undefined;
	// "The closure comes two years after a report by the auditors… It listed 27 bridges": what
	// lists, finds and warns is the report, not the sentence's subject. Left to the reader.
	const action = sentence.tokens.find((t, i) => i > 0 && !hasTag(t, 'Adverb'))?.normal ?? '';
	if (!plural && DOCUMENT_VERBS.has(action) && earlier.tokens.some((t) => DOCUMENTS.has(t.normal)))
		return undefined;
	// "The trust is building a surgical centre… It will be used…": the centre, not the trust.
	if (!plural && usedAsAThing(sentence)) return undefined;
	// "Its 140 members": a club's or a firm's, never "the closure's" (see ownerNamedLater).
	// "The academy is run by the Northfold Learning Trust… Its chief executive": the academy's
	// or the trust's; with a body named after the subject, either may be meant.
	const mentions = ctx.index.mentionsIn(earlier.index);
	const bodyLater = bodiesAfterSubject(mentions).size > 0 || unknownNameAfter(earlier, 2, mentions);
	const word = nounAfterPronoun(sentence);
	if (!plural && MEMBERSHIP.test(word) && (bodyLater || !opensWithBody(earlier))) return undefined;
	if (!plural && HEADS.test(word) && bodyLater) return undefined;
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
	// "The dispute began in November… It said the extra 30 minutes…": what says is a body, never
	// "the dispute".
	if (!plural && says(action) && !bodyNoun(noun.normal)) return undefined;
	// "The money will go to St Brigid's Hospice… It costs £9 million a year to run", "The main
	// job is replacing the iron bridge… It was built in 1884": "it" is the thing named after an
	// abstract subject, or a body named there, as well as could be the subject.
	if (!plural && (ABSTRACT.has(noun.normal) || bodyLater)) return undefined;
	// The verb right after the noun, or after an apposition: "The satellite, called Tern-1, weighs".
	let verb = k + 1;
	if (/^,\s*$/.test(noun.post)) {
		while (verb < tokens.length && !/^,\s*$/.test(tokens[verb].post) && verb - k <= 8) verb++;
		verb++;
	} else if (!/^\s*$/.test(noun.post)) return undefined;
	if (!hasTag(tokens[verb], 'Verb') || hasTag(tokens[verb], 'Gerund')) return undefined;
	const words = textOf(tokens, start, k + 1);
	// "The chain, which employs…, said… It will delay…": the chain the article named.
	const body = k === start + 1 && bodyNoun(noun.normal);
	const entity = body ? antecedentOrganisation(noun.normal, earlier, ctx) : undefined;
	return {
		words: words.replace(/^(The|[A-Z][a-z]+s)\b/, (w) => w.toLowerCase()),
		namedIn: earlier,
		...(entity ? { entity } : {})
	};
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

/**
 * Whether the sentence before brings in a thing of this noun ("a private cable", "his van") that
 * the article's headline and first sentence do not name: then "the cable" is that one, and which
 * one it is lives in the sentence before. "The device…" after "a device" in the lead is the
 * article's own subject and stands alone.
 */
export function introducedJustBefore(
	noun: string,
	sentence: Sentence,
	ctx: AntecedentContext
): boolean {
	const earlier = ctx.sentences[sentence.index - 1];
	if (!earlier || earlier.heading || !/^[a-z]{3,}$/.test(noun)) return false;
	const tokens = earlier.tokens;
	const brought = tokens.some(
		(t, k) =>
			/^(a|an|his|her|its|their)$/.test(t.normal) &&
			tokens.slice(k + 1, k + 4).some((x) => x.normal === noun && hasTag(x, 'Noun'))
	);
	if (!brought) return false;
	// The headline and the first sentence name what the article is about.
	const body = ctx.sentences.find((s) => !s.heading);
	const opening = [...ctx.sentences.filter((s) => s.heading).slice(0, 1), ...(body ? [body] : [])];
	const stem = noun.replace(/s$/, '');
	return !opening.some((s) => s.tokens.some((t) => t.normal.replace(/s$/, '') === stem));
}
