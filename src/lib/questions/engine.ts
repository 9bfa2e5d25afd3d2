/**
 * The one question engine: any deck's facts (curated or generated) become questions.
 * Deterministic: the deck and a seed fully determine the output, and each question's randomness
 * is keyed by its own id, so adding a fact changes nothing about the others. Each question is
 * linted as it is made, and a wrong answer at fault is swapped for another. The parts questions
 * share with flashcards are in question-parts.ts, matching questions in matching-questions.ts and
 * the flashcards in flashcards.ts.
 */
import type { Deck, Entity, Fact, Slot } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { indexDeck, isEntityKind, type DeckIndex } from './deck-index.ts';
import { chooseDistractors, distractorPool, spreadAround } from './distractors.ts';
import { lintQuestion, type Finding, type LintContext, type LintSubject } from './lint/index.ts';
import { boundBefore } from './lint/two-right-answers.ts';
import { referenceMonth, referenceYear } from './lint/article-date.ts';

import { swappedStatement } from './lint/wrong-answers.ts';
import { matchingQuestions } from './matching-questions.ts';
import {
	answerKeyFor,
	base,
	factHighlight,
	highlightFor,
	slotHighlight,
	speakerForms,
	whoSaidPrompt
} from './question-parts.ts';
import { randomFrom, shuffled } from './random.ts';
import { factImportance } from './quiz-assembly.ts';
import { BLANK, blankOut, wholeWordIndex } from './wording.ts';
import type { Question } from './types.ts';
import { runInSlices, runToEnd, type Sliced } from '../main-thread/slices.ts';

/** Re-exported for the evaluation and the browser tests, which date articles as the engine does. */
export { referenceYear } from './lint/article-date.ts';

const OPTION_COUNT = 4;

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
				question: { ...question, prompt: swappedStatement(current.fact, current.slot, next) }
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
 * A figure the statement gives as a bound ("more than 1,000 km", "30-plus nations"), or a date
 * ("after 3 January"). Every surely wrong number lies on one side of it (a smaller one would be
 * true as well), so four options would hand over the answer as the smallest or the largest, and a
 * larger one may be true too: it is asked typed only, with no false statement.
 */
export function boundedFigure(fact: Fact, slot: Slot): boolean {
	if (slot.kind !== 'number' && slot.kind !== 'date') return false;
	const at = wholeWordIndex(fact.statement, slot.answer);
	if (at < 0) return false;
	// "tickets for dates after 3 January": a ticket after 3 March is one of them too.
	if (slot.kind === 'date') return /\b(after|before)\s+$/i.test(fact.statement.slice(0, at));
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
	// A person, body or place is swapped for another only beside hand-written wrong answers.
	// Drawn from the article alone, they too often cross a fine kind the text leaves unsaid (a
	// friends' group for the library it meets in, the chair for a player): read blind, such
	// multiple choices and false statements were acceptable 154 times in 272, the same blanks
	// typed 9 times in 10. Such a blank is asked typed, and nothing is drawn for it.
	const pool =
		isEntityKind(slot.kind) && !slot.distractors.length
			? { curated: [], drawn: [] }
			: distractorPool(index, fact, slot);
	const swappable = !isEntityKind(slot.kind) || pool.curated.length > 0;
	const blanked = blankOut(fact.statement, slot.answer);
	const common = { ...base(fact), highlight };
	const keep = (question: Question, spare: string[] = [], swap?: string) => {
		const subject = { question, fact, slot, ...(swap !== undefined ? { swap } : {}) };
		const { made, findings } = repaired(subject, spare, built.lint);
		built.keep(findings.length ? { ...made, findings } : made);
	};

	const mcId = `${fact.id}.mc.${slot.id}`;
	const mcRandom = randomFrom(seed, mcId);
	const drawn = chooseDistractors(pool, Infinity, mcRandom);
	const ordered =
		slot.kind === 'number' ? spreadAround(slot.answer, drawn, OPTION_COUNT - 1) : drawn;
	const wrong = ordered.slice(0, OPTION_COUNT - 1);
	if (swappable && wrong.length === OPTION_COUNT - 1 && !boundedFigure(fact, slot))
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
		// "a 45-day consultation" is asked as "a _____-day consultation": the number, not its unit.
		const unit = /^(\D*)\d[\d,.]*(-\p{L}[\p{L}-]*)$/u.exec(slot.answer);
		keep({
			id: `${fact.id}.num.${slot.id}`,
			type: 'numeric',
			prompt:
				slot.question ?? (unit ? blanked.replace(BLANK, `${unit[1]}${BLANK}${unit[2]}`) : blanked),
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

	// "retreated by more than 200 metres": "more than 250" may be true as well, so no false
	// statement either.
	if (!swappable || boundedFigure(fact, slot)) return undefined;
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
						prompt: swappedStatement(fact, slot, swapIn),
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

/** A fact's true statement, as a true-or-false question. */
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

function otherPeople(index: DeckIndex, speaker: Entity): Entity[] {
	// Other quoted people first (the real confusion), then people of the same standing, then anyone.
	const people = index.entitiesOfKind('person').filter((p) => p !== speaker);
	const quoted = index.quotedPeople().filter((p) => p !== speaker);
	const sameCategory = people.filter((p) => p.category === speaker.category && !quoted.includes(p));
	const rest = people.filter((p) => !quoted.includes(p) && !sameCategory.includes(p));
	return [...quoted, ...sameCategory, ...rest];
}

/** "Who said …?" of a quotation, with the speaker's name among three others; and spare names. */
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

/** Builds and lints the deck's questions, a fact per step. */
function* questionSteps(deck: Deck, seed: number): Sliced<QuestionReview> {
	const index = indexDeck(deck);
	const year = referenceYear(deck);
	const month = year === undefined ? undefined : referenceMonth(deck, year);
	const lint: LintContext = {
		index,
		...(year !== undefined ? { year } : {}),
		...(month !== undefined ? { month } : {})
	};
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
	return { questions: balancedTrueFalse(questions, factImportance(deck)), dropped };
}

/**
 * No more than 60 % of a deck's true/false answers "true": where the linter has dropped false
 * statements, true ones go first from facts that are asked another way too, so no fact is lost;
 * of those, first from the facts asked in most other ways, whose true statement adds least (a
 * sentence asked only for a name still teaches the rest of it through its true statement); among
 * those asked as often, from the facts that carry the article least, then from the article's end.
 */
export function balancedTrueFalse(
	questions: Question[],
	importance: (factId: string) => number = () => 1
): Question[] {
	const tf = questions.filter((q) => q.type === 'true-false');
	let trues = tf.filter((q) => q.answer === 'true').length;
	const asked = new Map<string, number>();
	for (const q of questions)
		if (q.type !== 'true-false') asked.set(q.factId, (asked.get(q.factId) ?? 0) + 1);
	const candidates = tf
		.filter((q) => q.answer === 'true' && asked.get(q.factId))
		.reverse()
		.sort(
			(a, b) =>
				(asked.get(b.factId) ?? 0) - (asked.get(a.factId) ?? 0) ||
				importance(a.factId) - importance(b.factId)
		);
	const dropped = new Set<Question>();
	for (const q of candidates) {
		if (
			(trues - 1) / (tf.length - dropped.size - 1) < 0.4 ||
			trues / (tf.length - dropped.size) <= 0.6
		)
			break;
		dropped.add(q);
		trues--;
	}
	return dropped.size ? questions.filter((q) => !dropped.has(q)) : questions;
}
