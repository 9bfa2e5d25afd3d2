/**
 * The evidence for what kind of thing a name is: the words of the name ("… Council", "River …"),
 * compromise's tags for them, and the words around it ("the astronomer …", "… said", "in …"):
 * each a weighted vote for a kind and maybe a category. Also whether a name is another's acronym.
 */
import type { EntityKind } from '../../content/deck-schema.ts';
import { hasTag, type Token } from '../analyse.ts';
import {
	COMMON_ACRONYMS,
	CONTINENTS,
	COUNTRY_NAMES,
	nameHead,
	ORGANISATION_HEADS,
	PARTY_NAMES,
	PARTY_WORDS,
	PLACE_FIRST,
	PLACE_HEADS,
	ROLE_NOUNS,
	SPEECH_VERBS,
	TEAM_CUES,
	TERM_HEADS
} from '../../language/lexicon.ts';
import { roleAt, rolePrefix, saysARole } from '../roles.ts';
import type { Chunk } from './name-chunks.ts';
import { namesAVessel } from './vessels.ts';
import { wordsBefore } from './words-before.ts';
import { bodyWords } from './body-words.ts';
import { POSSESSIVE, shopName, surfaceOf, textOf, thingsPlural } from './name-surface.ts';

/**
 * Head words that make a name an organisation's only inside a name ("the Corran Engineering
 * Pension Scheme"): "the scheme" alone is a plan, which the resolver reads as one.
 */
const NAME_HEADS: Record<string, string> = { scheme: 'business', programme: 'public' };

/** What a firm does, after "which": "which makes", "which runs", "which employs". */
const FIRM_VERBS =
	/^(makes|made|employs|employed|runs|ran|owns|owned|operates|operated|sells|sold|supplies|supplied|produces|produced|manufactures|builds|built|leases|leased|rents|rented|lets)$/;

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
/** Nouns for a place people live in: "Ferrow, the small town where…", "a village". */
const SETTLEMENTS = /^(village|town|city|hamlet|suburb|district|parish|stream|brook)$/i;
const COUNTRY_ACRONYMS = new Set(['UK', 'US', 'USA', 'UAE']);

/** One vote for what a name is. */
export interface Evidence {
	kind: EntityKind;
	weight: number;
	category?: string;
}

function isAcronym(text: string): boolean {
	return /^[A-Z][A-Z&.]{1,7}$/.test(text) && /[A-Z].*[A-Z]/.test(text);
}

const first0 = (words: Token[]) => words[0];

/** A firm's kind before a comma and its name: "The firm, Corrie Orbital,". */
const SET_BESIDE = /^(the|a|an) (firm|company|chain|retailer|start-up|operator)$/;
/** A role that is a kind of firm, not of person: "the haulage firm", "the budget airline". */
const FIRM_ROLE =
	/\b(firm|company|group|chain|charity|retailer|maker|manufacturer|supplier|airline|bank|insurer|broadcaster|network|brand|business|carmaker|housebuilder|consultancy|agency|operator|broker|stockbroker|lender|publisher|wholesaler|developer)$/i;

/** Words that end a club's name: plural animals, "Comets", "Storm". */
const TEAM_ANIMALS = new Set(
	'otters dolphins falcons hawks eagles kestrels lions tigers wolves sharks bears panthers comets storm'.split(
		' '
	)
);

/** What a country has and nothing else does, after its name in "'s". */
const NATIONAL =
	/^(president|prime minister|government|parliament|coastguard|navy|army|armed forces|ambassador|embassy|foreign minister|foreign ministry|trade minister|finance minister|head of state|national)\b/;

/** What a firm has and nothing else does, after its name in "'s". */
const FIRM_OWN =
	/^(chief executive|parent company|managing director|shareholders|share price|finance director|sales director|commercial director)\b/;

/** What the words of a name and around it say it is. */
/**
 * A body's kind by its head word, unless the words before say it is no firm: the "Cowlan Valley
 * Health Partnership" runs surgeries, so "the company" of its story is never it.
 */
function bodyCategory(lower: string[], head: string): string {
	const category = ORGANISATION_HEADS[head];
	if (category !== 'business' || !/^(partnership|network|group|services)$/.test(head))
		return category;
	if (lower.some((w) => /^(health|healthcare|nhs|care|medical)$/.test(w))) return 'health';
	if (lower.some((w) => /^(regeneration|enterprise|development|growth)$/.test(w))) return 'public';
	return category;
}

export function evidenceFor(chunk: Chunk): Evidence[] {
	const tokens = chunk.sentence.tokens;
	const words = tokens.slice(chunk.nameStart, chunk.end);
	const lower = words.map((t) => t.normal.replace(POSSESSIVE, ''));
	const out: Evidence[] = [];
	const ofAt = lower.findIndex(
		(w, i) =>
			i > 0 && (w === 'of' || w === 'for' || (w === 'in' && TERM_HEADS[lower[i - 1]] === 'award'))
	);
	const head = nameHead(lower, ofAt);
	if (chunk.title.length) out.push({ kind: 'person', weight: 4 });
	// "just four villages to the north-west of the runway: Ebbcote, Linsley, … and Upper Quaye".
	const opening = textOf(tokens, 0, chunk.start);
	if (
		/\b(villages|towns|hamlets|parishes|islands|suburbs|districts|counties)\b[^.;]*:[^:;]*$/i.test(
			opening
		)
	)
		out.push({ kind: 'place', weight: 5, category: 'settlement' });
	if (COUNTRY_NAMES.has(words.map((t) => t.text).join(' ')))
		out.push({ kind: 'country', weight: 5 });
	if (CONTINENTS.has(words.map((t) => t.text).join(' ')))
		out.push({ kind: 'place', weight: 4, category: 'continent' });
	if (/\d/.test(words.map((t) => t.text).join('')))
		out.push({ kind: 'term', weight: 2, category: 'code' });
	// "Members of Parliament", "Fellows of the Royal Society" are people, not their body.
	const members = ofAt === 1 && /^(members|fellows)$/.test(lower[0]);
	if (members) out.push({ kind: 'group', weight: 5, category: 'members' });
	else if (words.length > 1 || ofAt > 0) {
		if (ORGANISATION_HEADS[head])
			out.push({ kind: 'organisation', weight: 4, category: bodyCategory(lower, head) });
		else if (NAME_HEADS[head])
			out.push({ kind: 'organisation', weight: 4, category: NAME_HEADS[head] });
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
	// "Tessmer Valves", "Orrin Appliances": a name ending in a thing's plural ("Sarah Mills" has a
	// first name; "Evans" is no thing).
	if (
		words.length >= 2 &&
		!chunk.title.length &&
		!hasTag(first0(words), 'FirstName', 'Person', 'Place', 'City') &&
		thingsPlural(lastWord.text) &&
		!ORGANISATION_HEADS[head] &&
		!PLACE_HEADS[head]
	)
		out.push({ kind: 'organisation', weight: 3.5 });
	// "Ashbury Kestrels", "Leeds Rhinos": a town's name and a plural nickname.
	if (
		words.length >= 2 &&
		hasTag(first0(words), 'Place', 'City') &&
		/[^s'’]s$/.test(lastWord.text) &&
		!ORGANISATION_HEADS[head] &&
		!PLACE_HEADS[head]
	)
		out.push({ kind: 'organisation', weight: 3, category: 'team' });
	// "Fennick St Mary", "Ottery St Mary": a village named with its church's saint after it.
	if (/^\p{Lu}\p{L}+ (St\.?|Saint) \p{Lu}\p{L}+(['’]s)?$/u.test(words.map((w) => w.text).join(' ')))
		out.push({ kind: 'place', weight: 6, category: 'settlement' });
	// "at St Aldhelm's", "St Anselm's": a saint's church or school, a building.
	if (/^(St\.?|Saint) \p{Lu}\p{L}+['’]s$/u.test(surfaceOf(tokens, chunk.nameStart, chunk.end)))
		out.push({ kind: 'place', weight: 6, category: 'building' });
	// "Shares in Brantwell's, the regional supermarket chain, fell": a shop's name in "'s".
	if (!/^(St\.?|Saint) /.test(first0(words).text) && shopName(tokens, chunk.end))
		out.push({ kind: 'organisation', weight: 4, category: 'business' });
	if (namesAVessel(tokens, chunk)) out.push({ kind: 'term', weight: 9, category: 'vessel' });
	// "Fenley Otters", "Rushmere Storm": a club named after an animal or a storm.
	// "Brackenfield Ladies", "Sallow Cross Women": a women's side ("the Marlshire Women's
	// Challenge Cup" is a cup's name).
	const side =
		/^(ladies|women)$/.test(lower.at(-1) ?? '') && !/^\p{Lu}/u.test(tokens[chunk.end]?.text ?? '');
	if (words.length > 1 && (TEAM_ANIMALS.has(lower.at(-1) ?? '') || side))
		out.push({ kind: 'organisation', weight: 5, category: 'team' });
	if (TEAM_CUES.has(tokens[chunk.start - 1]?.normal ?? ''))
		out.push({ kind: 'organisation', weight: 3, category: 'team' });
	const first = words[0];
	// "in Ashby Carrow", "near Ashby Carrow": a first name proves nothing where a place is said.
	const inPlace = /^(in|near|outside|around|across|throughout)$/.test(
		tokens[chunk.start - 1]?.normal ?? ''
	);
	if (hasTag(first, 'FirstName', 'MaleName', 'FemaleName') && words.length > 1 && !inPlace)
		out.push({ kind: 'person', weight: 3 });
	else if (words.some((t) => hasTag(t, 'Person', 'LastName', 'Honorific')))
		out.push({ kind: 'person', weight: 2 });
	// "Marlow & Pike": two names joined by an ampersand are a firm's.
	if (words.some((w) => w.text === '&'))
		out.push({ kind: 'organisation', weight: 4, category: 'business' });
	// "Ashby Carrow and two neighbouring villages": one of a list of places.
	const listedWith = tokens
		.slice(chunk.end, chunk.end + 5)
		.map((t) => t.normal)
		.join(' ');
	if (
		/^(and|or) (\w+ ){0,2}(villages|towns|hamlets|suburbs|parishes|cities|districts)\b/.test(
			listedWith
		)
	)
		out.push({ kind: 'place', weight: 4, category: 'settlement' });
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
	// "the broker Lindqvist Saunders": a firm's kind is no person's role; but "software developer
	// Callum Reddaway, 41," is a person's job, before a first name or an age.
	const aged = /^,\s*$/.test(tokens[chunk.end - 1].post) && /^\d{1,2}$/.test(next?.text ?? '');
	const someone = aged || hasTag(first, 'FirstName', 'MaleName', 'FemaleName');
	const personal = !FIRM_ROLE.test(prevWord) || someone;
	if (
		prev &&
		personal &&
		(ROLE_NOUNS.has(prevWord) || (hasTag(prev, 'Actor') && !hasTag(prev, 'ProperNoun')))
	)
		out.push({ kind: 'person', weight: 3 });
	// "Helena Marsh KC said": letters only a person has after their name.
	if (/^(KC|QC|MP|MSP|MEP)$/.test(next?.text ?? '')) out.push({ kind: 'person', weight: 5 });
	// "Vestmark's prime minister", "Caldoria's president": what only a country has.
	if (
		words.length === 1 &&
		/['’]s$/.test(tokens[chunk.end - 1].text) &&
		NATIONAL.test(`${next?.normal ?? ''} ${tokens[chunk.end + 1]?.normal ?? ''}`)
	)
		out.push({ kind: 'country', weight: 6 });
	// "Voltrider's chief executive", "Voltrider's parent company": what only a firm has.
	if (
		/['’]s$/.test(tokens[chunk.end - 1].text) &&
		FIRM_OWN.test(`${next?.normal ?? ''} ${tokens[chunk.end + 1]?.normal ?? ''}`)
	)
		out.push({ kind: 'organisation', weight: 5, category: 'business' });
	// "In Grennet East, the alliance candidate, …": a place's quarter, no one's surname.
	const last = words[words.length - 1];
	if (
		words.length > 1 &&
		/^(East|West|North|South|Central)$/.test(last.text) &&
		!hasTag(first, 'FirstName', 'MaleName', 'FemaleName')
	)
		out.push({ kind: 'place', weight: 4, category: 'settlement' });
	const afterPreposition = prev !== undefined && hasTag(prev, 'Preposition');
	// "Gareth Pomfrey, an analyst at the broker Lindqvist Saunders, said": the apposition's close.
	const closing =
		/^,\s*$/.test(tokens[chunk.end - 1].post) &&
		tokens.slice(Math.max(0, chunk.start - 10), chunk.start).some((t) => /^,\s*$/.test(t.post));
	if (
		next &&
		!afterPreposition &&
		!closing &&
		!/[.!?]/.test(tokens[chunk.end - 1].post) &&
		SPEECH_VERBS.has(next.normal) &&
		// "Calderbrook replied with a try": a side scores back, no one speaks.
		!(/^repl/.test(next.normal) && tokens[chunk.end + 1]?.normal === 'with')
	)
		out.push({ kind: 'person', weight: 3 });
	// "Daniel Ostrova, 22, from Tallowmere, who played…": "who" after a place is the person's.
	// "skipper Alasdair Munro (58)", "Vallak, 26 and in only his second season": an age beside a
	// name is a person's.
	const age = next !== undefined && /^\d{1,2}$/.test(next.text) && Number(next.text) >= 12;
	if (age && /\(\s*$/.test(next.pre) && /^\)/.test(next.post))
		out.push({ kind: 'person', weight: 3 });
	else if (
		age &&
		/^,\s*$/.test(tokens[chunk.end - 1].post) &&
		(/^,/.test(next.post) || tokens[chunk.end + 1]?.normal === 'and')
	)
		out.push({ kind: 'person', weight: 3 });
	// "Joren Vallak of Team Korvane won": a first and last name, then what they belong to.
	if (
		next?.normal === 'of' &&
		words.length === 2 &&
		!words.some((w) => ORGANISATION_HEADS[w.normal] || PLACE_HEADS[w.normal]) &&
		/^\p{Lu}/u.test(tokens[chunk.end + 1]?.text ?? '')
	)
		out.push({ kind: 'person', weight: 2 });
	// Not "the former prime minister of Kessaria who ended…": the one before "of" is "who".
	if (
		next?.normal === 'who' &&
		!(prev && (PLACE_PREPOSITIONS.has(prev.normal) || prev.normal === 'of'))
	)
		out.push({ kind: 'person', weight: 2 });
	// "The firm, Corrie Orbital, confirmed…": the name set beside "the firm".
	const beside = textOf(tokens, Math.max(0, chunk.start - 2), chunk.start).toLowerCase();
	if (/^,/.test(tokens[chunk.start - 1]?.post ?? '') && SET_BESIDE.test(beside))
		out.push({ kind: 'organisation', weight: 6, category: 'business' });
	// "Hollins Fresh, which makes houmous for four chains": a firm at work.
	// "Wispwing, which was founded in Brackenfold three years ago": a body that was founded.
	const which = tokens.slice(chunk.end + 1, chunk.end + 3).map((t) => t.normal);
	if (
		next?.normal === 'which' &&
		(FIRM_VERBS.test(which[0] ?? '') ||
			(/^(was|is|has|had)$/.test(which[0] ?? '') &&
				/^(founded|established|formed|started|launched|created)$/.test(which[1] ?? '')))
	)
		out.push({ kind: 'organisation', weight: 5 });
	// "Alun Pritchard, the physics teacher who…", "fly-half Callum Reddy": a role said of the name.
	const role = roleAt(tokens, chunk.start, chunk.nameStart, chunk.end);
	// "the haulage firm Halloran Freight": what is said before the name is a kind of firm. (After
	// it, "…and Castlebridge, the line's operator said" may be the next clause's subject.)
	// "Kestlebury Bus Users, a volunteer group, said": an apposition with "a" says what it is too.
	const apposition =
		/^,\s*$/.test(tokens[chunk.end - 1].post) && /^(a|an)$/.test(next?.normal ?? '')
			? (role ?? '')
			: '';
	const described = rolePrefix(tokens, chunk.start).join(' ') || apposition;
	// "in the village of Fennick Green": what it is, said before it.
	if (
		/\b(village|town|hamlet|city|parish|suburb|island) of$/.test(
			textOf(tokens, Math.max(0, chunk.start - 2), chunk.start).toLowerCase()
		)
	)
		out.push({ kind: 'place', weight: 6, category: 'settlement' });
	// "Thornleigh Beck, a stream that rises on the hillside": an apposition says it is a place.
	const placeNoun = apposition
		.split(/\s+/)
		.slice(1, 4)
		.find((w) => PLACE_HEADS[w.toLowerCase()] || SETTLEMENTS.test(w));
	if (placeNoun)
		out.push({
			kind: 'place',
			weight: 5,
			category:
				PLACE_HEADS[placeNoun.toLowerCase()] ??
				(/^(stream|brook)$/i.test(placeNoun) ? 'water' : 'settlement')
		});
	// "Brightpath Digital, a firm based in Cullerton": the apposition's noun, before what follows it.
	const describedHead = described.replace(
		/\s+(based|in|of|that|which|who|with|from|for|at|on|near|run|owned|set|founded|behind)\b.*$/i,
		''
	);
	if (role && FIRM_ROLE.test(describedHead) && !someone)
		out.push({
			kind: 'organisation',
			weight: 5,
			category:
				/(charity|(campaign|pressure|community|action|protest|lobby|volunteer|residents'?|patients'?|passenger|users'?) group)$/i.test(
					described
				)
					? 'community'
					: 'business'
		});
	else if (role && saysARole(role)) out.push({ kind: 'person', weight: 3 });
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
	out.push(...wordsBefore(tokens, chunk.start, words.length), ...bodyWords(tokens, chunk));
	return out;
}
