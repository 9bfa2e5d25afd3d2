/**
 * Slot candidates: the blanks a statement could carry, each scored and with its wrong answers. A
 * named thing is a blank when the text names enough rivals of its kind and the statement does
 * not give it away; a number, date or score when it can be blanked where it stands.
 */
import { sameFineKind } from '../content/kinds.ts';
import type { SlotKind } from '../content/deck-schema.ts';
import { hasTag, type Sentence } from './analyse.ts';
import { type EntityDraft, type EntityIndex, type Mention } from './entities.ts';
import { blankable } from './statements.ts';
import { dateDistractors, wordNumberDistractors } from './value-distractors.ts';
import type { ValueSpan } from './value-spans.ts';

/** One blank a statement could carry. */
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

/** How good a blank each kind of named thing makes. */
const ENTITY_QUALITY: Record<string, number> = {
	person: 0.9,
	organisation: 0.85,
	place: 0.85,
	country: 0.75,
	group: 0.6,
	term: 0.6
};

/** Lower-case words separated by single spaces, padded: whole-word search by `includes`. */
function wordsOf(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

const formWords = new WeakMap<EntityDraft, string[]>();

/** Whether the statement (as `wordsOf` gives it) names the entity under any of its names. */
function names(
	statementWords: string,
	entity: EntityDraft,
	others: ReadonlySet<string> = new Set()
): boolean {
	let forms = formWords.get(entity);
	if (!forms) {
		forms = entityForms(entity)
			.filter((f) => f.length > 1)
			.map(wordsOf)
			.filter((f) => f.trim());
		formWords.set(entity, forms);
	}
	return forms.some((form) => !others.has(form) && statementWords.includes(form));
}

function entityForms(entity: EntityDraft): string[] {
	return [entity.name, ...entity.aliases];
}

/** What the slots of every sentence are weighed against: the whole text's things and dates. */
export interface SlotContext {
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
function rivals(ctx: SlotContext, entity: EntityDraft, statement: string): EntityDraft[] {
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

/** How sure the kind of a named thing is, as a factor of its blank's score. */
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

/** A named thing in the statement as a blank, if it makes a fair one, with wrong answers. */
export function entitySlot(
	ctx: SlotContext,
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
	// A surname that is a place's name too ("Safe Harbour Brackenmoor", taken for a person, beside
	// the town Brackenmoor) hides no one.
	const placeNames = new Set(
		ctx.entities.filter((e) => e.kind !== entity.kind).map((e) => wordsOf(e.name))
	);
	const hidden = ctx.entities.some(
		(e) =>
			e !== entity &&
			sameFineKind(e, entity) &&
			!lower.includes(e.name.toLowerCase()) &&
			names(statementWords, e, placeNames)
	);
	if (hidden && !others.length) return undefined;
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
		// No wrong answers from the article's other names: a name is swapped only beside ones a
		// person wrote (distractorPool), so a generated blank of a name is asked typed.
		distractors: [],
		score,
		key: `entity:${entity.key}`,
		position: m.start
	};
}

/** A sentence about what is to come: its years may lie after the article's. */
const FUTURE =
	/\b(will|would|shall|plans?|planned|aims?|expects?|expected|hopes?|due|targets?|scheduled|forecasts?|projected|next|must|by the end of|starting in|beginning in)\b/i;

/** A number, date or score in the statement as a blank, if it can be blanked where it stands. */
export function valueSlot(
	ctx: SlotContext,
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
			distractors: dateDistractors(span, ctx.dates, FUTURE.test(statement), statement),
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
