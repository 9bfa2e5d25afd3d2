/**
 * "…who farms 600 acres with his wife, Rachel, and their two sons", "Liam Hargreaves' partner,
 * Chloe Banfield, said he had been living and breathing darts": someone named only as the relative
 * of someone in the news, who is there for colour. Their name is not worth a question. A relative
 * who does something the story tells ("his daughter, Kate, carved the frieze", "Petherick's wife,
 * Susan, was cleared") is asked as anyone else.
 */
import { escapeRegExp } from '../../format/regexp.ts';

const KIN =
	'wife|husband|partner|widow|widower|daughter|son|mother|father|brother|sister|grandson|granddaughter';

/** Whether a statement names `name` only as a relative who speaks of them or comes along. */
export function relativeForColour(name: string, statement: string): boolean {
	if (!name) return false;
	const owner = String.raw`(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\p{Lu}[\p{L}-]*(?:['’]s|s['’]))`;
	const kin = String.raw`${owner} (?:\d+-year-old )?(?:${KIN}), ${escapeRegExp(name)}`;
	return new RegExp(
		String.raw`\bwith ${kin}\b|${kin}, (?:\d{1,3}, )?(?:said|says|told|added|joked|recalled|thanked|paid tribute)\b`,
		'u'
	).test(statement);
}
