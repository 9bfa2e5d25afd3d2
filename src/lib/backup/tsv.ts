/**
 * Cards as tab-separated text, the one format Anki and Quizlet both read and write.
 * - Anki: "Notes in Plain Text" with the file headers Anki 2.1.55+ understands
 *   (https://docs.ankiweb.net/importing/text-files.html#file-headers); a field holding a tab, a
 *   line break or a quote is quoted CSV-style, as Anki's reader expects.
 * - Quizlet: `term<TAB>definition` per line and nothing else (Quizlet cannot quote, so tabs and
 *   line breaks inside a field become spaces).
 * Imported text becomes a deck in the one deck format: a fact per card, whose one `phrase` slot
 * is the back, so the question engine makes its flashcards and quizzes like any other deck's.
 */
import { parseDeck, formatPath } from '../content/parse.ts';
import type { Deck, FactSchema } from '../content/deck-schema.ts';
import { BLANK } from '../questions/wording.ts';
import type { CardTemplate } from '../questions/types.ts';
import type * as v from 'valibot';
import { formatCount } from '../format/count.ts';

export interface TextCard {
	front: string;
	back: string;
	tags: string[];
	/** Where the card starts in the imported text (1-based), for messages. */
	line?: number;
}

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_TEXT_CARDS = 5_000;
/** A card's front and back together (a fact's statement holds both, up to 2,000 characters). */
export const MAX_CARD_CHARS = 1_990;
const MAX_ERRORS = 8;
/** Tags naming the deck a card came from: left out of the topic on import. */
const DECK_TAG = 'factdeck::';

// Export -----------------------------------------------------------------------------------------

/** The cards of a deck as text cards, tagged with the deck id and the fact's topic. */
export function cardsForExport(deckId: string, templates: CardTemplate[]): TextCard[] {
	return templates.map((t) => ({
		front: t.front,
		back: t.back,
		tags: [`${DECK_TAG}${deckId}`, ...(t.topic ? [t.topic.trim().replace(/\s+/g, '_')] : [])]
	}));
}

function ankiField(text: string): string {
	// Quoted when Anki's CSV reader would otherwise split or misread it (a leading # is a comment).
	return /[\t\r\n"]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toAnkiText(cards: TextCard[]): string {
	const header = ['#separator:tab', '#html:false', '#columns:Front\tBack\tTags', '#tags column:3'];
	const lines = cards.map((c) => [c.front, c.back, c.tags.join(' ')].map(ankiField).join('\t'));
	return `${[...header, ...lines].join('\n')}\n`;
}

function flat(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export function toQuizletText(cards: TextCard[]): string {
	return `${cards.map((c) => `${flat(c.front)}\t${flat(c.back)}`).join('\n')}\n`;
}

// Import -----------------------------------------------------------------------------------------

export type TextParseResult =
	{ ok: true; cards: TextCard[]; duplicates: number } | { ok: false; errors: string[] };

interface Header {
	html: boolean;
	/** 0-based columns. */
	front?: number;
	back?: number;
	tags?: number;
	/** Columns that are not card text (Anki's deck, notetype and guid columns). */
	meta: Set<number>;
}

interface RawRecord {
	fields: string[];
	line: number;
}

/**
 * Splits text into records of tab-separated fields. A field that starts with a quote and whose
 * closing quote ends the field is read CSV-style (it may hold tabs, line breaks and "" for a
 * quote); any other quote is just a character, as Quizlet writes it.
 */
function records(text: string, from: number, firstLine: number): RawRecord[] {
	const out: RawRecord[] = [];
	let i = from;
	let line = firstLine;
	while (i < text.length) {
		const start = line;
		const fields: string[] = [];
		for (;;) {
			let field = '';
			let quoted = false;
			if (text[i] === '"') {
				let j = i + 1;
				let value = '';
				let lines = 0;
				for (; j < text.length; j++) {
					if (text[j] === '"') {
						if (text[j + 1] === '"') {
							value += '"';
							j++;
						} else break;
					} else {
						if (text[j] === '\n') lines++;
						value += text[j];
					}
				}
				const after = text[j + 1];
				if (j < text.length && (after === undefined || /[\t\r\n]/.test(after))) {
					field = value;
					line += lines;
					i = j + 1;
					quoted = true;
				}
			}
			if (!quoted) {
				let j = i;
				while (j < text.length && !/[\t\r\n]/.test(text[j])) j++;
				field = text.slice(i, j);
				i = j;
			}
			fields.push(field);
			if (text[i] === '\t') {
				i++;
				continue;
			}
			if (text[i] === '\r') i++;
			if (text[i] === '\n') i++;
			line++;
			break;
		}
		out.push({ fields, line: start });
	}
	return out;
}

function headerValue(line: string): [string, string] | undefined {
	const match = /^#([^:]+):(.*)$/.exec(line);
	return match ? [match[1].trim().toLowerCase(), match[2]] : undefined;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/**
 * Drops every `open`…`close` span, as `/<[^>]*>/g` would, in linear time: that regex restarts at
 * each `<` and scans to the end when no `>` follows, so a line of 40,000 `<` took seconds.
 */
function dropSpans(text: string, open: string, close: string): string {
	let out = '';
	let at = 0;
	for (;;) {
		const start = text.indexOf(open, at);
		const end = start < 0 ? -1 : text.indexOf(close, start + open.length);
		if (end < 0) return out + text.slice(at);
		out += text.slice(at, start);
		at = end + close.length;
	}
}

/** Anki's HTML fields as plain text: line breaks as spaces, tags and media references dropped. */
function htmlToText(html: string): string {
	return dropSpans(
		dropSpans(html.replace(/<br\s*\/?>|<\/(?:div|p|li)>/gi, ' '), '<', '>'),
		'[sound:',
		']'
	).replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		}
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}

/**
 * Reads Anki or Quizlet text: `front<TAB>back[<TAB>tags]` per line, after any `#` header lines.
 * Every problem is reported with its line number; if there is one, no cards are returned.
 */
export function parseCardText(input: string): TextParseResult {
	if (input.length > MAX_TEXT_BYTES)
		return { ok: false, errors: [`This text is larger than 5 MB. Split it into smaller files.`] };
	const text = input.replace(/^\uFEFF/, '');
	const errors: string[] = [];
	const header: Header = { html: false, meta: new Set() };

	// Header lines: only at the top, as Anki reads them.
	let at = 0;
	let line = 1;
	while (text[at] === '#') {
		const end = text.indexOf('\n', at);
		const raw = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
		const entry = headerValue(raw);
		if (entry) {
			const [key, value] = entry;
			const column = Number(value.trim()) - 1;
			if (key === 'separator' && !/^(\s*tab\s*|\t)$/i.test(value))
				errors.push(
					`Line ${line}: this file separates fields with “${value.trim()}”. Factdeck reads tab-separated text: in Anki export “Notes in Plain Text”; in Quizlet choose Tab between term and definition.`
				);
			else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
			else if (key === 'columns') {
				const labels = value.split('\t').map((l) => l.trim().toLowerCase());
				const find = (...names: string[]) => {
					const index = labels.findIndex((l) => names.includes(l));
					return index < 0 ? undefined : index;
				};
				header.front = find('front', 'term', 'question');
				header.back = find('back', 'definition', 'answer');
				header.tags ??= find('tags');
			} else if (key === 'tags column' && column >= 0) header.tags = column;
			else if (/^(deck|notetype|guid) column$/.test(key) && column >= 0) header.meta.add(column);
		}
		at = end < 0 ? text.length : end + 1;
		line++;
	}
	if (errors.length) return { ok: false, errors };

	const cards: TextCard[] = [];
	const seen = new Set<string>();
	let duplicates = 0;
	for (const record of records(text, at, line)) {
		if (record.fields.every((f) => !f.trim())) continue;
		const report = (message: string) => {
			if (errors.length < MAX_ERRORS) errors.push(`Line ${record.line}: ${message}`);
			else if (errors.length === MAX_ERRORS) errors.push('…and more.');
		};
		const free = record.fields
			.map((_, i) => i)
			.filter((i) => !header.meta.has(i) && i !== header.tags);
		const frontAt = header.front ?? free[0];
		const backAt = header.back ?? free.find((i) => i !== frontAt);
		const tagsAt = header.tags ?? free.find((i) => i !== frontAt && i !== backAt);
		if (backAt === undefined || record.fields[backAt] === undefined) {
			report('there is no tab between the front and the back.');
			continue;
		}
		const clean = (s: string) => flat(header.html ? htmlToText(s) : s);
		const front = clean(record.fields[frontAt] ?? '');
		const back = clean(record.fields[backAt]);
		if (!front) report('the front is empty.');
		else if (!back) report('the back is empty.');
		else if (front.length + back.length > MAX_CARD_CHARS)
			report(`the card is longer than ${formatCount(MAX_CARD_CHARS)} characters.`);
		else {
			const key = `${front}\t${back}`;
			if (seen.has(key)) duplicates++;
			else {
				seen.add(key);
				const tags = tagsAt === undefined ? '' : (record.fields[tagsAt] ?? '');
				cards.push({ front, back, tags: tags.split(/\s+/).filter(Boolean), line: record.line });
			}
		}
	}
	if (!errors.length && cards.length > MAX_TEXT_CARDS)
		errors.push(
			`This text has ${formatCount(cards.length)} cards; a deck holds at most ${formatCount(MAX_TEXT_CARDS)}. Split it into smaller files.`
		);
	if (!errors.length && !cards.length)
		errors.push('There are no cards in this text: each line needs a front, a tab, and a back.');
	return errors.length ? { ok: false, errors } : { ok: true, cards, duplicates };
}

// Text cards → a deck ----------------------------------------------------------------------------

/** A deck id from a title, different from every id in `taken`. */
export function deckIdFor(title: string, taken: ReadonlySet<string>): string {
	const slug =
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+/, '')
			.slice(0, 56)
			.replace(/-+$/, '') || 'imported';
	let id = slug;
	for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
	return id;
}

type FactInput = v.InferInput<typeof FactSchema>;

/** The words around a one-letter answer, so the deck's check can find it in the source. */
function around(statement: string, at: number, length: number): string {
	let start = at;
	let end = at + length;
	if (start > 0)
		do start--;
		while (start > 0 && /\s/.test(statement[start]));
	else
		do end++;
		while (end < statement.length && /\s/.test(statement[end - 1]));
	return statement.slice(start, end);
}

/**
 * One card as a fact. The statement is the card read as a sentence: a cloze front (“… _____ …”)
 * filled with its back, else “front — back” (or “back — front” when the back also appears inside
 * the front, so the blank always falls on the answer).
 */
function factFor(card: TextCard, index: number): FactInput {
	const { front, back } = card;
	const blank = front.indexOf(BLANK);
	const filled =
		blank >= 0 && front.indexOf(BLANK, blank + 1) < 0 ? front.replace(BLANK, back) : undefined;
	const statement =
		filled !== undefined && filled.indexOf(back) === blank
			? filled
			: front.includes(back)
				? `${back} — ${front}`
				: `${front} — ${back}`;
	const at = statement.indexOf(back);
	const topic = card.tags
		.filter((t) => !t.startsWith(DECK_TAG))
		.map((t) => t.replace(/_/g, ' '))
		.join(', ')
		.slice(0, 200)
		.trim();
	return {
		id: `card-${index + 1}`,
		...(topic ? { topic } : {}),
		source: [statement],
		statement,
		slots: [
			{
				id: 'back',
				kind: 'phrase',
				answer: back,
				...(back.length < 2 ? { inSource: around(statement, at, back.length) } : {})
			}
		]
	};
}

export type TextDeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

/** The imported cards as a deck, checked by the deck format's own parser. */
export function deckFromTextCards(
	cards: TextCard[],
	options: { id: string; title: string; sourceName: string; importedOn: string }
): TextDeckResult {
	const title = flat(options.title);
	if (!title) return { ok: false, errors: ['Give the deck a title.'] };
	if (title.length > 200)
		return { ok: false, errors: ['The title is longer than 200 characters.'] };
	const result = parseDeck({
		format: 1,
		id: options.id,
		title,
		source: {
			title: flat(options.sourceName).slice(0, 200) || 'Imported text',
			note: `Imported from Anki or Quizlet text on ${options.importedOn}.`
		},
		entities: [],
		facts: cards.map(factFor)
	});
	if (result.ok) return result;
	return {
		ok: false,
		errors: result.problems.slice(0, MAX_ERRORS).map((p) => {
			const fact = p.path[0] === 'facts' && typeof p.path[1] === 'number' ? p.path[1] : undefined;
			const where =
				fact === undefined ? formatPath(p.path) : `Line ${cards[fact].line ?? fact + 1}`;
			return `${where}: ${p.message}`;
		})
	};
}
