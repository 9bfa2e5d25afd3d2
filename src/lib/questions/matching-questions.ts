/**
 * Matching questions: things the deck describes matched to their descriptions (people to roles,
 * organisations, terms and places to what the article says of them), and quotations matched to
 * the people who said them, four pairs at a time.
 */
import type { Entity, EntityKind, Fact } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import type { DeckIndex } from './deck-index.ts';
import { highlightFor, sourceText, speakerForms, unique } from './question-parts.ts';
import { randomFrom, shuffled } from './random.ts';
import { shorten, wholeWordIndex } from './wording.ts';
import type { Question } from './types.ts';
import { byCodeUnits } from '../format/compare.ts';
import { ORGANISATION_HEADS } from '../language/lexicon.ts';

const MATCH_SIZE = 4;

/** Facts that teach a person's role: a slot naming the person beside a role slot. */
function roleFacts(index: DeckIndex): Map<string, Fact> {
	const out = new Map<string, Fact>();
	for (const fact of index.deck.facts) {
		if (!fact.slots.some((s) => s.kind === 'role')) continue;
		for (const slot of fact.slots)
			if (slot.kind === 'person' && slot.entity && !out.has(slot.entity))
				out.set(slot.entity, fact);
	}
	return out;
}

/** The items in groups of `size`, the last topped up from the start; none if too few. */
function groupsOf<T>(items: T[], size: number): T[][] {
	if (items.length < size) return [];
	const groups: T[][] = [];
	for (let i = 0; i < items.length; i += size) {
		const group = items.slice(i, i + size);
		// Top up the last group from the start so every group has `size` members.
		if (group.length < size) group.push(...items.slice(0, size - group.length));
		groups.push(group);
	}
	return groups;
}

/** A matching question of these pairs, its left side and its right side each shuffled. */
function matchingQuestion(
	id: string,
	prompt: string,
	pairs: [string, string][],
	facts: Fact[],
	seed: number,
	highlight: string[]
): Question {
	const random = randomFrom(seed, id);
	const left = shuffled(pairs, random);
	return {
		id,
		type: 'matching',
		prompt,
		answer: left.map(([l, r]) => `${l} → ${r}`).join('; '),
		pairs: left,
		options: shuffled(
			pairs.map(([, r]) => r),
			random
		),
		factId: facts[0].id,
		factIds: unique(facts.map((f) => f.id)),
		source: unique(facts.map(sourceText)).join(' … '),
		highlight,
		...(facts[0].topic ? { topic: facts[0].topic } : {})
	};
}

/** What can be matched to its description: each kind of thing with the prompt that asks it. */
const DESCRIBED: { id: string; kinds: EntityKind[]; prompt: string }[] = [
	{ id: 'roles', kinds: ['person'], prompt: 'Match each person to their role.' },
	{
		id: 'organisations',
		kinds: ['organisation'],
		prompt: 'Match each organisation to what it is.'
	},
	{ id: 'terms', kinds: ['term'], prompt: 'Match each term to what it means.' },
	{
		id: 'places',
		kinds: ['place', 'country'],
		prompt: 'Match each place to what the article says about it.'
	}
];

const MATCH_STOPWORDS = new Set([
	'with',
	'from',
	'that',
	'this',
	'their',
	'which',
	'where',
	'what'
]);

/** The longer words of a text, lower-cased: what would give a pair away if both sides shared it. */
function contentWords(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !MATCH_STOPWORDS.has(w))
	);
}

/**
 * The fact that teaches what an entity is: one with a role slot beside it, else the first whose
 * slots name it, else the first whose source names it.
 */
function describingFact(index: DeckIndex, entity: Entity, roleFacts: Map<string, Fact>) {
	const forms = [entity.name, ...entity.aliases, ...entity.garbled].map((f) => f.toLowerCase());
	return (
		roleFacts.get(entity.id) ??
		index.deck.facts.find((f) => f.slots.some((s) => s.entity === entity.id)) ??
		index.deck.facts.find((f) => {
			const source = sourceText(f).toLowerCase();
			return forms.some((form) => wholeWordIndex(source, form) >= 0);
		})
	);
}

/** Things described in the deck, matched to their descriptions, four at a time. */
function describedMatches(index: DeckIndex, seed: number): Question[] {
	const out: Question[] = [];
	const taught = roleFacts(index);
	for (const { id, kinds, prompt } of DESCRIBED) {
		const described: { entity: Entity; fact: Fact }[] = [];
		const descriptions = new Set<string>();
		const taken: Set<string>[] = [];
		const entities = kinds
			.flatMap((kind) => index.entitiesOfKind(kind))
			.sort((a, b) => byCodeUnits(a.id, b.id));
		for (const entity of entities) {
			const role = entity.role;
			if (!role || descriptions.has(normalizeAnswer(role))) continue;
			// "GP → no resident", "Quillbridge Town Council → Cllr Ahmed Qureshi": no one's name, or
			// a name for a role.
			const last = entity.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
			if (id === 'roles' && (!/\p{Ll}/u.test(entity.name) || ORGANISATION_HEADS[last])) continue;
			if (/^(cllr|dr|mr|mrs|ms|prof|sir)\b/i.test(role)) continue;
			// A description that repeats a word of the name ("the transatlantic alliance" for the
			// North Atlantic Treaty Organization's alias) gives its pair away.
			const words = contentWords(role);
			const names = [entity.name, ...entity.aliases];
			const untitled = names.map((n) => normalizeAnswer(n, { titles: true }));
			if (untitled.some((n) => [...contentWords(n)].some((w) => words.has(w)))) continue;
			// "candidate" beside "third candidate": either fits the third candidate.
			const within = (a: Set<string>, b: Set<string>) =>
				a.size > 0 && [...a].every((w) => b.has(w));
			if (taken.some((other) => within(words, other) || within(other, words))) continue;
			const fact = describingFact(index, entity, taught);
			if (!fact) continue;
			descriptions.add(normalizeAnswer(role));
			taken.push(words);
			described.push({ entity, fact });
		}
		for (const group of groupsOf(described, MATCH_SIZE)) {
			const facts = group.map((g) => g.fact);
			out.push(
				matchingQuestion(
					`match.${id}.${group.map((g) => g.entity.id).join('+')}`,
					prompt,
					group.map((g) => [g.entity.name, g.entity.role as string]),
					facts,
					seed,
					group.flatMap((g) => highlightFor(g.fact, speakerForms(g.entity)))
				)
			);
		}
	}
	return out;
}

/** Every matching question of the deck: described things first, then quotations. */
export function matchingQuestions(index: DeckIndex, seed: number): Question[] {
	const out = describedMatches(index, seed);
	// Quotes ↔ speakers: each group needs four different speakers.
	const quoteFacts = index.deck.facts.filter((f) => f.quote && index.entity(f.quote.speaker));
	const remaining = [...quoteFacts].sort((a, b) => byCodeUnits(a.id, b.id));
	while (remaining.length) {
		const group: Fact[] = [];
		for (const fact of [...remaining]) {
			if (group.length === MATCH_SIZE) break;
			if (group.some((g) => g.quote?.speaker === fact.quote?.speaker)) continue;
			group.push(fact);
			remaining.splice(remaining.indexOf(fact), 1);
		}
		if (group.length < MATCH_SIZE) break;
		const speakers = group.map((f) => index.entity(f.quote?.speaker) as Entity);
		// Paraphrases are points people made, not their words: no quotation marks.
		const paraphrased = group.some((f) => f.quote?.paraphrase);
		const said = (f: Fact) => shorten(f.quote?.text ?? '', 110);
		out.push(
			matchingQuestion(
				`match.quotes.${group.map((f) => f.id).join('+')}`,
				paraphrased
					? 'Match each point to the person who made it.'
					: 'Match each quotation to the person who said it.',
				group.map((f, i) => [paraphrased ? said(f) : `“${said(f)}”`, speakers[i].name]),
				group,
				seed,
				group.flatMap((f, i) => highlightFor(f, speakerForms(speakers[i])))
			)
		);
	}
	return out;
}
