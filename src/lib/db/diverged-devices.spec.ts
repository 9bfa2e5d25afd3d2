/**
 * Issue 24, found by the consistency property (consistency.property.spec.ts): a student grades a
 * card on a phone and, before any backup travels, the same card on a laptop.
 *
 * 1. Importing one device's backup into the other kept the state of the copy graded last, built
 *    from its own grade only, while the card's review log gained the other grade: the card was no
 *    longer the replay of its reviews (the other grade counted for statistics, not for memory).
 *    Minimal sequence: phone grades c, laptop grades c, laptop imports the phone's backup.
 * 2. After such an import, a reload of the study page offers the imported review to undo (it is
 *    the deck's latest since the session began), and undo put back its `prev`, the state the other
 *    device had: the card went back to new with this device's grade still in its log.
 *    Minimal sequence: phone grades c, laptop grades c, phone imports the laptop's backup, the
 *    phone's study page reloads and undoes.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../backup/backup.ts';
import { type Backup } from '../backup/backup-format.ts';
import { checkConsistency } from '../backup/consistency.ts';
import { T0 } from '../backup/backup-fixtures.ts';
import { newMemoryState, type Grade } from '../srs/memory.ts';
import { Scheduler } from '../srs/scheduler.ts';
import { applyImport, exportAll, previewImport, readAllTables } from './backup-store.ts';
import type { Store } from './store.ts';
import { freshStore } from './test-db.ts';

const scheduler = new Scheduler({ retention: 0.9 });
const DECK = { id: 'demo', title: 'Demo', kind: 'curated' as const };
const templates = [{ cardId: 'c.cloze.x', factId: 'c' }];
const KEY = 'demo/c.cloze.x';

async function device(): Promise<Store> {
	const store = freshStore();
	await store.ensureCards(DECK, templates, T0);
	return store;
}

function grade(store: Store, rating: Grade, now: number) {
	return store.gradeCard({
		key: KEY,
		grade: rating,
		schedule: (memory) => scheduler.grade(memory, rating, now),
		now,
		durationMs: 3000
	});
}

async function backupOf(store: Store): Promise<Backup> {
	const parsed = parseBackup(
		serializeBackup(await exportAll(store, { appVersion: '0.1.0', now: T0 + 3_600_000 }))
	);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.backup;
}

async function importInto(store: Store, backup: Backup) {
	return applyImport(store, await previewImport(store, backup));
}

async function problems(store: Store): Promise<string[]> {
	return checkConsistency(await readAllTables(store), scheduler);
}

describe('issue 24: a card graded on two devices between backups', () => {
	it('takes, on import, the replay of both devices’ grades', async () => {
		const [phone, laptop] = [await device(), await device()];
		await grade(phone, 1, T0 + 1000);
		await grade(laptop, 3, T0 + 61_000);
		const done = await importInto(laptop, await backupOf(phone));
		expect(done.counts.cards).toEqual({ added: 0, updated: 1, kept: 0 });
		expect(await problems(laptop)).toEqual([]);
		const card = await laptop.getCard(KEY);
		expect(card).toMatchObject({ reps: 2, lastReview: T0 + 61_000, queue: 1 });
		const both = scheduler.grade(scheduler.grade(newMemoryState(T0), 1, T0 + 1000), 3, T0 + 61_000);
		expect(card).toMatchObject(both);
	});

	it('an undo of the other device’s imported review is refused: it would drop this one’s', async () => {
		const [phone, laptop] = [await device(), await device()];
		await grade(phone, 1, T0 + 1000);
		await grade(laptop, 1, T0 + 61_000);
		await importInto(phone, await backupOf(laptop));
		// What a reload of the study page offers to undo: the deck's latest review since it began.
		const latest = (await phone.reviewsSince(DECK.id, T0)).at(-1);
		expect(latest?.reviewedAt).toBe(T0 + 61_000);
		const before = await phone.getCard(KEY);
		expect(await phone.undoReview(latest!.id!)).toBeUndefined();
		expect(await phone.getCard(KEY)).toEqual(before);
		expect(await problems(phone)).toEqual([]);
	});

	it('an undo of this device’s own latest grade still restores the card exactly', async () => {
		const phone = await device();
		const before = await phone.getCard(KEY);
		const review = await grade(phone, 3, T0 + 1000);
		expect(await phone.undoReview(review.id!)).toMatchObject({ id: review.id });
		expect(await phone.getCard(KEY)).toEqual(before);
	});
});
