/**
 * The first step of finding named things: the runs of capitalised words in a sentence that may
 * name one ("Hartley County Council", "Bank of Caldonia"), with any title before the name
 * ("Councillor", "US President") set apart. A capital at the start of a sentence counts only when
 * the tagger says it names something.
 */
import { hasTag, type Sentence, type Token } from '../analyse.ts';
import {
	NAME_CONNECTORS,
	ORGANISATION_HEADS,
	PLACE_HEADS,
	ROLE_NOUNS,
	TERM_HEADS,
	TITLES
} from '../../language/lexicon.ts';
import { isDemonym } from '../../language/demonyms.ts';
import { breaksAfter, capitalRunEnd, initialOfAcronym, OPENING_QUOTE } from './name-surface.ts';
import { joinedByAnd, spelledAcrossAnd } from './names-with-and.ts';
import { openerOfAName } from './name-openers.ts';
import { pluralPossessiveInName, possessivePlace } from './possessives-in-names.ts';
import { endPastKind } from './body-words.ts';

const ERA = /^(BC|AD|BCE|CE)$/;
const COMPASS = /^(North|South|East|West|Upper|Lower|Mid)$/;
const POST_NOMINALS = /^(KC|QC|MP|MSP|MEP|MBE|OBE|CBE|JP)$/;
const FUNCTION_WORD =
	/^(that|this|these|those|there|then|it|they|we|he|she|what|which|who|when|where|why|how|so|but|and|yet|if|as)$/;

/** A word written with a capital that says something (not just the start of a sentence). */
function informativeCapital(
	tokens: Token[],
	i: number,
	named: ReadonlySet<string> = new Set()
): boolean {
	const token = tokens[i];
	if (!/^\p{Lu}/u.test(token.text) || /^I(['’](ll|m|ve|d))?$/.test(token.text)) return false;
	// "Its Rates and Stability Board": a possessive pronoun is no part of a name.
	const pronoun = /^(its|their|his|her|our|my|your)$/.test(token.normal);
	if (
		pronoun ||
		hasTag(token, 'Date', 'Value', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction')
	)
		return false;
	if (initialOfAcronym(tokens, i)) return true;
	if (hasTag(token, 'QuestionWord', 'Adverb', 'Expression')) return false;
	// "1420 BC", "AD 79": an era marker beside a year names nothing.
	if (
		ERA.test(token.text) &&
		(/\d/.test(tokens[i - 1]?.text ?? '') || /^\d/.test(tokens[i + 1]?.text ?? ''))
	)
		return false;
	const previous = tokens[i - 1];
	// "…the list still grows. That tells you…": a sentence that starts inside a quotation.
	const afterStop =
		previous !== undefined &&
		/[.!?]["”’]?\s+$/.test(previous.post) &&
		!TITLES.has(previous.normal.replace(/\.$/, '')) &&
		!/^\p{Lu}$/u.test(previous.text);
	const atStart =
		i === 0 || afterStop || OPENING_QUOTE.test(token.pre) || /[:]\s*$/.test(previous.post);
	// "at 07:30 BST": a time zone names nothing to ask after.
	if (/^(BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT)$/.test(token.text)) return false;
	// "last seen from Earth", "circles the Sun": the world and its sun are no place to ask after.
	if (/^(earth|sun|moon)$/.test(token.normal) && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))
		return false;
	// "the former Olympian Helen Marsh": a role written with a capital, before a name.
	if (/^(olympian|paralympian)$/.test(token.normal) && capitalRunEnd(tokens, i + 1) > i + 2)
		return false;
	if (!atStart) return true;
	// "North Ravensholt County Council, which…": a compass word opening a sentence before a name.
	if (COMPASS.test(token.text) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return true;
	// "Ardent Basin Resources said…": a word the text writes with a capital inside a name
	// elsewhere ("That left Ardent Basin without a buyer") names here too, whatever the tagger
	// makes of it.
	const next = tokens[i + 1];
	if (
		next !== undefined &&
		/^\p{Lu}\p{Ll}/u.test(next.text) &&
		(named.has(token.text) || named.has(`${token.text} ${next.text}`))
	)
		return true;
	if (named.has(`surname:${token.text}`)) return true;
	if (
		named.has(`single:${token.text}`) &&
		!named.has(`surname:${token.text.replace(/['’]s$/, '')}`) &&
		!/['’]s$/.test(token.text) &&
		!hasTag(token, 'Adjective') &&
		!FUNCTION_WORD.test(token.normal)
	)
		return true;
	// "Carys Feltham, 58, …" and later "Ms Feltham": a first name the tagger takes for a plural.
	if (
		next !== undefined &&
		/^\s*$/.test(token.post) &&
		named.has(`surname:${next.text}`) &&
		!hasTag(token, 'Verb') &&
		!FUNCTION_WORD.test(token.normal)
	)
		return true;
	if (!FUNCTION_WORD.test(token.normal) && openerOfAName(tokens, i)) return true;
	// At the start of a sentence a capital means nothing: ask the tagger (which may call a "That"
	// after a full stop inside a quotation a name).
	if (hasTag(token, 'Verb', 'Adjective', 'Plural') || FUNCTION_WORD.test(token.normal))
		return false;
	// "Coxswain Fiona Reddick", "Skipper Alasdair Munro": a role before a first name.
	if (
		!hasTag(token, 'Person', 'FirstName', 'Place', 'Organization') &&
		next !== undefined &&
		hasTag(next, 'FirstName', 'MaleName', 'FemaleName') &&
		/^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')
	)
		return false;
	if (hasTag(token, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym')) return true;
	// "Alun Pritchard, the physics teacher…": a word the tagger does not know, before a surname.
	return (
		hasTag(token, 'Noun') &&
		next !== undefined &&
		/^\s*$/.test(token.post) &&
		/^\p{Lu}\p{Ll}/u.test(next.text) &&
		hasTag(next, 'ProperNoun', 'LastName', 'Person')
	);
}

/** Bodies named for a subject after "on": "the Commission on Human Rights". */
const ON_BODIES = /^(committee|commission|conference|council|panel|inquiry|convention|forum)$/;

/** Periods and styles a capital names, said of things: "a Victorian terrace", "Gothic arches". */
const PERIODS =
	/^(Victorian|Edwardian|Georgian|Tudor|Elizabethan|Jacobean|Regency|Gothic|Baroque|Romanesque|Medieval|Palladian)$/;

/** A capitalised run of words that may name one thing, in one sentence. */
export interface Chunk {
	sentence: Sentence;
	/** Including any title. */
	start: number;
	/** First token of the name proper. */
	nameStart: number;
	end: number;
	title: string[];
}

/** The capitalised runs of a sentence that may each name a thing, in reading order. */
export function chunksOf(sentence: Sentence, named: ReadonlySet<string> = new Set()): Chunk[] {
	const tokens = sentence.tokens;
	const out: Chunk[] = [];
	let i = 0;
	while (i < tokens.length) {
		const postNominal =
			POST_NOMINALS.test(tokens[i].text) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '');
		if (postNominal || !informativeCapital(tokens, i, named)) {
			i++;
			continue;
		}
		const start = i;
		let end = i + 1;
		while (end < tokens.length) {
			const next = tokens[end];
			// "Penhallow Rovers Under-12s": an age group is part of a team's name.
			if (
				/^(under|over)$/.test(tokens[end - 1].normal) &&
				tokens[end - 1].post === '-' &&
				/^\d{1,2}s$/.test(next.text)
			) {
				end++;
				continue;
			}
			// "the Lecturers' and Researchers' Union (LRU)": past a possessive, as the acronym spells.
			if (
				breaksAfter(tokens[end - 1]) &&
				!pluralPossessiveInName(tokens, end) &&
				!possessivePlace(tokens, start, end) &&
				!(/^(and|&)$/.test(next.text) && spelledAcrossAnd(tokens, start, end))
			)
				break;
			// "Bank of Caldonia (BoC)": the bracket starts another name, an alias.
			if (OPENING_QUOTE.test(next.pre) || /[([]/.test(next.pre)) break;
			// "Richard Sayle KC", "Jane Hollis MP": letters after a name are no part of it.
			if (POST_NOMINALS.test(next.text) && end - start >= 2) break;
			// "After June I'll either have to close": "I" is no part of a name.
			if (/^I(['’](ll|m|ve|d))?$/.test(next.text)) break;
			if (/^\p{Lu}/u.test(next.text) && !hasTag(next, 'Date', 'Value', 'Pronoun')) {
				end++;
				continue;
			}
			const joined = joinedByAnd(tokens, start, end);
			if (joined) {
				end = joined;
				continue;
			}
			const award = TERM_HEADS[tokens[end - 1].normal] === 'award' && next.text === 'in';
			// "(Inspector) Freja Holm of Nordvind": a person's name ends before "of" (a style such as
			// "Prince of Wales" has only its title before "of", so it gets no further than here).
			let first = start;
			while (first < end - 1 && TITLES.has(tokens[first].normal.replace(/\.$/, ''))) first++;
			// "Mekdes Tadesse of Ethiopia": two words that head nothing, "of" a country, is a person
			// whose first name the tagger does not know.
			const heads = (t: Token) =>
				Boolean(ORGANISATION_HEADS[t.normal] || PLACE_HEADS[t.normal] || TERM_HEADS[t.normal]);
			const person =
				next.text === 'of' &&
				end - first >= 2 &&
				(hasTag(tokens[first], 'FirstName', 'MaleName', 'FemaleName') ||
					// "Joren Vallak of Team Korvane": two words that head nothing, neither a plural, are a
					// person whose first name the tagger does not know.
					(end - first === 2 &&
						!tokens.slice(first, end).some(heads) &&
						(hasTag(tokens[end + 1], 'Country') ||
							!tokens.slice(first, end).some((t) => hasTag(t, 'Plural') || TITLES.has(t.normal)))));
			// "Harrow & Pike Construction for Tarnside Borough Council": a firm ends before "for";
			// "Harrop & Vane of Lower Astley": two names and an ampersand end before "of" a place.
			const ampersand = tokens.slice(start, end).some((t) => t.text === '&');
			const firmFor =
				(next.text === 'for' &&
					(ORGANISATION_HEADS[tokens[end - 1].normal] === 'business' || ampersand)) ||
				(next.text === 'of' && ampersand && !ORGANISATION_HEADS[tokens[end - 1].normal]);
			// "Stallow Against the Turbine": a campaign's name runs on past "the".
			const against = tokens[end - 1].text === 'Against' && next.text === 'the';
			// "the International Committee on Fundamental Constants": a body on a subject.
			const onBody = next.text === 'on' && ON_BODIES.test(tokens[end - 1].normal);
			if (
				(NAME_CONNECTORS.has(next.text) || award || against || onBody) &&
				!breaksAfter(next) &&
				!person &&
				!firmFor
			) {
				let j = end + 1;
				if (tokens[j]?.text === 'the' && !breaksAfter(tokens[j])) j++;
				if (
					j < tokens.length &&
					/^\p{Lu}/u.test(tokens[j].text) &&
					!hasTag(tokens[j], 'Date', 'Value')
				) {
					end = j + 1;
					continue;
				}
			}
			break;
		}
		end = endPastKind(tokens, start, end);
		// A title ("Councillor", "US President") is not part of the name, unless the name is a
		// style like "Prince of Wales".
		let nameStart = start;
		let styled = false;
		// Titles lead a name ("US President Donald Trump", "Lt Gen Ben Hodges"); a title word inside
		// one, or leading a body's ("the General Engineering Union"), is part of the name.
		// "Premier Division clubs": a title word before a competition's word names the competition.
		const body =
			ORGANISATION_HEADS[tokens[end - 1].normal] !== undefined ||
			/^(division|conference|round)$/.test(tokens[end - 1].normal);
		for (let k = start; k < end - 1 && !body; k++) {
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
		// "Commission Chair Linda Ostrowski", "Station Manager Graham Tolland": a role written with
		// capitals before a first name is a title too; not before a body's head ("the Driver
		// Safety Agency").
		if (nameStart === start && !ORGANISATION_HEADS[tokens[end - 1].normal])
			for (let k = start; k < end - 2; k++)
				if (
					ROLE_NOUNS.has(tokens[k].normal) &&
					(hasTag(tokens[k + 1], 'FirstName', 'MaleName', 'FemaleName') ||
						end - k - 1 === 2 ||
						// "Historian Dr Owen Pritchard": the role, then a title.
						TITLES.has(tokens[k + 1].normal.replace(/\.$/, '')))
				) {
					nameStart = k + 1;
					while (nameStart < end - 1 && TITLES.has(tokens[nameStart].normal.replace(/\.$/, '')))
						nameStart++;
					break;
				}
		// "the MP for Harlowby and Wendle": a seat, said of a person named beside it, not a name.
		// "the Mayor of Stavenham, Cllr Robert Haddow": an office, said of the person beside it.
		const office = ROLE_NOUNS.has(tokens[start].normal) && tokens[start + 1]?.normal === 'of';
		if (
			office ||
			(/^(mp|mep|msp|mla)$/.test(tokens[start].normal) && tokens[start + 1]?.normal === 'for')
		) {
			i = end;
			continue;
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
		// A lone nationality ("British", "Russian") or period ("the Victorian building") is an
		// adjective, not a name.
		if (
			end - start === 1 &&
			(hasTag(tokens[start], 'Demonym') ||
				isDemonym(tokens[start].text) ||
				PERIODS.test(tokens[start].text))
		) {
			i = end;
			continue;
		}
		out.push({ sentence, start, nameStart, end, title });
		i = end;
	}
	return out;
}
