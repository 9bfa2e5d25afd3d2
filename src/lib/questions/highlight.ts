/**
 * Splits a source sentence into runs for rendering as text (never HTML): plain, highlighted (the
 * answer) and misprinted (shown as printed, with its correction beside it).
 */
import { misprintRanges, type Misprint } from '../content/misprints.ts';

export interface Run {
	text: string;
	mark: boolean;
	/** Set when the run is a misprint: what it should read. */
	correct?: string;
}

export function highlightRuns(
	source: string,
	parts: readonly string[],
	misprints: readonly Misprint[] = []
): Run[] {
	const marked = new Uint8Array(source.length);
	const lower = source.toLowerCase();
	for (const part of parts) {
		if (!part) continue;
		const at = lower.indexOf(part.toLowerCase());
		if (at >= 0) marked.fill(1, at, at + part.length);
	}
	// A misprint is one run, marked when any of it is part of the answer.
	const misprinted = new Int32Array(source.length).fill(-1);
	const ranges = misprintRanges(source, misprints);
	ranges.forEach((range, i) => misprinted.fill(i, range.start, range.end));
	const runs: Run[] = [];
	let start = 0;
	for (let i = 1; i <= source.length; i++) {
		const same =
			i < source.length &&
			misprinted[i] === misprinted[start] &&
			(misprinted[i] >= 0 || marked[i] === marked[start]);
		if (same) continue;
		const range = ranges[misprinted[start]];
		runs.push(
			range
				? {
						text: source.slice(start, i),
						mark: marked.subarray(start, i).some(Boolean),
						correct: range.misprint.correct
					}
				: { text: source.slice(start, i), mark: marked[start] === 1 }
		);
		start = i;
	}
	return runs;
}
