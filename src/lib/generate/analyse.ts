/**
 * Text → paragraphs → sentences → tagged words, with compromise (a rule-based English tagger). Each
 * sentence keeps its exact text, so a fact's source can be found verbatim in the article.
 */
import nlp from 'compromise/three';

export interface Token {
	/** The word as written, without surrounding punctuation. */
	text: string;
	/** Punctuation and space before and after the word, as written. */
	pre: string;
	post: string;
	/** Lower-case form. */
	normal: string;
	tags: ReadonlySet<string>;
}

export interface Sentence {
	index: number;
	paragraph: number;
	/** Exactly as in the article (trimmed). */
	text: string;
	tokens: Token[];
	/** A line with no closing punctuation: a headline or a subheading, never a fact. */
	heading: boolean;
}

interface CompromiseTerm {
	text: string;
	pre: string;
	post: string;
	normal: string;
	tags: Set<string>;
}

interface TaggableDoc {
	docs: CompromiseTerm[][];
	compute(steps: string[]): unknown;
}

/**
 * What `nlp(text)` runs after tokenising, less the noun/verb chunker and the type-ahead: the
 * generator only reads the tags, which are the same without them, and parsing is faster.
 */
const TAGGING_STEPS = [
	'alias',
	'machine',
	'index',
	'id',
	'freeze',
	'lexicon',
	'preTagger',
	'contractionTwo',
	'postTagger'
];

const CLOSING = /[.!?…]["'”’)\]]*$/;

/**
 * Paragraphs of the text, with hard-wrapped lines joined again: a line is joined to the next when
 * it does not end a sentence and is long (a wrapped line) or the next one starts in lower case.
 */
export function splitParagraphs(text: string): string[] {
	const out: string[] = [];
	// "As the winner, Ms Tuohy receives:" then "• £25,000 in prize money": each item that is no
	// sentence of its own is one with the words that lead into the list.
	let leadIn: string | undefined;
	const push = (paragraph: string) => {
		const item = LIST_MARKER.test(paragraph);
		const bare = paragraph.replace(LIST_MARKER, '').replace(DATELINE, '');
		if (!bare) return;
		if (item && leadIn && !CLOSING.test(bare) && /^[\p{Ll}\d£$€]/u.test(bare)) {
			// The lead-in alone goes: it would read as the colon before a quotation.
			if (out.at(-1) === `${leadIn}:`) out.pop();
			out.push(`${leadIn} ${bare.replace(/[;,]$/, '')}.`);
			return;
		}
		// Only the sentence that ends in the colon leads in: "… £385,000. They include:".
		const last = bare.split(/(?<=[.!?]["”’)]?)\s+/).at(-1) ?? '';
		if (!item) leadIn = /^[^:]{12,200}:$/.test(last) ? last.slice(0, -1) : undefined;
		out.push(bare);
	};
	for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
		const lines = block
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		let current = '';
		for (const line of lines) {
			if (!current) current = line;
			else if (
				!CLOSING.test(current) &&
				!LIST_MARKER.test(line) &&
				(current.length > 60 || /^[a-z0-9(“"‘']/.test(line))
			)
				current = `${current} ${line}`;
			else {
				push(current);
				current = line;
			}
		}
		if (current) push(current);
	}
	return out;
}

/** A list item's marker: "- ", "• ", "1. ", "2) ". The item is a paragraph of its own. */
const LIST_MARKER = /^(?:[-–—•*▪●·]|\d{1,2}[.)])\s+(?=\S)/;
/**
 * A wire story's dateline: "HOLLIS RIDGE, W.Va. — ", "LONDON (Reuters) - ", a press release's:
 * "Hawsedale, 12 February 2026 - ", "ELSBURY, 14 June (Meridian Wire) - ", and an Australian paper's
 * "Port Aldane: ". Where and when it
 * was filed, not a sentence of it.
 */
const DATELINE =
	/^(?:(?:[A-Z][A-Z'’.\- ]{2,40}(?:,\s*(?:[A-Z][A-Za-z.' ]{1,20}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}))?\s*(?:\([^)]{1,30}\)\s*)?|[A-Z][\p{L}'’.\- ]{1,30},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s+)[—–-]{1,2}\s+(?=\S)|(?:[A-Z][\p{L}'’.-]+ ){0,2}[A-Z][\p{L}'’.-]+:\s+(?=[A-Z]))/u;

const PIECE_WORDS = 300;
/** Words after which a full stop does not end a sentence ("Dr. Smith", "St. Ives", "J. Smith"). */
const ABBREVIATION =
	/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Prof|Sir|Jr|Sr|Inc|Ltd|Co|vs|etc|No|Gen|Lt|Col|Capt|Rev|Mt|[A-Z])\.$/;

/**
 * A paragraph of more than about 300 words, cut between sentences into pieces of about that
 * size (only where a sentence surely ends: ". " before a capital, not after "Dr." or an initial).
 */
export function splitLongParagraph(paragraph: string): string[] {
	const words = paragraph.split(/\s+/);
	if (words.length <= PIECE_WORDS * 1.5) return [paragraph];
	const pieces: string[] = [];
	let current: string[] = [];
	words.forEach((word, i) => {
		current.push(word);
		const next = words[i + 1];
		const ends =
			/[.!?]["'”’)]*$/.test(word) &&
			next !== undefined &&
			/^["'“‘(]?[A-Z]/.test(next) &&
			!ABBREVIATION.test(` ${word}`);
		if (ends && current.length >= PIECE_WORDS) {
			pieces.push(current.join(' '));
			current = [];
		}
	});
	if (current.length) pieces.push(current.join(' '));
	return pieces;
}

export function isHeading(paragraph: string): boolean {
	return !CLOSING.test(paragraph) && paragraph.split(/\s+/).length <= 20;
}

/** Tags one paragraph. compromise splits sentences (it knows "Dr." and "D.C." are not ends). */
export function analyseParagraph(paragraph: string, paragraphIndex: number, firstIndex: number) {
	const sentences: Sentence[] = [];
	if (isHeading(paragraph)) {
		sentences.push({
			index: firstIndex,
			paragraph: paragraphIndex,
			text: paragraph,
			tokens: [],
			heading: true
		});
		return sentences;
	}
	const doc = nlp.tokenize(paragraph) as unknown as TaggableDoc;
	doc.compute(TAGGING_STEPS);
	for (const terms of joinAfterAbbreviations(doc.docs)) {
		for (const part of splitAfterQuotation(terms)) {
			const tokens: Token[] = [];
			for (const t of part) {
				const last = tokens.at(-1);
				// An implied word ("cannot" → can + not) keeps only its spacing, on the word before.
				if (t.text === '') {
					if (last) last.post += t.pre + t.post;
					continue;
				}
				tokens.push({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: t.tags });
			}
			const text = part
				.map((t) => t.pre + t.text + t.post)
				.join('')
				.trim();
			if (!tokens.length || !text) continue;
			sentences.push({
				index: firstIndex + sentences.length,
				paragraph: paragraphIndex,
				text,
				tokens,
				heading: false
			});
		}
	}
	return sentences;
}

/** Abbreviations the tagger takes for a sentence's end: "its Tolliver No. 2 mine", "Sept. 30". */
const MID_ABBREVIATION =
	/^(no|nos|sept|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|gov|sen|rep|vol|pp|fig|approx)$/i;

/** Sentences the tagger cut after "No." before a number or a lower-case word, joined again. */
function joinAfterAbbreviations(docs: CompromiseTerm[][]): CompromiseTerm[][] {
	const out: CompromiseTerm[][] = [];
	for (const terms of docs) {
		const previous = out.at(-1);
		const last = previous?.at(-1);
		const first = terms[0];
		if (
			previous &&
			last &&
			first &&
			MID_ABBREVIATION.test(last.text) &&
			/^\.\s*$/.test(last.post) &&
			/^[\p{Ll}\d]/u.test(first.text)
		)
			previous.push(...terms);
		else out.push([...terms]);
	}
	return out;
}

/**
 * "“…, but it is a beginning.” Mr Harrani was more cautious.": the tagger keeps a sentence that
 * ends inside quotation marks with the next one. Cut after a closing quotation mark that follows
 * a full stop, when the next word starts a new sentence.
 */
function splitAfterQuotation(terms: CompromiseTerm[]): CompromiseTerm[][] {
	const out: CompromiseTerm[][] = [];
	let current: CompromiseTerm[] = [];
	terms.forEach((t, i) => {
		current.push(t);
		const next = terms[i + 1];
		if (
			next &&
			/[.!?]["”’]\s+$/.test(t.post) &&
			/^[A-Z]/.test(next.text) &&
			!/["“]/.test(next.pre)
		) {
			out.push(current);
			current = [];
		}
	});
	if (current.length) out.push(current);
	return out;
}

export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
	return token !== undefined && tags.some((t) => token.tags.has(t));
}

/** A lower-case noun that is no finite verb: "hearing" in "the court hearing" ("ruled" is none). */
export function isCommonNoun(token: Token | undefined): boolean {
	return (
		token !== undefined &&
		/^[a-z]/.test(token.text) &&
		!hasTag(token, 'Preposition', 'Adverb', 'Conjunction', 'Determiner', 'Pronoun', 'Adjective') &&
		// Particles the tagger can read as nouns: "fine the firm up to 4%".
		!/^(up|down|out|off|in|on|over|back|away|about|around|through|to|for|by|at|as)$/.test(
			token.normal
		) &&
		// "hearing", "meeting" after a noun are read as gerunds.
		(hasTag(token, 'Gerund') ||
			(hasTag(token, 'Noun') &&
				!hasTag(token, 'PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary')))
	);
}
