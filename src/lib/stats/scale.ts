/** Small helpers for drawing charts: a round top for a count axis, and linear positions. */

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `max` (at least 1). */
export function niceMax(max: number): number {
	if (!(max > 1)) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
	return 10 * power;
}

/** Maps `value` in [0, domain] to [from, to]. */
export function linear(value: number, domain: number, from: number, to: number): number {
	return domain ? from + (value / domain) * (to - from) : from;
}
