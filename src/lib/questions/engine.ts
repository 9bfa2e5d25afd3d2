/**
 * The one question engine: any deck's facts (curated or generated) become questions and
 * flashcards. Deterministic: the deck and a seed fully determine the output, and each question's
 * randomness is keyed by its own id, so adding a fact changes nothing about the others.
 */
import type { Deck, Entity, EntityKind, Fact, Quote, Slot } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { indexDeck, isEntityKind, type DeckIndex } from './deck-index.ts';
import { chooseDistractors, distractorPool } from './distractors.ts';
import { lintQuestion, type Finding, type LintContext, type LintSubject } from './lint/index.ts';
import { boundBefore } from './lint/two-right-answers.ts';
import { FUTURE } from './lint/impossible-number.ts';
import { statementWith } from './lint/wrong-answers.ts';
import { randomFrom, shuffled } from './random.ts';
import { blankOut, shorten, wholeWordIndex } from './wording.ts';
import type { AnswerKey } from '../answers/key.ts';
import type { CardTemplate, Question } from './types.ts';
import { byCodeUnits } from '../format/compare.ts';
import { runInSlices, runToEnd, type Sliced } from '../main-thread/slices.ts';

const OPTION_COUNT = 4;
const MATCH_SIZE = 4;

export function sourceText(fact: Fact): string {
	return fact.source.join(' ');
}

/**
 * Where the answer stands in the article's own words (garbled spellings included): the form a
 * person marked (`preferred`) first, else the longest form found.
 */
function highlightFor(fact: Fact, forms: string[], preferred?: string): string[] {
	const source = sourceText(fact);
	const lower = source.toLowerCase();
	const candidates = forms.filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
	const found = [preferred, ...candidates].find(
		(f) => f !== undefined && f.length > 1 && lower.includes(f.toLowerCase())
	);
	if (!found) return [];
	const at = lower.indexOf(found.toLowerCase());
	return [source.slice(at, at + found.length)];
}

function unique(items: string[], except: string[] = []): string[] {
	const seen = new Set(except.map((t) => t.toLowerCase()));
	return items.filter((t) => {
		const key = t.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function rivalsFor(index: DeckIndex, slot: Slot, entity: Entity | undefined): string[] {
	if (!isEntityKind(slot.kind))
		return index.slotAnswers(slot.kind).filter((a) => a !== slot.answer);
	return index
		.entitiesOfKind(slot.kind)
		.filter((e) => e !== entity)
		.flatMap((e) => [e.name, ...e.aliases]);
}

export function answerKeyFor(index: DeckIndex, slot: Slot): AnswerKey {
	const entity = index.entity(slot.entity);
	return {
		answer: slot.answer,
		accept: unique(
			[...(entity ? [entity.name, ...entity.aliases] : []), ...slot.accept],
			[slot.answer]
		),
		garbled: unique([...(entity?.garbled ?? []), ...slot.garbled]),
		kind: slot.kind,
		...(slot.value !== undefined ? { value: slot.value } : {}),
		...(slot.tolerance !== undefined ? { tolerance: slot.tolerance } : {}),
		...(slot.unit !== undefined ? { unit: slot.unit } : {}),
		rivals: rivalsFor(index, slot, entity)
	};
}

function slotHighlight(fact: Fact, slot: Slot, key: AnswerKey): string[] {
	return highlightFor(
		fact,
		[
			key.answer,
			...key.accept,
			...key.garbled,
			...(slot.value !== undefined ? [String(slot.value)] : [])
		],
		slot.inSource
	);
}

function base(fact: Fact) {
	return {
		factId: fact.id,
		factIds: [fact.id],
		source: sourceText(fact),
		...(fact.explanation ? { explanation: fact.explanation } : {}),
		...(fact.topic ? { topic: fact.topic } : {})
	};
}

/** A question with what it was made from, for the linter, and its findings once linted. */
type Made = LintSubject & { findings?: Finding[] };

/** What a question-building step hands on: questions to keep, each with what it was made from. */
interface Built {
	lint: LintContext;
	keep(made: Made): void;
}

/** The findings a question has, with another wrong answer drawn for any option at fault. */
function repaired(
	made: Made,
	spare: string[],
	lint: LintContext
): { made: Made; findings: Finding[] } {
	let current = made;
	for (;;) {
		const findings = lintQuestion(current, lint);
		const faulty = new Set(findings.map((f) => f.option));
		if (!findings.length || faulty.has(undefined)) return { made: current, findings };
		const question = current.question;
		if (question.type === 'true-false') {
			const next = spare.shift();
			if (next === undefined || !current.slot) return { made: current, findings };
			current = {
				...current,
				swap: next,
				question: { ...question, prompt: statementWith(current.fact, current.slot, next) }
			};
			continue;
		}
		const options = question.options ?? [];
		if (spare.length < faulty.size) return { made: current, findings };
		const replaced = options.map((o) => (faulty.has(o) ? (spare.shift() as string) : o));
		current = { ...current, question: { ...question, options: replaced } };
	}
}

/**
 * A figure the statement gives as a bound ("more than 1,000 km", "30-plus nations"). Every surely
 * wrong number lies on one side of it (a smaller one would be true as well), so four options would
 * hand over the answer as the smallest or the largest: it is asked typed, as a number, only.
 */
export function boundedFigure(fact: Fact, slot: Slot): boolean {
	if (slot.kind !== 'number') return false;
	const at = wholeWordIndex(fact.statement, slot.answer);
	if (at < 0) return false;
	const bound = boundBefore(fact.statement.slice(0, at));
	const plus = /^[-\s]?plus\b|^\+/.test(fact.statement.slice(at + slot.answer.length));
	return bound === 'at-least' || bound === 'at-most' || plus;
}

/** A false statement that a slot could make: made only if the fact has none yet. */
interface FalseStatement {
	/** Made with a hand-written wrong answer: the most plausible. */
	curated: boolean;
	make(): { made: Made; findings: Finding[] };
}

/**
 * A slot's multiple choice and cloze (or number) questions, kept through `built`; and the false
 * statement it could make, returned (a fact gets one false statement, from its best slot).
 */
function slotQuestions(
	index: DeckIndex,
	fact: Fact,
	slot: Slot,
	seed: number,
	built: Built
): FalseStatement | undefined {
	const key = answerKeyFor(index, slot);
	const highlight = slotHighlight(fact, slot, key);
	const pool = distractorPool(index, fact, slot);
	const blanked = blankOut(fact.statement, slot.answer);
	const common = { ...base(fact), highlight };
	const keep = (question: Question, spare: string[] = [], swap?: string) => {
		const subject = { question, fact, slot, ...(swap !== undefined ? { swap } : {}) };
		const { made, findings } = repaired(subject, spare, built.lint);
		built.keep(findings.length ? { ...made, findings } : made);
	};

	const mcId = `${fact.id}.mc.${slot.id}`;
	const mcRandom = randomFrom(seed, mcId);
	const ordered = chooseDistractors(pool, Infinity, mcRandom);
	const wrong = ordered.slice(0, OPTION_COUNT - 1);
	if (wrong.length === OPTION_COUNT - 1 && !boundedFigure(fact, slot))
		keep(
			{
				id: mcId,
				type: 'multiple-choice',
				prompt: slot.question ?? blanked,
				answer: slot.answer,
				options: shuffled([slot.answer, ...wrong], mcRandom),
				...common
			},
			ordered.slice(OPTION_COUNT - 1)
		);

	if (slot.kind === 'number') {
		keep({
			id: `${fact.id}.num.${slot.id}`,
			type: 'numeric',
			prompt: slot.question ?? blanked,
			answer: String(slot.value),
			key,
			...common
		});
	} else {
		keep({
			id: `${fact.id}.cloze.${slot.id}`,
			type: 'cloze',
			prompt: blanked,
			answer: slot.answer,
			key,
			...common
		});
	}

	const tfId = `${fact.id}.tf.${slot.id}`;
	// A false statement swaps in a hand-written distractor when there is one: the most plausible.
	const tfRandom = randomFrom(seed, tfId);
	const swaps = pool.curated.length
		? [...shuffled(pool.curated, tfRandom), ...shuffled(pool.drawn, tfRandom)]
		: shuffled(pool.drawn, tfRandom);
	const swapIn = swaps.shift();
	if (swapIn === undefined) return undefined;
	return {
		curated: pool.curated.length > 0,
		make: () =>
			repaired(
				{
					question: {
						id: tfId,
						type: 'true-false',
						prompt: statementWith(fact, slot, swapIn),
						answer: 'false',
						truth: fact.statement,
						...common
					},
					fact,
					slot,
					swap: swapIn
				},
				swaps,
				built.lint
			)
	};
}

/** The parts of a fact's source sentence that hold its answers, in any spelling. */
function factHighlight(fact: Fact, index: DeckIndex): string[] {
	return fact.slots.flatMap((slot) => slotHighlight(fact, slot, answerKeyFor(index, slot)));
}

/** Each fact's answer highlight (as its true-or-false question has it), by fact id. */
export function answerHighlights(deck: Deck): Map<string, string[]> {
	const index = indexDeck(deck);
	return new Map(deck.facts.map((fact) => [fact.id, factHighlight(fact, index)]));
}

function trueStatement(fact: Fact, index: DeckIndex): Question {
	// A plain statement (no slot) rests on its whole sentence.
	const highlight = fact.slots.length ? factHighlight(fact, index) : fact.source.slice(-1);
	return {
		id: `${fact.id}.tf`,
		type: 'true-false',
		prompt: fact.statement,
		answer: 'true',
		truth: fact.statement,
		...base(fact),
		highlight
	};
}

function speakerForms(speaker: Entity): string[] {
	return [speaker.name, ...speaker.aliases, ...speaker.garbled];
}

function otherPeople(index: DeckIndex, speaker: Entity): Entity[] {
	// Other quoted people first (the real confusion), then people of the same standing, then anyone.
	const people = index.entitiesOfKind('person').filter((p) => p !== speaker);
	const quoted = index.quotedPeople().filter((p) => p !== speaker);
	const sameCategory = people.filter((p) => p.category === speaker.category && !quoted.includes(p));
	const rest = people.filter((p) => !quoted.includes(p) && !sameCategory.includes(p));
	return [...quoted, ...sameCategory, ...rest];
}

function whoSaid(
	index: DeckIndex,
	fact: Fact,
	seed: number
): { question: Question; spare: string[] } | undefined {
	const speaker = index.entity(fact.quote?.speaker);
	if (!fact.quote || !speaker) return undefined;
	const id = `${fact.id}.who`;
	const random = randomFrom(seed, id);
	const others = otherPeople(index, speaker);
	// Keep the quoted ones first, shuffled among themselves, so distractors are plausible.
	const quotedCount = index.quotedPeople().filter((p) => p !== speaker).length;
	const ordered = [...shuffled(others.slice(0, quotedCount), random), ...others.slice(quotedCount)];
	const names = ordered.map((p) => p.name);
	const wrong = names.slice(0, OPTION_COUNT - 1);
	if (wrong.length < OPTION_COUNT - 1) return undefined;
	return {
		question: {
			id,
			type: 'who-said',
			prompt: whoSaidPrompt(fact.quote),
			answer: speaker.name,
			options: shuffled([speaker.name, ...wrong], random),
			...base(fact),
			highlight: highlightFor(fact, speakerForms(speaker))
		},
		spare: names.slice(OPTION_COUNT - 1)
	};
}

/**
 * "Who said …?": a quotation in quotation marks, a paraphrase (rebuilt from a garbled source, so
 * not the speaker's words) without them.
 */
export function whoSaidPrompt(quote: Quote): string {
	return quote.paraphrase ? `Who made this point? ${quote.text}` : `Who said: “${quote.text}”?`;
}

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
		const entities = kinds
			.flatMap((kind) => index.entitiesOfKind(kind))
			.sort((a, b) => byCodeUnits(a.id, b.id));
		for (const entity of entities) {
			const role = entity.role;
			if (!role || descriptions.has(normalizeAnswer(role))) continue;
			// A description that repeats a word of the name ("the transatlantic alliance" for the
			// North Atlantic Treaty Organization's alias) gives its pair away.
			const words = contentWords(role);
			const names = [entity.name, ...entity.aliases];
			const untitled = names.map((n) => normalizeAnswer(n, { titles: true }));
			if (untitled.some((n) => [...contentWords(n)].some((w) => words.has(w)))) continue;
			const fact = describingFact(index, entity, taught);
			if (!fact) continue;
			descriptions.add(normalizeAnswer(role));
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

function matchingQuestions(index: DeckIndex, seed: number): Question[] {
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

/** Every question the deck yields for this seed, in deck order, without duplicate prompts. */
export function buildQuestions(deck: Deck, seed: number): Question[] {
	return runToEnd(questionSteps(deck, seed)).questions;
}

/** The same questions as buildQuestions, built a few facts at a time so pages stay responsive. */
export async function buildQuestionsInSlices(deck: Deck, seed: number): Promise<Question[]> {
	return (await runInSlices(questionSteps(deck, seed))).questions;
}

/** A question the linter kept from the deck, with why. */
export interface DroppedQuestion {
	question: Question;
	findings: Finding[];
}

export interface QuestionReview {
	/** What a student can be shown: every question with no finding. */
	questions: Question[];
	/** What the linter refused (after trying other wrong answers), with its findings. */
	dropped: DroppedQuestion[];
}

/** The questions and what the linter dropped: for the CLI's lint, the evaluation and the drafts. */
export function reviewQuestions(deck: Deck, seed: number): QuestionReview {
	return runToEnd(questionSteps(deck, seed));
}

/** The year a past event cannot be after: when the deck says it was published, or its latest. */
export function referenceYear(deck: Deck): number | undefined {
	const years = (text: string | undefined) =>
		[...(text ?? '').matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
	const published = years(deck.source.published);
	if (published.length) return Math.max(...published);
	// Years the article looks ahead to ("the next election, which is due in 2027") are not its past:
	// a year with words of the future in the few words before it.
	const past = (text: string | undefined) =>
		[...(text ?? '').matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)]
			.filter((m) => !FUTURE.test((text ?? '').slice(Math.max(0, m.index - 32), m.index)))
			.map((m) => Number(m[1]));
	const named = [...past(deck.article), ...deck.facts.flatMap((f) => past(f.source.join(' ')))];
	return named.length ? Math.max(...named) : undefined;
}

function* questionSteps(deck: Deck, seed: number): Sliced<QuestionReview> {
	const index = indexDeck(deck);
	const year = referenceYear(deck);
	const lint: LintContext = { index, ...(year !== undefined ? { year } : {}) };
	yield;
	const questions: Question[] = [];
	const dropped: DroppedQuestion[] = [];
	const prompts = new Set<string>();
	// Questions a reviewer removed from the deck.
	const omitted = new Set(deck.facts.flatMap((f) => f.omit ?? []));
	// Duplicates are dropped as questions are made, so the work is spread over the steps.
	const built: Built = {
		lint,
		keep({ question, findings }) {
			if (omitted.has(question.id)) return;
			if (findings?.length) {
				dropped.push({ question, findings });
				return;
			}
			// Matching questions share a prompt; their pairs tell them apart (and their ids are unique).
			const key =
				question.type === 'matching'
					? question.id
					: `${question.type}:${normalizeAnswer(question.prompt)}`;
			if (prompts.has(key)) return;
			prompts.add(key);
			const misprints = index.misprintsIn(question.source);
			questions.push(misprints.length ? { ...question, misprints } : question);
		}
	};
	const check = (made: Made, spare: string[] = []) => {
		const { made: result, findings } = repaired(made, spare, lint);
		built.keep(findings.length ? { ...result, findings } : result);
	};
	for (const fact of deck.facts) {
		const falses: FalseStatement[] = [];
		for (const slot of fact.slots) {
			const falseStatement = slotQuestions(index, fact, slot, seed, built);
			if (falseStatement) falses.push(falseStatement);
			yield;
		}
		// One false statement a fact, as there is one true one: true/false stays balanced, and a
		// quiz never meets the same sentence twice with two different swaps.
		falses.sort((a, b) => Number(b.curated) - Number(a.curated));
		for (const falseStatement of falses) {
			const { made, findings } = falseStatement.make();
			built.keep(findings.length ? { ...made, findings } : made);
			if (!findings.length) break;
		}
		if (fact.slots.length || !fact.quote) check({ question: trueStatement(fact, index), fact });
		const quote = whoSaid(index, fact, seed);
		if (quote) check({ question: quote.question, fact }, quote.spare);
		yield;
	}
	for (const question of matchingQuestions(index, seed)) {
		const fact = deck.facts.find((f) => f.id === question.factId);
		if (fact) check({ question, fact });
	}
	return { questions, dropped };
}

/**
 * The deck's flashcards: a cloze card for each fact's first slot (the whole statement), a question
 * card for each further slot that has a question (cloze otherwise), and a "who said it?" card per
 * quotation. Ids come from fact and slot ids, so review history survives content edits.
 */
export function buildCards(deck: Deck): CardTemplate[] {
	return runToEnd(cardSteps(deck));
}

/** The same cards as buildCards, built a few facts at a time so a study session starts smoothly. */
export function buildCardsInSlices(deck: Deck): Promise<CardTemplate[]> {
	return runInSlices(cardSteps(deck));
}

function* cardSteps(deck: Deck): Sliced<CardTemplate[]> {
	const index = indexDeck(deck);
	yield;
	const cards: CardTemplate[] = [];
	for (const fact of deck.facts) {
		const misprints = index.misprintsIn(sourceText(fact));
		const common = {
			factId: fact.id,
			statement: fact.statement,
			source: sourceText(fact),
			...(misprints.length ? { misprints } : {}),
			...(fact.explanation ? { explanation: fact.explanation } : {}),
			...(fact.topic ? { topic: fact.topic } : {})
		};
		fact.slots.forEach((slot, i) => {
			const key = answerKeyFor(index, slot);
			const highlight = slotHighlight(fact, slot, key);
			// The first slot's card shows the whole statement (cloze); the others ask directly.
			const asQuestion = i > 0 && slot.question;
			cards.push(
				asQuestion
					? {
							id: `${fact.id}.qa.${slot.id}`,
							kind: 'qa',
							front: slot.question as string,
							back: slot.answer,
							key,
							highlight,
							...common
						}
					: {
							id: `${fact.id}.cloze.${slot.id}`,
							kind: 'cloze',
							front: blankOut(fact.statement, slot.answer),
							back: slot.answer,
							key,
							highlight,
							...common
						}
			);
		});
		const speaker = index.entity(fact.quote?.speaker);
		if (fact.quote && speaker)
			cards.push({
				id: `${fact.id}.quote`,
				kind: 'quote',
				front: whoSaidPrompt(fact.quote),
				back: speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name,
				key: {
					answer: speaker.name,
					accept: speaker.aliases,
					garbled: speaker.garbled,
					kind: 'person',
					rivals: index
						.entitiesOfKind('person')
						.filter((p) => p !== speaker)
						.flatMap((p) => [p.name, ...p.aliases])
				},
				highlight: highlightFor(fact, speakerForms(speaker)),
				...common
			});
		yield;
	}
	return cards;
}
