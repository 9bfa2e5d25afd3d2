/**
 * Entity drafts: what the text says about each thing it names, gathered name by name before
 * the thing is settled. A draft collects the votes for its kind and category, its gender and a
 * role said of it; names written alike (by key) share one draft. Also here: names in a list
 * sharing their kind, and settling each draft's kind on the strongest evidence.
 */
import type { EntityKind } from '../../content/deck-schema.ts';
import { hasTag } from '../analyse.ts';
import {
	FEMALE_TITLES,
	MALE_TITLES,
	sexOfWord,
	ORGANISATION_HEADS,
	PARTY_NAMES,
	PARTY_WORDS,
	SPEECH_VERBS
} from '../../language/lexicon.ts';
import type { Sentence } from '../analyse.ts';
import { roleAt } from '../roles.ts';
import { evidenceFor } from './evidence.ts';
import type { Chunk } from './name-chunks.ts';
import { POSSESSIVE, surfaceOf } from './name-surface.ts';

export type Gender = 'male' | 'female';

export interface Mention {
	sentence: number;
	/** Token range [start, end) of the name itself (without a title). */
	start: number;
	end: number;
	/** Exactly as written in the sentence. */
	surface: string;
	/** Inside quotation marks. */
	quoted: boolean;
	/** Used before a noun, like an adjective: "the Crossness engines", "LIGO data". */
	modifier: boolean;
	/** Written after "the": "the Environment Agency" (a wrong answer put here should take it too). */
	afterThe: boolean;
	entity: EntityDraft;
}

export interface EntityDraft {
	key: string;
	kind: EntityKind;
	category?: string;
	name: string;
	aliases: Set<string>;
	gender?: Gender;
	/** Called "Mr" once and "Miss" once: two people of one surname, so no one sex. */
	genderClash?: boolean;
	/** The sex is only the tagger's guess from a first name ("Amara"), which the text may undo. */
	genderByName?: boolean;
	mentions: Mention[];
	/** How sure the kind is: summed evidence for the winning kind. */
	evidence: number;
	/** A name two things share, so names neither: "Pellow" of Pellow's Coaches and Helen Pellow. */
	shared?: boolean;
	/** Written at least once without "'s" ("Ms Pellow", not only "Pellow's"). */
	writtenBare?: boolean;
	/** A person named by a style ("Prince of Wales"), not a name. */
	styled?: boolean;
	/** What the article says a person is, as first said ("head coach", "an evolutionary biologist"). */
	role?: string;
	votes: Map<EntityKind, number>;
	categories: Map<string, number>;
	id: string;
}

/** Evidence needed before a capitalised run is treated as a named thing. */
export const MIN_EVIDENCE = 1.5;

/** Drafts of the things a text names, and which chunk names which. */
export interface Drafts {
	/** Every draft by its key, in the order first named. */
	byKey: Map<string, EntityDraft>;
	/** The draft each chunk names. */
	chunkEntity: Map<Chunk, EntityDraft>;
	/** The role said of the name in a chunk, where one is ("head coach"). */
	roles: Map<Chunk, string>;
}

/** One draft for each name, by key, with the evidence of every chunk that names it. */
export function draftEntities(chunks: Chunk[]): Drafts {
	const byKey = new Map<string, EntityDraft>();
	const chunkEntity = new Map<Chunk, EntityDraft>();
	const roles = new Map<Chunk, string>();
	for (const chunk of chunks) {
		const tokens = chunk.sentence.tokens;
		const name = surfaceOf(tokens, chunk.nameStart, chunk.end);
		const draft = draftFor(byKey, keyOf(name), name);
		chunkEntity.set(chunk, draft);
		if (name.length > draft.name.length) draft.name = name;
		if (!POSSESSIVE.test(tokens[chunk.end - 1].text)) draft.writtenBare = true;
		addEvidence(draft, chunk);
		const role = roleAt(tokens, chunk.start, chunk.nameStart, chunk.end);
		if (role) roles.set(chunk, role);
		noteTitle(draft, chunk, role);
	}
	return { byKey, chunkEntity, roles };
}

/**
 * "Last bank in Dunmarrow to close…": a one-word name the headline puts after "in", "at" or
 * "near" is a place, when the body writes it too (headlines are not tokenised, so by its text).
 */
export function addHeadlineEvidence(byKey: Map<string, EntityDraft>, headlines: string[]): void {
	for (const text of headlines)
		for (const m of text.matchAll(/\b(?:in|at|near)\s+(\p{Lu}[\p{Ll}'’-]+)(?!\s+\p{Lu})/gu)) {
			const draft = byKey.get(keyOf(m[1]));
			if (!draft || draft.votes.size) continue;
			draft.votes.set('place', 2);
			draft.categories.set('settlement', 2);
		}
}

/** The draft with this key, made (as a term, with no evidence yet) if there is none. */
function draftFor(byKey: Map<string, EntityDraft>, key: string, name: string): EntityDraft {
	let draft = byKey.get(key);
	if (!draft) {
		draft = {
			key,
			kind: 'term',
			name,
			aliases: new Set(),
			mentions: [],
			evidence: 0,
			votes: new Map(),
			categories: new Map(),
			id: ''
		};
		byKey.set(key, draft);
	}
	return draft;
}

/** Adds what the words of a chunk and around it say of the thing to its draft's votes. */
function addEvidence(draft: EntityDraft, chunk: Chunk): void {
	for (const e of evidenceFor(chunk)) {
		draft.votes.set(e.kind, (draft.votes.get(e.kind) ?? 0) + e.weight);
		if (e.category)
			draft.categories.set(e.category, (draft.categories.get(e.category) ?? 0) + e.weight);
	}
}

/** What a chunk's title ("Prince of …", "Mrs"), role ("his daughter") or first name says. */
function noteTitle(draft: EntityDraft, chunk: Chunk, role?: string): void {
	const tokens = chunk.sentence.tokens;
	const title = chunk.title;
	if (title.includes('style')) draft.styled = true;
	const first = tokens[chunk.nameStart];
	const said: Gender | undefined = title.some((t) => MALE_TITLES.has(t))
		? 'male'
		: title.some((t) => FEMALE_TITLES.has(t))
			? 'female'
			: // "his daughter", "the spokeswoman": the role's last word.
				role
				? sexOfWord(role.trim().split(/\s+/).at(-1) ?? '')
				: undefined;
	if (said && draft.gender && said !== draft.gender) {
		draft.gender = undefined;
		draft.genderClash = true;
	} else if (said && !draft.genderClash) {
		draft.gender = said;
		draft.genderByName = false;
	} else if (!draft.gender && !draft.genderClash) {
		if (hasTag(first, 'MaleName') && !hasTag(first, 'FemaleName')) draft.gender = 'male';
		else if (hasTag(first, 'FemaleName') && !hasTag(first, 'MaleName')) draft.gender = 'female';
		draft.genderByName = draft.gender !== undefined;
	}
}

/**
 * "Doyle said she had not planned to attack the record … Doyle will now turn her attention":
 * what the text says of a person twice over tells their sex, where nothing did or only the
 * tagger's guess from a first name ("Amara" read as a man's). Once is not enough: "The
 * prosecutor, Andrew Kettering, said she had exploited…" speaks of the defendant.
 */
export function genderFromOwnWords(entities: EntityDraft[], sentences: Sentence[]): void {
	for (const e of entities) {
		if (e.kind !== 'person' || e.genderClash || (e.gender && !e.genderByName)) continue;
		const said: Gender[] = [];
		for (const m of e.mentions) {
			if (m.quoted) continue;
			const tokens = sentences[m.sentence]?.tokens ?? [];
			// "Doyle said (that) she…", "Doyle will now turn her attention".
			const next = tokens[m.end + 1]?.normal === 'that' ? m.end + 2 : m.end + 1;
			const spoken = SPEECH_VERBS.has(tokens[m.end]?.normal ?? '') ? tokens[next]?.normal : '';
			const own = tokens
				.slice(m.end, m.end + 4)
				.find(
					(t, k, run) =>
						/^(her|his)$/.test(t.normal) &&
						!run.slice(0, k).some((r) => /[,;:"“”]/.test(r.post) || /^\p{Lu}/u.test(r.text))
				)?.normal;
			const pronoun = spoken || own;
			if (pronoun === 'she' || pronoun === 'her') said.push('female');
			else if (pronoun === 'he' || pronoun === 'his') said.push('male');
		}
		if (said.length >= 2 && said.every((g) => g === said[0])) e.gender = said[0];
	}
}

/** Names in a list share their kind: "Rainer Weiss, Barry Barish and Kip Thorne". */
export function shareKindInLists(chunks: Chunk[], chunkEntity: Map<Chunk, EntityDraft>): void {
	for (let c = 1; c < chunks.length; c++) {
		const a = chunks[c - 1];
		const b = chunks[c];
		if (a.sentence !== b.sentence) continue;
		const between = a.sentence.tokens.slice(a.end, b.start);
		const joiner = a.sentence.tokens[a.end - 1].post.trim();
		const listed =
			(between.length === 0 && joiner === ',') ||
			(between.length === 1 && between[0].normal === 'and' && /^,?$/.test(joiner));
		if (!listed) continue;
		const da = chunkEntity.get(a) as EntityDraft;
		const db = chunkEntity.get(b) as EntityDraft;
		const [ka, wa] = strongest(da);
		const [kb, wb] = strongest(db);
		if (ka === 'person' && wa >= 3) db.votes.set('person', (db.votes.get('person') ?? 0) + 1.5);
		if (kb === 'person' && wb >= 3) da.votes.set('person', (da.votes.get('person') ?? 0) + 1.5);
		// "along Main Street and Kirk Brae": a name joined by "and" to a place is a place like it
		// (after a comma it may be an apposition: "at St Anselm's, Colin Ferris,").
		if (between.length !== 1) continue;
		for (const [from, to, kind, weight] of [
			[da, db, ka, wa],
			[db, da, kb, wb]
		] as const)
			if (kind === 'place' && weight >= 4 && strongest(to)[0] === 'person') {
				to.votes.set('place', (to.votes.get('place') ?? 0) + strongest(to)[1] + 0.5);
				const category = [...from.categories].sort((x, y) => y[1] - x[1])[0]?.[0];
				if (category) to.categories.set(category, (to.categories.get(category) ?? 0) + 4);
			}
	}
}

/** Settles each draft's kind, and how sure it is, on the strongest evidence so far. */
export function settleKinds(byKey: Map<string, EntityDraft>): void {
	for (const draft of byKey.values()) {
		const [kind, weight] = strongest(draft);
		draft.kind = kind;
		draft.evidence = weight;
		// "Its owner, Brightfield Renewables, said…": a role word and a speech verb make it look
		// like a person, but no person is called "… Renewables" or "… Networks".
		const organisation = draft.votes.get('organisation') ?? 0;
		// "The leader of Brackenholt Borough Council, Cllr Amina Rahman": a body's own head word
		// outweighs a role or a list that only leans towards a person.
		const bodyHead = ORGANISATION_HEADS[draft.name.toLowerCase().split(/\s+/).at(-1) ?? ''];
		const narrowly = bodyHead !== undefined && organisation >= 4 && weight < organisation + 1;
		if (kind === 'person' && organisation >= 4 && (firmName(draft.name) || narrowly)) {
			draft.kind = 'organisation';
			draft.evidence = Math.max(weight, organisation);
		}
	}
}

/** Singular heads of firms' names that are nobody's surname: "Harlan Media", "Trackways Infrastructure". */
const FIRM_WORDS = new Set([
	'media',
	'infrastructure',
	'group',
	'capital',
	'insurance',
	'engineering'
]);

/** A name ending in a plural head word of organisations that is nobody's surname. */
function firmName(name: string): boolean {
	const words = name.toLowerCase().split(/\s+/);
	const last = words.at(-1) ?? '';
	return (
		words.length > 1 &&
		(FIRM_WORDS.has(last) || (/s$/.test(last) && last !== 'mills')) &&
		Boolean(ORGANISATION_HEADS[last])
	);
}

/** The kind with the most evidence for a draft, and that evidence. */
export function strongest(draft: EntityDraft): [EntityKind, number] {
	let best: EntityKind = 'term';
	let weight = 0;
	// Ties go to the more specific kind, in this order.
	for (const kind of ['person', 'organisation', 'group', 'country', 'place', 'term'] as const) {
		const w = draft.votes.get(kind) ?? 0;
		if (w > weight) {
			best = kind;
			weight = w;
		}
	}
	return [best, weight];
}

/**
 * The key that names written alike share: lower case, without "the"; "the Liberal Democrats" and
 * "a Liberal Democrat councillor" are one party.
 */
export function keyOf(name: string): string {
	const key = name
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[‐‑–—-]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
	// "the Liberal Democrats" and "a Liberal Democrat councillor" are one party.
	const words = key.split(' ');
	return words.every((w) => PARTY_WORDS.has(w)) &&
		words.some((w) => PARTY_NAMES.has(w) || PARTY_NAMES.has(`${w}s`))
		? key.replace(/s$/, '')
		: key;
}
