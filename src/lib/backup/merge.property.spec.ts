/**
 * Two devices, one history (issue 23): importing another device's backup is a merge, and the
 * merge is the same whichever device imports. Pure: a device is its tables in memory; `merge(a, b)`
 * is what `a` holds after importing `b`'s backup file (written, parsed back, planned with the
 * replay the storage layer uses, and applied as the storage layer applies a plan).
 *
 * Histories are generated as two devices make them from one curated deck: grades on a shared
 * clock, suspending, bringing forward, quiz results, settings changed, a deck only one device has,
 * and backups exchanged at any point (so the two histories share rows, as real ones do). Checked:
 * - commutative: merge(a, b) = merge(b, a);
 * - idempotent: merge(a, a) = a, and importing the same file again plans no write;
 * - absorbing: merge(a, b) imports a's or b's backup again without a write;
 * - no review lost: every review of a and of b is in the merge, once;
 * - every card of the merge is the replay of its merged review log (checkConsistency).
 * Tables are compared in a canonical form: rows sorted by key, reviews without their ids (an id
 * is one browser's auto-increment number; across devices a review is its card, time and grade).
 *
 * Cases: 150 pairs of histories of up to 30 steps (about 1 s).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttemptRow, CardRow, ReviewRow, SettingRow } from '../records/rows.ts';
import { parseSettings } from '../records/settings.ts';
import { newMemoryState, pickMemory, type Grade } from '../srs/memory.ts';
import { replayMemory } from '../srs/replay.ts';
import { Scheduler } from '../srs/scheduler.ts';
import { budget, runs } from '../../../tests/support/fuzz.ts';
import { createBackup, parseBackup, serializeBackup, type StoredTables } from './backup.ts';
import { emptyTables, type Backup } from './backup-format.ts';
import { checkConsistency } from './consistency.ts';
import {
	planChangesNothing,
	planImport,
	reviewIdentity,
	settingsAfterImport,
	type ImportPlan
} from './import-plan.ts';
import { DAY, T0, attemptRow, cardRow, deckRow } from './backup-fixtures.ts';

/** As the study page grades with the default settings (retention is not generated: see below). */
const scheduler = new Scheduler({ retention: 0.9 });
const CARDS = ['a.cloze.x', 'b.cloze.x', 'c.mc.x'];
const OTHER = 'z.cloze.x';

type Device = 0 | 1;
type Step =
	| { kind: 'grade'; device: Device; card: number; rating: Grade; after: number }
	| { kind: 'suspend' | 'unsuspend' | 'bringForward'; device: Device; card: number }
	| { kind: 'quiz'; device: Device; after: number }
	/** Retention is left out: a card's replay uses one retention, the merged one. */
	| { kind: 'setting'; device: Device; setting: SettingRow; after: number }
	/** The device imports the other's backup as it is now. */
	| { kind: 'sync'; device: Device };

const device = fc.constantFrom<Device>(0, 1);
const after = fc.oneof(
	fc.integer({ min: 1, max: 120_000 }),
	fc.integer({ min: DAY / 2, max: 20 * DAY })
);
const setting = fc.oneof(
	fc.record({ key: fc.constant('theme'), value: fc.constantFrom('system', 'light', 'dark') }),
	fc.record({ key: fc.constant('newPerDay'), value: fc.constantFrom(5, 20, 50) }),
	fc.record({ key: fc.constant('burySiblings'), value: fc.boolean() })
);
const step: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('grade' as const),
			device,
			// 3: the deck only the second device has (a grade on the first is skipped).
			card: fc.nat(3),
			rating: fc.constantFrom<Grade>(1, 2, 3, 4),
			after
		})
	},
	...(['suspend', 'unsuspend', 'bringForward'] as const).map((kind) => ({
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant(kind), device, card: fc.nat(2) })
	})),
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('quiz' as const), device, after }) },
	{
		weight: 2,
		arbitrary: fc.record({ kind: fc.constant('setting' as const), device, setting, after })
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) }
);

/** A device made its deck's cards when it was first opened, at `at`. */
function freshDevice(at: number, otherDeck: boolean): StoredTables {
	const tables = emptyTables() as StoredTables;
	tables.decks.push(deckRow('demo', 'curated', at));
	tables.cards.push(
		...CARDS.map((id, position) => ({ ...cardRow('demo', id, newMemoryState(at)), position }))
	);
	if (otherDeck) {
		tables.decks.push(deckRow('other', 'curated', at));
		tables.cards.push(cardRow('other', OTHER, newMemoryState(at)));
	}
	for (const card of tables.cards) card.addedAt = at;
	return tables;
}

function nextReviewId(tables: StoredTables): number {
	return Math.max(0, ...tables.reviews.map((r) => r.id ?? 0)) + 1;
}

/** What the study page writes for a grade (study-store.ts gradeCard). */
function grade(tables: StoredTables, card: CardRow, rating: Grade, now: number) {
	const next = scheduler.grade(pickMemory(card), rating, now);
	tables.reviews.push({
		id: nextReviewId(tables),
		cardKey: card.id,
		deckId: card.deckId,
		factId: card.factId,
		rating,
		reviewedAt: now,
		durationMs: 3000,
		prev: { ...pickMemory(card), queue: card.queue },
		next
	});
	Object.assign(card, pickMemory(next), { queue: card.suspended ? 2 : 1 });
}

/** A backup as the settings page makes it and the import reads it: a file, parsed back. */
function backupOf(tables: StoredTables, now = T0 + 400 * DAY): Backup {
	const parsed = parseBackup(
		serializeBackup(createBackup(structuredClone(tables), { appVersion: '0.1.0', now }))
	);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.backup;
}

/** As db/backup-store.ts plans: replays with the retention the import leaves. */
function plan(tables: StoredTables, backup: Backup): ImportPlan {
	const { retention } = parseSettings(settingsAfterImport(tables.settings, backup.tables.settings));
	const replayer = new Scheduler({ retention });
	return planImport(tables, backup, (log) => replayMemory(log, replayer, Infinity));
}

/** As db/backup-store.ts applies a plan: puts by key; reviews added with new ids. */
function apply(tables: StoredTables, done: ImportPlan): StoredTables {
	const put = <T>(rows: T[], writes: T[], key: (row: T) => string) => {
		const byKey = new Map(rows.map((row) => [key(row), row]));
		for (const row of writes) byKey.set(key(row), row);
		return [...byKey.values()];
	};
	const w = structuredClone(done.writes);
	let id = nextReviewId(tables);
	return {
		decks: put(tables.decks, w.decks, (r) => r.id),
		cards: put(tables.cards, w.cards, (r) => r.id),
		reviews: [...tables.reviews, ...w.reviews.map((r): ReviewRow => ({ ...r, id: id++ }))],
		attempts: put(tables.attempts, w.attempts, (r) => r.id),
		settings: put(tables.settings, w.settings, (r) => r.key),
		sharedQuizzes: put(tables.sharedQuizzes, w.sharedQuizzes, (r) => r.id),
		classResults: put(tables.classResults, w.classResults, (r) => r.id)
	};
}

function merge(a: StoredTables, b: StoredTables): StoredTables {
	return apply(a, plan(a, backupOf(b)));
}

/** Plays the steps on two devices; returns their tables at the end. */
function play(steps: readonly Step[], secondOpenedAfter: number): [StoredTables, StoredTables] {
	const devices: [StoredTables, StoredTables] = [
		freshDevice(T0, false),
		freshDevice(T0 + secondOpenedAfter, true)
	];
	let now = T0 + secondOpenedAfter + 1;
	for (const s of steps) {
		const tables = devices[s.device];
		const other = devices[s.device === 0 ? 1 : 0];
		const card =
			s.kind === 'grade' && s.card === 3
				? tables.cards.find((c) => c.deckId === 'other')
				: 'card' in s
					? tables.cards.find((c) => c.id === `demo/${CARDS[s.card]}`)
					: undefined;
		if ('after' in s) now += s.after;
		if (s.kind === 'grade') {
			if (card) grade(tables, card, s.rating, now);
		} else if (s.kind === 'suspend' && card) Object.assign(card, { suspended: true, queue: 2 });
		else if (s.kind === 'unsuspend' && card?.suspended)
			Object.assign(card, { suspended: false, queue: card.reps > 0 ? 1 : 0 });
		else if (
			s.kind === 'bringForward' &&
			card &&
			!card.suspended &&
			(card.queue === 0 || card.due > now)
		)
			// As "Add my mistakes" does (study-store.ts bringForward): due now, in the seen queue.
			Object.assign(card, { queue: 1, due: now });
		else if (s.kind === 'quiz') {
			const attempt: AttemptRow = attemptRow(`demo-quiz@${now}`, 'demo', now);
			tables.attempts.push(attempt);
		} else if (s.kind === 'setting') {
			tables.settings = [
				...tables.settings.filter((row) => row.key !== s.setting.key),
				{ ...s.setting, changedAt: now }
			];
		} else if (s.kind === 'sync') devices[s.device] = merge(tables, other);
		now += 1;
	}
	return devices;
}

const byKey = <T>(rows: readonly T[], key: (row: T) => string) =>
	rows.toSorted((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));

/** The tables as a device's history: rows in key order, reviews without their local ids. */
function canonical(tables: StoredTables) {
	return {
		decks: byKey(tables.decks, (r) => r.id),
		cards: byKey(tables.cards, (r) => r.id),
		reviews: byKey(
			tables.reviews.map(({ id: _id, ...review }) => review),
			reviewIdentity
		),
		attempts: byKey(tables.attempts, (r) => r.id),
		settings: byKey(tables.settings, (r) => r.key),
		sharedQuizzes: byKey(tables.sharedQuizzes, (r) => r.id),
		classResults: byKey(tables.classResults, (r) => r.id)
	};
}

const histories = fc.record({
	steps: fc.array(step, { maxLength: 30 }),
	secondOpenedAfter: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * DAY }))
});

describe('merging two devices’ histories (issue 23)', () => {
	it(
		'is commutative and idempotent, loses no review, and leaves every card its replay',
		() => {
			fc.assert(
				fc.property(histories, ({ steps, secondOpenedAfter }) => {
					const [a, b] = play(steps, secondOpenedAfter);
					// The devices themselves hold together (else the generator is wrong, not the merge).
					expect([...checkConsistency(a, scheduler), ...checkConsistency(b, scheduler)]).toEqual(
						[]
					);
					const ab = merge(a, b);
					const ba = merge(b, a);
					expect(canonical(ab)).toEqual(canonical(ba));

					expect(planChangesNothing(plan(a, backupOf(a)))).toBe(true);
					expect(canonical(merge(a, a))).toEqual(canonical(a));
					// Importing the same file again, or the other device's, changes nothing.
					expect(planChangesNothing(plan(ab, backupOf(b)))).toBe(true);
					expect(planChangesNothing(plan(ab, backupOf(a)))).toBe(true);

					const union = new Set([...a.reviews, ...b.reviews].map(reviewIdentity));
					expect(ab.reviews.map(reviewIdentity).toSorted()).toEqual([...union].toSorted());
					expect(checkConsistency(ab, scheduler)).toEqual([]);
				}),
				runs(150)
			);
		},
		budget(10_000)
	);
});

/*
 * What the property found in the merge as it was (each a one-step history): a card or deck both
 * devices have, not studied since they last met, kept the importing device's copy, so the two
 * devices ended different after exchanging backups: (1) a card suspended on one device only;
 * (2) a new card brought forward ("Add my mistakes") on one device only; (3) a deck and its new
 * cards first opened at different times (the deck's addedAt, the cards' due and addedAt); and
 * (4) settings: the backup's always replaced this device's, so each device took the other's.
 */
describe('regressions: the merge was not the same whichever device imported', () => {
	const both = (steps: Step[], secondOpenedAfter = 0) => {
		const [a, b] = play(steps, secondOpenedAfter);
		return [merge(a, b), merge(b, a)].map(canonical);
	};

	it('(1) a card suspended on one device stays suspended on both', () => {
		const [ab, ba] = both([{ kind: 'suspend', device: 0, card: 0 }]);
		expect(ab).toEqual(ba);
		expect(ab.cards[0]).toMatchObject({ id: 'demo/a.cloze.x', suspended: true, queue: 2 });
	});

	it('(2) a new card brought forward on one device stays brought forward on both', () => {
		const [ab, ba] = both([
			{ kind: 'quiz', device: 0, after: DAY },
			{ kind: 'bringForward', device: 0, card: 1 }
		]);
		expect(ab).toEqual(ba);
		expect(ab.cards[1]).toMatchObject({ id: 'demo/b.cloze.x', queue: 1 });
	});

	it('(3) a deck opened on two days is kept as first added', () => {
		const [ab, ba] = both([], DAY);
		expect(ab).toEqual(ba);
		expect(ab.decks[0]).toMatchObject({ id: 'demo', addedAt: T0, updatedAt: T0 + DAY });
	});

	it('(4) each setting takes the value changed last, and a tie the same value on both', () => {
		const theme = (value: string, changedAt?: number): SettingRow => ({
			key: 'theme',
			value,
			...(changedAt === undefined ? {} : { changedAt })
		});
		const a = { ...freshDevice(T0, false), settings: [theme('dark', T0 + 5)] };
		const b = { ...freshDevice(T0, false), settings: [theme('light', T0 + 9)] };
		expect(merge(a, b).settings).toEqual([theme('light', T0 + 9)]);
		expect(merge(b, a).settings).toEqual([theme('light', T0 + 9)]);
		const done = plan(b, backupOf(a));
		expect(done.counts.settings).toEqual({ added: 0, updated: 0, kept: 1 });
		expect(done.settingChanges).toEqual([]);
		// Rows written before settings carried a time lose to any dated change, and between
		// themselves are ordered by value: both devices end with the same one.
		const old = { ...a, settings: [theme('dark')] };
		const older = { ...b, settings: [theme('light')] };
		expect(merge(old, b).settings).toEqual([theme('light', T0 + 9)]);
		expect(merge(old, older).settings).toEqual(merge(older, old).settings);
	});

	it('a format-1 backup (settings without times) still reads; format 2 keeps the times', () => {
		const tables = { ...freshDevice(T0, false), settings: [{ key: 'theme', value: 'dark' }] };
		const legacy = { ...createBackup(tables, { appVersion: '0.1.0', now: T0 }), format: 1 };
		const parsed = parseBackup(serializeBackup(legacy as Backup));
		expect(parsed.ok && parsed.backup.tables.settings).toEqual([{ key: 'theme', value: 'dark' }]);
		const dated = { ...tables, settings: [{ key: 'theme', value: 'light', changedAt: T0 + 1 }] };
		expect(backupOf(dated).tables.settings).toEqual(dated.settings);
		expect(backupOf(dated).format).toBe(2);
		if (parsed.ok) expect(plan(dated, parsed.backup).writes.settings).toEqual([]);
	});
});
