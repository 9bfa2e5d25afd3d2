/**
 * Possessives inside a name: "St Oswin's High School", "Ashcombe's Garden Centre", "the
 * Caldonian Mortgage Lenders' Association", "the Brackenshire Women's Challenge Cup", "near
 * Land's End". Whether a run of capitalised words goes on past its "'s".
 */
import { hasTag, type Token } from '../analyse.ts';
import { ORGANISATION_HEADS, PLACE_HEADS, ROLE_NOUNS, TITLES } from '../../language/lexicon.ts';
import { POSSESSIVE } from './name-surface.ts';

/** Words between a saint's name and a head that say which kind: "St Oswin's High School". */
const QUALIFIERS =
	/^(High|Primary|Grammar|Junior|Infant|Infants|Secondary|Community|General|Parish|Memorial|Catholic|Methodist|Baptist|Village)$/;
/** Two-word heads a family shop's name ends in, after its owner's "'s". */
const SHOP_HEADS =
	/^(Garden Centre|Tea Rooms?|Farm Shop|Fish Bar|Coffee (Shop|House)|Pet Shop|Wine Bar|Book Shop|Flower Shop|Sweet Shop|Toy Shop|Car Sales|Hardware Store)$/;

/**
 * "the Caldonian Mortgage Lenders' Association": a plural possessive inside an organisation's
 * name, which runs on to the organisation's head word ("Association", "Union").
 */
export function pluralPossessiveInName(tokens: Token[], end: number): boolean {
	const last = tokens[end - 1];
	// "St Aldric's Hospital", "King's College": a saint's or king's name before one head word.
	const singular = POSSESSIVE.test(last.text) && /^\s*$/.test(last.post);
	if (singular) {
		// "the Brackenshire Women's Challenge Cup", "the People's Party": a group's possessive
		// inside a name runs on to the capitalised words after it.
		if (
			/^(women|men|children|people)['’]s$/i.test(last.text) &&
			/^\p{Lu}/u.test(tokens[end]?.text ?? '')
		)
			return true;
		// "St Oswin's High School": a word that says which kind, then the head.
		const kind = QUALIFIERS.test(tokens[end]?.text ?? '') && /^\s+$/.test(tokens[end].post);
		const next = tokens[kind ? end + 1 : end];
		const head = next?.normal ?? '';
		const after = tokens[kind ? end + 2 : end + 1];
		// "Ashcombe's Garden Centre", "Pellow's Tea Rooms": a shop's two-word head.
		if (
			!kind &&
			/^\s+$/.test(next?.post ?? '') &&
			SHOP_HEADS.test(`${next?.text} ${after?.text}`) &&
			!/^\p{Lu}/u.test(tokens[end + 2]?.text ?? '')
		)
			return true;
		return (
			next !== undefined &&
			/^\p{Lu}/u.test(next.text) &&
			Boolean(ORGANISATION_HEADS[head] || PLACE_HEADS[head]) &&
			// "the Maddock Fishermen's Association (MFA)": an acronym in brackets is another name;
			// "St Aldwyn's Church, Pellhaven": so is a place after a comma.
			!(
				/^\p{Lu}/u.test(after?.text ?? '') &&
				/^\s+$/.test(next.post) &&
				!/[([]/.test(after?.pre ?? '')
			)
		);
	}
	if (!/s$/.test(last.text) || !/^['’]\s+$/.test(last.post)) return false;
	let k = end;
	while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text)) {
		if (ORGANISATION_HEADS[tokens[k].normal]) return true;
		if (!/^\s*$/.test(tokens[k].post)) break;
		k++;
	}
	return false;
}

/**
 * "from the car park at Hobb's Foot", "near Land's End": after a preposition of place or "the", a name with
 * a possessive and one more capitalised word that names no person is one place.
 */
export function possessivePlace(tokens: Token[], start: number, end: number): boolean {
	const last = tokens[end - 1];
	const next = tokens[end];
	// "for St Elwyn's Hospice", "volunteers from St Aldric's Church": a saint's building or body.
	if (
		end - start === 2 &&
		/^(st\.?|saint)$/.test(tokens[start].normal) &&
		POSSESSIVE.test(last.text) &&
		(ORGANISATION_HEADS[next?.normal ?? ''] !== undefined ||
			PLACE_HEADS[next?.normal ?? ''] !== undefined)
	)
		return true;
	return (
		end - start === 1 &&
		POSSESSIVE.test(last.text) &&
		/^\s*$/.test(last.post) &&
		// "to buy the Drover's Rest": "the" before the name of a pub or a house is its own.
		/^(at|from|to|near|in|on|the)$/.test(tokens[start - 1]?.normal ?? '') &&
		next !== undefined &&
		/^\p{Lu}\p{Ll}+$/u.test(next.text) &&
		!hasTag(next, 'Person', 'FirstName', 'LastName', 'Place', 'Organization') &&
		!TITLES.has(next.normal) &&
		!ROLE_NOUNS.has(next.normal) &&
		!/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')
	);
}
