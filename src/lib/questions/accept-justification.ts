/**
 * For accepted-answers.spec.ts and garbled-forms.spec.ts: every curated deck, and why each entry of
 * its accept and alias lists is right (a name form, a spelling variant or an equivalent form), or
 * that nothing justifies it. Not used by the app.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sameDate } from '../answers/dates.ts';
import { answerWords } from '../answers/normalize.ts';
import { numberWordValue, parseNumber } from '../answers/numbers.ts';
import { FACTS_FILE, readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import type { Deck, Entity, Slot } from '../content/deck-schema.ts';
import { equivalentsOf } from './accept-equivalents.ts';

/** Every curated deck: each folder of questions/ with a facts file. */
export const decks: Deck[] = readdirSync('questions', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join('questions', d.name, FACTS_FILE)))
	.map((d) => readDeckFolder(join('questions', d.name)));

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
export function canon(text: string, person = false): string {
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

export interface Target {
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
export function justification(target: Target): string | undefined {
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
export function slotTargets(deck: Deck): Target[] {
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
export function aliasReasons(deck: Deck, entity: Entity): Map<string, string | undefined> {
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
export function aliasTargets(deck: Deck): { target: Target; why: string | undefined }[] {
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

export function unjustified(target: Target): string {
	return `${target.deck.id}: ${target.where}: “${target.entry}” is not a name form, a spelling variant or an equivalent of “${target.seeds[0]}”: add it to EQUIVALENTS with its reason, or drop it from facts.yaml`;
}
