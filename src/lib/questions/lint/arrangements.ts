/**
 * What says only when and where to go, or where something happened: a memorial service, the
 * next meeting or fixture, a police reference to quote, the street a thing happened in.
 */
import { PLACE_HEADS } from '../../language/lexicon.ts';

/**
 * "A memorial service will be held at Ostcombe Cathedral on 15 November", "The BHO will publish
 * its next set of figures on 11 April": where and when to go, not the news.
 */
export const ARRANGEMENTS = new RegExp(
	[
		String.raw`^(A|The) (memorial|funeral|thanksgiving|remembrance) (service|mass)\b`,
		// "Bernard Ketteridge's funeral will be held at St Barnabas' Church on 28 November".
		String.raw`^(His|Her|Their|\p{Lu}[\p{L}'’ -]*['’]s?) funeral (will|is)\b`,
		// "Shops that remain open will accept gift cards until 30 April".
		String.raw`\b(accept|honour|take) (gift cards|gift vouchers|vouchers)\b`,
		String.raw`\bwill publish its next (set of )?(figures|report|results|data)\b`,
		// "The committee's next meeting is due on 2 May." and nothing more.
		String.raw`^The [\w'’ ]+ next (meeting|sitting) (is|will be) (due |scheduled |expected )?(on|in) [^,;]+\.$`,
		// "Marchshire host Sellamere at Grange Lane on 4 September.": the next fixture.
		String.raw`^\p{Lu}[\p{L}'’ ]+ (host|hosts|visit|visits|travel to|travels to) \p{Lu}[\p{L}'’ ]+ (at \p{Lu}[\p{L}'’ ]+ )?(on|next) [^,;]+\.$`,
		// "The Colliers' final home game of the season is against Bexholme on 13 September."
		String.raw`\b(next|final|last) (home |away )?(game|match|fixture)\b[^.]* (is|will be) (against|at) `,
		String.raw`\bplay (their|its|his|her) (final|next|last) (match|game)\b`,
		// "A closing-down sale will begin on 3 February", "will hold a civic reception … on 12
		// October", "an open meeting at the ground on 22 September".
		String.raw`\bclosing-down sale\b`,
		String.raw`\b(will|would) hold an? (civic reception|public meeting|open meeting|drop-in session|consultation event)\b`,
		String.raw`\bis due to discuss [^.]* at a meeting on\b`,
		// "a drop-in session … on 14 August", "Next year's show will be held on 22 and 23 July".
		String.raw`\b(drop-in session|open day|sponsored walk|celebration match)\b[^.]* (on|for) \d|^Next year's [\p{L} ]+ will be held\b`,
		// "A public meeting will be held in Skerrinish village hall on 14 October", "An official
		// reopening will be held on Saturday, when the Mayor…".
		String.raw`^(A|An|The) (public |official |special |open |community )?(meeting|reopening|opening|ceremony|celebration) will be held\b`,
		// "Anyone with information is asked to contact Calderdown Police, quoting reference 0417."
		String.raw`^Anyone with information\b|\bquoting (the )?(reference|crime reference|incident|log)( number)?\b`,
		// "… is holding its next uniform exchange on Saturday 23 August, from 10am to 2pm."
		String.raw`\b(is|are) holding (its|their) next\b`
	].join('|'),
	'u'
);

/**
 * "sending a torrent down the High Street", "the works on Millhouse Lane", "crossing the line on
 * the Riverside Promenade": a street or a ground as the place of what happened, a venue (a street
 * that is itself the news, "Quarry Lane was closed", is not asked after "on").
 */
export function streetVenue(statement: string, answer: string): boolean {
	const head = answer.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
	if (PLACE_HEADS[head] !== 'street') return false;
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const before = statement.slice(0, at);
	// "Footfall on Market Street has fallen", "the homes on Cliff Road can no longer be sold": the
	// street's own traffic, air or houses are the news.
	if (
		/\b(footfall|traffic|levels?|pollution|congestion|cameras?|speed|homes?|houses?|bungalows?|properties|flats|residents)\s+(on|in|along)\s+(the\s+)?$/i.test(
			before
		)
	)
		return false;
	// "Church Lane and Foxley Road", "Quarry Road and Linnet Street": a pair of streets is asked
	// by what comes before the pair.
	const street = (word: string | undefined) => PLACE_HEADS[word?.toLowerCase() ?? ''] === 'street';
	const first = /((?:\p{Lu}[\p{L}'’]*\s+)*(\p{L}+))\s+and\s+$/u.exec(before);
	const second = /^\s+and\s+((?:\p{Lu}[\p{L}'’]*\s+)*\p{Lu}[\p{L}'’]*)/u
		.exec(statement.slice(at + answer.length))?.[1]
		.split(/\s+/);
	const lead =
		first && street(first[2])
			? before.slice(0, first.index)
			: street(second?.at(-1))
				? before
				: undefined;
	if (lead !== undefined && /\b(including|of)\s+(the\s+)?$/i.test(lead)) return true;
	const where = lead ?? before;
	// "The site, off Pippin Way,", "a culvert under Foxley Road", "crossing the busy Tollgate Road".
	if (
		/\b(off|under|across|past|opposite|outside|crossing(\s+the)?(\s+busy)?)\s+(the\s+)?$/i.test(
			where
		)
	)
		return true;
	return /\b(on|in|at|along|down|into|beside|near)\s+(the\s+)?$/i.test(where);
}
