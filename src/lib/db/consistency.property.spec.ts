/**
 * Issue 24: after any sequence of grades, undos and imports in two tabs, every card's state is
 * the replay of its reviews and no row is an orphan (backup/consistency.ts), read in one
 * transaction after every step.
 *
 * Two tabs are two `Store`s on their own connections to one database; each has a study session
 * that undoes its own reviews by id, as the study page does (and after a reload, every review of
 * the deck since the session began). A second device, on a database of its own, studies the same
 * deck and another one; the tabs import its backups, it imports theirs, and older backups of the
 * tabs come back too. Races are the app's: a tab previews an import, the other tab writes, the
 * first applies; or both tabs write at once.
 *
 * Cases: 100 sequences of 1 to 30 steps (about 3 s on a quiet machine).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../backup/backup.ts';
import { type Backup } from '../backup/backup-format.ts';
import { checkConsistency } from '../backup/consistency.ts';
import { DAY, T0 } from '../backup/backup-fixtures.ts';
import type { Grade } from '../srs/memory.ts';
import { Scheduler } from '../srs/scheduler.ts';
import { budget, runs } from '../../../tests/support/fuzz.ts';
import { applyImport, exportAll, previewImport, readAllTables } from './backup-store.ts';
import { cardKey } from './keys.ts';
import type { Store } from './store.ts';
import { freshStore, freshTabs } from './test-db.ts';

/** As the study page makes it with the default settings: fuzz on. */
const scheduler = new Scheduler({ retention: 0.9 });
const DECK = { id: 'demo', title: 'Demo', kind: 'curated' as const };
/** A deck only the other device studies: importing it brings its deck row and cards. */
const OTHER_DECK = { id: 'other', title: 'Other', kind: 'curated' as const };
const templates = ['a', 'b'].map((id) => ({ cardId: `${id}.cloze.x`, factId: id }));
const otherTemplates = [{ cardId: 'z.cloze.x', factId: 'z' }];

type Tab = 0 | 1;
type Write =
	| { kind: 'grade'; tab: Tab; card: number; rating: Grade; after: number }
	| { kind: 'undo'; tab: Tab }
	| { kind: 'reload'; tab: Tab }
	/** From the deck and stats pages: a quiz's "Add my mistakes", suspending and bringing back. */
	| { kind: 'bringForward' | 'suspend' | 'unsuspend'; tab: Tab; card: number };
type Source = { from: 'device' } | { from: 'snapshot'; index: number };
type Step =
	| Write
	| { kind: 'deviceGrade'; card: number; rating: Grade; after: number }
	/** The other device imports a tab's backup (so its history then extends this one's). */
	| { kind: 'deviceImport'; tab: Tab }
	/** A tab's backup, kept to be imported later (after undos and grades since). */
	| { kind: 'snapshot'; tab: Tab }
	| { kind: 'import'; tab: Tab; source: Source }
	/** A tab previews an import, the other tab writes, then the first applies its plan. */
	| { kind: 'racedImport'; tab: Tab; source: Source; between: Write }
	/** Both tabs write at once: IndexedDB orders the transactions. */
	| { kind: 'together'; a: Write; b: Write };

const tab = fc.constantFrom<Tab>(0, 1);
const rating = fc.constantFrom<Grade>(1, 2, 3, 4);
/** Time to the next grade: seconds (a learning step), minutes, days. */
const after = fc.oneof(
	fc.integer({ min: 1_000, max: 120_000 }),
	fc.integer({ min: 60_000, max: 3_600_000 }),
	fc.integer({ min: DAY / 2, max: 20 * DAY })
);
const source: fc.Arbitrary<Source> = fc.oneof(
	fc.constant({ from: 'device' as const }),
	fc.record({ from: fc.constant('snapshot' as const), index: fc.nat(7) })
);
const writeIn = (t: fc.Arbitrary<Tab>): fc.Arbitrary<Write> =>
	fc.oneof(
		{
			weight: 3,
			arbitrary: fc.record({
				kind: fc.constant('grade' as const),
				tab: t,
				card: fc.nat(1),
				rating,
				after
			})
		},
		{ weight: 3, arbitrary: fc.record({ kind: fc.constant('undo' as const), tab: t }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), tab: t }) },
		...(['bringForward', 'suspend', 'unsuspend'] as const).map((kind) => ({
			weight: 1,
			arbitrary: fc.record({ kind: fc.constant(kind), tab: t, card: fc.nat(1) })
		}))
	);
const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 6, arbitrary: writeIn(tab) },
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constant('deviceGrade' as const),
			card: fc.nat(2),
			rating,
			after
		})
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('deviceImport' as const), tab }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), tab }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('import' as const), tab, source }) },
	{
		weight: 2,
		arbitrary: tab.chain((t) =>
			fc.record({
				kind: fc.constant('racedImport' as const),
				tab: fc.constant(t),
				source,
				between: writeIn(fc.constant<Tab>(t === 0 ? 1 : 0))
			})
		)
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('together' as const),
			a: writeIn(fc.constant<Tab>(0)),
			b: writeIn(fc.constant<Tab>(1))
		})
	}
);

const OPTIONS = { appVersion: '0.1.0' };

/** One run: two tabs and their sessions, the other device, the backups kept, and the clock. */
class World {
	now = T0;
	readonly tabs: Store[] = freshTabs(2);
	/** Each tab's session: when it began and its reviews, latest last (undo takes the last). */
	readonly sessions = [0, 1].map(() => ({ startedAt: T0, graded: [] as number[] }));
	readonly device = freshStore();
	readonly snapshots: Backup[] = [];

	async start() {
		await this.tabs[0].ensureCards(DECK, templates, this.now);
		await this.tabs[1].ensureCards(DECK, templates, this.now);
		await this.device.ensureCards(DECK, templates, this.now);
		await this.device.ensureCards(OTHER_DECK, otherTemplates, this.now);
	}

	/** A backup as the settings screen reads it: written to a file and parsed back. */
	async backupOf(store: Store): Promise<Backup> {
		const backup = await exportAll(store, { ...OPTIONS, now: this.now });
		const parsed = parseBackup(serializeBackup(backup));
		if (!parsed.ok) throw new Error(parsed.error);
		return parsed.backup;
	}

	async sourceBackup(s: Source): Promise<Backup | undefined> {
		if (s.from === 'device') return this.backupOf(this.device);
		return this.snapshots.length ? this.snapshots[s.index % this.snapshots.length] : undefined;
	}

	/** What the study page does for a grade: the card's stored state, graded now. */
	async grade(store: Store, card: string, rating: Grade, after: number) {
		this.now += after;
		const now = this.now;
		return store.gradeCard({
			key: card,
			grade: rating,
			schedule: (memory) => scheduler.grade(memory, rating, now),
			now,
			durationMs: 3000
		});
	}

	async write(w: Write) {
		const store = this.tabs[w.tab];
		const session = this.sessions[w.tab];
		if (w.kind === 'grade') {
			const review = await this.grade(
				store,
				cardKey(DECK.id, templates[w.card].cardId),
				w.rating,
				w.after
			);
			if (review.id !== undefined) session.graded.push(review.id);
		} else if (w.kind === 'undo') {
			const id = session.graded.at(-1);
			if (id !== undefined) await store.undoReview(id);
			// Undone, or no longer undoable: off the stack either way, as on the study page.
			session.graded.pop();
		} else if (w.kind === 'bringForward') {
			await store.bringForward(DECK.id, [templates[w.card].factId], this.now);
		} else if (w.kind === 'suspend') {
			await store.suspendCard(cardKey(DECK.id, templates[w.card].cardId));
		} else if (w.kind === 'unsuspend') {
			await store.unsuspendCards([cardKey(DECK.id, templates[w.card].cardId)]);
		} else {
			// A reload continues the session: every review of the deck since it began.
			session.graded = (await store.reviewsSince(DECK.id, session.startedAt))
				.map((r) => r.id ?? 0)
				.filter((id) => id > 0)
				.sort((a, b) => a - b);
		}
	}

	async run(s: Step) {
		switch (s.kind) {
			case 'grade':
			case 'undo':
			case 'reload':
			case 'bringForward':
			case 'suspend':
			case 'unsuspend':
				return this.write(s);
			case 'deviceGrade': {
				const [deck, cardId] =
					s.card < templates.length
						? [DECK.id, templates[s.card].cardId]
						: [OTHER_DECK.id, otherTemplates[0].cardId];
				await this.grade(this.device, cardKey(deck, cardId), s.rating, s.after);
				return;
			}
			case 'deviceImport': {
				const backup = await this.backupOf(this.tabs[s.tab]);
				await applyImport(this.device, await previewImport(this.device, backup));
				return;
			}
			case 'snapshot':
				this.snapshots.push(await this.backupOf(this.tabs[s.tab]));
				return;
			case 'import': {
				const backup = await this.sourceBackup(s.source);
				const store = this.tabs[s.tab];
				if (backup) await applyImport(store, await previewImport(store, backup));
				return;
			}
			case 'racedImport': {
				const backup = await this.sourceBackup(s.source);
				const store = this.tabs[s.tab];
				if (!backup) return this.write(s.between);
				const plan = await previewImport(store, backup);
				await this.write(s.between);
				await applyImport(store, plan);
				return;
			}
			case 'together':
				await Promise.all([this.write(s.a), this.write(s.b)]);
				return;
		}
	}

	async problems(): Promise<string[]> {
		const [here, device] = await Promise.all([
			readAllTables(this.tabs[0]),
			readAllTables(this.device)
		]);
		return [
			...checkConsistency(here, scheduler),
			...checkConsistency(device, scheduler).map((p) => `device: ${p}`)
		];
	}

	close() {
		for (const store of [...this.tabs, this.device]) store.db.close();
	}
}

describe('two tabs, another device, grades, undos and imports (issue 24)', () => {
	it(
		'leave every card the replay of its reviews and no orphan rows, after every step',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.array(step, { minLength: 1, maxLength: 30, size: 'max' }),
					async (steps) => {
						const world = new World();
						try {
							await world.start();
							for (const [i, s] of steps.entries()) {
								await world.run(s);
								expect({ step: i, problems: await world.problems() }).toEqual({
									step: i,
									problems: []
								});
							}
						} finally {
							world.close();
						}
					}
				),
				runs(100)
			);
		},
		budget(20_000)
	);
});
