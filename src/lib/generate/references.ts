/**
 * A sentence that points back ("He died on…", "The council voted…", "The scheme was passed…")
 * cannot be asked as it stands: the question would need the sentence before it. Here such words
 * are replaced by what they stand for, when the text says it plainly: the person just named for
 * "he" or "his", the one council the article named for "the council", the plan the article
 * described for "the scheme". What cannot be resolved is reported, and the sentence is not used.
 */
import { hasTag, type Sentence, type Token } from './analyse.ts';
import { takesThe, type EntityDraft, type EntityIndex, type Mention } from './entities.ts';
import { ORGANISATION_HEADS, ROLE_NOUNS } from '../language/lexicon.ts';

export interface Rewrite {
	/** Token index → the words written instead of it. */
	replacements: Map<number, string>;
	/** Tokens left out of the statement (an acronym in brackets, "also", "By then,"). */
	removed: Set<number>;
	/** Tokens whose punctuation after them goes (the comma closing a dropped apposition). */
	bare: Set<number>;
	/** Earlier sentences that name what a replacement stands for: part of the fact's source. */
	namedIn: Sentence[];
	/** Why the sentence cannot stand alone, when something it points back to was not found. */
	unresolved?: string;
}

/** Sentences back in which "he", "the council" or "the scheme" may find what it stands for. */
const LOOK_BACK = 3;

const SUBJECT = /^(he|she)$/;
const OBJECT = /^(him)$/;
const POSSESSIVE = /^(his)$/;
/** "her" is a possessive before a noun ("her side"), an object otherwise ("told her"). */
const HER = /^her$/;

/** Nouns of plans, which an earlier sentence may describe: "a plan to add bus lanes". */
const PLAN_NOUNS = new Set([
	'plan',
	'plans',
	'scheme',
	'proposal',
	'proposals',
	'project',
	'programme',
	'bid'
]);
/** "the decision" is the decision an earlier sentence reports: "voted to close the pool". */
const DECISION_NOUNS = new Set(['decision', 'move', 'vote']);
/** Leading phrases that only place the sentence after the one before: left out. */
const TIME_OPENERS = [
	['by', 'then'],
	['at', 'the', 'time'],
	['back', 'then'],
	['at', 'that', 'time'],
	['even', 'so'],
	['in', 'other', 'words'],
	['as', 'a', 'result'],
	['at', 'the', 'same', 'time'],
	['in', 'the', 'meantime']
];

export interface ReferenceContext {
	sentences: Sentence[];
	index: EntityIndex;
	quoted: boolean[];
	/** Tokens already dropped from the start ("But", "However,"). */
	skip: number;
	/** The text's main subjects: in an obituary, "he" on its own is the one it is about. */
	subjects: ReadonlySet<EntityDraft>;
}

function personMentions(index: EntityIndex, sentence: number): Mention[] {
	return index.mentionsIn(sentence).filter((m) => m.entity.kind === 'person' && !m.quoted);
}

/**
 * The person "he"/"she" stands for: the one person named in the nearest sentence before that
 * names any, if their gender fits (or is unknown). Two people there, and it could be either.
 */
function antecedentPerson(
	pronoun: string,
	sentence: Sentence,
	ctx: ReferenceContext
): { person: EntityDraft; namedIn: Sentence } | undefined {
	const want = /^(he|him|his)$/.test(pronoun) ? 'male' : 'female';
	const fits = (person: EntityDraft) => !person.gender || person.gender === want;
	for (let back = 1; back <= LOOK_BACK; back++) {
		const earlier = ctx.sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		const people = new Set(personMentions(ctx.index, earlier.index).map((m) => m.entity));
		if (!people.size) continue;
		const [person] = people;
		if (people.size > 1 || !fits(person)) return undefined;
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

/**
 * Only plural: a sentence that starts "It goes on sale…" after one naming the maker and its new
 * device could mean either, and a wrong guess teaches a wrong fact ("Halden Devices goes on sale").
 */
const THING = /^(they|their|them)$/;
/** Family ties: "her husband, Peter," says who Peter is to her. */
const KIN = new Set(
	'husband wife son daughter father mother brother sister partner widow widower'.split(' ')
);
/** Those of them that "she" and "her" stand for. */
const FEMALE_NOUNS = new Set('woman girl mother daughter wife sister widow'.split(' '));
/** Words for people that "he" or "her" can stand for within a sentence. */
const PERSON_NOUNS = new Set(
	'man woman boy girl mother father son daughter wife husband brother sister widow'.split(' ')
);

/** "It", "Their" at the start: the named thing the sentence before starts with, if one. */
function antecedentThing(
	pronoun: string,
	sentence: Sentence,
	ctx: ReferenceContext
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
	return { entity: first.entity, namedIn: earlier };
}

function organisationHead(entity: EntityDraft): string | undefined {
	const words = entity.name.toLowerCase().split(/\s+/);
	const of = words.indexOf('of');
	const head = words[of > 0 ? of - 1 : words.length - 1];
	return ORGANISATION_HEADS[head] ? head : undefined;
}

/**
 * Whether a name put in for "the board" keeps its "the": as the text writes it, or, when the text
 * never puts "the" right before it ("the bank's Monetary Policy Board"), unless it starts with a
 * place's name ("Wrenford Borough Council").
 */
function withThe(entity: EntityDraft, ctx: ReferenceContext): boolean {
	if (entity.mentions.some((m) => m.afterThe)) return takesThe(entity);
	// Never after "the": written bare after a preposition or a verb ("control of Lowbridge
	// District Council"), or after other words that need one ("the bank's nine-member …").
	return !entity.mentions.some((m) => {
		const before = ctx.sentences[m.sentence]?.tokens[m.start - 1];
		return before === undefined || hasTag(before, 'Preposition', 'Verb', 'Conjunction');
	});
}

/** "Alun Pritchard's", but "Dunmore Rovers'" and "the Liberal Democrats'" (a plural name). */
function possessiveOf(name: string): string {
	return /[^s]s$/.test(name) && /\s/.test(name) ? `${name}'` : `${name}'s`;
}

/** "the council" → the one organisation the text named before with that head word. */
function antecedentOrganisation(
	head: string,
	sentence: Sentence,
	ctx: ReferenceContext
): EntityDraft | undefined {
	const named = ctx.index.entities.filter(
		(e) =>
			(e.kind === 'organisation' || e.kind === 'group') &&
			e.mentions.some((m) => m.sentence < sentence.index) &&
			(organisationHead(e) === head ||
				(head === 'party' && e.category === 'party') ||
				((head === 'company' || head === 'firm') && e.category === 'business'))
	);
	if (named.length === 1) return named[0];
	if (head !== 'party' || !named.length) return undefined;
	// "the party": the one named last.
	const last = (e: EntityDraft) =>
		Math.max(...e.mentions.filter((m) => m.sentence < sentence.index).map((m) => m.sentence));
	return [...named].sort((a, b) => last(b) - last(a))[0];
}

const COMPLEMENT = /^to\s+(?:[^,;:.()"“”]|\.(?=\d))+/;

/** What an earlier sentence says a plan or decision was, as words to follow its noun. */
function planIn(noun: string, text: string): string | undefined {
	const decision = DECISION_NOUNS.has(noun);
	const plan = decision
		? /\b(?:decided|voted|agreed|chose|opted)\s+(to\s+(?:[^,;:.()"“”]|\.(?=\d))+)/i.exec(text)
		: /\b(?:plans?|scheme|proposals?|project|programme|bid)\s+(to\s+(?:[^,;:.()"“”]|\.(?=\d))+)/i.exec(
				text
			);
	if (plan) {
		const complement = COMPLEMENT.exec(plan[1])?.[0].trim();
		return complement && complement.split(/\s+/).length <= 14 ? complement : undefined;
	}
	// "voted … to approve the Eastway line, a 64-kilometre railway…": the plan for that; "have
	// approved a plan to add bus lanes": the decision to approve it.
	const approved =
		/\b(approve|approved|approving|backed|back|rejected|reject|proposed|propose|build|building)\s+((?:the|a|an)\s+(?:[^,;:.()"“”]|\.(?=\d))+)/i.exec(
			text
		);
	if (!approved || approved[2].split(/\s+/).length > 16) return undefined;
	const object = approved[2].trim().replace(/^an?\s+/i, 'the ');
	if (!decision)
		return approved[2].split(/\s+/).length <= 8 ? `for ${approved[2].trim()}` : undefined;
	const verb = approved[1].toLowerCase();
	const infinitive = /^approv/.test(verb)
		? 'approve'
		: /^back/.test(verb)
			? 'back'
			: /^reject/.test(verb)
				? 'reject'
				: undefined;
	return infinitive ? `to ${infinitive} ${object}` : undefined;
}

/**
 * "a £6.8 million plan to add bus lanes…" → "to add bus lanes…": from the sentences just before,
 * else from the one plan the article describes before this sentence (several different ones
 * leave it unresolved).
 */
function antecedentPlan(
	noun: string,
	sentence: Sentence,
	ctx: ReferenceContext
): { complement: string; namedIn: Sentence } | undefined {
	for (let back = 1; back <= LOOK_BACK; back++) {
		const earlier = ctx.sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		const complement = planIn(noun, earlier.text);
		if (complement) return { complement, namedIn: earlier };
	}
	const found: { complement: string; namedIn: Sentence }[] = [];
	for (const earlier of ctx.sentences.slice(0, Math.max(0, sentence.index - LOOK_BACK))) {
		if (earlier.heading) continue;
		const complement = planIn(noun, earlier.text);
		if (complement) found.push({ complement, namedIn: earlier });
	}
	return found.length && found.every((f) => f.complement === found[0].complement)
		? found[0]
		: undefined;
}

function matchesWords(tokens: Token[], at: number, words: string[]): boolean {
	return words.every((w, k) => tokens[at + k]?.normal === w);
}

export function resolveReferences(sentence: Sentence, ctx: ReferenceContext): Rewrite {
	const tokens = sentence.tokens;
	const replacements = new Map<number, string>();
	const removed = new Set<number>();
	const bare = new Set<number>();
	const namedIn: Sentence[] = [];
	let unresolved: string | undefined;
	const fail = (why: string) => {
		unresolved ??= why;
	};
	const mentions = ctx.index.mentionsIn(sentence.index).filter((m) => !m.quoted);

	// "Its owner, Tom Reddaway, said…": the name says who; "its owner" only leans on the sentence
	// before. The opener and the comma after the name go.
	if (/^(its|their|his|her)$/.test(tokens[ctx.skip]?.normal ?? '')) {
		const comma = tokens.findIndex(
			(t, k) => k >= ctx.skip && k <= ctx.skip + 3 && /^,\s*$/.test(t.post)
		);
		const person =
			comma >= 0
				? mentions.find((m) => m.start === comma + 1 && m.entity.kind === 'person')
				: undefined;
		// "Its secretary" after a sentence that starts with the club: the club's secretary.
		const owner = /^(its|their)$/.test(tokens[ctx.skip].normal)
			? antecedentThing('their', sentence, ctx)
			: undefined;
		if (person && owner) {
			const name = withThe(owner.entity, ctx) ? `the ${owner.entity.name}` : owner.entity.name;
			replacements.set(ctx.skip, possessiveOf(name));
			namedIn.push(owner.namedIn);
		} else if (person && /^,\s*$/.test(tokens[person.end - 1].post)) {
			// "Her husband, Peter, a schoolteacher, died": the family tie is the fact, so it stays,
			// owned by the person named before ("Ruth Ashworth's husband, Peter, …").
			const kin =
				/^(his|her)$/.test(tokens[ctx.skip].normal) && KIN.has(tokens[ctx.skip + 1]?.normal ?? '');
			const found = kin ? antecedentPerson(tokens[ctx.skip].normal, sentence, ctx) : undefined;
			if (found) {
				replacements.set(ctx.skip, possessiveOf(found.person.name));
				if (!namedIn.includes(found.namedIn)) namedIn.push(found.namedIn);
			} else if (!kin) {
				for (let k = ctx.skip; k <= comma; k++) removed.add(k);
				// The comma closing the name goes, unless another apposition follows ("…, a teacher,").
				if (!/^(a|an|the)$/.test(tokens[person.end]?.normal ?? '')) bare.add(person.end - 1);
			}
		}
	}
	// "Under its terms, both armies must…": the opener names nothing the statement needs.
	if (/^(under|in|by|with|through)$/.test(tokens[ctx.skip]?.normal ?? '')) {
		const comma = tokens.findIndex(
			(t, k) => k > ctx.skip && k <= ctx.skip + 4 && /^,\s*$/.test(t.post)
		);
		const opener = comma > 0 ? tokens.slice(ctx.skip + 1, comma + 1).map((t) => t.normal) : [];
		if (
			opener.length &&
			/^(its|their|the|this|that)$/.test(opener[0]) &&
			opener.some((w) =>
				/^(terms|deal|agreement|plan|plans|scheme|rules|proposals|circumstances|conditions)$/.test(
					w
				)
			)
		)
			for (let k = ctx.skip; k <= comma; k++) removed.add(k);
	}
	// "By then, the trust had frozen pay…": the opener only ties it to the sentence before.
	for (const words of TIME_OPENERS)
		if (
			matchesWords(tokens, ctx.skip, words) &&
			(words.length > 2 || /,/.test(tokens[ctx.skip + words.length - 1].post))
		)
			for (let k = 0; k < words.length; k++) removed.add(ctx.skip + k);

	// "Work is due to begin next March": work on the plan the article described.
	if (
		tokens[ctx.skip]?.normal === 'work' &&
		/^(is|was|began|begins|started|starts|will|has|had|should|could|would|must|finished|ended)$/.test(
			tokens[ctx.skip + 1]?.normal ?? ''
		)
	) {
		const plan = antecedentPlan('plan', sentence, ctx);
		if (plan) {
			replacements.set(ctx.skip, `${tokens[ctx.skip].text} on the plan ${plan.complement}`);
			if (!namedIn.includes(plan.namedIn)) namedIn.push(plan.namedIn);
		}
	}

	let personResolved = false;
	tokens.forEach((t, i) => {
		if (i < ctx.skip || ctx.quoted[i] || removed.has(i)) return;
		const word = t.normal;
		// "82 miles (132 km)": a conversion in brackets gives the answer away; the quiz asks one.
		if (/\(/.test(t.pre) && /^\d/.test(t.text) && /\d/.test(tokens[i - 1]?.text ?? '') === false) {
			const close = tokens.findIndex((x, k) => k >= i && k <= i + 3 && /^\)/.test(x.post));
			if (
				close >= 0 &&
				i > 0 &&
				/\d/.test(
					tokens
						.slice(Math.max(0, i - 3), i)
						.map((x) => x.text)
						.join(' ')
				)
			)
				for (let k = i; k <= close; k++) removed.add(k);
			if (close >= 0) return;
		}
		// "The Bank of Caldonia (BoC)": the acronym is for the reader of the article, not the quiz.
		if (/\(/.test(t.pre) && /^\)/.test(t.post) && /^[A-Z][A-Za-z&]{1,7}$/.test(t.text)) {
			const before = mentions.find((m) => m.end === i);
			if (before && before.entity.aliases.has(t.text)) removed.add(i);
			return;
		}
		// "the council also agreed…": "also" leans on the sentence before.
		if (
			word === 'also' &&
			i > ctx.skip &&
			!/,/.test(tokens[i - 1].post) &&
			tokens[i - 1].normal !== 'but'
		) {
			removed.add(i);
			return;
		}
		const isPerson =
			SUBJECT.test(word) || OBJECT.test(word) || POSSESSIVE.test(word) || HER.test(word);
		if (isPerson && !personResolved) {
			personResolved = true;
			// Someone named earlier in this sentence: "Reddy said he was nervous", "a former
			// engineer who began writing in her sixties".
			if (mentions.some((m) => m.entity.kind === 'person' && m.end <= i)) return;
			const described = tokens
				.slice(0, i)
				.some((b) => PERSON_NOUNS.has(b.normal) || ROLE_NOUNS.has(b.normal));
			// "a man dressed as a lighthouse drew cheers when he finished", "the daughter of one
			// resident noticed that her father's account…": someone this sentence brings in and
			// makes do something is who "he" or "her" is, never a person named before. ("Born in
			// 1940, the son of a miner, he was…" only describes him: no verb between.)
			const female = /^(she|her|hers)$/.test(word);
			const introduced = tokens
				.slice(0, i)
				.some(
					(b, j) =>
						PERSON_NOUNS.has(b.normal) &&
						FEMALE_NOUNS.has(b.normal) === female &&
						tokens.slice(j + 1, i).some((t) => hasTag(t, 'Verb'))
				);
			if (introduced) return;
			// "Born in 1940, the son of a miner, he was…": he is named if the text says who.
			const found = antecedentPerson(word, sentence, ctx);
			if (!found && described) return;
			if (!found) {
				fail(`“${t.text}” could be anyone: no one person is named just before`);
				return;
			}
			const next = tokens[i + 1];
			const possessive =
				POSSESSIVE.test(word) ||
				(HER.test(word) &&
					next !== undefined &&
					hasTag(next, 'Noun', 'Adjective') &&
					!hasTag(next, 'Pronoun'));
			replacements.set(i, possessive ? possessiveOf(found.person.name) : found.person.name);
			if (!namedIn.includes(found.namedIn)) namedIn.push(found.namedIn);
			return;
		}
		// "Their captain, lock Tom Okafor, …", "It goes on sale…": at the start, the club, company
		// or thing the sentence before began with.
		if (i === ctx.skip && THING.test(word)) {
			const thing = antecedentThing(word, sentence, ctx);
			if (!thing) {
				fail(`“${t.text}” does not say what it stands for`);
				return;
			}
			const name = withThe(thing.entity, ctx) ? `the ${thing.entity.name}` : thing.entity.name;
			replacements.set(i, /^(its|their)$/.test(word) ? possessiveOf(name) : name);
			namedIn.push(thing.namedIn);
			return;
		}
		if (word !== 'the') return;
		const next = tokens[i + 1];
		if (!next || ctx.quoted[i + 1] || !/^[a-z]/.test(next.text)) return;
		const noun = next.normal.replace(/['’]s$/, '');
		const possessive = /['’]s$/.test(next.text);
		const after = tokens[i + 2]?.normal ?? '';
		if (ORGANISATION_HEADS[noun] || noun === 'party' || noun === 'company' || noun === 'firm') {
			// "the council's 45 seats", "the council voted": the council the article named.
			if (/^(of|for)$/.test(after) && !possessive) return; // "the council of Europe"
			const entity = antecedentOrganisation(noun, sentence, ctx);
			if (!entity) return;
			const name = withThe(entity, ctx) ? `the ${entity.name}` : entity.name;
			removed.add(i);
			replacements.set(i + 1, possessive ? possessiveOf(name) : name);
			return;
		}
		if (PLAN_NOUNS.has(noun) || DECISION_NOUNS.has(noun)) {
			if (/^(to|of|for|that|which|by|on|in|at|from|about)$/.test(after)) return; // defined here
			const plan = antecedentPlan(noun, sentence, ctx);
			if (!plan) {
				fail(`“the ${next.text}” points back to something the sentence does not say`);
				return;
			}
			replacements.set(i + 1, `${next.text} ${plan.complement}`);
			if (plan.namedIn !== sentence && !namedIn.includes(plan.namedIn)) namedIn.push(plan.namedIn);
		}
	});
	return { replacements, removed, bare, namedIn, ...(unresolved ? { unresolved } : {}) };
}
