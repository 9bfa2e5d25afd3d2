/**
 * A figure that a change leads to from the figure before it: "400,000 journeys in its first
 * year, rising to 650,000", "had intended to build 86 homes … reducing the scheme to 74 homes",
 * "560 hours a week. That will fall to 392 hours", "140 people spent the night… 90 were still
 * there". The direction of the change fixes which of the two is the larger.
 */
import { inFull, toNumber } from './fixed-figures.ts';
import { parseNumber } from '../../answers/numbers.ts';

const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/** A hedge before a figure: "about 280", "more than 300". */
export const ABOUT = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more than|fewer than|less than)\s+)?`;
const SCALE = String.raw`(?:\s*(%|per cent|m|bn|million|billion|k)\b)?`;
const RISE_WORDS =
	'rising|rise|rises|rose|risen|increasing|increase|increases|increased|climbing|climb|climbs|climbed|growing|grow|grows|grew|grown';
const FALL_WORDS =
	'falling|fall|falls|fell|fallen|dropping|drop|drops|dropped|reducing|reduce|reduces|reduced|cutting|cut|cuts|shrinking|shrink|shrinks|shrank';
const RISES = new RegExp(`^(${RISE_WORDS})$`);
const CHANGE_TO = new RegExp(
	String.raw`\b(${RISE_WORDS}|${FALL_WORDS})\b((?:\s+[a-z’']+){0,3}?)\s+to\s+${ABOUT}[£$€]?${NUMBER}${SCALE}(?:\s+([a-z]+))?`,
	'gi'
);
/** Words after a bare figure that end it, not name what it counts: "rising to 650,000 within". */
const ENDS =
	/^(within|by|in|next|this|last|over|from|after|before|on|at|and|or|a|an|the|each|per)$/;
/** A figure in a text, with what it counts. */
const FIGURE = new RegExp(String.raw`[£$€]?${NUMBER}${SCALE}(?:\s+([a-z]+))?`, 'gi');

/** A figure read in full, and what it counts: "£1.2m" is 1,200,000; "86 homes" counts homes. */
function figure(digits: string, scale?: string, word?: string): [number, string | undefined] {
	const unit = (scale && !/^[%p]/i.test(scale) ? undefined : (scale ?? word))?.toLowerCase();
	return [inFull(digits, scale), unit && ENDS.test(unit) ? undefined : unit];
}

/** Why the figure a change leads to is on the wrong side of the one before, if it is. */
export function changeToBroken(statement: string): string | undefined {
	for (const m of statement.matchAll(CHANGE_TO)) {
		const verb = m[1].toLowerCase();
		if (/\bfrom\b/i.test(m[2])) continue; // "fell from 8 to 5": another rule's.
		// "£182 million. That figure has since risen to £228 million": sums of one currency.
		const currency = (text: string) => /[£$€]/.exec(text)?.[0];
		const [to, toCounted] = figure(m[3], m[4], m[5]);
		const toUnit = currency(m[0]) ?? toCounted;
		// The figure before, in this sentence or, after "That will fall", the one before it.
		const head = statement.slice(0, m.index);
		const own = head.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1) ?? '';
		const before = [...(/^(That|This|It)\b/.test(own) ? head : own).matchAll(FIGURE)].at(-1);
		if (!before || (/^(1[89]|20)\d\d$/.test(before[1]) && !before[2])) continue; // a year
		const [from, fromCounted] = figure(before[1], before[2], before[3]);
		const fromUnit = currency(before[0]) ?? fromCounted;
		// "86 homes … to 74 homes", "400,000 journeys …, rising to 650,000 within five years".
		if (fromUnit === undefined || (toUnit !== undefined && toUnit !== fromUnit)) continue;
		if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
		const rise = RISES.test(verb);
		if (rise ? to <= from : to >= from)
			return `“${verb} to” ends ${rise ? 'higher' : 'lower'} than it starts`;
	}
	// "nine of its 12 posts had been filled, with agency staff covering the rest": fewer than all.
	const rest = /\b(\d[\d,]*|[a-z]+) of (?:its|the|their)\s+(\d[\d,]*)\b[^.;]*\bthe rest\b/i.exec(
		statement
	);
	const part = rest && (/^\d/.test(rest[1]) ? toNumber(rest[1]) : parseNumber(rest[1]));
	if (rest && part !== undefined && part !== null && part >= toNumber(rest[2]))
		return 'a part with a rest beside it is less than the whole';
	// "15 wins from 18 matches": no more wins than matches played.
	const from =
		/\b(\d+)\s+(?:wins|victories|goals)\s+(?:from|in)\s+(\d+)\s+(?:matches|games|attempts|starts|races)\b/i.exec(
			statement
		);
	if (from && toNumber(from[1]) > toNumber(from[2])) return 'no more wins than matches';
	const still =
		/\b(\d[\d,]*)\s+(?:people|residents|patients|pupils|guests|passengers)\b[\s\S]*?\b(\d[\d,]*)\s+(?:were|are|remained|remain)\s+still\b/i.exec(
			statement
		);
	if (still && toNumber(still[2]) > toNumber(still[1]))
		return 'more cannot be “still there” than were there';
	return undefined;
}
