/**
 * Places that lie inside others, as far as general knowledge goes without a gazetteer: the
 * nations of the United Kingdom. "The west coast of Scotland" is also the west coast of Britain,
 * so one is no wrong answer for the other.
 */

const PARTS: Record<string, string[]> = {
	'united kingdom': ['england', 'scotland', 'wales', 'northern ireland', 'britain'],
	britain: ['england', 'scotland', 'wales'],
	ireland: ['northern ireland']
};

/** Names of one place. */
const SAME: Record<string, string> = { 'great britain': 'britain', uk: 'united kingdom' };

const key = (place: string) => {
	const name = place
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[^a-z\s]/g, '')
		.trim();
	return SAME[name] ?? name;
};

/** Whether one of two places lies inside the other (or they are the same). */
export function overlap(a: string, b: string): boolean {
	const [x, y] = [key(a), key(b)];
	if (x === y) return true;
	return (PARTS[x] ?? []).includes(y) || (PARTS[y] ?? []).includes(x);
}
