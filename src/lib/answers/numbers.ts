/** Reads a number a student typed: "1,000", "1000", "1 000", "one thousand", "30-plus", "2.5k". */

/** The numbers English names in one word: zero to twenty, the tens, a hundred. */
const ONE_WORD: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100
};

/** The number one word names ("seven", "forty", "hundred"), if it names one. */
export function numberWordValue(word: string): number | undefined {
	return Object.hasOwn(ONE_WORD, word) ? ONE_WORD[word] : undefined;
}

/** n in words ("seven", "forty", "twenty-three"), up to a hundred. */
export function numberInWords(n: number): string | undefined {
	const word = (k: number) => Object.keys(ONE_WORD).find((w) => ONE_WORD[w] === k);
	if (n > 20 && n < 100 && n % 10) return `${word(n - (n % 10))}-${word(n % 10)}`;
	return word(n);
}

/** Words a typed number is made of; "hundred" is read as a scale ("six hundred"). */
const SMALL: Record<string, number> = {
	...ONE_WORD,
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	a: 1
};
const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1_000,
	k: 1_000,
	million: 1_000_000,
	m: 1_000_000,
	billion: 1_000_000_000,
	bn: 1_000_000_000
};

function fromWords(words: string[]): number | undefined {
	let total = 0;
	let current = 0;
	let any = false;
	for (const word of words) {
		if (word === 'and') continue;
		if (Object.hasOwn(SCALES, word)) {
			const scale = SCALES[word];
			if (scale === 100) current = (current || 1) * 100;
			else {
				total += (current || 1) * scale;
				current = 0;
			}
			any = true;
		} else if (Object.hasOwn(SMALL, word)) {
			current += SMALL[word];
			any = true;
		} else return undefined;
	}
	return any ? total + current : undefined;
}

/** The number in `text`, or undefined when it holds none (or more than one). */
export function parseNumber(text: string): number | undefined {
	const cleaned = text
		.toLowerCase()
		.replace(/[’']/g, '')
		// "£1.3m", "$40", "3.75%", "21°C": the currency and the sign are not the number.
		.replace(/^[£$€¥]\s*|(?<=\d)\s*(%|°\s*[cf]?|per ?cent)(?=\s|$)/g, ' ')
		.replace(/(\d)[,\s](?=\d{3}\b)/g, '$1')
		.replace(/[-–]/g, ' ')
		.trim();
	// Digits, maybe with a scale word or suffix: "600", "2.5k", "1.2 million", "30 plus".
	const numeric =
		/^[~≈]?\s*(?:about|around|over|more than|some|nearly|almost)?\s*(\d+(?:\.\d+)?)\s*([a-z]+)?(?:\s+(?:plus|\+|or so))?(?:\s+[a-z%]+)*\s*\+?$/.exec(
			cleaned
		);
	if (numeric) {
		const value = Number(numeric[1]);
		const scale = numeric[2] && numeric[2] in SCALES ? SCALES[numeric[2]] : 1;
		return value * scale;
	}
	const words = cleaned
		.replace(/\b(about|around|over|more than|some|nearly|almost|plus|or so)\b/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	// Allow a trailing unit ("six hundred miles").
	for (let end = words.length; end > 0; end--) {
		const value = fromWords(words.slice(0, end));
		if (value !== undefined) return value;
	}
	return undefined;
}
