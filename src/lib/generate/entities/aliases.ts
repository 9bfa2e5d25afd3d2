/**
 * Aliases: which names are another name for a thing already named. An acronym or a name
 * "known as" follows the full name; a surname, a first name, "Thames" for "River Thames" and
 * "Dunmore" for "Dunmore Rovers" are short forms of one longer name. Each step adds to one map
 * from an alias's draft to the draft of the thing it names.
 */
import { PLACE_FIRST } from '../../language/lexicon.ts';
import { abbreviates } from './acronyms.ts';
import { keyOf, MIN_EVIDENCE, strongest, type EntityDraft } from './entity-drafts.ts';
import type { Chunk } from './name-chunks.ts';
import { possessiveOpener } from './name-surface.ts';

/** From an alias's draft to the draft of the thing it names. */
export type AliasMap = Map<EntityDraft, EntityDraft>;

/**
 * "The Laser Interferometer … Observatory, known as LIGO", "Brightline Research (BLR)", "Hadley &
 * Sons, which trades as Hadley's Bakery": a name right after another, in brackets or after "known
 * as" or "trades as", is the other's alias.
 */
export function aliasesNamedInText(
	chunks: Chunk[],
	chunkEntity: Map<Chunk, EntityDraft>
): AliasMap {
	const aliasOf: AliasMap = new Map();
	for (let c = 1; c < chunks.length; c++) {
		const a = chunks[c - 1];
		const b = chunks[c];
		if (a.sentence !== b.sentence) continue;
		const between = a.sentence.tokens
			.slice(a.end, b.start)
			.map((t) => t.normal)
			.join(' ');
		const paren =
			b.start === a.end &&
			/\(\s*$/.test(a.sentence.tokens[a.end - 1].post + b.sentence.tokens[b.start].pre);
		if (
			paren ||
			/^(also )?(known as|called)$|^(which |that )?(trades|traded|trading) as$/.test(between)
		) {
			const long = chunkEntity.get(a) as EntityDraft;
			const short = chunkEntity.get(b) as EntityDraft;
			// "Brightline Research (BLR)": the initials say it is the same thing, even when the
			// long name alone says little of what it is; it takes the acronym's evidence.
			const spelled = paren && abbreviates(short.name, long.name);
			if (spelled && long !== short) {
				for (const [kind, weight] of short.votes)
					long.votes.set(kind, (long.votes.get(kind) ?? 0) + weight);
				for (const [category, weight] of short.categories)
					long.categories.set(category, (long.categories.get(category) ?? 0) + weight);
				aliasOf.set(short, long);
			} else if (
				long !== short &&
				strongest(long)[1] >= MIN_EVIDENCE &&
				// "Marcus Fenby (Civic Union) 1,072": a person's brackets give a party or a place.
				!(paren && strongest(long)[0] === 'person')
			)
				aliasOf.set(short, long);
		}
	}
	return aliasOf;
}

/**
 * Whether the text names `a` before `b` (drafts are kept in the order first named): "Mabberley's
 * … has agreed to be bought" long before "Catherine Mabberley" is someone or something else.
 */
function namedBefore(byKey: Map<string, EntityDraft>): (a: EntityDraft, b: EntityDraft) => boolean {
	const order = new Map([...byKey.values()].map((d, i) => [d, i]));
	return (a, b) => (order.get(a) ?? 0) < (order.get(b) ?? 0);
}

/** The drafts sure to be people, once kinds are settled. */
export function peopleOf(byKey: Map<string, EntityDraft>): EntityDraft[] {
	return [...byKey.values()].filter((d) => d.kind === 'person' && d.evidence >= MIN_EVIDENCE);
}

/**
 * A surname is the same person as the full name, when one person has it; returns each surname's
 * people (by key), which also decides whether a person's surname alone names them.
 */
export function linkSurnames(
	byKey: Map<string, EntityDraft>,
	people: EntityDraft[],
	aliasOf: AliasMap
): Map<string, EntityDraft[]> {
	const surnames = new Map<string, EntityDraft[]>();
	const before = namedBefore(byKey);
	// "Pellow's Coaches" by "Pellow": bodies whose names open with a word and "'s".
	const firms = new Map<string, EntityDraft>();
	for (const e of byKey.values()) {
		const opener = possessiveOpener(e.name);
		if (e.kind === 'organisation' && opener && !firms.has(opener)) firms.set(opener, e);
	}
	for (const person of people) {
		const words = person.name.split(/\s+/);
		if (words.length < 2 || /\bof\b/.test(person.name)) continue;
		const last = keyOf(words[words.length - 1]);
		surnames.set(last, [...(surnames.get(last) ?? []), person]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft)) continue;
		const owners = surnames.get(draft.key);
		// "driven for Pellow's for 22 years" beside Pellow's Coaches and Helen Pellow: the firm.
		const firm = firms.get(draft.name);
		if (firm) {
			if (!draft.writtenBare) aliasOf.set(draft, firm);
			else {
				draft.evidence = 0;
				draft.shared = true;
			}
			continue;
		}
		// A surname the text uses before it names the person is someone or something else.
		if (owners?.length === 1) {
			if (!before(draft, owners[0])) aliasOf.set(draft, owners[0]);
		}
		// "Miss Munro" and "Mr Munro" after Catriona and Alasdair Munro: a surname two people share
		// names neither for sure, and is no third person.
		else if (owners && owners.length > 1 && draft.kind === 'person') draft.evidence = 0;
	}
	return surnames;
}

/**
 * "Ruth looked at a bridge…", said a colleague of Professor Ruth Ashworth: a first name alone
 * is the one person whose name starts with it, when nobody has it as a surname.
 */
export function linkFirstNames(
	byKey: Map<string, EntityDraft>,
	people: EntityDraft[],
	surnames: Map<string, EntityDraft[]>,
	aliasOf: AliasMap
): void {
	const firstNames = new Map<string, EntityDraft[]>();
	for (const person of people) {
		const words = person.name.split(/\s+/);
		if (words.length < 2 || /\bof\b/.test(person.name)) continue;
		const first = keyOf(words[0]);
		firstNames.set(first, [...(firstNames.get(first) ?? []), person]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft) || draft.kind !== 'person') continue;
		const owners = firstNames.get(draft.key);
		if (owners?.length === 1 && !surnames.has(draft.key)) aliasOf.set(draft, owners[0]);
	}
}

/**
 * "Reddy said…" after "fly-half Callum Reddy": a surname the text shows is a person's makes
 * the one longer name that ends with it that person's full name.
 */
export function linkBareSurnames(byKey: Map<string, EntityDraft>, aliasOf: AliasMap): void {
	const longNames = new Map<string, EntityDraft[]>();
	const before = namedBefore(byKey);
	for (const draft of byKey.values()) {
		const words = draft.name.split(/\s+/);
		if (words.length < 2 || words.length > 4 || /\bof\b/.test(draft.name)) continue;
		const last = keyOf(words[words.length - 1]);
		longNames.set(last, [...(longNames.get(last) ?? []), draft]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft) || draft.kind !== 'person') continue;
		if (draft.evidence < MIN_EVIDENCE) continue;
		const owners = longNames.get(draft.key);
		if (owners?.length !== 1 || strongest(owners[0])[0] === 'organisation') continue;
		const owner = owners[0];
		if (before(draft, owner)) continue;
		for (const [kind, weight] of draft.votes)
			owner.votes.set(kind, (owner.votes.get(kind) ?? 0) + weight);
		[owner.kind, owner.evidence] = strongest(owner);
		if (owner.kind === 'person') aliasOf.set(draft, owner);
	}
}

/** "Isle of Carrabost", "City of Wenlow": a place named by what it is, of its own name. */
const PLACE_OF = /^(isle|island|city|county|borough|town|port)$/i;

/**
 * "Thames" for "River Thames", "Carrabost" for "the Isle of Carrabost": a place's name without
 * the word that says what it is is the same place.
 */
export function linkPlaceShortNames(byKey: Map<string, EntityDraft>, aliasOf: AliasMap): void {
	for (const draft of byKey.values()) {
		if (draft.kind !== 'place' || aliasOf.has(draft)) continue;
		const words = draft.name.replace(/^the\s+/i, '').split(/\s+/);
		const own =
			words.length === 2 && PLACE_FIRST[words[0].toLowerCase()]
				? words[1]
				: words.length === 3 && PLACE_OF.test(words[0]) && words[1] === 'of'
					? words[2]
					: undefined;
		const short = own === undefined ? undefined : byKey.get(keyOf(own));
		if (short && short !== draft && !aliasOf.has(short)) aliasOf.set(short, draft);
	}
}

/**
 * A name called by its first word alone: every organisation of `category` with two or more words
 * takes that word as an alias, when `fits` says the word's own draft may be it.
 */
function linkFirstWords(
	byKey: Map<string, EntityDraft>,
	aliasOf: AliasMap,
	category: string,
	fits: (short: EntityDraft) => boolean,
	named: RegExp = /./
): void {
	for (const draft of byKey.values()) {
		const ofCategory =
			(draft.categories.get(category) ?? 0) >= 3 &&
			draft.kind === 'organisation' &&
			named.test(draft.name);
		const words = draft.name.split(/\s+/);
		if (!ofCategory || words.length < 2 || aliasOf.has(draft)) continue;
		const short = byKey.get(keyOf(words[0]));
		// "Pellow" of a firm and of a woman (linkSurnames) names neither.
		if (short && short !== draft && !aliasOf.has(short) && !short.shared && fits(short))
			aliasOf.set(short, draft);
	}
}

/**
 * "Dunmore" for "Dunmore Rovers", "Castlewick" for "Castlewick Rowing Club": a club is called by
 * its town's name alone, unless the text puts that name where a place goes.
 */
export function linkTeamTowns(
	byKey: Map<string, EntityDraft>,
	aliasOf: AliasMap,
	placed: ReadonlySet<EntityDraft>
): void {
	const notCountry = (short: EntityDraft) => strongest(short)[0] !== 'country';
	// "trained 18 miles away in Castlebridge" is the town, not Castlebridge Dolphins.
	const notTown = (short: EntityDraft) => notCountry(short) && !placed.has(short);
	linkFirstWords(byKey, aliasOf, 'team', notTown);
	// "a Wrennock fishing family", "in Wrennock": the town, not Wrennock Folk Club.
	linkFirstWords(byKey, aliasOf, 'community', notTown, /\bClub$/);
}

/** "in Castlebridge", "at Dunmore", "returned to Penhallow": names the text writes where a place goes. */
export function placedNames(
	chunks: Chunk[],
	chunkEntity: Map<Chunk, EntityDraft>
): Set<EntityDraft> {
	return new Set(
		chunks
			.filter(
				(c) =>
					/^(in|at|near|outside|from)$/.test(c.sentence.tokens[c.start - 1]?.normal ?? '') ||
					// "The team returned to Penhallow": the town a journey ends in.
					(c.sentence.tokens[c.start - 1]?.normal === 'to' &&
						/^(returned|return|returning|moved|travelled|went|came|back|drove|home)$/.test(
							c.sentence.tokens[c.start - 2]?.normal ?? ''
						))
			)
			.flatMap((c) => chunkEntity.get(c) ?? [])
	);
}

/**
 * "Larkfield said…" for Larkfield Homes: a firm is called by the first word of its name, which
 * the speech verb beside it makes look like a person's. Only such a word: a place of the same
 * name ("Dunmore" of Dunmore City Buses is the city) stays the place, and a person's surname is
 * linked to them already.
 */
export function linkFirmShortNames(
	byKey: Map<string, EntityDraft>,
	aliasOf: AliasMap,
	placed: ReadonlySet<EntityDraft>
): void {
	// "Corran, which operates 86 routes" for Corran Motor Services: an organisation too; and
	// "Greystead can appeal" for Greystead Aggregates, a place only by the tagger's guess.
	const fits = (short: EntityDraft) =>
		!/\s/.test(short.name) &&
		!placed.has(short) &&
		(['person', 'organisation'].includes(strongest(short)[0]) ||
			(strongest(short)[0] === 'place' && (short.votes.get('place') ?? 0) < 3));
	// "a technology firm in Quillbury" is the town, not Quillbury and District Water.
	linkFirstWords(byKey, aliasOf, 'business', fits);
	// "Fernleigh's chief executive" of the Fernleigh Care Group, a firm of care homes.
	linkFirstWords(byKey, aliasOf, 'health', fits, /\b(Group|Healthcare|Care)$/);
	// "That left Ardent Basin without a buyer": Ardent Basin Resources without its head word.
	for (const draft of byKey.values()) {
		const words = draft.name.split(/\s+/);
		const business = (draft.categories.get('business') ?? 0) >= 3 && draft.kind === 'organisation';
		if (!business || words.length < 3 || aliasOf.has(draft)) continue;
		const short = byKey.get(keyOf(words.slice(0, -1).join(' ')));
		if (short && short !== draft && !aliasOf.has(short) && short.kind !== 'place')
			aliasOf.set(short, draft);
	}
}
