/**
 * FSRS-6 scheduling through ts-fsrs: desired retention from settings (0.7–0.97), fuzz on, and the
 * learning steps ts-fsrs recommends (1m, 10m; relearning 10m). Works on plain `MemoryState`s.
 */
import { fsrs, generatorParameters, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { fromFsrsCard, toFsrsCard, type Grade, type MemoryState } from './memory.ts';

export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_LABELS: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export interface SchedulerOptions {
	retention: number;
	/** FSRS parameters fitted to this learner (fit/); FSRS-6's defaults without them. */
	params?: readonly number[] | undefined;
	/** On in the app; tests turn it off to compare exact intervals. */
	fuzz?: boolean;
}

export interface Outcome {
	next: MemoryState;
	/** Time until the card is due again, from `now`. */
	intervalMs: number;
	/** The interval as a button shows it: "1m", "10m", "3d". */
	label: string;
}

export class Scheduler {
	readonly #fsrs: FSRS;

	constructor({ retention, params, fuzz = true }: SchedulerOptions) {
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: retention,
				enable_fuzz: fuzz,
				enable_short_term: true,
				...(params ? { w: [...params] } : {})
			})
		);
	}

	/** What each of the four grades would do to this card now. */
	preview(memory: MemoryState, now: number): Record<Grade, Outcome> {
		const log = this.#fsrs.repeat(toFsrsCard(memory, now), new Date(now));
		const out = {} as Record<Grade, Outcome>;
		for (const grade of GRADES) {
			const next = fromFsrsCard(log[grade as FsrsGrade].card);
			const intervalMs = Math.max(0, next.due - now);
			out[grade] = { next, intervalMs, label: formatInterval(intervalMs) };
		}
		return out;
	}

	grade(memory: MemoryState, grade: Grade, now: number): MemoryState {
		return fromFsrsCard(this.#fsrs.next(toFsrsCard(memory, now), new Date(now), grade).card);
	}

	/** Probability of recalling the card now (0–1); 0 for a card never studied. */
	retrievability(memory: MemoryState, now: number): number {
		if (memory.state === 0) return 0;
		return this.#fsrs.get_retrievability(toFsrsCard(memory, now), new Date(now), false);
	}
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "<1m", "10m", "5h", "3d", "2.5mo", "1.2y" — the way Anki labels its grade buttons. */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${trim(days / 30)}mo`;
	return `${trim(days / 365)}y`;
}

function trim(n: number): string {
	return n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n));
}
