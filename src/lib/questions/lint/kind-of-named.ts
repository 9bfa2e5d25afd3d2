/**
 * The kind words an article itself gives a thing it names, and the statements that then call it
 * only by that kind. "The Plough and Harrow, a 17th-century coaching inn, …" makes "the inn" that
 * pub; "this season's production of Jack and the Beanstalk" makes "the production" that show; a
 * paper named "the Dunmarsh Echo" is "the paper" and "the title". A later statement that says
 * "The inn's gas bills have trebled" and names no inn does not say which (class 4).
 *
 * Only dropped, never rewritten: an apposition read wrongly ("the cod, a species the bank…")
 * costs a question, not a fact.
 */
import {
	firmByName,
	GROUP_NAMES,
	NEWSPAPER_HEADS,
	PLACE_TAILS,
	ROLE_NOUNS
} from '../../language/lexicon.ts';
import type { Deck, Entity } from '../../content/deck-schema.ts';
import { describesNext, words, type Word } from './pointing-words.ts';

/** A kind word, and where in the article it was first given to a thing named there. */
interface KindWord {
	noun: string;
	/** The named thing it belongs to. */
	entity: Entity;
	/** Where the article first gives it: a statement from a sentence before this leans on it. */
	at: number;
}

/** Words that end the noun phrase of an apposition: "a coaching inn at the heart of…". */
const PHRASE_END =
	/^(at|in|on|of|that|which|who|whose|where|run|founded|based|near|from|with|for|to|and|or|but|by|since|set|built|opened|owned|named|called|known|now|first|was|is|has|had|will|would)$/;

/** Verbs after which the words before them were a clause's subject. */
const CLAUSE_VERB = /^(was|were|is|are|has|had|have|will|would|told|said|says|heard)$/;

/** The end of a newspaper's name: the Dunmarsh Echo, the Kelbeck Herald. */
const PAPER_NAMES = new RegExp(` (${NEWSPAPER_HEADS.join('|')})$`, 'i');

/**
 * Kinds that only say where after these words: "two miles west of the town", "between the town
 * and Sedley Cross", "homes built in the borough" (but "the borough has offered" is the council,
 * and "in the town" of a named town points back).
 */
const ONLY_WHERE: [RegExp, RegExp][] = [
	[/^(town|village|city)$/, /^(of|between|outside|near|around)$/],
	[/^(borough|district)$/, /^(in|across|throughout|around|within|of)$/],
	// "twice as many as any other shop on the street".
	[/^street$/, /^(on|in|along|down|up)$/]
];

/** What follows a name that gives its kind: ", a coaching inn", " is a charity". */
const APPOSED = /^(?:,| is| was| has been| remains)(?: now| still)? (?:a|an|the|its) ([^,.;:()]+)/u;
/** What comes before a name that gives its kind: "the documentary", "this season's production of". */
const KIND_BEFORE =
	/\b(?:the|a|an|its|this|their|by|from|\p{L}+['’]s)(?: [\p{Ll}-]+){0,2}? (\p{Ll}{3,})( of)? $/u;
/** A kind set before a name with a comma: "a local building firm, Harcastle Construction". */
const KIND_APPOSED_BEFORE = /\b(?:[Aa]|[Aa]n)(?: [\p{Ll}-]+){0,4} (\p{Ll}+(?:-\p{Ll}+)*), $/u;
/** Bodies a named one has, which "the committee" may later stand for. */
const OWNED = /^['’]s (?:[\p{Ll}-]+ ){0,2}(committee|board|panel|department|unit|section|squad)\b/u;

/** The words any body of a category is called by, named or not: a team is "the side". */
const CATEGORY_KINDS: Record<string, string[]> = {
	team: ['side', 'team', 'club', 'squad'],
	business: ['firm', 'company']
};

/** A community body's own head, which is what it is: "Netherby Green Cricket Club … the club". */
const COMMUNITY_HEADS = /^(club|society|association|trust|charity|choir|band|orchestra|guild)$/;
/** A club that fields a team: "Netherby Green Cricket Club … let the team serve teas". */
const SPORTS_CLUB =
	/\b(Cricket|Football|Rugby|Hockey|Bowls|Bowling|Netball|Tennis|Golf|Rowing|Athletic|Athletics|Swimming|Cycling|Running|Basketball|Volleyball|Lacrosse)(?: and \p{Lu}\p{Ll}+)? Club$/u;

/** Kinds that "of" joins to a name: "the production of Jack…", "the village of Cradwell". */
const KIND_OF =
	/^(production|staging|performance|revival|town|village|hamlet|city|island|parish|county|borough|district)$/;

/** Kinds an apposition may give that say nothing of which thing: "a first", "a record". */
const NO_KIND = /^(first|record|one|part|member|home|place|thing|way|lot|number|total|sum|year)$/;

/** Words of grammar, which are never a thing's kind. */
const GRAMMAR =
	/^(the|into|onto|upon|below|above|under|over|across|along|around|about|after|before|behind|beside|between|beyond|during|inside|outside|through|toward|towards|within|without|against|among|than|then|there|here|also|just|only|even|both|each|every|either|neither|other|such|same|own|very|more|most|less|least|many|much|some|any|all|few|not|nor|yet|still|again|ago|use|via|per|out|off|down|up)$/;

/** Whether a word may be a kind at all: a noun, not a word of grammar or a verb's form. */
function kindNoun(word: string): boolean {
	return (
		/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) &&
		word.length > 2 &&
		!PHRASE_END.test(word) &&
		!GRAMMAR.test(word) &&
		!/(ing|ed|ly)$/.test(word) &&
		!NO_KIND.test(word) &&
		!ROLE_NOUNS.has(word)
	);
}

/** The head word of a noun phrase: its last word before a word that ends it. */
function headOf(phrase: string): string | undefined {
	let head: string | undefined;
	for (const w of compounds(words(phrase).slice(0, 12)).slice(0, 7)) {
		// "…two cruises in the Mediterranean, the jury was told": a clause, not an apposition.
		if (CLAUSE_VERB.test(w.lower)) return undefined;
		if (PHRASE_END.test(w.lower) || !/^[\p{Ll}\d-]+$/u.test(w.text)) break;
		head = w.lower;
		if (/[,;:.!?)]/.test(w.post)) break;
	}
	return head && kindNoun(head) ? head : undefined;
}

/** Words with hyphens between them as one: "a not-for-profit co-operative" has two. */
function compounds(ws: Word[]): Word[] {
	const joined: Word[] = [];
	for (let k = 0; k < ws.length; k++) {
		const start = k;
		while (ws[k].post === '-' && ws[k + 1]) k++;
		const parts = ws.slice(start, k + 1);
		const text = parts.map((w) => w.text).join('-');
		joined.push({ text, lower: text.toLowerCase(), i: ws[k].i, post: ws[k].post });
	}
	return joined;
}

const cache = new WeakMap<Deck, KindWord[]>();

/** Where the article first names a thing, by any of its names ("The Dunmarsh Echo" opening it). */
function firstAt(entity: Entity, text: string): number {
	// "the Friends of Glebe Orchard" opening a sentence as "The Friends of…".
	const forms = [entity.name, ...entity.aliases].flatMap((n) => [n, n.replace(/^the /, 'The ')]);
	const found = forms.map((form) => text.indexOf(form)).filter((at) => at >= 0);
	return found.length ? Math.min(...found) : -1;
}

/**
 * The words a thing is called by for what it is, whatever the article says of it: a town is
 * "the town" ("households in Ellerby… in the town"), a team "the side", a firm "the company",
 * Harkwell Borough Council "the borough", the Dunmarsh Echo "the paper". Not "the Greyshoal
 * Offshore Wind Farm", which a place tail says is no settlement.
 */
function kindsByWhatItIs(entity: Entity, tail: string): string[] {
	const settlement =
		entity.kind === 'place' &&
		entity.category === 'settlement' &&
		!/^the /i.test(entity.name) &&
		!PLACE_TAILS.test(tail);
	const body = entity.kind === 'organisation';
	const area = body && /\b(Borough|District)\b/.exec(entity.name);
	return [
		...(settlement ? ['town', 'village', 'city'] : []),
		...(CATEGORY_KINDS[entity.category ?? ''] ?? []),
		// "Fernleigh Care Group … the company said", whatever its trade.
		...(body && firmByName(entity.name) ? CATEGORY_KINDS.business : []),
		...(body && COMMUNITY_HEADS.test(tail) ? [tail] : []),
		...(body && SPORTS_CLUB.test(entity.name) ? CATEGORY_KINDS.team : []),
		...(body && GROUP_NAMES.test(entity.name) ? ['group'] : []),
		// "Thornwick High Street … the street's parking spaces" (not "the road", which is as often
		// another: "the main road between Stallowby and Wenhallow").
		...(entity.kind === 'place' && tail === 'street' && entity.name.includes(' ') ? [tail] : []),
		...(area ? [area[1].toLowerCase()] : []),
		...(PAPER_NAMES.test(entity.name) ? ['paper', 'newspaper', 'title'] : [])
	];
}

/** Every kind word the article gives a named thing (not a person) by its own words. */
export function kindWords(deck: Deck): KindWord[] {
	const known = cache.get(deck);
	if (known) return known;
	const found: KindWord[] = [];
	const text = deck.article ?? '';
	const add = (noun: string | undefined, entity: Entity, at: number) => {
		if (noun && !found.some((k) => k.noun === noun && k.entity === entity && k.at <= at))
			found.push({ noun, entity, at });
	};
	for (const entity of deck.entities) {
		if (entity.kind === 'person' || entity.kind === 'country') continue;
		// "Stannerleigh Down … the down", "Hollin Rigg Farm … the farm".
		const tail = entity.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
		if (PLACE_TAILS.test(tail) && entity.name.includes(' ')) {
			const at = text.indexOf(entity.name);
			if (at >= 0) add(tail, entity, at);
		}
		const at = firstAt(entity, text);
		if (at >= 0) for (const noun of kindsByWhatItIs(entity, tail)) add(noun, entity, at);
		for (const form of [entity.name, ...entity.aliases]) {
			// A one-word name is read only after "the island of": "Skerrinish" stands in too many
			// places for the rest to be worth the time.
			const oneWord = form.split(/\s+/).length < 2 && !/\p{Lu}.*\p{Lu}/u.test(form);
			// Each place the name stands, read a little either side of it (a scan of the whole
			// text for every name cost a quiz 30 ms).
			for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
				const after = text.slice(at + form.length, at + form.length + 160);
				if (/^[\p{L}\d]/u.test(after)) continue;
				const before = text.slice(Math.max(0, at - 60), at);
				const kindOf = KIND_BEFORE.exec(before);
				if (oneWord) {
					if (kindOf?.[2] && KIND_OF.test(kindOf[1])) add(kindOf[1], entity, at);
					continue;
				}
				// "The Plough and Harrow, a 17th-century coaching inn at…"; "…, which is a charity".
				const apposed = APPOSED.exec(after);
				if (apposed) add(headOf(apposed[1]), entity, at);
				// "the documentary Teller's Café", "this season's production of Jack and the
				// Beanstalk" ("the final of the Penhallow Cup" is a part of it, not its kind).
				if (kindOf && kindNoun(kindOf[1]) && (!kindOf[2] || KIND_OF.test(kindOf[1])))
					add(kindOf[1], entity, at);
				// "a newly formed community benefit society, Ashwenby Stores Ltd".
				const apposedBefore = KIND_APPOSED_BEFORE.exec(before);
				if (apposedBefore && kindNoun(apposedBefore[1])) add(apposedBefore[1], entity, at);
				// "Wavenden Borough Council's planning committee … The committee sided with".
				const owned = OWNED.exec(after);
				if (owned) add(owned[1], entity, at);
			}
		}
	}
	cache.set(deck, found);
	return found;
}

/** Whether a statement names a thing: by a form of its name, or by a proper word of it
 * ("Keystone Valley spokesman" names Keystone Valley Power). */
function namesIt(statement: string, entity: Entity, deck: Deck): boolean {
	const lower = statement.toLowerCase();
	if ([entity.name, ...entity.aliases].some((n) => lower.includes(n.toLowerCase()))) return true;
	// Not a first word other names share: "Dunmarsh Library" does not name the Dunmarsh Echo
	// ("the Rovers' manager" names Penhallow Rovers by its last).
	const named = words(entity.name);
	const shared = (w: Word) =>
		w !== named.at(-1) &&
		deck.entities.some((e) => e !== entity && words(e.name).some((x) => x.text === w.text));
	const own = named.filter((w) => /^\p{Lu}\p{Ll}{3,}/u.test(w.text) && !shared(w));
	return own.some((w) => words(statement).some((s) => s.text === w.text));
}

/** Words after "the down" that are not a noun it describes: "the down each winter". */
const NOT_HEAD =
	/^(each|every|this|that|these|those|last|next|all|year|week|month|day|winter|summer|spring|autumn)$/;

/** Words after the noun that say which one it is: "the inn that…", "the paper's owner, Pellman". */
const DEFINED_BY = /^(of|for|that|which|who|whose|behind|running|in|at|on|where|called|named)$/;

/**
 * Why a statement's first sentence calls a thing the article named before only by the kind the
 * article gave it, if it does; `source` is the article sentence the statement is made from.
 */
export function namedOnlyByKind(ws: Word[], deck: Deck, source: string): string | undefined {
	const kinds = kindWords(deck);
	if (!kinds.length || !deck.article) return undefined;
	const start = deck.article.indexOf(source);
	// "Brackenford department store to close": the headline says which "the store" is.
	const headline = new Set(words(deck.title).map((w) => w.lower));
	const statement = ws.map((w) => w.text + w.post).join('');
	for (const w of ws) {
		if (w.lower !== 'the') continue;
		// "the second-tier side", "the home side": a kind behind a word that describes it.
		let k = w.i + 1;
		while (ws[k]?.post === '-') k++;
		const first = ws[k];
		const candidates =
			k > w.i + 1
				? // "the co-operative" is a kind itself; "the second-tier side" the word after it.
					[...compounds(ws.slice(w.i + 1, k + 1)), ws[k + 1]]
				: first?.post === ' ' && describesNext(first, ws[k + 1])
					? [first, ws[k + 1]]
					: [first];
		for (const next of candidates) {
			// "struck the cruiser side-on": a word that begins a compound is no kind.
			if (!next || !/^\p{Ll}/u.test(next.text) || next.post === '-') continue;
			const noun = next.lower.replace(/['’]s$/, '');
			const after = ws[next.i + 1];
			const prev = ws[w.i - 1]?.lower ?? '';
			if (ONLY_WHERE.some(([kind, before]) => kind.test(noun) && before.test(prev))) continue;
			if (headline.has(noun) || headline.has(`${noun}s`)) continue;
			const meant = kinds.filter((k) => k.noun === noun && (start < 0 || k.at < start));
			if (!meant.length) continue;
			// "the inn that…", "the village hall": which one, or what kind of thing, is said here.
			if (
				!/['’]s$/.test(next.lower) &&
				after &&
				next.post === ' ' &&
				(DEFINED_BY.test(after.lower) ||
					(describesNext(next, after) && !NOT_HEAD.test(after.lower)))
			)
				continue;
			// "The Plough and Harrow … the inn": the statement names it itself.
			const named = meant.some((k) => namesIt(statement, k.entity, deck));
			if (!named) return `“the ${next.text}”: ${meant[0].entity.name} is named only before`;
		}
	}
	return undefined;
}
