/** Splits a source sentence into plain and highlighted runs, for rendering as text (never HTML). */
export interface Run {
	text: string;
	mark: boolean;
}

export function highlightRuns(source: string, parts: readonly string[]): Run[] {
	const ranges: [number, number][] = [];
	const lower = source.toLowerCase();
	for (const part of parts) {
		if (!part) continue;
		const at = lower.indexOf(part.toLowerCase());
		if (at >= 0) ranges.push([at, at + part.length]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const runs: Run[] = [];
	let cursor = 0;
	for (const [start, end] of ranges) {
		if (start < cursor) continue; // overlapping: keep the first
		if (start > cursor) runs.push({ text: source.slice(cursor, start), mark: false });
		runs.push({ text: source.slice(start, end), mark: true });
		cursor = end;
	}
	if (cursor < source.length) runs.push({ text: source.slice(cursor), mark: false });
	return runs;
}
