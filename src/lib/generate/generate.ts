/**
 * Any article becomes a deck, on the device: sentences that stand alone → facts with blanks (named
 * people, places, organisations, numbers, dates) and attributed quotations → the one question
 * engine (src/lib/questions) makes the questions. Plain TypeScript, no DOM: it runs in a Web Worker
 * (worker.ts) and in Node (the CLI, the tests).
 *
 * The deck depends on the text alone, so the same article always gives the same deck, facts and
 * ids; the seed only shuffles the questions the engine builds from it.
 */
import { parseDeck } from '../content/parse.ts';
import type { Deck, DeckInput, Entity, Fact } from '../content/deck-schema.ts';
import { hashString } from '../questions/random.ts';
import { analyseParagraph, splitLongParagraph, splitParagraphs, type Sentence } from './analyse.ts';
import { candidateFacts, type FactCandidate, type SkippedSentence } from './candidates.ts';
import { reviewQuestions } from '../questions/engine.ts';
import { findEntities, takesThe, type EntityDraft, type EntityIndex } from './entities.ts';
import { sentenceImportance } from './importance.ts';
import { selectFacts, type SelectedFact } from './select.ts';
import { GenerateError } from './generate-error.ts';
import { countWords } from './readable-text.ts';
import { centralThings } from '../questions/lint/central-things.ts';

export { GenerateError, type GenerateFailure } from './generate-error.ts';

export interface GenerateOptions {
	title?: string;
	/** Accepted for symmetry with the engine; the deck itself does not depend on it. */
	seed?: number;
	onProgress?: (done: number, total: number) => void;
}

/** An article sentence that became no fact, and why (the draft review shows these). */
export interface SkippedSentenceReport {
	/** The sentence exactly as in the article. */
	text: string;
	reason: string;
}

export interface GenerateResult {
	deck: Deck;
	/** Sentences that are no fact, in article order, with the reason. */
	skipped: SkippedSentenceReport[];
	stats: {
		words: number;
		sentences: number;
		/** Blanks and quotations considered. */
		candidates: number;
		/** Blanks and quotations in the deck (shown by default or not). */
		kept: number;
		ms: number;
	};
}

export { DEFAULT_CONFIDENCE, MAX_WORDS } from './thresholds.ts';
import { DEFAULT_CONFIDENCE, MAX_WORDS } from './thresholds.ts';
import { formatCount } from '../format/count.ts';

const MAX_ENTITIES = 2_000;
const MAX_FACTS = 5_000;
const MAX_TITLE = 120;

/** The facts a learner gets unless they choose more: those at or above `DEFAULT_CONFIDENCE`. */
export function isShownByDefault(fact: Fact): boolean {
	return fact.confidence === undefined || fact.confidence >= DEFAULT_CONFIDENCE;
}

/** The deck as it is saved when nobody changes the draft: only the facts shown by default. */
export function withDefaultFacts(deck: Deck): Deck {
	return { ...deck, facts: deck.facts.filter(isShownByDefault) };
}

const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[,;:.\s]+$/, '')}…`;
}

function titleFor(sentences: Sentence[], given: string | undefined): string {
	const clean = given?.replace(/\s+/g, ' ').trim();
	if (clean) return shorten(clean, MAX_TITLE);
	const first = sentences[0];
	if (first?.heading) return shorten(first.text, MAX_TITLE);
	return shorten(first?.text.replace(/[.!?]+$/, '') ?? 'Generated deck', MAX_TITLE);
}

/**
 * The text's main subjects, which make trivial blanks: what the title names, and whatever the
 * text mentions again and again.
 */
function mainSubjects(index: EntityIndex, sentences: Sentence[], title: string): Set<EntityDraft> {
	const out = new Set<EntityDraft>();
	const lowerTitle = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	// Named in a third of the sentences: what the article is about (a match report's hero, named
	// in five of eighteen, is not; an obituary's subject is).
	const frequent = Math.max(5, Math.ceil(sentences.length * 0.3));
	for (const entity of index.entities) {
		const named = [entity.name, ...entity.aliases].some((form) =>
			lowerTitle.includes(
				` ${form
					.toLowerCase()
					.replace(/[^\p{L}\p{N}]+/gu, ' ')
					.trim()} `
			)
		);
		if (named || entity.mentions.length >= frequent) out.add(entity);
		// With no headline, the lead says what the text is about: the name it starts with ("Ruth
		// Ashworth, the engineer who…, has died"), and a name it gives that the text comes back to
		// ("the port of Kelmouth", then Kelmouth twice more).
		const lead = sentences[0]?.heading ? [] : entity.mentions.filter((m) => m.sentence === 0);
		if (lead.some((m) => m.start <= 1) || (lead.length && entity.mentions.length >= 3))
			out.add(entity);
	}
	return out;
}

function toEntity(draft: EntityDraft): Entity {
	// "the Bank of Caldonia": a name the text writes with "the" keeps it, so that a wrong answer
	// drawn from it reads right ("Analysts at the Bank of Caldonia…"); the bare name is an alias.
	const the = draft.kind !== 'person' && takesThe(draft);
	const name = the ? `the ${draft.name}` : draft.name;
	const aliases = [...draft.aliases, ...(the ? [draft.name] : [])]
		.map((a) => a.trim())
		.filter((a) => a && a !== name && a.length <= 200)
		.slice(0, 20);
	return {
		id: draft.id,
		kind: draft.kind,
		name,
		aliases,
		garbled: [],
		...(draft.role ? { role: shorten(draft.role, 120) } : {}),
		...(draft.kind === 'person' && draft.gender ? { gender: draft.gender } : {}),
		...(draft.category ? { category: draft.category } : {})
	};
}

function slotId(kind: string, used: Map<string, number>): string {
	const n = (used.get(kind) ?? 0) + 1;
	used.set(kind, n);
	return n === 1 ? kind : `${kind}-${n}`;
}

function toFact(
	selected: SelectedFact,
	topic: string | undefined,
	importance: number | undefined
): Fact {
	const { candidate, slots, confidence } = selected;
	const ids = new Map<string, number>();
	return {
		id: `s${candidate.sentence.index + 1}${candidate.variant ? `-${candidate.variant}` : ''}`,
		...(topic ? { topic } : {}),
		source: candidate.source,
		statement: candidate.statement,
		slots: slots.map((slot) => ({
			id: slotId(slot.kind, ids),
			kind: slot.kind,
			answer: slot.answer,
			...(slot.entity ? { entity: slot.entity.id } : {}),
			...(slot.value !== undefined ? { value: slot.value } : {}),
			...(slot.unit ? { unit: slot.unit } : {}),
			...(slot.kind === 'number' ? { tolerance: 0 } : {}),
			accept: [],
			garbled: [],
			distractors: slot.distractors,
			...(slot.inSource ? { inSource: slot.inSource } : {})
		})),
		...(candidate.quote
			? { quote: { speaker: candidate.quote.speaker.id, text: candidate.quote.text } }
			: {}),
		confidence,
		...(importance !== undefined ? { importance } : {})
	};
}

/** The subheading a sentence falls under (not the headline). */
function topicsBySentence(sentences: Sentence[]): Map<number, string> {
	const out = new Map<number, string>();
	let topic: string | undefined;
	sentences.forEach((s, i) => {
		if (s.heading) topic = i === 0 ? undefined : shorten(s.text, 80);
		else if (topic) out.set(s.index, topic);
	});
	return out;
}

/**
 * Drops the facts none of whose questions the linter lets through ("Work began in 1859…": every
 * question points back), and says why among the sentences not used.
 */
function withoutUnasked(
	deck: Deck,
	skipped: SkippedSentence[],
	candidates: FactCandidate[]
): Deck | undefined {
	const review = reviewQuestions(deck, 1);
	const asked = new Set(review.questions.flatMap((q) => q.factIds));
	const why = new Map<string, string>();
	for (const { question, findings } of review.dropped)
		if (!why.has(question.factId) && findings[0]) why.set(question.factId, findings[0].message);
	const sentenceOf = new Map(candidates.map((c) => [`s${c.sentence.index + 1}`, c.sentence]));
	const facts = deck.facts.filter((fact) => {
		if (asked.has(fact.id)) return true;
		const sentence = sentenceOf.get(fact.id);
		if (sentence)
			skipped.push({
				sentence,
				reason: `no question of it passes the checks: ${why.get(fact.id) ?? 'none could be made'}`
			});
		return false;
	});
	skipped.sort((a, b) => a.sentence.index - b.sentence.index);
	return facts.length ? { ...deck, facts } : undefined;
}

/**
 * The lines of the article a sentence was made of: "As the winner, Ms Tuohy receives £25,000 in
 * prize money." is cited as its list's lead-in ("…receives:") and the item ("£25,000 in prize
 * money"), as the article prints them; any other sentence as it is.
 */
function listLines(sentence: string, article: string): string[] {
	if (article.includes(sentence)) return [sentence];
	const words = sentence.replace(/\.$/, '').split(' ');
	for (let k = 1; k < words.length; k++) {
		const [leadIn, item] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
		if (article.includes(`${leadIn}:`) && article.includes(item)) return [`${leadIn}:`, item];
	}
	return [sentence];
}

/** Drops facts the deck checks reject (a safety net: the rules above should never make one). */
function validDeck(input: DeckInput): Deck | undefined {
	let facts = input.facts;
	for (let attempt = 0; attempt < 3 && facts.length; attempt++) {
		const result = parseDeck({ ...input, facts });
		if (result.ok) return result.deck;
		const bad = new Set(
			result.problems.filter((p) => p.path[0] === 'facts').map((p) => p.path[1] as number)
		);
		if (!bad.size) return undefined;
		facts = facts.filter((_, i) => !bad.has(i));
	}
	return undefined;
}

const WARM_UP_TEXT = [
	'Warming up',
	'On 3 May 1999, Dr Ana Ruiz of the Royal Society met Councillor Tom Hale in Leeds. The meeting at Kirkstall Abbey lasted 4 hours.',
	'"The river rose 2 metres in a single night, and nobody in the valley was ready for it," Ruiz said. She had studied the River Aire for more than 20 years.',
	'The Leeds City Council spent £40,000 on 12 new pumps in April 2001, and the Environment Agency added 3.5 kilometres of walls.',
	'Tom Hale, who chairs the flood board, joined in 1994. "We were ready this time," he says. But the water reached Otley and Ilkley by Tuesday.',
	'In the 1980s, engineers from the University of Leeds and the Met Office built a model of the whole valley, which is known as the Aire model.'
].join('\n\n');

/**
 * Runs the generator once on a short built-in text, so that the first real article does not pay
 * for loading the tagger's data and compiling its code. The worker calls this as it starts.
 */
export function warmUp(): void {
	try {
		generateDeck(WARM_UP_TEXT);
	} catch {
		// Nothing to report: warming up is only an optimisation.
	}
}

export function generateDeck(text: string, options: GenerateOptions = {}): GenerateResult {
	const started = now();
	const words = countWords(text);
	if (!text.trim() || words === 0)
		throw new GenerateError('empty', 'There is no text to make questions from.');
	if (words > MAX_WORDS)
		throw new GenerateError(
			'too-long',
			`The text has ${formatCount(words)} words; the most is ${formatCount(MAX_WORDS)}.`
		);
	// Tagged a few hundred words at a time, so progress moves even through one long paragraph.
	const pieces = splitParagraphs(text).flatMap((paragraph, i) =>
		splitLongParagraph(paragraph).map((piece) => ({ piece, paragraph: i }))
	);
	const total = pieces.length + 1;
	const report = options.onProgress ?? (() => {});
	const sentences: Sentence[] = [];
	pieces.forEach(({ piece, paragraph }, i) => {
		sentences.push(...analyseParagraph(piece, paragraph, sentences.length));
		report(i + 1, total);
	});
	const title = titleFor(sentences, options.title);
	const index = findEntities(sentences);
	// A title cut from the lead is no headline: what it names is what the lead asks about.
	const headline = sentences[0]?.heading || options.title?.trim() ? title : '';
	const subjects = mainSubjects(index, sentences, headline);
	const importance = sentenceImportance(sentences, index);
	const central = centralThings(title, text);
	const { candidates, skipped } = candidateFacts(sentences, index, subjects, importance, central);
	const selected = selectFacts(candidates, DEFAULT_CONFIDENCE, importance).slice(0, MAX_FACTS);
	const topics = topicsBySentence(sentences);
	const facts = selected
		.map((s) =>
			toFact(s, topics.get(s.candidate.sentence.index), importance.get(s.candidate.sentence.index))
		)
		.map((fact) => ({ ...fact, source: fact.source.flatMap((line) => listLines(line, text)) }));

	const referenced = new Set(
		facts.flatMap((f) => [...f.slots.map((s) => s.entity), f.quote?.speaker])
	);
	const entities = [...index.entities]
		.sort(
			(a, b) =>
				Number(referenced.has(b.id)) - Number(referenced.has(a.id)) ||
				b.mentions.length - a.mentions.length
		)
		.slice(0, MAX_ENTITIES)
		.sort((a, b) => a.mentions[0].sentence - b.mentions[0].sentence)
		.map(toEntity);
	const valid = facts.length
		? validDeck({
				format: 1,
				id: `gen-${hashString(text).toString(36)}`,
				title,
				language: 'en',
				source: { title },
				entities,
				facts,
				article: text
			})
		: undefined;
	const deck = valid && withoutUnasked(valid, skipped, candidates);
	if (!deck)
		throw new GenerateError(
			'no-facts',
			'No questions could be made from this text: it needs full sentences that name people, places, organisations, numbers or dates.'
		);
	report(total, total);
	const candidateCount = candidates.reduce((n, c) => n + (c.quote ? 1 : c.slots.length), 0);
	const kept = deck.facts.reduce((n, f) => n + (f.quote ? 1 : 0) + f.slots.length, 0);
	return {
		deck,
		skipped: skipped.map(({ sentence, reason }) => ({ text: sentence.text, reason })),
		stats: {
			words,
			sentences: sentences.filter((s) => !s.heading).length,
			candidates: candidateCount,
			kept,
			ms: Math.round(now() - started)
		}
	};
}
