/**
 * Antecedents: what a word that points back stands for, found in the sentences before it. The
 * person "he" or "she" stands for and the one organisation "the council" is (the thing "it"
 * stands for is in thing-antecedents.ts, the plan "the scheme" in plan-antecedents.ts). Each is
 * found only when the text says it plainly; otherwise there is none.
 */
import type { EntityDraft, EntityIndex, Mention } from './entities.ts';
import type { Sentence } from './analyse.ts';
import {
	GENDERED_SUBJECT,
	ROLE_NOUNS,
	sexOfWord,
	YOUNG_ANIMAL_NOUNS
} from '../language/lexicon.ts';
import { quotedTokens } from './sentences.ts';
import { sharedSurnames, subjectCalled } from './shared-surnames.ts';
import { bodyNamedSince, countedBefore } from './body-nouns.ts';
import {
	FIRM_HEADS,
	GENERIC_BODIES,
	givenTheKind,
	headed,
	isFirm,
	isFund,
	isTeam,
	kindGivenToAnother,
	KIND_WORDS,
	organisationHead,
	kindNamedFirst,
	unnamedBefore
} from './body-kinds.ts';

/** Sentences back in which "he", "the council" or "the scheme" may find what it stands for. */
export const LOOK_BACK = 3;

/** Nouns of plans, which an earlier sentence may describe: "a plan to add bus lanes". */
export const PLAN_NOUNS = new Set(
	'plan plans scheme proposal proposals project programme bid request amendment'.split(' ')
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
	// "The favourite, Northern Assembly, … after winning his previous three starts": its own.
	if (namedThingOfItsOwn(sentence, want, ctx.index)) return undefined;
	// "The calf will not be named until she is three months old": its own subject's. ("The
	// 27-year-old said she…" is whoever the sentences before name, found below.)
	if (unnamedSubject(sentence, want, ctx.index, false)) return undefined;
	let [left, unnamed] = [LOOK_BACK, false];
	for (let back = 1; left > 0 && back <= LOOK_BACK * 3; back++, left--) {
		const earlier = ctx.sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		const people = new Set<EntityDraft | string>(
			personMentions(ctx.index, earlier.index).map((m) => m.entity)
		);
		// "…because Tulloch "would never have forgiven us"": a surname two people share is someone.
		// …unless the text is about one of them: in an obituary, "Vantic" is the man it remembers.
		for (const surname of sharedSurnames(earlier, ctx))
			people.add(subjectCalled(surname, ctx) ?? surname);
		// "The female, named Tove by her keepers, slipped out… She was found": "her" there is
		// what that sentence opens with, not anyone named before it, nor the mother it names
		// ("The female calf, born … to mother Suri … Keepers have not yet named her").
		if (
			sheOfItsOwn(earlier, want) ||
			namedThingOfItsOwn(earlier, want, ctx.index) ||
			(people.size > 0 && unnamedSubject(earlier, want, ctx.index, true))
		)
			return undefined;
		// "Pip was born at a zoo…" after "a three-year-old female called Pip": "Her escape" is Pip's.
		const sexed = sexedThings(earlier, want, ctx);
		if (sexed.size)
			return sexed.size === 1 && !people.size
				? { person: [...sexed][0], namedIn: earlier }
				: undefined;
		if (!people.size) {
			if (goesOnAbout(earlier, want)) left++;
			else unnamed ||= unnamedOfSex(earlier, want);
			continue;
		}
		// Past the usual look back, the one person the text is about (below) comes first, and
		// an unnamed woman ("when the daughter of one resident noticed…") may be meant.
		const [person] = people;
		if (typeof person === 'string') return undefined;
		if (back > LOOK_BACK && (unnamed || people.size > 1 || !ctx.subjects.has(person))) {
			if ([...ctx.subjects].some((e) => e.kind === 'person')) break;
			if (unnamed) return undefined;
		}
		if (people.size > 1) return undefined;
		// "Her husband, Peter, died in 2012. She is survived by…": not Peter; the one the text is
		// about, below, if she fits.
		if (!fits(person)) break;
		// "…left her nowhere to hide," said Councillor Priya Lakhani. Her departure…": the woman
		// her quotation speaks of may be meant as well as her.
		if (speaksOfAnother(earlier, want)) return undefined;
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

/** Whether a sentence's quotation says "she" or "her" ("he", "him"): someone not the speaker. */
function speaksOfAnother(sentence: Sentence, want: 'male' | 'female'): boolean {
	const pronoun = want === 'female' ? /^(she|her|hers|herself)$/ : /^(he|him|his|himself)$/;
	const quoted = quotedTokens(sentence);
	return sentence.tokens.some((t, i) => quoted[i] && pronoun.test(t.normal));
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

/**
 * A sentence that names no person and opens with a thing's name set beside a common noun, and
 * says "he" or "his" outside quotations: a horse, a ship, a dog is meant, not anyone named before
 * ("The favourite, Northern Assembly, had been backed … after winning his previous three starts.
 * He led over the last fence…").
 */
function namedThingOfItsOwn(
	sentence: Sentence,
	want: 'male' | 'female',
	index: EntityIndex
): boolean {
	const { tokens } = sentence;
	const [article, noun, name] = tokens;
	if (article?.normal !== 'the' || !noun || !name || !noun.post.includes(',')) return false;
	if (!/^\p{Ll}/u.test(noun.text) || !/^\p{Lu}/u.test(name.text)) return false;
	const mentions = index.mentionsIn(sentence.index).filter((m) => !m.quoted);
	if (mentions.some((m) => m.entity.kind === 'person')) return false;
	const pronoun = want === 'female' ? /^(she|her|hers)$/ : /^(he|him|his)$/;
	const quoted = quotedTokens(sentence);
	return tokens.some((t, i) => !quoted[i] && pronoun.test(t.normal));
}

/**
 * The things a sentence names, outside quotations, that the text calls a "female" ("male") by a
 * name: "The animal, a three-year-old female called Pip, …": a later "her" may be Pip's.
 */
function sexedThings(
	sentence: Sentence,
	want: 'male' | 'female',
	ctx: AntecedentContext
): Set<EntityDraft> {
	const named = ctx.index
		.mentionsIn(sentence.index)
		.filter(
			(m) =>
				!m.quoted && m.entity.kind !== 'person' && calledBySex(m.entity, ctx.sentences) === want
		);
	return new Set(named.map((m) => m.entity));
}

/** The sex of the noun a name is first given to: "a female called Pip", "a male named Bramble". */
function calledBySex(entity: EntityDraft, sentences: Sentence[]): 'male' | 'female' | undefined {
	const first = entity.mentions[0];
	const tokens = first && sentences[first.sentence]?.tokens;
	if (!tokens || !/^(called|named)$/.test(tokens[first.start - 1]?.normal ?? '')) return undefined;
	const noun = tokens[first.start - 2]?.normal ?? '';
	if (/^(female|mare|ewe|cow|lioness|vixen)$/.test(noun)) return 'female';
	if (/^(male|stallion|bull)$/.test(noun)) return 'male';
	return GENDERED_SUBJECT.test(noun) ? sexOfWord(noun) : undefined;
}

/**
 * A sentence whose subject is someone or some animal it does not name: "The female calf was born
 * … to eight-year-old Nia", "The 29-year-old, who runs for Ravensholt Harriers, took 58 seconds
 * off the record set by Joseph Tanui". A "she" ("he") in or after it may be that subject, not
 * whoever it names further on. "The club's chairwoman, Susan Whitlock, …" names its subject.
 * `described`: a subject told by role or age ("The 29-year-old") counts as well as by sex.
 */
function unnamedSubject(
	sentence: Sentence,
	want: 'male' | 'female',
	index: EntityIndex,
	described: boolean
): boolean {
	const { tokens } = sentence;
	if (!/^(the|a|an)$/.test(tokens[0]?.normal ?? '')) return false;
	const first = personMentions(index, sentence.index).sort((a, b) => a.start - b.start)[0];
	for (let i = 1; i <= 3 && i < tokens.length; i++) {
		const word = tokens[i].normal;
		if (first?.start === i) return false;
		const someone =
			GENDERED_SUBJECT.test(word) ||
			YOUNG_ANIMAL_NOUNS.has(word) ||
			(described && (ROLE_NOUNS.has(word) || /^(\d+-year-old|teenager|youngster)$/.test(word)));
		if (!someone) continue;
		const sex = sexOfWord(word);
		if (sex && sex !== want) return false;
		// Named beside it: "The driver and librarian, Owen Gethin,", "The leader of the
		// opposition group, Cllr Helen Mbatha,", "Club coach Tom Reilly".
		const before = first && tokens[first.start - 1];
		const apposed =
			!!before &&
			first.start <= i + 10 &&
			(before.post.includes(',') || ROLE_NOUNS.has(before.normal) || /^\p{Lu}/u.test(before.text));
		return !apposed;
	}
	return false;
}

/** "the council" → the one organisation the text named before with that head word. */
export function antecedentOrganisation(
	head: string,
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	const before = ctx.index.entities.filter(
		(e) =>
			(e.kind === 'organisation' || e.kind === 'group') &&
			e.mentions.some((m) => m.sentence < sentence.index)
	);
	// "The Motorways and Trunk Roads Authority … the authority said": a body called by the word
	// itself is meant before a council the word also fits.
	const called = before.filter((e) => headed(e, head));
	// "Morrick Athletic… The club's chairwoman": the team the text is about, when it is about one
	// body and that is a team ("the club" beside two teams is either). A women's side is not: "the
	// club's women's section" is the club's, of which the side is one.
	if (head === 'club' && !called.length) {
		const bodies = [...ctx.subjects].filter((e) => e.kind === 'organisation' || e.kind === 'group');
		const side = bodies.length === 1 && / (Women|Ladies)$/.test(bodies[0].name);
		return bodies.length === 1 && isTeam(bodies[0]) && !side && before.includes(bodies[0])
			? bodies[0]
			: undefined;
	}
	// "Greenlea Community Energy, a not-for-profit co-operative … the co-operative".
	const given = givenTheKind(head, sentence, ctx);
	// A school is as much "the school" as an academy is: the one the text is about, below.
	const named =
		called.length && KIND_WORDS[head] && head !== 'school'
			? called
			: before.filter(
					(e) =>
						headed(e, head) ||
						given.includes(e) ||
						KIND_WORDS[head]?.test(organisationHead(e) ?? '') === true ||
						(head === 'party' && e.category === 'party') ||
						(FIRM_HEADS.test(head) && isFirm(e) && !isFund(e))
				);
	// "said the company was open to a talk": with another firm of no told kind named before
	// (Summitline Towers beside Ardent Basin), either may be meant; a fund is none.
	const firms =
		head === 'company' || head === 'firm' || head === 'business'
			? ctx.index.entities.filter(
					(e) =>
						e.kind === 'organisation' &&
						(e.category === undefined || isFirm(e)) &&
						!isFund(e) &&
						e.mentions.some((m) => m.sentence < sentence.index)
				)
			: named;
	// "The result gives the Independents 24 of the 47 seats…, a majority for the first time since
	// the party was founded": a body the sentence itself names may be the party meant.
	if (
		head === 'party' &&
		ctx.index
			.mentionsIn(sentence.index)
			.some(
				(m) =>
					(m.entity.kind === 'organisation' || m.entity.kind === 'group') &&
					!named.includes(m.entity) &&
					m.entity.category !== 'public'
			)
	)
		return undefined;
	// "the boards of the two trusts": the text counts several of the kind, so "the trust" is any.
	if (countedBefore(head, sentence, ctx)) return undefined;
	// "The Civic Union's share of the vote fell… The defeat does not cost the party control": a
	// body named since the last party with "Party" in its name may be the party meant.
	if (head === 'party' && bodyNamedSince(named, sentence, ctx)) return undefined;
	if (named.length === 1 && firms.length <= 1 && !kindNamedFirst(head, named[0], sentence, ctx))
		return named[0];
	// "Larchfield House is run by Beaconhurst Care…": the one body of no told kind is the firm.
	if (!named.length && firms.length === 1 && firms[0].category === undefined) return firms[0];
	// "Greystone, which owns 11 breweries, said… The company plans to sell Hobday's beer": the
	// firm the sentence before opened with, when it opened with one of them.
	const opener = [sentence.index - 1, sentence.index - 2]
		.map((k) => ctx.index.mentionsIn(k).find((m) => m.start === 0 && named.includes(m.entity)))
		.find((m) => m !== undefined);
	if (FIRM_HEADS.test(head) && opener && sentence.tokens[0]?.normal === 'the') return opener.entity;
	// "The chain, which employs…", "The band's musical director": of two, the one it is about.
	const main = named.filter((e) => ctx.subjects.has(e));
	const ownKind = FIRM_HEADS.test(head) || /^(band|club|choir|orchestra|school)$/.test(head);
	if (ownKind && main.length === 1) return main[0];
	// "By Sunday, the observatory estimated…" before "The Skelloch Bird Observatory, a charity…":
	// a kind of body an article has one of is that one, named later or not.
	const later = ctx.index.entities.filter(
		(e) => (e.kind === 'organisation' || e.kind === 'group') && headed(e, head)
	);
	// In the opening, only one the opening itself names: "The library opened in 1998 in Ashcombe"
	// says what the text is about, whatever it is called later.
	const lead = ctx.sentences.find((s) => !s.heading) === sentence;
	const own = (e: EntityDraft) => !lead || e.mentions.some((m) => m.sentence === sentence.index);
	// "Wrenmouth Brewing Company… all 87 staff at the brewery" before "Halberd closed the Tamsford
	// Brewery": with a body of its kind named before, the one named later is another.
	const kindBefore = (e: EntityDraft) =>
		ctx.index.entities.some(
			(other) =>
				other !== e &&
				other.kind === e.kind &&
				other.category === e.category &&
				other.mentions.some((m) => m.sentence < sentence.index)
		);
	if (
		!named.length &&
		later.length === 1 &&
		own(later[0]) &&
		!GENERIC_BODIES.test(head) &&
		!kindBefore(later[0]) &&
		!kindGivenToAnother(head, later[0], sentence, ctx) &&
		!unnamedBefore(head, sentence, ctx)
	)
		return later[0];
	if (head !== 'party' || !named.length) return undefined;
	// "the party": the one named last.
	const last = (e: EntityDraft) =>
		Math.max(...e.mentions.filter((m) => m.sentence < sentence.index).map((m) => m.sentence));
	return [...named].sort((a, b) => last(b) - last(a))[0];
}
