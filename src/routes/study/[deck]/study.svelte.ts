/**
 * One study session over a deck: the queue, the card on screen, reveal, typed answers, grades and
 * undo. Every grade is written before the next card shows, so a reload resumes where it was.
 * On a first visit (no database yet) the first cards show straight from the deck, and the
 * database is created while the student looks at the first one: it is there before the first
 * grade.
 */
import type { Deck } from '$lib/content/deck-schema';
import { isCuratedDeck } from '$lib/content/curated';
import { tick } from 'svelte';
import { checkTypedAnswer, type CheckResult } from '$lib/answers/check';
import { requestPersistentStorage } from '$lib/db/persist';
import type { StoreAccess } from '$lib/db/open';
import type { CardRow } from '$lib/records/rows';
import { DEFAULT_SETTINGS, type Settings } from '$lib/records/settings';
import { schedulerFor } from '$lib/db/reschedule';
import { storageStatus } from '$lib/db/status.svelte';
import { cardKey, newCardRow } from '$lib/db/keys';
import type { Store } from '$lib/db/store';
import { yieldToMain } from '$lib/main-thread/slices';
import { buildCardsInSlices } from '$lib/questions/flashcards';
import type { CardTemplate } from '$lib/questions/types';
import type { Grade, MemoryState } from '$lib/srs/memory';
import { buildQueue, studyDay, withGrade, type QueueCounts, type StudyDay } from '$lib/srs/queue';
import { isSchedulerError } from '$lib/srs/scheduler-error';
import { replayMemory } from '$lib/srs/replay';
import type { Outcome, Scheduler } from '$lib/srs/scheduler';
import { memoryProblem } from '$lib/srs/validity';
import { summarizeReviews, type SessionSummary } from '$lib/study/session-summary';

export type StudyStatus = 'loading' | 'studying' | 'done' | 'error';

interface Current {
	key: string;
	template: CardTemplate;
	card: CardRow;
	shownAt: number;
}

/** How long a write may take before the controls it affects show as busy. */
const BUSY_AFTER_MS = 150;

const SESSION_KEY = (deckId: string) => `factdeck:study-session:${deckId}`;

export class StudySession {
	status = $state<StudyStatus>('loading');
	current = $state.raw<Current | undefined>(undefined);
	revealed = $state(false);
	typed = $state('');
	check = $state.raw<CheckResult | undefined>(undefined);
	previews = $state.raw<Record<Grade, Outcome> | undefined>(undefined);
	/** What is left to study today, as every screen counts it (srs/counts.ts). */
	remaining = $state.raw<QueueCounts>({ new: 0, learning: 0, due: 0 });
	summary = $state.raw<SessionSummary | undefined>(undefined);
	nextDue = $state<number | undefined>(undefined);
	canUndo = $state(false);
	/** Cards suspended in this session (the page says how to bring them back). */
	suspendedCount = $state(0);
	/** Cards whose stored state the scheduler could not use, rebuilt from their reviews. */
	repairedCount = $state(0);
	/** A write is taking long enough to show: its controls are disabled. */
	busy = $state(false);
	error = $state<string | undefined>(undefined);

	#working = false;
	#templates = new Map<string, CardTemplate>();
	#queue: string[] = [];
	/**
	 * Today's cards (srs/counts.ts `todaysCards`) as read when the queue was built, kept up to date
	 * with each grade: no read per card shown, and the counts come from them.
	 */
	#rows = new Map<string, CardRow>();
	/**
	 * The ids of this session's own reviews, latest last: undo takes back these only, never a
	 * review another tab wrote or imported meanwhile.
	 */
	#graded: number[] = [];
	#scheduler: Scheduler | undefined;
	/** Cards left out of this session because the scheduler refused even their rebuilt state. */
	#skipped = new Set<string>();
	/** The store with this deck's card rows in it; made on first need on a first visit. */
	#store: Promise<Store> | undefined;
	#startedAt = 0;
	#settings: Settings = DEFAULT_SETTINGS;
	#day: StudyDay = studyDay(DEFAULT_SETTINGS, []);

	constructor(
		private readonly storage: StoreAccess,
		private readonly deck: Deck,
		private readonly now: () => number = Date.now
	) {}

	async start() {
		try {
			const existing = await this.storage.existing();
			const settings = existing ? await existing.readSettings() : DEFAULT_SETTINGS;
			this.#settings = settings;
			this.#scheduler = schedulerFor(settings);
			// Each step its own task: on a cheap phone a first visit must not block taps.
			const templates = await buildCardsInSlices(this.deck);
			this.#templates = new Map(templates.map((t) => [cardKey(this.deck.id, t.id), t]));
			await yieldToMain();
			this.#startedAt = this.#sessionStart();
			this.#day = studyDay(settings, []);
			if (existing) {
				this.#store = this.#prepare(existing, settings);
				const store = await this.#store;
				await yieldToMain();
				this.#day = await store.studyDay(this.deck.id, this.now(), settings);
				// A reload continues the session: the grades it gave before can be undone.
				this.#graded = (await store.reviewsSince(this.deck.id, this.#startedAt))
					.map((r) => r.id ?? 0)
					.filter((id) => id > 0)
					.sort((a, b) => a - b);
				this.canUndo = this.#graded.length > 0;
				await this.#refill(store);
			} else this.#firstCards(templates);
			await yieldToMain();
			await this.#advance();
		} catch (error) {
			this.#fail(error);
		}
	}

	/** Makes sure the store has this deck's card rows (and notes that the student has begun). */
	async #prepare(store: Store, settings: Settings): Promise<Store> {
		if (!settings.welcomed) await store.updateSettings({ welcomed: true });
		await store.ensureCards(
			{
				id: this.deck.id,
				title: this.deck.title,
				kind: isCuratedDeck(this.deck.id) ? 'curated' : 'user'
			},
			[...this.#templates.values()].map((t) => ({ cardId: t.id, factId: t.factId })),
			this.now()
		);
		return store;
	}

	/** The store, opened (and the database created) on first need; tried again after a failure. */
	#ready(): Promise<Store> {
		this.#store ??= this.storage
			.open()
			.then((store) => this.#prepare(store, DEFAULT_SETTINGS))
			.catch((error: unknown) => {
				this.#store = undefined;
				throw error;
			});
		return this.#store;
	}

	/** A first visit: the first new cards in deck order, as ensureCards will write them. */
	#firstCards(templates: CardTemplate[]) {
		const now = this.now();
		const rows = templates.map((t, i) =>
			newCardRow(this.deck.id, { cardId: t.id, factId: t.factId }, i, now)
		);
		this.#queue = buildQueue(rows, this.#day, now).ids;
		// The rows a session on a database would have read: the queued ones.
		const queued = new Set(this.#queue);
		this.#rows = new Map(rows.filter((r) => queued.has(r.id)).map((r) => [r.id, r]));
	}

	/** Shows the answer; a typed answer (if any) is checked first. */
	reveal() {
		if (!this.current || this.revealed) return;
		if (this.typed.trim()) this.check = checkTypedAnswer(this.typed, this.current.template.key);
		this.revealed = true;
		// A first visit creates the database now, while the student reads the answer; a failure
		// shows when the grade is given.
		this.#ready().catch(() => undefined);
	}

	/** The grade a typed answer suggests: Good when right, Again when wrong. */
	get suggested(): Grade | undefined {
		if (!this.check) return undefined;
		return this.check.correct ? 3 : 1;
	}

	async grade(grade: Grade) {
		const current = this.current;
		const scheduler = this.#scheduler;
		if (!current || !this.revealed || !scheduler) return;
		await this.#oneAtATime(async () => {
			const started = performance.now();
			const now = this.now();
			const store = await this.#ready();
			const input = {
				key: current.key,
				grade,
				schedule: (card: MemoryState) => scheduler.grade(card, grade, now),
				now,
				durationMs: now - current.shownAt
			};
			// The card may have been damaged since it was shown (an import in another tab).
			const review = await store.gradeCard(input).catch(async (error: unknown) => {
				if (!isSchedulerError(error)) throw error;
				await this.#repair(store, current.key);
				return store.gradeCard(input);
			});
			storageStatus.clear();
			this.#day = withGrade(this.#day, review);
			this.#rows.set(current.key, { ...current.card, ...review.next, queue: 1 });
			if (review.id !== undefined) this.#graded.push(review.id);
			this.canUndo = true;
			this.#queue = this.#queue.filter((k) => k !== current.key);
			await this.#advance();
			// User Timing, read by `npm run bench`: from the grade to the next card on screen.
			await tick();
			performance.measure('factdeck:grade', { start: started });
		});
	}

	/** Takes the card on screen out of study (it can be brought back from the deck page). */
	async suspend() {
		const current = this.current;
		if (!current) return;
		await this.#oneAtATime(async () => {
			await (await this.#ready()).suspendCard(current.key);
			this.#queue = this.#queue.filter((k) => k !== current.key);
			this.#rows.delete(current.key);
			this.suspendedCount += 1;
			await this.#advance();
		});
	}

	async undo() {
		if (!this.canUndo) return;
		await this.#oneAtATime(async () => {
			const store = await this.#ready();
			const id = this.#graded.at(-1);
			const undone = id === undefined ? undefined : await store.undoReview(id);
			// Written (or no longer undoable: graded again in another tab): off the stack.
			this.#graded.pop();
			if (undone) {
				this.#day = await store.studyDay(this.deck.id, this.now(), this.#settings);
				this.#queue = [undone.cardKey, ...this.#queue.filter((k) => k !== undone.cardKey)];
				// Read afresh: it is back in its earlier state.
				const row = await store.getCard(undone.cardKey);
				if (row) this.#rows.set(row.id, row);
				else this.#rows.delete(undone.cardKey);
			}
			this.canUndo = this.#graded.length > 0;
			await this.#advance();
		});
	}

	/**
	 * Runs one write (grade, suspend, undo) at a time; a second one asked for meanwhile (a double
	 * tap, a held key) is ignored. A write that fails is reported and changes nothing on screen:
	 * the same card stays and can be graded again. Controls show as busy only when a write is slow
	 * enough to see: disabling the focused grade button at once would make the browser render a
	 * frame before it reads the write's result, doubling the time from a grade to the next card.
	 */
	async #oneAtATime(write: () => Promise<void>) {
		if (this.#working) return;
		this.#working = true;
		const slow = setTimeout(() => (this.busy = true), BUSY_AFTER_MS);
		try {
			await write();
		} catch (error) {
			storageStatus.report(error);
		} finally {
			clearTimeout(slow);
			this.#working = false;
			this.busy = false;
		}
	}

	#sessionStart(): number {
		// A reload continues the same session (its summary counts the cards graded before it).
		try {
			const saved = Number(sessionStorage.getItem(SESSION_KEY(this.deck.id)));
			if (saved > 0 && this.now() - saved < 6 * 3600_000) return saved;
			const start = this.now();
			sessionStorage.setItem(SESSION_KEY(this.deck.id), String(start));
			return start;
		} catch {
			return this.now();
		}
	}

	async #refill(store: Store) {
		const started = performance.now();
		const now = this.now();
		const candidates = await store.todaysCards(this.deck.id, this.#day, now);
		const known = candidates.filter((c) => this.#templates.has(c.id) && !this.#skipped.has(c.id));
		this.#rows = new Map(known.map((c) => [c.id, c]));
		this.#queue = buildQueue(known, this.#day, now).ids;
		performance.measure('factdeck:queue', { start: started });
	}

	async #advance() {
		if (!this.#queue.length) await this.#refill(await this.#ready());
		const key = this.#queue[0];
		const template = key ? this.#templates.get(key) : undefined;
		const card = key
			? (this.#rows.get(key) ?? (await (await this.#ready()).getCard(key)))
			: undefined;
		this.revealed = false;
		this.typed = '';
		this.check = undefined;
		if (!key || !template || !card || !this.#scheduler) {
			this.current = undefined;
			this.previews = undefined;
			await this.#finish();
			return;
		}
		const now = this.now();
		const previewed = await this.#preview(key, card, now);
		if (!previewed) {
			// Not even its rebuilt state can be scheduled: the rest of the session goes on.
			this.#skipped.add(key);
			this.#queue = this.#queue.filter((k) => k !== key);
			this.#rows.delete(key);
			await this.#advance();
			return;
		}
		this.current = { key, template, card: previewed.card, shownAt: now };
		this.previews = previewed.previews;
		this.remaining = buildQueue([...this.#rows.values()], this.#day, now).counts;
		this.status = 'studying';
	}

	/**
	 * The four grades' outcomes for a card. A card whose state the scheduler cannot use (a row
	 * from a damaged backup or an older version) is rebuilt from its review log first; one that
	 * still fails is left out (undefined), so one card never stops a session.
	 */
	async #preview(key: string, card: CardRow, now: number) {
		const scheduler = this.#scheduler;
		if (!scheduler) return undefined;
		const attempt = (row: CardRow) => {
			try {
				return memoryProblem(row) ? undefined : scheduler.preview(row, now);
			} catch (error) {
				if (isSchedulerError(error)) return undefined;
				throw error;
			}
		};
		const previews = attempt(card);
		if (previews) return { card, previews };
		const repaired = await this.#repair(await this.#ready(), key);
		const again = repaired && attempt(repaired);
		return repaired && again ? { card: repaired, previews: again } : undefined;
	}

	async #repair(store: Store, key: string): Promise<CardRow | undefined> {
		const scheduler = this.#scheduler;
		if (!scheduler) return undefined;
		const repaired = await store.repairCard(key, (reviews) =>
			replayMemory(reviews, scheduler, this.now())
		);
		if (repaired) {
			this.#rows.set(key, repaired);
			this.repairedCount += 1;
		} else this.#rows.delete(key);
		return repaired;
	}

	async #finish() {
		const store = await this.#ready();
		const reviews = await store.reviewsSince(this.deck.id, this.#startedAt);
		this.summary = summarizeReviews(reviews);
		this.nextDue = await store.nextDue(this.deck.id, this.now());
		this.status = 'done';
		if (reviews.length) await this.#askPersistenceOnce(store);
	}

	async #askPersistenceOnce(store: Store) {
		const settings = await store.readSettings();
		if (settings.persistAsked) return;
		await store.updateSettings({ persistAsked: true });
		await requestPersistentStorage();
	}

	#fail(error: unknown) {
		const storageError = storageStatus.report(error);
		this.error = storageError.message;
		this.status = 'error';
	}
}
