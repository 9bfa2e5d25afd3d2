/**
 * Candidate facts: for each sentence that stands alone, the statement taught and every blank it
 * could carry (a named thing, a number, a date), each scored; for each attributed quotation, a
 * "who said it?" fact. Selection happens later (select.ts).
 */
import { sameFineKind } from '../content/kinds.ts';
import type { SlotKind } from '../content/deck-schema.ts';
import { hasTag, type Sentence, type Token } from './analyse.ts';
import { takesThe, type EntityDraft, type EntityIndex, type Mention } from './entities.ts';
import { attributeQuote, type Attribution } from './quotes.ts';
import {
	assessSentence,
	leadingConnectives,
	MAX_WORDS_PER_SENTENCE,
	quotedTokens,
	wordCount,
	type Rejection,
	type SentenceAssessment
} from './sentences.ts';
import { findContrast } from './contrasts.ts';
import { resolveReferences } from './references.ts';
import { dateDistractors, wordNumberDistractors } from './value-distractors.ts';
import type { ValueSpan } from './value-spans.ts';
import { findValues } from './values.ts';

export interface SlotCandidate {
	kind: SlotKind;
	/** Exactly as in the statement. */
	answer: string;
	/** As in the source, when the statement words it differently (a surname made a full name). */
	inSource?: string;
	entity?: EntityDraft;
	value?: number;
	unit?: string;
	distractors: string[];
	/** 0–1, the sentence's standing alone included. */
	score: number;
	/** Answers that are the same thing share a key: no more than two blanks per key. */
	key: string;
	/** Where it stands in the sentence, for stable ordering. */
	position: number;
}

export interface FactCandidate {
	sentence: Sentence;
	source: string[];
	statement: string;
	slots: SlotCandidate[];
	quote?: { speaker: EntityDraft; text: string; certainty: number };
	/**
	 * A sentence that carries the article but names nothing to blank ("bacteria feeding on it use
	 * up the oxygen that fish need"): asked as a true statement. The value is its confidence.
	 */
	statementOnly?: number;
}

/** How good a blank each kind of named thing makes. */
const ENTITY_QUALITY: Record<string, number> = {
	person: 0.9,
	organisation: 0.85,
	place: 0.85,
	country: 0.75,
	group: 0.6,
	term: 0.6
};

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWord(form: string, flags = 'g'): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/**
 * The answer can be blanked where it stands: it occurs once as a whole word, the engine's
 * first-occurrence replacement hits that word, and no other form of it is left to give it away.
 */
export function blankable(statement: string, answer: string, otherForms: string[] = []): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const matches = [...statement.matchAll(wholeWord(answer))];
	if (matches.length !== 1 || matches[0].index !== at) return false;
	const rest = statement.slice(0, at) + ' ' + statement.slice(at + answer.length);
	return !otherForms.some((form) => form.length > 1 && wholeWord(form, 'gi').test(rest));
}

/** Lower-case words separated by single spaces, padded: whole-word search by `includes`. */
function wordsOf(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

const formWords = new WeakMap<EntityDraft, string[]>();

/** Whether the statement (as `wordsOf` gives it) names the entity under any of its names. */
function names(statementWords: string, entity: EntityDraft): boolean {
	let forms = formWords.get(entity);
	if (!forms) {
		forms = entityForms(entity)
			.filter((f) => f.length > 1)
			.map(wordsOf)
			.filter((f) => f.trim());
		formWords.set(entity, forms);
	}
	return forms.some((form) => statementWords.includes(form));
}

function entityForms(entity: EntityDraft): string[] {
	return [entity.name, ...entity.aliases];
}

/**
 * The statement: the sentence, without a leading "But"/"However,", with a surname written as the
 * full name and a quote's "he"/"she" as the person it stands for.
 */
function buildStatement(
	sentence: Sentence,
	skip: number,
	replacements: Map<number, string>,
	removed: ReadonlySet<number> = new Set(),
	bare: ReadonlySet<number> = new Set()
): string {
	const tokens = sentence.tokens;
	let text = '';
	let first = true;
	tokens.forEach((t: Token, i) => {
		if (i < skip) return;
		if (removed.has(i)) {
			// An acronym in brackets leaves the punctuation after its bracket; an opener its comma.
			const rest = t.post.replace(/^\)/, '').replace(/^,/, first ? '' : ',');
			text += /^[,.;:!?]/.test(rest) ? rest : ' ';
			return;
		}
		const word = replacements.get(i) ?? t.text;
		const post = bare.has(i) ? t.post.replace(/^,/, '') : t.post;
		text += (first && i > 0 ? t.pre.replace(/\s/g, '') : t.pre) + word + post;
		first = false;
	});
	text = text
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,]+/, '')
		.trim();
	// Capitalise the first letter (after any opening quotation mark).
	return text.replace(
		/^([^\p{L}\p{N}]*)(\p{Ll})/u,
		(_, p: string, c: string) => p + c.toUpperCase()
	);
}

/** A surname alone becomes the full name, so a blank asks for the person, not a word. */
function expansions(mentions: Mention[], quoted: boolean[], tokens: Token[]): Map<number, string> {
	const out = new Map<number, string>();
	for (const m of mentions) {
		if (m.entity.kind !== 'person' || m.end - m.start !== 1 || quoted[m.start]) continue;
		if (m.surface === m.entity.name || m.entity.name.endsWith(` ${m.surface}`) === false) continue;
		out.set(m.start, tokens[m.start].text.replace(m.surface, m.entity.name));
	}
	return out;
}

interface Context {
	sentences: Sentence[];
	index: EntityIndex;
	/** The text's main subjects: never blanked (trivial answers). */
	subjects: Set<EntityDraft>;
	/** Every date of the text, for distractors. */
	dates: ValueSpan[];
	/** Entities by kind and category, for counting possible distractors. */
	entities: EntityDraft[];
}

/** Things of the same kind (and category) the statement does not already name. */
function rivals(ctx: Context, entity: EntityDraft, statement: string): EntityDraft[] {
	const statementWords = wordsOf(statement);
	return ctx.entities.filter(
		(e) =>
			e !== entity &&
			sameFineKind(e, entity) &&
			// Not the text's subject ("Ashcombe Library has spent…" is half true) and nothing the
			// statement names under any of its names.
			!ctx.subjects.has(e) &&
			!names(statementWords, e)
	);
}

function evidenceFactor(entity: EntityDraft): number {
	if (entity.evidence >= 4) return 1;
	if (entity.evidence >= 3) return 0.95;
	if (entity.evidence >= 2) return 0.85;
	return 0.75;
}

/** A place named as inside another ("Livingston in _") or qualified by one ("_, D.C."). */
function pinned(sentence: Sentence, m: Mention, mentions: Mention[]): boolean {
	const tokens = sentence.tokens;
	const inside =
		tokens[m.start - 1]?.normal === 'in' &&
		mentions.some((o) => o !== m && o.end === m.start - 1 && o.entity.kind === 'place');
	const next = tokens[m.end];
	const qualified =
		/^,\s*$/.test(tokens[m.end - 1].post) &&
		next !== undefined &&
		/^[A-Z]/.test(next.text) &&
		hasTag(next, 'Place', 'Region', 'Country', 'Acronym');
	return inside || qualified;
}

function entitySlot(
	ctx: Context,
	sentence: Sentence,
	mentions: Mention[],
	m: Mention,
	statement: string,
	replacements: Map<number, string>,
	base: number
): SlotCandidate | undefined {
	const entity = m.entity;
	// "the Crossness engines": a name used as an adjective makes a blank only one answer fits.
	if (ctx.subjects.has(entity) || m.modifier) return undefined;
	const name = replacements.has(m.start) ? entity.name : m.surface;
	// "a design from the United States": the article goes into the answer, so that a wrong answer
	// that takes none reads right ("from Italy"). A sentence's opening "The" stays out of it.
	const before = sentence.tokens[m.start - 1];
	const withThe = before?.text === 'the' && before.post === ' ';
	const answer = withThe ? `the ${name}` : name;
	if (!blankable(statement, answer, entityForms(entity))) return undefined;
	const others = rivals(ctx, entity, statement);
	const pool = others.length;
	// The engine draws more wrong answers from the same kind by name only: one the statement
	// names by another name ("LIGO" for the Observatory) would make a true "false" statement.
	const statementWords = wordsOf(statement);
	const lower = statement.toLowerCase();
	const hidden = ctx.entities.some(
		(e) =>
			e !== entity &&
			sameFineKind(e, entity) &&
			!lower.includes(e.name.toLowerCase()) &&
			names(statementWords, e)
	);
	if (hidden && !others.length) return undefined;
	const opening = statement.startsWith(answer);
	// Wrong answers written the way they read in the blank: with "the" where the text uses it.
	const distractors =
		entity.kind === 'person'
			? []
			: others
					.filter((e) => !m.afterThe || withThe || takesThe(e))
					.map((e) => (takesThe(e) && !(m.afterThe && !withThe) ? `the ${e.name}` : e.name))
					.map((d) => (opening ? d[0].toUpperCase() + d.slice(1) : d))
					.slice(0, 6);
	let score = base * (ENTITY_QUALITY[entity.kind] ?? 0.6) * evidenceFactor(entity);
	score *= pool >= 3 ? 1 : pool >= 1 ? 0.92 : 0.85;
	// "Livingston in Louisiana", "Washington, D.C.": a place pinned to another is a blank only
	// places of the other's size fit, and the text rarely names three of them.
	if (entity.kind === 'place' && pinned(sentence, m, mentions)) score *= 0.75;
	// A name the text repeats often is guessed, not recalled.
	if (entity.mentions.length >= 4) score *= 0.85;
	return {
		kind: entity.kind,
		answer,
		...(name !== m.surface || withThe ? { inSource: m.surface } : {}),
		entity,
		distractors,
		score,
		key: `entity:${entity.key}`,
		position: m.start
	};
}

/** A sentence about what is to come: its years may lie after the article's. */
const FUTURE =
	/\b(will|would|shall|plans?|planned|aims?|expects?|expected|hopes?|due|targets?|scheduled|forecasts?|projected|next|must|by the end of)\b/i;

function valueSlot(
	ctx: Context,
	span: ValueSpan,
	statement: string,
	base: number
): SlotCandidate | undefined {
	if (!blankable(statement, span.answer)) return undefined;
	const score = base * span.quality;
	if (span.kind === 'score')
		return {
			kind: 'phrase',
			answer: span.answer,
			distractors: span.distractors ?? [],
			score,
			key: `score:${span.answer}`,
			position: span.start
		};
	if (span.kind === 'date')
		return {
			kind: 'date',
			answer: span.answer,
			distractors: dateDistractors(span, ctx.dates, FUTURE.test(statement)),
			score,
			key: `date:${span.answer.toLowerCase()}`,
			position: span.start
		};
	return {
		kind: 'number',
		answer: span.answer,
		value: span.value,
		...(span.unit ? { unit: span.unit } : {}),
		distractors: span.inWords ? wordNumberDistractors(span) : [],
		// A one-digit answer is too short to find in the source on its own.
		...(span.answer.length < 2 && span.written ? { inSource: span.written } : {}),
		score,
		key: `number:${span.value}:${span.unit ?? ''}`,
		position: span.start
	};
}

function quoteFact(
	sentence: Sentence,
	attribution: Attribution,
	index: EntityIndex
): FactCandidate | undefined {
	const speaker = attribution.speaker;
	const replacements = expansions(
		index.mentionsIn(sentence.index),
		quotedTokens(sentence),
		sentence.tokens
	);
	const { start, pronoun } = attribution.subject;
	if (pronoun) replacements.set(start, speaker.name);
	const statement = buildStatement(sentence, leadingConnectives(sentence), replacements);
	const source = attribution.namedIn ? [attribution.namedIn.text, sentence.text] : [sentence.text];
	return {
		sentence,
		source,
		statement,
		slots: [],
		quote: { speaker, text: attribution.text, certainty: attribution.certainty }
	};
}

/** A sentence the generator could not make a fact of, and why: shown in the draft review. */
export interface SkippedSentence {
	sentence: Sentence;
	reason: string;
}

const REJECTION_REASONS: Record<Rejection, string> = {
	heading: 'a heading',
	'too-short': 'too short to be a fact on its own',
	'too-long': `longer than ${MAX_WORDS_PER_SENTENCE} words`,
	question: 'a question, not a statement',
	quotes: 'its quotation marks do not pair up',
	pronoun: 'it starts with a word that points to the sentence before'
};

/** A sentence with nothing to blank is still asked, as a statement, when it matters this much. */
const STATEMENT_IMPORTANCE = 0.3;

export function candidateFacts(
	sentences: Sentence[],
	index: EntityIndex,
	subjects: Set<EntityDraft>,
	importance: ReadonlyMap<number, number> = new Map()
): { candidates: FactCandidate[]; skipped: SkippedSentence[] } {
	const values = new Map<number, ValueSpan[]>();
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		const quoted = quotedTokens(sentence);
		values.set(
			sentence.index,
			findValues(sentence.tokens).filter((v) => !quoted[v.start])
		);
	}
	const ctx: Context = {
		sentences,
		index,
		subjects,
		dates: [...values.values()].flat().filter((v) => v.kind === 'date'),
		entities: index.entities
	};
	const out: FactCandidate[] = [];
	const skipped: SkippedSentence[] = [];
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		const attribution =
			wordCount(sentence) <= MAX_WORDS_PER_SENTENCE
				? attributeQuote(sentence, sentences, index)
				: undefined;
		if (attribution) {
			const fact = quoteFact(sentence, attribution, index);
			if (fact) out.push(fact);
			continue;
		}
		const quoted = quotedTokens(sentence);
		const mentions = index.mentionsIn(sentence.index).filter((m) => !m.quoted);
		const skip = leadingConnectives(sentence);
		const rewrite = resolveReferences(sentence, { sentences, index, quoted, skip, subjects });
		const replacements = expansions(mentions, quoted, sentence.tokens);
		for (const [at, text] of rewrite.replacements) replacements.set(at, text);
		const resolved = new Set([...rewrite.replacements.keys(), ...rewrite.removed]);
		// After a name (written or put in), "he", "his" and "its" can lean on it.
		const firstName = Math.min(
			...mentions.map((m) => m.start),
			...rewrite.replacements.keys(),
			sentence.tokens.length
		);
		sentence.tokens.forEach((_, i) => {
			if (i > firstName) resolved.add(i);
		});
		const assessment: SentenceAssessment = assessSentence(sentence, resolved);
		if (assessment.rejected) {
			skipped.push({ sentence, reason: REJECTION_REASONS[assessment.rejected] });
			continue;
		}
		if (rewrite.unresolved) {
			skipped.push({ sentence, reason: rewrite.unresolved });
			continue;
		}
		const statement = buildStatement(
			sentence,
			assessment.skip,
			replacements,
			rewrite.removed,
			rewrite.bare
		);
		const slots: SlotCandidate[] = [];
		for (const m of mentions) {
			if (m.start < assessment.skip) continue;
			const slot = entitySlot(
				ctx,
				sentence,
				mentions,
				m,
				statement,
				replacements,
				assessment.score
			);
			if (slot) slots.push(slot);
		}
		for (const span of values.get(sentence.index) ?? []) {
			if (span.start < assessment.skip) continue;
			const slot = valueSlot(ctx, span, statement, assessment.score);
			if (slot) slots.push(slot);
		}
		// "warm water holds less oxygen than cold": a claim with nothing named in it can still be
		// stated falsely, by its opposite ("more oxygen").
		const contrast = slots.length ? undefined : findContrast(sentence, quoted, assessment.skip);
		if (contrast && !rewrite.removed.has(contrast.at) && blankable(statement, contrast.word))
			slots.push({
				kind: 'phrase',
				answer: contrast.word,
				distractors: [contrast.opposite],
				score: assessment.score * 0.8,
				key: `contrast:${sentence.index}`,
				position: contrast.at
			});
		// The sentences that name what a "he" or "the scheme" stands for are part of the source.
		const earlier = [...rewrite.namedIn].sort((a, b) => a.index - b.index).map((s) => s.text);
		const source = [...earlier, sentence.text];
		if (slots.length) out.push({ sentence, source, statement, slots });
		else if ((importance.get(sentence.index) ?? 0) >= STATEMENT_IMPORTANCE && !quoted.some(Boolean))
			out.push({ sentence, source, statement, slots, statementOnly: assessment.score * 0.8 });
		else
			skipped.push({
				sentence,
				reason: 'it names nothing to ask: no person, place, number or date'
			});
	}
	return { candidates: out, skipped };
}
