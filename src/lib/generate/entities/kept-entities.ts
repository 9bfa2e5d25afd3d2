/**
 * The last steps of finding named things: which drafts become entities, and each entity's final
 * aliases, category (which decides what may stand as a wrong answer for it: a person of another
 * age is a "historic-person") and unique id.
 */
import type { Sentence } from '../analyse.ts';
import { roleClass } from '../roles.ts';
import {
	MONTHS,
	ORGANISATION_HEADS,
	ROLE_NOUNS,
	SPEECH_VERBS,
	TITLES
} from '../../language/lexicon.ts';
import type { AliasMap } from './aliases.ts';
import { keyOf, MIN_EVIDENCE, type EntityDraft } from './entity-drafts.ts';

/** Feasts and holidays, which name no place and no one: "a market town's Christmas lights". */
const HOLIDAYS =
	/^(Christmas|Easter|Whitsun|Halloween|Hallowe'en|Diwali|Hanukkah|Ramadan|Eid|Lent|Advent)$/;

/** Words that rank or number a thing, not name it: "listed at Grade II*", "at Turn 1". */
const RANKS = /^(Grade|Category|Level|Phase|Stage|Tier|Band|Turn|Lap|Gate|Platform|Hole)$/;

/**
 * The drafts that become entities: not an alias, with enough evidence, and used as a name at
 * least once. A name only ever used as an adjective ("Portland cement", "a Ukrainian city") is
 * no thing to ask about, nor a wrong answer for one.
 */
export function keptEntities(
	byKey: Map<string, EntityDraft>,
	aliasOf: AliasMap,
	sentences: Sentence[]
): EntityDraft[] {
	const plain = new Set(
		sentences.flatMap((s) => s.tokens.filter((t) => /^[a-z]/.test(t.text)).map((t) => t.normal))
	);
	return [...byKey.values()].filter(
		(d) =>
			!aliasOf.has(d) &&
			d.evidence >= MIN_EVIDENCE &&
			d.mentions.some((m) => !m.modifier) &&
			!commonWord(d, plain, sentences) &&
			// "Rail services between…", "at the Government": a head word alone names no one body.
			!(!/\s/.test(d.name) && ORGANISATION_HEADS[d.name.toLowerCase()] !== undefined) &&
			!monthAlone(d, sentences) &&
			// "A market town's Christmas lights": a feast or holiday is no place and no one.
			!HOLIDAYS.test(d.name) &&
			!RANKS.test(d.name) &&
			!officeName(d) &&
			!awardTitle(d, sentences)
	);
}

/**
 * "named Community Group of the Year", "Pub of the Season": the words before "of the Year" are
 * an award's title, no body of that name (it would be put in for "the group").
 */
function awardTitle(draft: EntityDraft, sentences: Sentence[]): boolean {
	return draft.mentions.every((m) => {
		const [of, the, span] = sentences[m.sentence]?.tokens.slice(m.end, m.end + 3) ?? [];
		return (
			of?.normal === 'of' &&
			the?.normal === 'the' &&
			/^(Year|Season|Month|Week|Decade|Day)$/.test(span?.text ?? '')
		);
	});
}

/**
 * "the Chief Inspector of Prisons", "Secretary of State": an office, named by what its holder
 * does, is no person's name (a style such as "Prince of Wales" is kept as a style).
 */
function officeName(draft: EntityDraft): boolean {
	const words = draft.name.split(/\s+/);
	const first = words[0].toLowerCase();
	return (
		draft.kind === 'person' &&
		!draft.styled &&
		// "a letter to the Prime Minister": "Minister" alone is an office, no one's name.
		((words.includes('of') && ROLE_NOUNS.has(first)) ||
			(words.length === 1 && (ROLE_NOUNS.has(first) || TITLES.has(first))))
	);
}

/** "who took charge in June", "since March": a month after a word of time is a date, not a June. */
function monthAlone(draft: EntityDraft, sentences: Sentence[]): boolean {
	return (
		MONTHS.includes(draft.name) &&
		draft.mentions.every((m) =>
			/^(in|on|since|until|till|by|from|last|next|early|late|mid|of|before|after|through)$/i.test(
				sentences[m.sentence]?.tokens[m.start - 1]?.text ?? ''
			)
		)
	);
}

/**
 * "Blossom is most vulnerable at that stage", "the campaign group Marshby Against the Depot": a
 * one-word "name" written with a capital only where it starts a sentence or follows "the" inside
 * a longer name, and in lower case elsewhere in the text ("the lorry depot"), is a common word.
 */
function commonWord(
	draft: EntityDraft,
	plain: ReadonlySet<string>,
	sentences: Sentence[]
): boolean {
	const token = (m: EntityDraft['mentions'][number], at: number) =>
		sentences[m.sentence]?.tokens[at];
	return (
		!/\s/.test(draft.name) &&
		plain.has(draft.name.toLowerCase()) &&
		draft.mentions.every((m) => {
			const [the, name] = [token(m, m.start - 1), token(m, m.start - 2)];
			return m.start === 0 || (the?.text === 'the' && /^[A-Z]/.test(name?.text ?? ''));
		})
	);
}

/** Gives each entity its final aliases, its category and an id no other entity has. */
export function finishEntities(
	entities: EntityDraft[],
	surnames: Map<string, EntityDraft[]>,
	sentences: Sentence[]
): void {
	const allYears = sentences.flatMap((s) => [...s.text.matchAll(YEAR)].map((y) => Number(y[1])));
	const latestYear = allYears.length ? Math.max(...allYears) : undefined;
	const used = new Set<string>();
	for (const entity of entities) {
		settleAliases(entity, surnames);
		categorise(entity, sentences, latestYear);
		let id = slug(entity.name);
		for (let n = 2; used.has(id); n++) id = `${slug(entity.name).slice(0, 44)}-${n}`;
		used.add(id);
		entity.id = id;
	}
}

/** An entity's aliases are its other names; a person's surname is one, when no one shares it. */
function settleAliases(entity: EntityDraft, surnames: Map<string, EntityDraft[]>): void {
	entity.aliases.delete(entity.name);
	if (entity.kind === 'person') {
		const words = entity.name.split(/\s+/);
		if (words.length > 1 && !/\bof\b/.test(entity.name)) {
			const last = words[words.length - 1];
			if ((surnames.get(keyOf(last))?.length ?? 0) <= 1) entity.aliases.add(last);
		}
	}
}

/**
 * An entity's category: for a person, their kind of role, or a style, or "historic-person";
 * for other things but countries, the category with the most evidence.
 */
function categorise(
	entity: EntityDraft,
	sentences: Sentence[],
	latestYear: number | undefined
): void {
	// People are wrong answers for people, but a style ("Prince of Wales") only for styles.
	if (entity.kind === 'person') {
		const cls = entity.role ? roleClass(entity.role) : undefined;
		entity.category = entity.styled
			? 'style'
			: fictional(entity, sentences)
				? 'character'
				: historic(entity, sentences, latestYear)
					? 'historic-person'
					: cls
						? `person-${cls}`
						: metInPassing(entity, sentences)
							? 'person-public'
							: 'person';
	}
	if (entity.kind !== 'person' && entity.kind !== 'country') {
		let best: string | undefined;
		for (const [category, weight] of entity.categories)
			if (!best || weight > (entity.categories.get(best) ?? 0)) best = category;
		if (best) entity.category = best;
	}
}

/**
 * Someone the article names in one sentence only, past its opening, with an age and no role
 * who is quoted ("Margaret Fenwick, 71, who has been a member…" before her words, "said Gwen
 * Pritchard, 68"): a member of the public quoted for colour, no wrong answer for a player or a
 * director. (A defendant, "Darren Colby, 41, of Marsh Lane, was jailed", is not quoted.)
 */
function metInPassing(entity: EntityDraft, sentences: Sentence[]): boolean {
	const [first] = entity.mentions;
	if (!first || first.sentence < 2) return false;
	if (entity.mentions.some((m) => m.sentence !== first.sentence)) return false;
	const tokens = sentences[first.sentence]?.tokens ?? [];
	const [name, age] = [tokens[first.end - 1], tokens[first.end]];
	if (!name?.post.startsWith(',') || !/^\d{1,3}$/.test(age?.text ?? '') || !/^[,.]/.test(age.post))
		return false;
	// Quoted, in that sentence or the next: "said Gwen Pritchard, 68", "…," she said.
	const next = sentences[first.sentence + 1]?.tokens ?? [];
	const speaks = (t: { normal: string }) => SPEECH_VERBS.has(t.normal);
	return tokens.some(speaks) || (/["“]/.test(next[0]?.pre ?? '') && next.some(speaks));
}

/** A name as an id: plain lower-case letters and digits joined by hyphens, at most 48 long. */
function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'entity'
	);
}

const YEAR = /\b(1[0-9]\d\d|20\d\d)\b/g;

/**
 * A person of another age than the article's: every sentence that names them that gives a year
 * gives one at least fifty years before the latest the text names, and none has them speak in
 * the present ("says"). A Victorian engineer is no wrong answer for a historian quoted today.
 */
function historic(entity: EntityDraft, sentences: Sentence[], latest: number | undefined): boolean {
	if (latest === undefined) return false;
	let dated = false;
	for (const m of entity.mentions) {
		const text = sentences[m.sentence]?.text ?? '';
		const years = [...text.matchAll(YEAR)].map((y) => Number(y[1]));
		if (years.length) dated = true;
		if (years.some((y) => y > latest - 50)) return false;
		if (/\b(says|tells|thinks|believes|argues|adds)\b/.test(text)) return false;
	}
	return dated;
}

/** "The lead role of Jean Hollis, a miner's wife": a person in a play or a book, no one real. */
function fictional(entity: EntityDraft, sentences: Sentence[]): boolean {
	return entity.mentions.some((m) => {
		const before = sentences[m.sentence]?.tokens.slice(Math.max(0, m.start - 2), m.start);
		const words = (before ?? []).map((t) => t.normal).join(' ');
		return /\b(role|part) of$|\bcharacters?$/.test(words);
	});
}
