/** Lookups over one deck that the engine needs again and again. Built once per deck. */
import type { Deck, Entity, EntityKind, Fact, Slot, SlotKind } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { centralThings } from './lint/central-things.ts';
import { deckMisprints, misprintsIn, type Misprint } from '../content/misprints.ts';

export interface DeckIndex {
	deck: Deck;
	entity(id: string | undefined): Entity | undefined;
	entitiesOfKind(kind: EntityKind): Entity[];
	/** Answers of slots of this kind that name no entity (phrases, roles, dates…), deck-wide. */
	slotAnswers(kind: SlotKind): string[];
	/** Roles of people in the deck. */
	personRoles(): string[];
	/** People who are quoted in the deck, in deck order. */
	quotedPeople(): Entity[];
	/**
	 * The entity a text names under any of its forms (name, alias, garbled spelling, a person's
	 * surname, titles ignored); undefined when none does or two share the form.
	 */
	entityNamed(text: string): Entity | undefined;
	/** The deck's misprints that occur in a text (a cited source), in text order. */
	misprintsIn(text: string): Misprint[];
	/** Nouns ("the decision") that stand for what the article reports: see central-things.ts. */
	central: ReadonlySet<string>;
}

// The schema's ENTITY_KINDS, written out. Importing them costs every screen that builds questions
// a request: the schema module with its validator, or a module of their own (measured in a build).
// deck-index.spec.ts keeps the two lists the same.
const ENTITY_SLOT_KINDS = new Set<string>([
	'person',
	'country',
	'organisation',
	'place',
	'group',
	'term'
]);

export function isEntityKind(kind: SlotKind): kind is EntityKind {
	return ENTITY_SLOT_KINDS.has(kind);
}

export function indexDeck(deck: Deck): DeckIndex {
	const byId = new Map(deck.entities.map((e) => [e.id, e]));
	const byKind = new Map<string, Entity[]>();
	for (const entity of deck.entities) {
		const list = byKind.get(entity.kind) ?? [];
		list.push(entity);
		byKind.set(entity.kind, list);
	}
	const answersByKind = new Map<string, string[]>();
	const seen = new Set<string>();
	deck.facts.forEach((fact: Fact) =>
		fact.slots.forEach((slot: Slot) => {
			if (slot.entity) return;
			const key = `${slot.kind}:${normalizeAnswer(slot.answer)}`;
			if (seen.has(key)) return;
			seen.add(key);
			const list = answersByKind.get(slot.kind) ?? [];
			list.push(slot.answer);
			answersByKind.set(slot.kind, list);
		})
	);
	const quoted: Entity[] = [];
	for (const fact of deck.facts) {
		const speaker = fact.quote ? byId.get(fact.quote.speaker) : undefined;
		if (speaker && !quoted.includes(speaker)) quoted.push(speaker);
	}
	const named = new Map<string, Entity | null>();
	const addForm = (form: string, entity: Entity) => {
		const key = normalizeAnswer(form, { titles: true });
		if (!key) return;
		const seen = named.get(key);
		named.set(key, seen === undefined || seen === entity ? entity : null);
	};
	for (const entity of deck.entities) {
		const forms = [entity.name, ...entity.aliases, ...entity.garbled];
		for (const form of forms) addForm(form, entity);
	}
	// A person's surname names them too, when no other form or person already uses it.
	const surnames = new Map<string, Set<Entity>>();
	for (const entity of deck.entities) {
		if (entity.kind !== 'person') continue;
		for (const form of [entity.name, ...entity.aliases]) {
			const words = normalizeAnswer(form, { titles: true }).split(' ');
			const surname = words.at(-1);
			if (words.length > 1 && surname)
				surnames.set(surname, (surnames.get(surname) ?? new Set()).add(entity));
		}
	}
	for (const [surname, owners] of surnames)
		if (!named.has(surname)) named.set(surname, owners.size === 1 ? [...owners][0] : null);
	const roles = deck.entities
		.filter((e) => e.kind === 'person' && e.role)
		.map((e) => e.role as string);
	const misprints = deckMisprints(deck);
	return {
		deck,
		entity: (id) => (id === undefined ? undefined : byId.get(id)),
		entitiesOfKind: (kind) => byKind.get(kind) ?? [],
		slotAnswers: (kind) => answersByKind.get(kind) ?? [],
		personRoles: () => roles,
		quotedPeople: () => quoted,
		entityNamed: (text) => named.get(normalizeAnswer(text, { titles: true })) ?? undefined,
		misprintsIn: (text) => (misprints.length ? misprintsIn(text, misprints) : []),
		central: centralThings(deck.title, deck.article)
	};
}
