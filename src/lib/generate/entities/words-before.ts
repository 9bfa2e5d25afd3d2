/**
 * What the three words before a name say it is: a term being named ("known as the Great Stink"),
 * a place people live in ("residents of Sallowford"), a firm people come from ("contractors from
 * Truscott Stone").
 */
import type { Token } from '../analyse.ts';
import type { Evidence } from './evidence.ts';

const PLACE_OF =
	/\b(?:(?:residents|villagers|townspeople|outskirts|edge|streets|people) of|between|between \S+ and)$/;

const FROM_A_FIRM =
	/\b(contractors|engineers|staff|workers|builders|specialists|experts|surveyors|technicians|crews|divers) from$/;

/** "to remove staff from Pellingford": the people leave a place; they do not work for it. */
const TAKEN_AWAY =
	/^(remove|removing|removed|withdraw|withdrawing|withdrew|withdrawn|take|taking|took|pull|pulling|pulled|move|moving|moved|cut|cutting|redeploy|redeploying|redeployed|evacuate|evacuated) /;

/** The votes of the words before the name that starts at `start` and has `length` words. */
export function wordsBefore(tokens: Token[], start: number, length: number): Evidence[] {
	const out: Evidence[] = [];
	const before = tokens
		.slice(Math.max(0, start - 3), start)
		.map((t) => t.normal)
		.join(' ');
	// A name being introduced is a key term: "became known as the Great Stink".
	if (/(known as|called|named|dubbed)( the| a| an)?$/.test(before))
		out.push({ kind: 'term', weight: 2 });
	// "More than 200 residents of Sallowford", "the road between Sallowford and Dunmere": places.
	if (PLACE_OF.test(before) && length === 1)
		out.push({ kind: 'place', weight: 2, category: 'settlement' });
	// "Contractors from Truscott Stone of Porthmellow": people come from a firm, not a person.
	if (FROM_A_FIRM.test(before) && !TAKEN_AWAY.test(before))
		out.push({ kind: 'organisation', weight: 6, category: 'business' });
	return out;
}
