/**
 * A person's age and the years of their life a sentence gives them: no one has done something
 * for longer than they have lived, nor worked since childhood ("Rachel Trenouth, 44, … her 38
 * years with the station"). Pairs for number-orders.ts: [pattern, what must hold, description].
 */
export const AGE_ORDERS: [RegExp, (a: number, b: number) => boolean, string][] = [
	[
		// "Derek Coyle, 58, … worked there for 34 years": no one works longer than they have lived.
		/\b[A-Z][a-z]+(?:,\s+|\s+\()(\d{1,3})[,)][^.;]*?\bfor\s+(?:almost\s+|nearly\s+|more than\s+|over\s+)?(\d{1,3})\s+years\b/,
		(a, b) => b < a,
		'no one has done something for longer than their age'
	],
	[
		// "…, 58, a former fitter who worked there for 51 years": not since the age of seven.
		/\b[A-Z][a-z]+(?:,\s+|\s+\()(\d{1,3})[,)][^.;]*?\b(?:worked|served|taught|played|volunteered|coached|sailed)\b[^.;]*?\bfor\s+(?:almost\s+|nearly\s+|more than\s+|over\s+)?(\d{1,3})\s+years\b/,
		(a, b) => b <= a - 14,
		'no one works from before the age of 14'
	],
	[
		// "Rachel Trenouth, 44, who runs a café, said … her 19 years with the station".
		/\b[A-Z][a-z]+(?:,\s+|\s+\()(\d{1,3})[,)][^.;]*?\b(?:her|his|their)\s+(\d{1,3})\s+years\s+(?:with|at|in|as|on)\b/,
		(a, b) => b <= a - 14,
		'no one works from before the age of 14'
	],
	[
		// "who ran the folk club for more than four decades, after she died … aged 87".
		/\bfor\s+(?:almost\s+|nearly\s+|more than\s+|over\s+)?(two|three|four|five|six|seven|\d)\s+decades\b[^.;]*?\baged\s+(\d{1,3})\b/,
		(a, b) => a * 10 <= b - 14,
		'no one works from before the age of 14'
	],
	[
		// "left school at 16 and worked as a typist before winning a place at drama school at 21".
		/\bat\s+(\d{1,2})\b[^.;]*?\b(?:before|then|later|until)\b[^.;]*?\bat\s+(\d{1,2})\b(?!\s*(?:am|pm|[.:]\d))/,
		(a, b) => a < b,
		'what came before happened at a younger age'
	]
];
