/**
 * Reads a date a student typed in any of the ways English writes one: "3 March 1998", "March 3,
 * 1998", "3rd of March 1998", "Mar 3 1998", "March 1998", "3 March". Two dates are the same answer
 * when they name the same day, month and year (a part one of them leaves out must be left out by
 * both).
 */

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

export interface ReadDate {
	day?: number;
	month?: number;
	year?: number;
}

function monthOf(word: string): number | undefined {
	if (word.length < 3) return undefined;
	const at = MONTHS.findIndex((m) => m.startsWith(word) && (word.length >= 3 || m === word));
	return at < 0 ? undefined : at;
}

/** The date a text names, or undefined when it names none (or anything else besides). */
export function readDate(text: string): ReadDate | undefined {
	const words = text
		.toLowerCase()
		.replace(/[,.]/g, ' ')
		.split(/\s+/)
		.filter((w) => w && !/^(the|of|on|in)$/.test(w));
	if (!words.length) return undefined;
	const out: ReadDate = {};
	for (const word of words) {
		const month = monthOf(word.replace(/\.$/, ''));
		const number = /^(\d{1,4})(st|nd|rd|th)?$/.exec(word);
		if (month !== undefined && out.month === undefined) out.month = month;
		else if (number && number[1].length === 4 && out.year === undefined)
			out.year = Number(number[1]);
		else if (number && Number(number[1]) >= 1 && Number(number[1]) <= 31 && out.day === undefined)
			out.day = Number(number[1]);
		else return undefined;
	}
	// A day needs its month; a bare number is not a date.
	if (out.month === undefined && (out.day !== undefined || out.year === undefined))
		return undefined;
	return out;
}

export function sameDate(a: string, b: string): boolean {
	const x = readDate(a);
	const y = readDate(b);
	return (
		x !== undefined &&
		y !== undefined &&
		x.day === y.day &&
		x.month === y.month &&
		x.year === y.year
	);
}
