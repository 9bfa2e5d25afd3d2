/**
 * Orders a word of measure fixes between two figures: a half-century, a decade or a century from
 * one year to another, a figure "comfortably inside the limit of" another, and a sum "which is less
 * than" another (number-orders.ts).
 */
export const SPAN_ORDERS: [RegExp, (a: number, b: number) => boolean, string][] = [
	[
		// "measured at 1.4 metres per second, comfortably inside the legal limit of 2.0".
		/\b(\d+(?:\.\d+)?)[^,.;\d]{0,24},?\s+(?:comfortably |well |just |safely )?(?:inside|within|under|below) the (?:[a-z]+ )?(?:limit|threshold|maximum|cap) of (\d+(?:\.\d+)?)/,
		(a, b) => a <= b,
		'a figure within a limit is no more than the limit'
	],
	[
		// "will pay £68 a day for each person it refers, which is less than the £95 a day…".
		/£(\d[\d,]*(?:\.\d+)?)[^.;£\d]{0,40}, which is less than the £(\d[\d,]*(?:\.\d+)?)/,
		(a, b) => a < b,
		'a sum said to be less than another is less'
	],
	[
		/£(\d[\d,]*(?:\.\d+)?)[^.;£\d]{0,40}, which is more than the £(\d[\d,]*(?:\.\d+)?)/,
		(a, b) => a > b,
		'a sum said to be more than another is more'
	],
	[
		/\bhalf-century\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => b - a === 50,
		'a half-century is fifty years'
	],
	[
		/\bdecade\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => b - a === 10,
		'a decade is ten years'
	],
	[
		/(?<!-)\bcentury\s+from\s+((?:1\d|20)\d\d)\s+to\s+((?:1\d|20)\d\d)\b/i,
		(a, b) => b - a === 100,
		'a century is a hundred years'
	]
];
