/**
 * Every typed answer a curated deck accepts, listed and justified (issue 21). A slot's `accept`
 * entry, and an entity's alias (the answer key accepts those for any slot that names the entity),
 * must be one of:
 *
 * (a) a name form of the thing: another of its names (an alias of an entity, within a phrase too:
 *     "occupied areas" for "occupied territories"), a person's surname or titled name, an acronym
 *     of its words ("CDS", "WW3");
 * (b) a spelling variant: the same words after normalizeAnswer (case, accents, punctuation,
 *     hyphens, articles), British or American spelling, a plural, doubled letters of a long word
 *     ("Odessa"), spaces ("airpower"), or the same list in another order;
 * (c) an equivalent form: the same number (in the same unit), the same date, or a line of
 *     EQUIVALENTS below, with its reason.
 *
 * Anything else fails, naming the deck, fact, slot and entry. A garbled phrase is never accepted;
 * a garbled spelling of a person's name may be (`garbled`), and the feedback shows the true one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, editDistance } from '../answers/check.ts';
import { sameDate } from '../answers/dates.ts';
import { answerWords } from '../answers/normalize.ts';
import { numberWordValue, parseNumber } from '../answers/numbers.ts';
import { indexDeck } from './deck-index.ts';
import { answerKeyFor } from './question-parts.ts';
import { FACTS_FILE, readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import type { Deck, Entity, Slot } from '../content/deck-schema.ts';

/** Every curated deck: each folder of questions/ with a facts file. */
const decks: Deck[] = readdirSync('questions', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join('questions', d.name, FACTS_FILE)))
	.map((d) => readDeckFolder(join('questions', d.name)));

interface Equivalent {
	/** Where it holds: a slot ("fact-id.slot-id") or an entity's names ("entity:id"). */
	at: string;
	/** These words (an accepted entry, or part of one) … */
	form: string;
	/** … mean the same as these (in the answer, a name, or a form already justified). */
	means: string;
	why: string;
}

/**
 * Forms that mean the same but share no spelling, under the slot ("[fact-id.slot-id]") or the
 * entity ("[entity:id]") they hold for: "form ≡ means — why". A form may stand for part of an
 * answer ("prevent ≡ stop"), and may mean a form justified above it. Every line must be used.
 */
const EQUIVALENTS: Record<string, Equivalent[]> = {
	'ukraine-security-guarantees': parseEquivalents(`
[entity:starmer]
Sir Keir ≡ Keir Starmer — how a knight is named (the article: "Sir Kir")
[entity:arnold]
Edward Arnold ≡ Ed Arnold — Ed is short for Edward (the article's form)
[entity:usa]
United States of America ≡ United States — its full name
America ≡ United States — the article’s own name for the US ("America will join")
[entity:uk]
Britain ≡ United Kingdom — its usual short name ("Britain has sent …")
Great Britain ≡ Britain — the long form of that short name, used for the state (GB)
[entity:russia]
the Russian Federation ≡ Russia — Russia’s official name
[entity:nato]
the transatlantic alliance ≡ NATO — the article’s own name for NATO
[entity:us-army-europe]
US Army forces in Europe ≡ US Army Europe — the article’s own name for the command
[entity:washington]
Washington DC ≡ Washington — the city’s full name
[entity:commentators]
many commentators ≡ commentators — the article’s own words for the group
[entity:military-experts]
many military experts ≡ military experts — the article’s own words for the group
[entity:sanctions]
sanctions ≡ economic sanctions — the usual short name
crippling economic sanctions ≡ economic sanctions — the article’s adjective; the same measure
restrictions ≡ sanctions — the article’s own word ("economic restrictions on Russia oil exports")
[entity:line-of-contact]
front line ≡ line of contact — the article calls the same line both
[entity:world-war-three]
third world war ≡ World War Three — the same war named by its ordinal
[entity:occupied-territories]
areas ≡ territories — the article’s own word ("the occupied areas")
[entity:air-policing]
policing Ukraine's airspace ≡ air policing — what air policing is, in the article’s words
[radakin-sent-to-washington.role]
head of the armed forces ≡ Chief of the Defence Staff — what the post is (the deck’s role for Radakin)
[cogs-turning.verdict]
cogs are turning ≡ cogs are clearly turning — the idiom without the author’s "clearly"
wheels ≡ cogs — the same idiom with its other word
things are moving ≡ cogs are turning — what the idiom means (the fact’s explanation)
[slovakia-opposes-membership.reason]
war with Russia ≡ shooting war with Russia — a shooting war is a war: the same risk
[deter-second-or-third-bite.purpose]
prevent ≡ stop — the same verb here
to stop Russia coming back ≡ to stop Russia coming back for a second, or third, bite — coming back is the bite
attacking again ≡ coming back — what coming back for a bite means (the fact’s explanation)
invading ≡ attacking — a bite is another invasion (the fact’s explanation)
to deter Russia from attacking again ≡ to stop Russia attacking again — deterring is how a guarantee stops it
[air-policing-option.bases]
and ≡ or — bases in either country or both: each answers the question
[rules-of-engagement.pilots-question]
if ≡ whether — the same indirect question
may ≡ can — the same permission
fire back ≡ shoot back — the same act
[kremlin-opposes-nato-troops.condition]
flag ≡ badge — the colours troops serve under: the same idea
under another badge ≡ even under another badge — "even" only stresses it
under any badge ≡ under another badge — any badge other than NATO’s: the same condition
whatever badge they wear ≡ under any badge — the same condition
[military-support.areas]
logistic support ≡ logistics — the article’s own words
[military-support.supplies]
arms ≡ weapons — the same thing
ammo ≡ ammunition — its short word
[russia-and-moscow-say.view]
no say ≡ should have no say — the same verdict without its verb
should not have a say ≡ should have no say — the same, negated on the verb
should have no say at all ≡ should have no say — "at all" only stresses it
[foreman-role.role]
military attaché ≡ defence attaché — the post’s general name (the article: "military attachment")
British defence attaché ≡ defence attaché — he was Britain’s (the statement says so)
[foreman-quote.price]
recognition ≡ formal recognition — the same recognition; "formal" only stresses it
[hodges-doubts-us.attitude]
is sceptical ≡ doubts — the same view
doubts it ≡ doubts — "it" is the same doubt
[hodges-europeans-quote.until]
until he is forced to do so ≡ until he is forced to — the article’s own words
until forced to ≡ until he is forced to — the same, without the pronoun
[underlying-contradiction.aim]
strong enough to deter Russia ≡ strong enough to deter Russia from attacking Ukraine again — deterring Russia is deterring that attack
from attacking again ≡ from attacking Ukraine again — the attack meant is on Ukraine
[underlying-contradiction.threat]
property ≡ assets — the article’s own word
attack ≡ target — to target assets is to threaten to attack them
[wallace-west-not-firm.role]
Secretary of State for Defence ≡ Defence Secretary — the post’s formal title
UK Defence Secretary ≡ Defence Secretary — the statement says UK
[wallace-west-not-firm.verdict]
not sufficiently firm ≡ not firm enough — the article’s own words
too soft ≡ not firm enough — the same verdict
[wallace-little-achieved.outcome]
not much ≡ little — the same amount
little will happen ≡ little will be achieved — the same outcome
[arnold-role.role]
Fellow for European Security ≡ Senior Research Fellow for European Security — the article’s own title for him
research fellow ≡ senior research fellow — his post without its grade
[arnold-warning.nature]
a political aspiration ≡ a political aspiration rather than a rigorous military construct — the half of the contrast that is his point
[front-line-length.km]
600 miles ≡ 1,000 km — the article gives both ("over 600 miles or 1000 km-plus")
`)
};

function equivalentsOf(deck: Deck): Equivalent[] {
	return EQUIVALENTS[deck.id] ?? [];
}

function parseEquivalents(table: string): Equivalent[] {
	let at = '';
	return table
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.flatMap((line) => {
			const scope = /^\[(.+)\]$/.exec(line);
			if (scope) {
				at = scope[1];
				return [];
			}
			const entry = /^(.+?) ≡ (.+?) — (.+)$/.exec(line);
			if (!entry || !at) throw new Error(`EQUIVALENTS: cannot read “${line}”`);
			return [{ at, form: entry[1], means: entry[2], why: entry[3] }];
		});
}

/**
 * Forms that change the meaning, which the deck once accepted (issue 21 and the garbled phrases
 * of the deck before it): none may be accepted anywhere.
 */
const MEANING_CHANGING: [string, string][] = [
	['suspect', 'the opposite of "doubts"'],
	['a little will be achieved', 'reverses "little will be achieved"'],
	['in Russian', 'no think tank’s name'],
	['has decided that', 'not "has ruled it out"'],
	['coalition of alliance', 'a garbled term'],
	['coalition of the alliance', 'a garbled term'],
	['alliance of the interested', 'a garbled term'],
	['interested alliance', 'a garbled term'],
	['alliance of the alliance', 'a garbled term'],
	['should not say anything', 'staying silent is not having no say'],
	['keep the Russian fleet in the Gulf', 'no gulf: the fleet is kept at bay'],
	['keep the Russian fleet in port', 'narrower than the source'],
	['which is also under the badge', 'a garbled phrase'],
	['reconstruct the army of his injury', 'a garbled phrase'],
	['military attachment', 'an attachment is not an attaché']
];

/** British spellings and their American twins (either is right). */
const SPELLINGS: Record<string, string> = {
	defence: 'defense',
	sceptical: 'skeptical',
	organisation: 'organization',
	neighbouring: 'neighboring',
	stabilisation: 'stabilization',
	centre: 'center',
	programme: 'program'
};
const ROMAN: Record<string, number> = { ii: 2, iii: 3, iv: 4, vi: 6, vii: 7, viii: 8, ix: 9 };
/** Words a number may stand with and still be the same number ("more than 30", "30-plus"). */
const BOUND_WORDS = new Set(['more', 'than', 'over', 'plus', 'at', 'least', 'about', 'around']);
const UNITS: Record<string, string> = { kilometre: 'km', kilometer: 'km', mile: 'mile' };

function canonicalWord(word: string): string {
	const spelt = SPELLINGS[word] ?? word;
	const n = ROMAN[spelt] ?? numberWordValue(spelt);
	if (n !== undefined) return String(n);
	return spelt.length > 3 && spelt.endsWith('s') && !spelt.endsWith('ss')
		? spelt.slice(0, -1)
		: spelt;
}

/**
 * The words two spellings of one answer share: normalizeAnswer's (titles dropped for people),
 * one spelling, singular, numbers as digits. "A little" and "a few" keep their article: they mean
 * the opposite of "little" and "few".
 */
function canon(text: string, person = false): string {
	const kept = text.replace(/\ba\s+(little|few)\b/gi, 'a$1');
	return answerWords(kept, { titles: person }).map(canonicalWord).join(' ');
}

/** A list's items, in order, and how they are joined: "Poland or Romania" → or: poland | romania. */
function listKey(text: string, person: boolean): string | undefined {
	const items = text.split(/\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/i).filter(Boolean);
	if (items.length < 2) return undefined;
	const joined = /\bor\b/i.test(text) ? 'or' : 'and';
	return `${joined}: ${items
		.map((item) => canon(item, person))
		.sort()
		.join(' | ')}`;
}

/** The spellings of a form: equal keys are spelling variants of one answer. */
function keysOf(text: string, person: boolean): string[] {
	const c = canon(text, person);
	const collapsed = c
		.split(' ')
		.map((w) => (w.length >= 5 ? w.replace(/(\p{L})\1/gu, '$1') : w))
		.join(' ');
	const list = listKey(text, person);
	return [c, c.replace(/ /g, ''), collapsed, ...(list ? [list] : [])];
}

/** "Chief of Defence Staff" → "cds"; "World War III" → "wwiii"; numbers and numerals kept whole. */
function initials(words: string[]): string {
	return words
		.filter((w) => !['of', 'and', 'for', 'in'].includes(w))
		.map((w) => (/^\d+$/.test(w) || ROMAN[w] !== undefined ? w : w[0]))
		.join('');
}

function isAcronym(short: string[], long: string[]): boolean {
	return (
		short.length === 1 && short[0].length >= 2 && long.length >= 2 && initials(long) === short[0]
	);
}

/** The number a form gives, and its unit (the slot's own when it names none). */
function numberOf(text: string, slot: Slot): { value: number; unit: string } | undefined {
	const value = parseNumber(text);
	if (value === undefined) return undefined;
	const rest = answerWords(text)
		.filter((w) => parseNumber(w) === undefined && !BOUND_WORDS.has(w))
		.map((w) => canonicalWord(w))
		.map((w) => UNITS[w] ?? w)
		.join(' ');
	return { value, unit: rest || canon(slot.unit ?? '') };
}

/** Swaps of equivalent words: every other name of every entity, and the table's entries here. */
function swapsAt(deck: Deck, scope: string, except?: Entity): [string, string][] {
	const names: [string, string][] = deck.entities
		.filter((e) => e !== except)
		.flatMap((e) => {
			const all = [e.name, ...e.aliases];
			return all.flatMap((a) => all.filter((b) => b !== a).map((b): [string, string] => [a, b]));
		});
	const table = equivalentsOf(deck)
		.filter((q) => q.at === scope)
		.map((q): [string, string] => [q.means, q.form]);
	return [...table, ...names];
}

/** Every form a chain of swaps reaches from the true ones: what an entry may be a spelling of. */
function justified(seeds: string[], swaps: [string, string][], person: boolean): Set<string> {
	const forms = new Set(seeds.map((s) => canon(s, person)));
	const pairs = swaps
		.map(([from, to]) => [canon(from, person), canon(to, person)])
		.filter(([from]) => from.length > 0);
	for (let round = 0; round < 3 && forms.size < 20_000; round++)
		for (const form of [...forms])
			for (const [from, to] of pairs) {
				const padded = ` ${form} `;
				if (padded.includes(` ${from} `))
					forms.add(padded.replace(` ${from} `, ` ${to} `).replace(/\s+/g, ' ').trim());
			}
	return forms;
}

interface Target {
	deck: Deck;
	/** Where the entry is, for messages: "fact.slot accept" or "entity aliases". */
	where: string;
	/** The table's scope for it. */
	scope: string;
	entry: string;
	/** The true forms: the answer (and its entity's names), or the entity's name. */
	seeds: string[];
	person: boolean;
	slot?: Slot;
	except?: Entity;
}

/** Why an entry is right, or undefined when nothing justifies it. */
function justification(target: Target): string | undefined {
	const { entry, seeds, person, slot } = target;
	const forms = justified(seeds, swapsAt(target.deck, target.scope, target.except), person);
	const keys = new Set([...forms, ...seeds].flatMap((f) => keysOf(f, person)));
	if (keysOf(entry, person).some((k) => keys.has(k))) return 'a name form or spelling variant';
	const words = answerWords(entry, { titles: person });
	for (const form of [...seeds, ...forms]) {
		const formWords = answerWords(form, { titles: person });
		if (isAcronym(words, formWords) || isAcronym(formWords, words))
			return `an acronym of “${form}”`;
		const canonWords = canon(form, person).split(' ');
		if (isAcronym([canon(entry, person)], canonWords)) return `an acronym of “${form}”`;
		const surname = formWords.at(-1) ?? '';
		if (
			person &&
			formWords.length > 1 &&
			keysOf(entry, true).some((k) => keysOf(surname, true).includes(k))
		)
			return `the surname of “${form}”`;
	}
	if (slot?.kind === 'number' && slot.value !== undefined) {
		const given = numberOf(entry, slot);
		const tabled = equivalentsOf(target.deck)
			.filter((q) => q.at === target.scope)
			.map((q) => q.form);
		const right = [
			{ value: slot.value, unit: numberOf(slot.answer, slot)?.unit ?? canon(slot.unit ?? '') },
			...tabled.flatMap((t) => numberOf(t, slot) ?? [])
		];
		if (given && right.some((r) => r.value === given.value && r.unit === given.unit))
			return 'the same number';
	}
	if (slot?.kind === 'date' && seeds.some((s) => sameDate(entry, s))) return 'the same date';
	return undefined;
}

/** A deck's slots' accept entries. */
function slotTargets(deck: Deck): Target[] {
	const entityById = new Map(deck.entities.map((e) => [e.id, e]));
	return deck.facts.flatMap((fact) =>
		fact.slots.flatMap((s) => {
			const entity = s.entity === undefined ? undefined : entityById.get(s.entity);
			return s.accept.map((entry): Target => ({
				deck,
				where: `${fact.id}.${s.id} accept`,
				scope: `${fact.id}.${s.id}`,
				entry,
				seeds: [s.answer, ...(entity ? [entity.name, ...entity.aliases] : [])],
				person: s.kind === 'person',
				slot: s
			}));
		})
	);
}

/**
 * An entity's aliases, each justified from its name or from aliases justified before it (so two
 * unjustified aliases never vouch for each other): the reason for each, or undefined.
 */
function aliasReasons(deck: Deck, entity: Entity): Map<string, string | undefined> {
	const reasons = new Map<string, string | undefined>(entity.aliases.map((a) => [a, undefined]));
	for (let changed = true; changed;) {
		changed = false;
		const known = entity.aliases.filter((a) => reasons.get(a) !== undefined);
		for (const alias of entity.aliases) {
			if (reasons.get(alias) !== undefined) continue;
			const why = justification({
				deck,
				where: `entity ${entity.id} aliases`,
				scope: `entity:${entity.id}`,
				entry: alias,
				seeds: [entity.name, ...known],
				person: entity.kind === 'person',
				except: entity
			});
			if (why !== undefined) {
				reasons.set(alias, why);
				changed = true;
			}
		}
	}
	return reasons;
}

/** A deck's entities' aliases, with why each is right (undefined: nothing justifies it). */
function aliasTargets(deck: Deck): { target: Target; why: string | undefined }[] {
	return deck.entities.flatMap((entity) => {
		const reasons = aliasReasons(deck, entity);
		return entity.aliases.map((entry) => ({
			target: {
				deck,
				where: `entity ${entity.id} aliases`,
				scope: `entity:${entity.id}`,
				entry,
				seeds: [entity.name],
				person: entity.kind === 'person'
			},
			why: reasons.get(entry)
		}));
	});
}

function unjustified(target: Target): string {
	return `${target.deck.id}: ${target.where}: “${target.entry}” is not a name form, a spelling variant or an equivalent of “${target.seeds[0]}”: add it to EQUIVALENTS with its reason, or drop it from facts.yaml`;
}

describe.each(decks.map((d) => [d.id, d] as const))('the accepted answers of %s', (_, deck) => {
	const slots = slotTargets(deck);
	const aliases = aliasTargets(deck);

	it('are listed: every slot’s accept entries and every entity’s aliases', () => {
		expect(slots.length + aliases.length).toBeGreaterThan(0);
	});

	it.each(slots.map((t) => [`${t.where}: “${t.entry}”`, t] as const))('%s', (_, target) => {
		expect(justification(target), unjustified(target)).toBeDefined();
	});

	it.each(aliases.map((a) => [`${a.target.where}: “${a.target.entry}”`, a] as const))(
		'%s',
		(_, { target, why }) => {
			expect(why, unjustified(target)).toBeDefined();
		}
	);

	it('use every EQUIVALENTS entry, where it says', () => {
		const all = [...slots, ...aliases.map((a) => a.target)];
		const table = equivalentsOf(deck);
		const unused = table.filter((q) => {
			const here = all.filter((t) => t.scope === q.at);
			const form = canon(q.form, here[0]?.person);
			return !here.some((t) => ` ${canon(t.entry, t.person)} `.includes(` ${form} `));
		});
		expect(unused.map((q) => `${q.at}: “${q.form}”`)).toEqual([]);
		for (const q of table) expect(q.why.length, q.form).toBeGreaterThan(5);
	});
});

describe('the accept rules', () => {
	const deck = decks.find((d) => d.id === 'ukraine-security-guarantees');
	if (!deck) throw new Error('the curated deck ukraine-security-guarantees is missing');
	const at = (factId: string, slotId: string, entry: string): Target => {
		const s = deck.facts.find((f) => f.id === factId)?.slots.find((x) => x.id === slotId);
		if (!s) throw new Error(`no slot ${factId}.${slotId}`);
		const scope = `${factId}.${slotId}`;
		return { deck, where: scope, scope, entry, seeds: [s.answer], person: false, slot: s };
	};

	it('are met by the deck’s entries: each with a reason (what the listing above checks)', () => {
		expect(slotTargets(deck).length).toBeGreaterThan(50);
		expect(aliasTargets(deck).length).toBeGreaterThan(40);
		expect(equivalentsOf(deck).length).toBeGreaterThan(0);
	});

	it('refuse what nothing justifies: a reversed sense, a wrong unit, another list', () => {
		const outcome = (entry: string) =>
			justification(at('wallace-little-achieved', 'outcome', entry));
		expect(outcome('a little will be achieved')).toBeUndefined();
		expect(outcome('much will be achieved')).toBeUndefined();
		expect(outcome('Little will be achieved!')).toBeDefined();
		expect(justification(at('hodges-doubts-us', 'attitude', 'suspects'))).toBeUndefined();
		expect(justification(at('wallace-west-not-firm', 'verdict', 'firm enough'))).toBeUndefined();
		expect(justification(at('air-policing-option', 'bases', 'Hungary or Romania'))).toBeUndefined();
		const km = (entry: string) => justification(at('front-line-length', 'km', entry));
		expect(km('1000 miles')).toBeUndefined();
		expect(km('600')).toBeUndefined();
		expect(km('over 600 miles')).toBeDefined();
	});

	it('let no two unjustified aliases vouch for each other', () => {
		const nato = deck.entities.find((e) => e.id === 'nato');
		if (!nato) throw new Error('no entity nato');
		const reasons = aliasReasons(deck, {
			...nato,
			aliases: [...nato.aliases, 'the Warsaw Pact', 'Foo Bar', 'foo-bar']
		});
		expect(reasons.get('the Warsaw Pact')).toBeUndefined();
		expect(reasons.get('Foo Bar')).toBeUndefined();
		expect(reasons.get('foo-bar')).toBeUndefined();
		expect(reasons.get('North Atlantic Treaty Organization')).toBeDefined();
	});
});

describe.each(decks.map((d) => [d.id, d] as const))('the garbled forms of %s', (_, deck) => {
	it('are misspelt names of people only, never a garbled phrase', () => {
		const problems: string[] = [];
		for (const fact of deck.facts)
			for (const s of fact.slots)
				if (s.garbled.length && s.kind !== 'person')
					problems.push(
						`${fact.id}.${s.id}: garbled ${JSON.stringify(s.garbled)} on a slot of kind ${s.kind}`
					);
		for (const entity of deck.entities) {
			if (entity.garbled.length && entity.kind !== 'person')
				problems.push(
					`entity ${entity.id}: garbled ${JSON.stringify(entity.garbled)} on an entity of kind ${entity.kind}`
				);
			const nameWords = [entity.name, ...entity.aliases].flatMap((n) =>
				answerWords(n, { titles: true })
			);
			const trueForms = new Set([entity.name, ...entity.aliases].map((n) => canon(n, true)));
			for (const garbled of entity.garbled) {
				const words = answerWords(garbled, { titles: true });
				// Each word a misspelling of a word of the name (or its short form: "Ed" for "Edward").
				const misspelt = words.every((w) =>
					nameWords.some(
						(n) =>
							editDistance(w, n) <= Math.ceil(n.length / 2) ||
							(Math.min(w.length, n.length) >= 2 && (w.startsWith(n) || n.startsWith(w)))
					)
				);
				if (!misspelt)
					problems.push(`entity ${entity.id}: “${garbled}” is not a spelling of its name`);
				if (trueForms.has(canon(garbled, true)))
					problems.push(`entity ${entity.id}: “${garbled}” is a true form: an alias, not garbled`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.each(decks.map((d) => [d.id, d] as const))(
	'forms that change the meaning, in %s',
	(_, deck) => {
		/** Lower case, single spaces, no punctuation: articles kept ("a little" is not "little"). */
		const plain = (t: string) =>
			t
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s]/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim();
		const wrong = new Set(MEANING_CHANGING.map(([form]) => plain(form)));

		it('are in no accept, alias or garbled list', () => {
			const listed = [
				...deck.entities.flatMap((e) =>
					[...e.aliases, ...e.garbled].map((t) => [`entity ${e.id}`, t] as const)
				),
				...deck.facts.flatMap((f) =>
					f.slots.flatMap((s) =>
						[...s.accept, ...s.garbled].map((t) => [`${f.id}.${s.id}`, t] as const)
					)
				)
			];
			expect(listed.length).toBeGreaterThan(0);
			expect(
				listed.filter(([, t]) => wrong.has(plain(t))).map(([where, t]) => `${where}: “${t}”`)
			).toEqual([]);
		});

		it('are refused by every slot’s answer key', () => {
			const index = indexDeck(deck);
			const accepted: string[] = [];
			for (const fact of deck.facts)
				for (const s of fact.slots) {
					const key = answerKeyFor(index, s);
					for (const [form, why] of MEANING_CHANGING) {
						if (checkTypedAnswer(form, key).correct)
							accepted.push(`${fact.id}.${s.id} accepts “${form}” (${why})`);
					}
				}
			expect(accepted).toEqual([]);
		});
	}
);
