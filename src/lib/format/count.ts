/**
 * Whole numbers for people to read, grouped by thousands ("12,345"). By hand rather than
 * `toLocaleString`: the same text everywhere (tests, the CLI, any browser), and no ICU start-up on
 * a page's first render, which costs a cheap phone tens of milliseconds.
 */
export function formatCount(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	const whole = Math.trunc(Math.abs(n)).toString();
	return `${n < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A count with its noun: "1 card", "2 cards", "1,200 reviews". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatCount(n)} ${n === 1 ? one : many}`;
}
