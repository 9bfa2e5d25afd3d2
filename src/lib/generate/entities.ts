/**
 * Named things in the text: people, places, organisations, countries and named terms. compromise's
 * tags are one piece of evidence; capitalised runs of words ("Hartley County Council"), the words
 * around them ("the astronomer …", "… said", "in …") and a name's last word ("… Council",
 * "River …") are the others. Every mention of a thing is linked to one entity: a surname to the
 * full name, an acronym to the name it abbreviates ("…, known as LIGO").
 */
import type { EntityKind } from '../content/deck-schema.ts';
import { hasTag, type Sentence, type Token } from './analyse.ts';
import {
	COMMON_ACRONYMS,
	CONTINENTS,
	COUNTRY_NAMES,
	FEMALE_TITLES,
	MALE_TITLES,
	NAME_CONNECTORS,
	ORGANISATION_HEADS,
	PARTY_NAMES,
	PARTY_WORDS,
	PLACE_FIRST,
	PLACE_HEADS,
	ROLE_NOUNS,
	SPEECH_VERBS,
	TEAM_CUES,
	TERM_HEADS,
	TITLES
} from '../language/lexicon.ts';
import { isDemonym } from '../language/demonyms.ts';
import { roleAt, roleClass } from './roles.ts';
import { quotedTokens } from './sentences.ts';

export type Gender = 'male' | 'female';

export interface Mention {
	sentence: number;
	/** Token range [start, end) of the name itself (without a title). */
	start: number;
	end: number;
	/** Exactly as written in the sentence. */
	surface: string;
	/** Inside quotation marks. */
	quoted: boolean;
	/** Used before a noun, like an adjective: "the Crossness engines", "LIGO data". */
	modifier: boolean;
	/** Written after "the": "the Environment Agency" (a wrong answer put here should take it too). */
	afterThe: boolean;
	entity: EntityDraft;
}

export interface EntityDraft {
	key: string;
	kind: EntityKind;
	category?: string;
	name: string;
	aliases: Set<string>;
	gender?: Gender;
	mentions: Mention[];
	/** How sure the kind is: summed evidence for the winning kind. */
	evidence: number;
	/** A person named by a style ("Prince of Wales"), not a name. */
	styled?: boolean;
	/** What the article says a person is, as first said ("head coach", "an evolutionary biologist"). */
	role?: string;
	votes: Map<EntityKind, number>;
	categories: Map<string, number>;
	id: string;
}

/** Evidence needed before a capitalised run is treated as a named thing. */
const MIN_EVIDENCE = 1.5;

const PLACE_PREPOSITIONS = new Set([
	'in',
	'at',
	'near',
	'from',
	'outside',
	'across',
	'towards',
	'toward',
	'around',
	'through',
	'into',
	'via',
	'beside'
]);
const COUNTRY_ACRONYMS = new Set(['UK', 'US', 'USA', 'UAE']);
const ERA = /^(BC|AD|BCE|CE)$/;
const OPENING_QUOTE = /["“‘]/;
const BREAK_AFTER = /[,;:.!?"“”()[\]—–]|\s-\s|’\s|'\s/;
const POSSESSIVE = /['’]s$/;

/** A word written with a capital that says something (not just the start of a sentence). */
function informativeCapital(tokens: Token[], i: number): boolean {
	const token = tokens[i];
	if (!/^[A-Z]/.test(token.text)) return false;
	if (hasTag(token, 'Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'))
		return false;
	if (hasTag(token, 'QuestionWord', 'Adverb', 'Expression')) return false;
	// "1420 BC", "AD 79": an era marker beside a year names nothing.
	if (
		ERA.test(token.text) &&
		(/\d/.test(tokens[i - 1]?.text ?? '') || /^\d/.test(tokens[i + 1]?.text ?? ''))
	)
		return false;
	const atStart = i === 0 || OPENING_QUOTE.test(token.pre) || /[:]\s*$/.test(tokens[i - 1].post);
	if (!atStart) return true;
	// At the start of a sentence a capital means nothing: ask the tagger.
	if (hasTag(token, 'Verb', 'Adjective', 'Plural')) return false;
	if (hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym')) return true;
	// "Alun Pritchard, the physics teacher…": a word the tagger does not know, before a surname.
	const next = tokens[i + 1];
	return (
		hasTag(token, 'Noun') &&
		next !== undefined &&
		/^\s*$/.test(token.post) &&
		/^[A-Z][a-z]/.test(next.text) &&
		hasTag(next, 'ProperNoun', 'LastName', 'Person')
	);
}

function breaksAfter(token: Token): boolean {
	if (POSSESSIVE.test(token.text)) return true;
	const post = token.post;
	if (!BREAK_AFTER.test(post)) return false;
	// "Dr. Smith", "John F. Kennedy": an abbreviation's full stop does not end a name.
	if (
		/^\.\s*$/.test(post) &&
		(TITLES.has(token.normal.replace(/\.$/, '')) || /^[A-Z]$/.test(token.text))
	)
		return false;
	return true;
}

/**
 * "the Caldonian Mortgage Lenders' Association": a plural possessive inside an organisation's
 * name, which runs on to the organisation's head word ("Association", "Union").
 */
function pluralPossessiveInName(tokens: Token[], end: number): boolean {
	const last = tokens[end - 1];
	// "St Aldric's Hospital", "King's College": a saint's or king's name before one head word.
	const singular = POSSESSIVE.test(last.text) && /^\s*$/.test(last.post);
	if (singular) {
		const next = tokens[end];
		const head = next?.normal ?? '';
		return (
			next !== undefined &&
			/^[A-Z]/.test(next.text) &&
			Boolean(ORGANISATION_HEADS[head] || PLACE_HEADS[head]) &&
			!/^[A-Z]/.test(tokens[end + 1]?.text ?? '')
		);
	}
	if (!/s$/.test(last.text) || !/^['’]\s+$/.test(last.post)) return false;
	let k = end;
	while (k < tokens.length && /^[A-Z]/.test(tokens[k].text)) {
		if (ORGANISATION_HEADS[tokens[k].normal]) return true;
		if (!/^\s*$/.test(tokens[k].post)) break;
		k++;
	}
	return false;
}

interface Chunk {
	sentence: Sentence;
	/** Including any title. */
	start: number;
	/** First token of the name proper. */
	nameStart: number;
	end: number;
	title: string[];
}

function chunksOf(sentence: Sentence): Chunk[] {
	const tokens = sentence.tokens;
	const out: Chunk[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!informativeCapital(tokens, i)) {
			i++;
			continue;
		}
		const start = i;
		let end = i + 1;
		while (end < tokens.length) {
			const next = tokens[end];
			if (breaksAfter(tokens[end - 1]) && !pluralPossessiveInName(tokens, end)) break;
			// "Bank of Caldonia (BoC)": the bracket starts another name, an alias.
			if (OPENING_QUOTE.test(next.pre) || /[([]/.test(next.pre)) break;
			if (/^[A-Z]/.test(next.text) && !hasTag(next, 'Date', 'Value', 'Pronoun')) {
				end++;
				continue;
			}
			const award = TERM_HEADS[tokens[end - 1].normal] === 'award' && next.text === 'in';
			// "(Inspector) Freja Holm of Nordvind": a person's name ends before "of" (a style such as
			// "Prince of Wales" has only its title before "of", so it gets no further than here).
			let first = start;
			while (first < end - 1 && TITLES.has(tokens[first].normal.replace(/\.$/, ''))) first++;
			const person =
				next.text === 'of' &&
				hasTag(tokens[first], 'FirstName', 'MaleName', 'FemaleName') &&
				end - first >= 2;
			if ((NAME_CONNECTORS.has(next.text) || award) && !breaksAfter(next) && !person) {
				let j = end + 1;
				if (tokens[j]?.text === 'the' && !breaksAfter(tokens[j])) j++;
				if (
					j < tokens.length &&
					/^[A-Z]/.test(tokens[j].text) &&
					!hasTag(tokens[j], 'Date', 'Value')
				) {
					end = j + 1;
					continue;
				}
			}
			break;
		}
		// A title ("Councillor", "US President") is not part of the name, unless the name is a
		// style like "Prince of Wales".
		let nameStart = start;
		let styled = false;
		// Titles lead a name ("US President Donald Trump", "Lt Gen Ben Hodges"); a title word
		// inside one ("Velby General Hospital") is part of the name.
		for (let k = start; k < end - 1; k++) {
			const word = tokens[k].normal.replace(/\.$/, '');
			if (!TITLES.has(word)) {
				if (isDemonym(tokens[k].text) || /^[A-Z]{2,3}$/.test(tokens[k].text)) continue;
				break;
			}
			if (NAME_CONNECTORS.has(tokens[k + 1].text)) {
				styled = k === start;
				break;
			}
			nameStart = k + 1;
		}
		const title = tokens.slice(start, nameStart).map((t) => t.normal.replace(/\.$/, ''));
		if (styled) title.push('style');
		if (end - start === 1 && TITLES.has(tokens[start].normal)) {
			i = end;
			continue;
		}
		// "Kingston, Jamaica", "Washington, D.C.": the second name only says where the first is.
		const prevChunk = out.at(-1);
		if (
			end - start === 1 &&
			prevChunk?.end === start &&
			/^,\s*$/.test(tokens[start - 1].post) &&
			hasTag(tokens[start], 'Place', 'Region', 'Country') &&
			hasTag(tokens[start - 1], 'Place', 'Region', 'City')
		) {
			i = end;
			continue;
		}
		// A lone nationality ("British", "Russian") is an adjective, not a name.
		if (end - start === 1 && (hasTag(tokens[start], 'Demonym') || isDemonym(tokens[start].text))) {
			i = end;
			continue;
		}
		out.push({ sentence, start, nameStart, end, title });
		i = end;
	}
	return out;
}

/** A name used like an adjective: "the Crossness engines", "a London-based fellow". */
function isModifier(last: Token, next: Token | undefined): boolean {
	if (!next) return false;
	if (/-$/.test(last.post) || /^-/.test(next.pre)) return true;
	return (
		!breaksAfter(last) &&
		hasTag(next, 'Noun') &&
		!hasTag(next, 'Pronoun', 'ProperNoun') &&
		/^[a-z]/.test(next.text)
	);
}

export function surfaceOf(tokens: Token[], start: number, end: number): string {
	let text = tokens[start].text;
	for (let k = start + 1; k < end; k++) text += tokens[k - 1].post + tokens[k].pre + tokens[k].text;
	return text.replace(POSSESSIVE, '');
}

function keyOf(name: string): string {
	const key = name
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[‐‑–—-]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
	// "the Liberal Democrats" and "a Liberal Democrat councillor" are one party.
	const words = key.split(' ');
	return words.every((w) => PARTY_WORDS.has(w)) &&
		words.some((w) => PARTY_NAMES.has(w) || PARTY_NAMES.has(`${w}s`))
		? key.replace(/s$/, '')
		: key;
}

interface Evidence {
	kind: EntityKind;
	weight: number;
	category?: string;
}

function isAcronym(text: string): boolean {
	return /^[A-Z][A-Z&.]{1,7}$/.test(text) && /[A-Z].*[A-Z]/.test(text);
}

const first0 = (words: Token[]) => words[0];

/** Nouns before a vessel's name. */
const VESSEL_NOUNS = new Set(
	'ferry ship vessel liner yacht boat submarine tanker trawler frigate destroyer carrier barge tug steamer'.split(
		' '
	)
);

/**
 * Whether `short` is an acronym of `long`: its capitals, in order, are letters of the long name
 * that start with its first word's initial and take every word's initial ("BLR" for
 * "Brightline Research", "WCCT" for "Westmoor Community Care Trust").
 */
export function abbreviates(short: string, long: string): boolean {
	const letters = short.replace(/[^A-Z]/g, '');
	const words = long.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
	if (letters.length < 2 || !words.length || letters[0] !== words[0][0]) return false;
	let at = 0;
	let word = 0;
	for (const letter of letters) {
		// The next letter may be the next word's initial, or a later letter of this word.
		if (word + 1 < words.length && words[word + 1][0] === letter) {
			word++;
			at = 1;
			continue;
		}
		const found = words[word].toUpperCase().indexOf(letter, at);
		if (found < 0 || (word === 0 && at === 0 && found !== 0)) return false;
		at = found + 1;
	}
	return word === words.length - 1;
}

/** What the words of a name and around it say it is. */
function evidenceFor(chunk: Chunk): Evidence[] {
	const tokens = chunk.sentence.tokens;
	const words = tokens.slice(chunk.nameStart, chunk.end);
	const lower = words.map((t) => t.normal.replace(POSSESSIVE, ''));
	const out: Evidence[] = [];
	const ofAt = lower.findIndex(
		(w, i) =>
			i > 0 && (w === 'of' || w === 'for' || (w === 'in' && TERM_HEADS[lower[i - 1]] === 'award'))
	);
	const head = lower[ofAt > 0 ? ofAt - 1 : lower.length - 1];
	if (chunk.title.length) out.push({ kind: 'person', weight: 4 });
	if (COUNTRY_NAMES.has(words.map((t) => t.text).join(' ')))
		out.push({ kind: 'country', weight: 5 });
	if (CONTINENTS.has(words.map((t) => t.text).join(' ')))
		out.push({ kind: 'place', weight: 4, category: 'continent' });
	if (/\d/.test(words.map((t) => t.text).join('')))
		out.push({ kind: 'term', weight: 2, category: 'code' });
	if (words.length > 1 || ofAt > 0) {
		if (ORGANISATION_HEADS[head])
			out.push({ kind: 'organisation', weight: 4, category: ORGANISATION_HEADS[head] });
		else if (PLACE_HEADS[head]) out.push({ kind: 'place', weight: 4, category: PLACE_HEADS[head] });
		else if (PLACE_FIRST[lower[0]])
			out.push({ kind: 'place', weight: 4, category: PLACE_FIRST[lower[0]] });
		else if (TERM_HEADS[head]) out.push({ kind: 'term', weight: 4, category: TERM_HEADS[head] });
		else {
			const word = lower.find((w) => ORGANISATION_HEADS[w]);
			if (word) out.push({ kind: 'organisation', weight: 3, category: ORGANISATION_HEADS[word] });
		}
	}
	// "the Liberal Democrats", "Labour": a political party.
	if (lower.every((w) => PARTY_WORDS.has(w)) && lower.some((w) => PARTY_NAMES.has(w)))
		out.push({ kind: 'group', weight: 4, category: 'party' });
	// "the Conservatives", "the Romans": a capitalised plural after "the" names a group of people.
	const before1 = tokens[chunk.start - 1];
	const lastWord = words[words.length - 1];
	if (
		before1?.normal === 'the' &&
		/[^s]s$/.test(lastWord.text) &&
		hasTag(lastWord, 'Plural', 'ProperNoun') &&
		!ORGANISATION_HEADS[head] &&
		!PLACE_HEADS[head]
	)
		out.push({ kind: 'group', weight: 2.5, category: 'people' });
	// "Ashbury Kestrels", "Leeds Rhinos": a town's name and a plural nickname.
	if (
		words.length >= 2 &&
		hasTag(first0(words), 'Place', 'City') &&
		/[^s]s$/.test(lastWord.text) &&
		!ORGANISATION_HEADS[head] &&
		!PLACE_HEADS[head]
	)
		out.push({ kind: 'organisation', weight: 3, category: 'team' });
	// "the passenger ferry Marisol", "the ship Sir David Attenborough": a vessel, not a person.
	if (VESSEL_NOUNS.has(tokens[chunk.start - 1]?.normal ?? ''))
		out.push({ kind: 'term', weight: 6, category: 'vessel' });
	if (TEAM_CUES.has(tokens[chunk.start - 1]?.normal ?? ''))
		out.push({ kind: 'organisation', weight: 3, category: 'team' });
	const first = words[0];
	if (hasTag(first, 'FirstName', 'MaleName', 'FemaleName') && words.length > 1)
		out.push({ kind: 'person', weight: 3 });
	else if (words.some((t) => hasTag(t, 'Person', 'LastName', 'Honorific')))
		out.push({ kind: 'person', weight: 2 });
	if (words.every((t) => hasTag(t, 'Country')) || (words.length === 1 && hasTag(first, 'Country')))
		out.push({ kind: 'country', weight: 3 });
	else if (words.some((t) => hasTag(t, 'City')))
		out.push({ kind: 'place', weight: 2, category: 'settlement' });
	else if (words.some((t) => hasTag(t, 'Region')))
		out.push({ kind: 'place', weight: 2, category: 'settlement' });
	else if (words.some((t) => hasTag(t, 'Place')))
		out.push({ kind: 'place', weight: 1.5, category: 'settlement' });
	if (words.some((t) => hasTag(t, 'Organization', 'Company', 'School', 'SportsTeam')))
		out.push({ kind: 'organisation', weight: 2 });
	if (words.length === 1 && COMMON_ACRONYMS.has(first.text))
		out.push({ kind: 'term', weight: 3, category: 'acronym' });
	else if (words.length === 1 && isAcronym(first.text))
		out.push(
			COUNTRY_ACRONYMS.has(first.text)
				? { kind: 'country', weight: 3 }
				: { kind: 'organisation', weight: 2 }
		);

	// The words around the name.
	const prev = tokens[chunk.start - 1];
	const next = tokens[chunk.end];
	const prevWord = prev?.normal.replace(/[^a-z]/g, '') ?? '';
	if (prev && (ROLE_NOUNS.has(prevWord) || (hasTag(prev, 'Actor') && !hasTag(prev, 'ProperNoun'))))
		out.push({ kind: 'person', weight: 3 });
	const afterPreposition = prev !== undefined && hasTag(prev, 'Preposition');
	if (
		next &&
		!afterPreposition &&
		!/[.!?]/.test(tokens[chunk.end - 1].post) &&
		SPEECH_VERBS.has(next.normal)
	)
		out.push({ kind: 'person', weight: 3 });
	if (next?.normal === 'who') out.push({ kind: 'person', weight: 2 });
	// "Alun Pritchard, the physics teacher who…", "fly-half Callum Reddy": a role said of the name.
	const role = roleAt(tokens, chunk.start, chunk.nameStart, chunk.end);
	if (
		role &&
		(roleClass(role) !== undefined ||
			role
				.toLowerCase()
				.split(/[\s,-]+/)
				.some((w) => ROLE_NOUNS.has(w)))
	)
		out.push({ kind: 'person', weight: 3 });
	if (prev && PLACE_PREPOSITIONS.has(prev.normal) && !/[,.;:]/.test(prev.post))
		out.push({ kind: 'place', weight: 1.5, category: 'settlement' });
	// "a holiday flat in the Algarve": a one-word name after "in the" is a region.
	const beforeThe = tokens[chunk.start - 2];
	if (
		prev?.normal === 'the' &&
		beforeThe &&
		PLACE_PREPOSITIONS.has(beforeThe.normal) &&
		words.length === 1 &&
		!isAcronym(first.text) &&
		!/[,.;:]/.test(beforeThe.post)
	)
		out.push({ kind: 'place', weight: 1.5, category: 'settlement' });
	const before = tokens
		.slice(Math.max(0, chunk.start - 3), chunk.start)
		.map((t) => t.normal)
		.join(' ');
	// A name being introduced is a key term: "became known as the Great Stink".
	if (/(known as|called|named|dubbed)( the| a| an)?$/.test(before))
		out.push({ kind: 'term', weight: 2 });
	return out;
}

function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'entity'
	);
}

const quotedBySentence = new WeakMap<Sentence, boolean[]>();

/**
 * Whether the token at `start` lies inside quotation marks. Computed once per sentence: scanning
 * from the first token for every token was quadratic, and an 8,000-word sentence took 11 s.
 */
function isQuoted(sentence: Sentence, start: number): boolean {
	let quoted = quotedBySentence.get(sentence);
	if (!quoted) quotedBySentence.set(sentence, (quoted = quotedTokens(sentence)));
	return quoted[start];
}

export interface EntityIndex {
	entities: EntityDraft[];
	/** Mentions per sentence, in reading order. */
	mentionsIn(sentence: number): Mention[];
}

/**
 * Whether the text writes a name with "the" ("the Bank of Caldonia", "the Thames"): then so does
 * a question, and a wrong answer put in its place. A name never written after "the" whose first
 * word is not a place's ("the Monetary Policy Board") takes it too, when a sentence says "the
 * board"; "Wrenford Borough Council" does not.
 */
export function takesThe(entity: EntityDraft): boolean {
	const names = entity.mentions.filter((m) => !m.modifier);
	return names.length > 0 && names.filter((m) => m.afterThe).length * 2 >= names.length;
}

const YEAR = /\b(1[0-9]\d\d|20\d\d)\b/g;

/**
 * A person of another age than the article's: every sentence that names them that gives a year
 * gives one at least fifty years before the latest the text names, and none has them speak in
 * the present ("says"). A Victorian engineer is no wrong answer for a historian quoted today.
 */
function historic(entity: EntityDraft, sentences: Sentence[], latest: number | undefined): boolean {
	if (latest === undefined) return false;
	let dated = false;
	for (const m of entity.mentions) {
		const text = sentences[m.sentence]?.text ?? '';
		const years = [...text.matchAll(YEAR)].map((y) => Number(y[1]));
		if (years.length) dated = true;
		if (years.some((y) => y > latest - 50)) return false;
		if (/\b(says|tells|thinks|believes|argues|adds)\b/.test(text)) return false;
	}
	return dated;
}

/** Finds the named things of the whole text and links every mention to one of them. */
export function findEntities(sentences: Sentence[]): EntityIndex {
	const allYears = sentences.flatMap((s) => [...s.text.matchAll(YEAR)].map((y) => Number(y[1])));
	const latestYear = allYears.length ? Math.max(...allYears) : undefined;
	const byKey = new Map<string, EntityDraft>();
	const chunkEntity = new Map<Chunk, EntityDraft>();
	const roles = new Map<Chunk, string>();
	const chunks: Chunk[] = [];
	for (const sentence of sentences) if (!sentence.heading) chunks.push(...chunksOf(sentence));

	const draftFor = (key: string, name: string): EntityDraft => {
		let draft = byKey.get(key);
		if (!draft) {
			draft = {
				key,
				kind: 'term',
				name,
				aliases: new Set(),
				mentions: [],
				evidence: 0,
				votes: new Map(),
				categories: new Map(),
				id: ''
			};
			byKey.set(key, draft);
		}
		return draft;
	};

	for (const chunk of chunks) {
		const tokens = chunk.sentence.tokens;
		const name = surfaceOf(tokens, chunk.nameStart, chunk.end);
		const draft = draftFor(keyOf(name), name);
		chunkEntity.set(chunk, draft);
		if (name.length > draft.name.length) draft.name = name;
		for (const e of evidenceFor(chunk)) {
			draft.votes.set(e.kind, (draft.votes.get(e.kind) ?? 0) + e.weight);
			if (e.category)
				draft.categories.set(e.category, (draft.categories.get(e.category) ?? 0) + e.weight);
		}
		const title = chunk.title;
		const role = roleAt(tokens, chunk.start, chunk.nameStart, chunk.end);
		if (role) roles.set(chunk, role);
		if (title.includes('style')) draft.styled = true;
		if (title.some((t) => MALE_TITLES.has(t))) draft.gender = 'male';
		else if (title.some((t) => FEMALE_TITLES.has(t))) draft.gender = 'female';
		else if (!draft.gender) {
			const first = tokens[chunk.nameStart];
			if (hasTag(first, 'MaleName') && !hasTag(first, 'FemaleName')) draft.gender = 'male';
			else if (hasTag(first, 'FemaleName') && !hasTag(first, 'MaleName')) draft.gender = 'female';
		}
	}

	// Names in a list share their kind: "Rainer Weiss, Barry Barish and Kip Thorne".
	for (let c = 1; c < chunks.length; c++) {
		const a = chunks[c - 1];
		const b = chunks[c];
		if (a.sentence !== b.sentence) continue;
		const between = a.sentence.tokens.slice(a.end, b.start);
		const joiner = a.sentence.tokens[a.end - 1].post.trim();
		const listed =
			(between.length === 0 && joiner === ',') ||
			(between.length === 1 && between[0].normal === 'and' && /^,?$/.test(joiner));
		if (!listed) continue;
		const da = chunkEntity.get(a) as EntityDraft;
		const db = chunkEntity.get(b) as EntityDraft;
		const [ka, wa] = strongest(da);
		const [kb, wb] = strongest(db);
		if (ka === 'person' && wa >= 3) db.votes.set('person', (db.votes.get('person') ?? 0) + 1.5);
		if (kb === 'person' && wb >= 3) da.votes.set('person', (da.votes.get('person') ?? 0) + 1.5);
	}

	// "The Laser Interferometer … Observatory, known as LIGO": the second name is an alias.
	const aliasOf = new Map<EntityDraft, EntityDraft>();
	for (let c = 1; c < chunks.length; c++) {
		const a = chunks[c - 1];
		const b = chunks[c];
		if (a.sentence !== b.sentence) continue;
		const between = a.sentence.tokens
			.slice(a.end, b.start)
			.map((t) => t.normal)
			.join(' ');
		const paren =
			b.start === a.end &&
			/\(\s*$/.test(a.sentence.tokens[a.end - 1].post + b.sentence.tokens[b.start].pre);
		if (paren || /^(also )?(known as|called)$/.test(between)) {
			const long = chunkEntity.get(a) as EntityDraft;
			const short = chunkEntity.get(b) as EntityDraft;
			// "Brightline Research (BLR)": the initials say it is the same thing, even when the
			// long name alone says little of what it is; it takes the acronym's evidence.
			const spelled = paren && abbreviates(short.name, long.name);
			if (spelled && long !== short) {
				for (const [kind, weight] of short.votes)
					long.votes.set(kind, (long.votes.get(kind) ?? 0) + weight);
				for (const [category, weight] of short.categories)
					long.categories.set(category, (long.categories.get(category) ?? 0) + weight);
				aliasOf.set(short, long);
			} else if (long !== short && strongest(long)[1] >= MIN_EVIDENCE) aliasOf.set(short, long);
		}
	}
	for (const draft of byKey.values()) {
		const [kind, weight] = strongest(draft);
		draft.kind = kind;
		draft.evidence = weight;
	}
	// A surname, or "Thames" for "River Thames", is the same thing as the full name.
	const people = [...byKey.values()].filter(
		(d) => d.kind === 'person' && d.evidence >= MIN_EVIDENCE
	);
	const surnames = new Map<string, EntityDraft[]>();
	for (const person of people) {
		const words = person.name.split(/\s+/);
		if (words.length < 2 || /\bof\b/.test(person.name)) continue;
		const last = keyOf(words[words.length - 1]);
		surnames.set(last, [...(surnames.get(last) ?? []), person]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft)) continue;
		const owners = surnames.get(draft.key);
		if (owners?.length === 1) aliasOf.set(draft, owners[0]);
	}
	// "Ruth looked at a bridge…", said a colleague of Professor Ruth Ashworth: a first name alone
	// is the one person whose name starts with it, when nobody has it as a surname.
	const firstNames = new Map<string, EntityDraft[]>();
	for (const person of people) {
		const words = person.name.split(/\s+/);
		if (words.length < 2 || /\bof\b/.test(person.name)) continue;
		const first = keyOf(words[0]);
		firstNames.set(first, [...(firstNames.get(first) ?? []), person]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft) || draft.kind !== 'person') continue;
		const owners = firstNames.get(draft.key);
		if (owners?.length === 1 && !surnames.has(draft.key)) aliasOf.set(draft, owners[0]);
	}
	// "Reddy said…" after "fly-half Callum Reddy": a surname the text shows is a person's makes
	// the one longer name that ends with it that person's full name.
	const longNames = new Map<string, EntityDraft[]>();
	for (const draft of byKey.values()) {
		const words = draft.name.split(/\s+/);
		if (words.length < 2 || words.length > 4 || /\bof\b/.test(draft.name)) continue;
		const last = keyOf(words[words.length - 1]);
		longNames.set(last, [...(longNames.get(last) ?? []), draft]);
	}
	for (const draft of byKey.values()) {
		if (draft.key.includes(' ') || aliasOf.has(draft) || draft.kind !== 'person') continue;
		if (draft.evidence < MIN_EVIDENCE) continue;
		const owners = longNames.get(draft.key);
		if (owners?.length !== 1 || strongest(owners[0])[0] === 'organisation') continue;
		const owner = owners[0];
		for (const [kind, weight] of draft.votes)
			owner.votes.set(kind, (owner.votes.get(kind) ?? 0) + weight);
		[owner.kind, owner.evidence] = strongest(owner);
		if (owner.kind === 'person') aliasOf.set(draft, owner);
	}
	for (const draft of byKey.values()) {
		if (draft.kind !== 'place' || aliasOf.has(draft)) continue;
		const words = draft.name.split(/\s+/);
		if (words.length === 2 && PLACE_FIRST[words[0].toLowerCase()]) {
			const short = byKey.get(keyOf(words[1]));
			if (short && !aliasOf.has(short)) aliasOf.set(short, draft);
		}
	}

	// "Dunmore" for "Dunmore Rovers": a club is called by its town's name alone.
	for (const draft of byKey.values()) {
		const team = (draft.categories.get('team') ?? 0) >= 3 && draft.kind === 'organisation';
		const words = draft.name.split(/\s+/);
		if (!team || words.length < 2 || aliasOf.has(draft)) continue;
		const short = byKey.get(keyOf(words[0]));
		if (short && short !== draft && !aliasOf.has(short) && strongest(short)[0] !== 'country')
			aliasOf.set(short, draft);
	}

	// Mentions, each linked to its entity (or to the entity it is an alias of).
	const perSentence = new Map<number, Mention[]>();
	for (const chunk of chunks) {
		let draft = chunkEntity.get(chunk) as EntityDraft;
		const owner = aliasOf.get(draft);
		const tokens = chunk.sentence.tokens;
		const surface = surfaceOf(tokens, chunk.nameStart, chunk.end);
		if (owner) {
			owner.aliases.add(surface);
			draft = owner;
		}
		const role = roles.get(chunk);
		if (role && !draft.role && draft.kind === 'person') draft.role = role;
		const next = tokens[chunk.end];
		const mention: Mention = {
			sentence: chunk.sentence.index,
			start: chunk.nameStart,
			end: chunk.end,
			surface,
			quoted: isQuoted(chunk.sentence, chunk.nameStart),
			modifier: isModifier(tokens[chunk.end - 1], next),
			afterThe: tokens[chunk.start - 1]?.normal === 'the',
			entity: draft
		};
		draft.mentions.push(mention);
		const list = perSentence.get(mention.sentence) ?? [];
		list.push(mention);
		perSentence.set(mention.sentence, list);
	}

	// A name only ever used as an adjective ("Portland cement", "a Ukrainian city") is no thing
	// to ask about, nor a wrong answer for one.
	const entities = [...byKey.values()].filter(
		(d) => !aliasOf.has(d) && d.evidence >= MIN_EVIDENCE && d.mentions.some((m) => !m.modifier)
	);
	const used = new Set<string>();
	for (const entity of entities) {
		entity.aliases.delete(entity.name);
		if (entity.kind === 'person') {
			const words = entity.name.split(/\s+/);
			if (words.length > 1 && !/\bof\b/.test(entity.name)) {
				const last = words[words.length - 1];
				if ((surnames.get(keyOf(last))?.length ?? 0) <= 1) entity.aliases.add(last);
			}
		}
		// People are wrong answers for people, but a style ("Prince of Wales") only for styles.
		if (entity.kind === 'person') {
			const cls = entity.role ? roleClass(entity.role) : undefined;
			entity.category = entity.styled
				? 'style'
				: historic(entity, sentences, latestYear)
					? 'historic-person'
					: cls
						? `person-${cls}`
						: 'person';
		}
		if (entity.kind !== 'person' && entity.kind !== 'country') {
			let best: string | undefined;
			for (const [category, weight] of entity.categories)
				if (!best || weight > (entity.categories.get(best) ?? 0)) best = category;
			if (best) entity.category = best;
		}
		let id = slug(entity.name);
		for (let n = 2; used.has(id); n++) id = `${slug(entity.name).slice(0, 44)}-${n}`;
		used.add(id);
		entity.id = id;
	}
	const kept = new Set(entities);
	for (const [sentence, list] of perSentence)
		perSentence.set(
			sentence,
			list.filter((m) => kept.has(m.entity))
		);
	addBareMentions(sentences, chunks, entities, perSentence);
	return { entities, mentionsIn: (sentence) => perSentence.get(sentence) ?? [] };
}

/**
 * A one-word form of a known name where the capital said nothing, mostly at the start of a
 * sentence: "Thorne and Barish spent…", "Desai said…".
 */
function addBareMentions(
	sentences: Sentence[],
	chunks: Chunk[],
	entities: EntityDraft[],
	perSentence: Map<number, Mention[]>
): void {
	const forms = new Map<string, EntityDraft | null>();
	for (const entity of entities)
		for (const form of [entity.name, ...entity.aliases]) {
			if (/\s/.test(form) || form.length < 2) continue;
			// A form two entities share names neither.
			forms.set(form, forms.has(form) && forms.get(form) !== entity ? null : entity);
		}
	const covered = new Set(
		chunks.flatMap((c) =>
			Array.from({ length: c.end - c.start }, (_, k) => `${c.sentence.index}:${c.start + k}`)
		)
	);
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		const quoted = sentence.tokens.map((_, i) => isQuoted(sentence, i));
		sentence.tokens.forEach((token, i) => {
			if (covered.has(`${sentence.index}:${i}`) || !/^[A-Z]/.test(token.text)) return;
			const surface = token.text.replace(POSSESSIVE, '');
			const entity = forms.get(surface);
			if (!entity) return;
			const next = sentence.tokens[i + 1];
			const mention: Mention = {
				sentence: sentence.index,
				start: i,
				end: i + 1,
				surface,
				quoted: quoted[i],
				modifier: isModifier(token, next),
				afterThe: sentence.tokens[i - 1]?.normal === 'the',
				entity
			};
			entity.mentions.push(mention);
			const list = perSentence.get(sentence.index) ?? [];
			list.push(mention);
			list.sort((a, b) => a.start - b.start);
			perSentence.set(sentence.index, list);
		});
	}
}

function strongest(draft: EntityDraft): [EntityKind, number] {
	let best: EntityKind = 'term';
	let weight = 0;
	// Ties go to the more specific kind, in this order.
	for (const kind of ['person', 'organisation', 'group', 'country', 'place', 'term'] as const) {
		const w = draft.votes.get(kind) ?? 0;
		if (w > weight) {
			best = kind;
			weight = w;
		}
	}
	return [best, weight];
}
