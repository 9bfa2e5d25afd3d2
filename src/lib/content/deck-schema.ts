/**
 * The one deck format. A curated deck in `questions/<id>/facts.yaml`, a deck generated from pasted
 * text and an exported deck file are all parsed by `DeckSchema`, then checked for the cross
 * references a schema cannot express (`checkDeckReferences`).
 */
import * as v from 'valibot';

export const DECK_FORMAT = 1;

/** Kinds of things an answer can be. Distractors are only ever drawn from the same kind. */
export const ENTITY_KINDS = [
	'person',
	'country',
	'organisation',
	'place',
	'group',
	'term'
] as const;
export const SLOT_KINDS = [...ENTITY_KINDS, 'number', 'date', 'role', 'phrase'] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type SlotKind = (typeof SLOT_KINDS)[number];

const MAX_TEXT = 2_000;
const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and hyphens (max 64)')
);
const Text = v.pipe(
	v.string(),
	v.trim(),
	v.minLength(1, 'must not be empty'),
	v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
);
const TextList = v.pipe(v.array(Text), v.maxLength(50, 'has more than 50 entries'));

export const EntitySchema = v.strictObject({
	id: Id,
	kind: v.picklist(ENTITY_KINDS, `kind must be one of ${ENTITY_KINDS.join(', ')}`),
	/** The true form, the one that is taught. */
	name: Text,
	/** Other correct forms (a surname, a common short name). */
	aliases: v.optional(TextList, []),
	/** Spellings found in the article's garbled text: accepted when typed, never taught. */
	garbled: v.optional(TextList, []),
	/** A person's role, an organisation's description. */
	role: v.optional(Text),
	/**
	 * A person's sex, where the text says it ("she", "Mr"): a wrong answer put in a sentence that
	 * says "her" must not be a man.
	 */
	gender: v.optional(v.picklist(['female', 'male'])),
	/** Distractors for a person are drawn from people of the same category (leaders, military…). */
	category: v.optional(Id),
	/** Why the name differs from the article's text, for the closing note and the review page. */
	correction: v.optional(Text)
});

export const SlotSchema = v.strictObject({
	id: Id,
	kind: v.picklist(SLOT_KINDS, `kind must be one of ${SLOT_KINDS.join(', ')}`),
	/** The answer exactly as it is written in the fact's statement. */
	answer: Text,
	/** The entity this answer names, by id. */
	entity: v.optional(Id),
	/** For numbers: the value, its unit and how far off an answer may be. */
	value: v.optional(v.pipe(v.number(), v.finite())),
	unit: v.optional(Text),
	// Finite: decks travel as JSON (backups, quiz links), where Infinity would become null.
	tolerance: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
	/** Other correct answers. */
	accept: v.optional(TextList, []),
	/** Spellings from the garbled article, accepted when typed. */
	garbled: v.optional(TextList, []),
	/** Hand-written wrong answers, used before any drawn from the deck. */
	distractors: v.optional(TextList, []),
	/** A direct question whose answer is this slot ("Who chairs…?"). */
	question: v.optional(Text),
	/** The answer as it appears in the source sentence, to highlight it there. */
	inSource: v.optional(Text)
});

export const QuoteSchema = v.strictObject({
	speaker: Id,
	/** The quotation in clean English, faithful to the source sentence. */
	text: Text,
	/**
	 * Rebuilt from a garbled source, so not the speaker's exact words: shown without quotation
	 * marks, as what they said in effect.
	 */
	paraphrase: v.optional(v.boolean())
});

export const FactSchema = v.strictObject({
	id: Id,
	topic: v.optional(Text),
	/** The article sentence(s) this fact rests on, verbatim. */
	source: v.pipe(v.array(Text), v.minLength(1, 'needs at least one source sentence')),
	/**
	 * The corrected plain statement that is taught. A fact with no slots and no quotation is
	 * asked as this statement, true or false.
	 */
	statement: Text,
	slots: v.pipe(v.array(SlotSchema), v.maxLength(12, 'has more than 12 slots')),
	quote: v.optional(QuoteSchema),
	explanation: v.optional(Text),
	/** What the article's text got wrong here, and why the statement differs. */
	correction: v.optional(Text),
	/** Questions on this fact a reviewer removed (by question id): never asked. */
	omit: v.optional(v.pipe(v.array(Text), v.maxLength(100, 'has more than 100 entries'))),
	/** Generated facts: how sure the generator is (0–1); below its threshold, a hidden suggestion. */
	confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
	/**
	 * Generated facts: how much the fact carries the article (0–1; position, the headline's
	 * words, central names, key numbers). Quizzes ask the important facts first. Curated facts
	 * are all important.
	 */
	importance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
});

export const DeckSourceSchema = v.strictObject({
	title: Text,
	publisher: v.optional(Text),
	author: v.optional(Text),
	published: v.optional(Text),
	url: v.optional(v.pipe(Text, v.url('must be a URL'))),
	note: v.optional(Text)
});

export const DeckSchema = v.strictObject({
	format: v.literal(DECK_FORMAT, `format must be ${DECK_FORMAT}`),
	id: Id,
	title: Text,
	description: v.optional(Text),
	language: v.optional(v.picklist(['en']), 'en'),
	source: DeckSourceSchema,
	entities: v.pipe(v.array(EntitySchema), v.maxLength(2_000)),
	facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact'), v.maxLength(5_000)),
	/**
	 * Words the article's text gets wrong ("coalition of alliance") and what they should read:
	 * marked, with the correction, wherever a source sentence is shown. Garbled names of entities
	 * are misprints too, without being listed here.
	 */
	misprints: v.optional(
		v.pipe(
			v.array(v.strictObject({ printed: Text, correct: Text })),
			v.maxLength(2_000, 'has more than 2,000 entries')
		),
		[]
	),
	/** The article's text, verbatim (curated decks keep it beside the facts file). */
	article: v.optional(v.pipe(v.string(), v.maxLength(1_000_000)))
});

export type Entity = v.InferOutput<typeof EntitySchema>;
export type Slot = v.InferOutput<typeof SlotSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Deck = v.InferOutput<typeof DeckSchema>;
export type DeckInput = v.InferInput<typeof DeckSchema>;

/** A problem found in a deck, with the path of the field it concerns. */
export interface DeckProblem {
	path: (string | number)[];
	message: string;
}

/**
 * The checks a schema cannot express: unique ids, references that resolve, answers that appear in
 * their statement, sources that appear in the article, numbers that have values.
 */
export function checkDeckReferences(deck: Deck): DeckProblem[] {
	const problems: DeckProblem[] = [];
	const entities = new Map<string, Entity>();
	deck.entities.forEach((entity, i) => {
		if (entities.has(entity.id))
			problems.push({ path: ['entities', i, 'id'], message: `duplicate entity id "${entity.id}"` });
		entities.set(entity.id, entity);
	});
	const factIds = new Set<string>();
	const article = deck.article === undefined ? undefined : normalizeSpace(deck.article);
	deck.facts.forEach((fact, i) => {
		const at = (...rest: (string | number)[]) => ['facts', i, ...rest];
		if (factIds.has(fact.id))
			problems.push({ path: at('id'), message: `duplicate fact id "${fact.id}"` });
		factIds.add(fact.id);
		if (article !== undefined)
			fact.source.forEach((sentence, j) => {
				if (!article.includes(normalizeSpace(sentence)))
					problems.push({ path: at('source', j), message: 'is not found verbatim in the article' });
			});
		const slotIds = new Set<string>();
		fact.slots.forEach((slot, j) => {
			if (slotIds.has(slot.id))
				problems.push({ path: at('slots', j, 'id'), message: `duplicate slot id "${slot.id}"` });
			slotIds.add(slot.id);
			if (!fact.statement.includes(slot.answer))
				problems.push({
					path: at('slots', j, 'answer'),
					message: `"${slot.answer}" does not appear in the statement`
				});
			if (slot.inSource !== undefined && !fact.source.some((s) => s.includes(slot.inSource!)))
				problems.push({
					path: at('slots', j, 'inSource'),
					message: `"${slot.inSource}" does not appear in the source sentence`
				});
			if (slot.entity !== undefined) {
				const entity = entities.get(slot.entity);
				if (!entity)
					problems.push({
						path: at('slots', j, 'entity'),
						message: `unknown entity "${slot.entity}"`
					});
				else if (entity.kind !== slot.kind)
					problems.push({
						path: at('slots', j, 'kind'),
						message: `is "${slot.kind}" but entity "${entity.id}" is a ${entity.kind}`
					});
			}
			// Answerable from the source: some form of the answer is in the article's sentence.
			const forms = [
				slot.inSource,
				slot.answer,
				...slot.accept,
				...slot.garbled,
				...(slot.value !== undefined ? [String(slot.value)] : []),
				...namesOf(slot.entity === undefined ? undefined : entities.get(slot.entity))
			];
			if (!mentions(fact.source, forms))
				problems.push({
					path: at('slots', j, 'answer'),
					message:
						'is not visible in the source sentence(s): set inSource to the words that carry it'
				});
			if (slot.kind === 'number' && slot.value === undefined)
				problems.push({ path: at('slots', j, 'value'), message: 'a number slot needs a value' });
			const lower = slot.answer.toLowerCase();
			slot.distractors.forEach((d, k) => {
				if (d.toLowerCase() === lower)
					problems.push({
						path: at('slots', j, 'distractors', k),
						message: 'is the same as the answer'
					});
			});
		});
		if (fact.quote) {
			const speaker = entities.get(fact.quote.speaker);
			if (!speaker)
				problems.push({
					path: at('quote', 'speaker'),
					message: `unknown entity "${fact.quote.speaker}"`
				});
			else if (speaker.kind !== 'person')
				problems.push({ path: at('quote', 'speaker'), message: 'the speaker must be a person' });
			else if (!mentions(fact.source, namesOf(speaker)))
				problems.push({
					path: at('quote', 'speaker'),
					message: `"${speaker.name}" is not named in the source: add the sentence that names them`
				});
		}
		// A fact with neither slots nor a quotation is a plain statement, asked as true or false.
	});
	// A misprint must be somewhere in the article (or, without one, in the cited sources).
	const printedText = deck.article ?? deck.facts.flatMap((f) => f.source).join('\n');
	const printed = new Set<string>();
	deck.misprints.forEach((misprint, i) => {
		if (printed.has(misprint.printed))
			problems.push({
				path: ['misprints', i, 'printed'],
				message: `"${misprint.printed}" is listed twice`
			});
		printed.add(misprint.printed);
		if (!printedText.includes(misprint.printed))
			problems.push({
				path: ['misprints', i, 'printed'],
				message: `"${misprint.printed}" is not in the ${deck.article === undefined ? "facts' sources" : 'article'}`
			});
	});
	return problems;
}

function namesOf(entity: Entity | undefined): string[] {
	if (!entity) return [];
	const names = [entity.name, ...entity.aliases, ...entity.garbled];
	// A surname alone counts as naming a person.
	if (entity.kind === 'person') names.push(...names.map((n) => n.split(/\s+/).at(-1) ?? n));
	return names;
}

/**
 * Whether the sources say one of `forms`. A one-letter form says too little to count ("a"), but a
 * one-digit number standing alone does ("8 per cent").
 */
function mentions(sources: string[], forms: (string | undefined)[]): boolean {
	const text = sources.join(' ').toLowerCase();
	return forms.some(
		(f) =>
			f !== undefined &&
			(f.length > 1
				? text.includes(f.toLowerCase())
				: /^\d$/.test(f) && new RegExp(`(?<![\\d.,])${f}(?![\\d]|[.,]\\d)`).test(text))
	);
}

function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ');
}
