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
