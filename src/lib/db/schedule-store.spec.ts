import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../backup/consistency.ts';
import { T0 } from '../backup/backup-fixtures.ts';
import { DEFAULT_PARAMS } from '../fit/fit.ts';
import { fittedOver, undoneFit, type ScheduleFit } from '../records/settings.ts';
import type { Grade } from '../srs/memory.ts';
import { parseBackup, serializeBackup } from '../backup/backup.ts';
import { applyImport, exportAll, previewImport, readAllTables } from './backup-store.ts';
import { schedulerFor } from './reschedule.ts';
import type { Store } from './store.ts';
import { freshStore } from './test-db.ts';

const DAY = 86_400_000;
const DECK = { id: 'demo', title: 'Demo', kind: 'curated' as const };
const templates = ['a', 'b', 'c'].map((f) => ({ cardId: `${f}.cloze.x`, factId: f }));

/** Parameters unlike the defaults: first-day stabilities four times as long. */
const FIT: ScheduleFit = fittedOver(null, {
	params: DEFAULT_PARAMS.map((w, i) => (i < 4 ? w * 4 : w)),
	fittedAt: T0 + 20 * DAY,
	reviews: 400,
	before: { logLoss: 0.4, rmse: 0.1 },
	after: { logLoss: 0.3, rmse: 0.05 }
});

async function studied(): Promise<Store> {
	const store = freshStore();
	await store.ensureCards(DECK, templates, T0);
	const scheduler = schedulerFor({ retention: 0.9, scheduleFit: null });
	const grades: [string, Grade, number][] = [
		['a', 3, 0],
		['b', 1, 0],
		['b', 3, 0.01],
		['a', 3, 3],
		['b', 2, 2],
		['a', 1, 9]
	];
	for (const [fact, grade, day] of grades) {
		const now = T0 + day * DAY;
		await store.gradeCard({
			key: `demo/${fact}.cloze.x`,
			grade,
			schedule: (memory) => scheduler.grade(memory, grade, now),
			now,
			durationMs: 2000
		});
	}
	return store;
}

async function consistencyUnder(store: Store, fit: ScheduleFit | null) {
	return checkConsistency(
		await readAllTables(store),
		schedulerFor({ retention: 0.9, scheduleFit: fit })
	);
}

describe('setScheduleFit', () => {
	it('reschedules every studied card by its log under the new parameters, and Undo restores', async () => {
		const store = await studied();
		const before = await readAllTables(store);
		expect(await consistencyUnder(store, null)).toEqual([]);

		expect(await store.setScheduleFit(FIT)).toBe(2);
		expect((await store.readSettings()).scheduleFit).toEqual(FIT);
		expect(await consistencyUnder(store, FIT)).toEqual([]);
		const after = await readAllTables(store);
		const a = (t: typeof after) => t.cards.find((c) => c.cardId === 'a.cloze.x')!;
		expect(a(after).stability).not.toBe(a(before).stability);
		// The unstudied card is untouched; the reviews are all still there.
		expect(after.cards.find((c) => c.cardId === 'c.cloze.x')).toEqual(
			before.cards.find((c) => c.cardId === 'c.cloze.x')
		);
		expect(after.reviews).toHaveLength(before.reviews.length);

		expect(await store.setScheduleFit(undoneFit(FIT))).toBe(2);
		expect((await store.readSettings()).scheduleFit).toBeNull();
		const undone = await readAllTables(store);
		expect(undone.cards).toEqual(before.cards);
		expect(undone.reviews).toEqual(before.reviews);
	});

	it('keeps Undo of the last grade working: its review says what the card now holds', async () => {
		const store = await studied();
		await store.setScheduleFit(FIT);
		const last = (await readAllTables(store)).reviews.at(-1)!;
		const undone = await store.undoReview(last.id!);
		expect(undone?.id).toBe(last.id);
		const card = await store.getCard(last.cardKey);
		expect(card).toMatchObject({ stability: last.prev.stability, due: last.prev.due });
	});

	it('reports the figures the learner sees: review span and studied stabilities', async () => {
		const store = await studied();
		expect(await store.reviewSpan()).toEqual({ reviews: 6, first: T0, last: T0 + 9 * DAY });
		const stabilities = await store.studiedStabilities();
		expect(stabilities).toHaveLength(2);
		expect(stabilities.every((s) => s > 0)).toBe(true);
		expect((await store.reviewLog()).map((r) => r.rating)).toEqual([3, 1, 3, 3, 2, 1]);
		expect(await freshStore().reviewSpan()).toEqual({ reviews: 0, first: 0, last: 0 });
	});

	it('comes with a backup: importing another device’s fit reschedules every card by it', async () => {
		const phone = await studied();
		await phone.setScheduleFit(FIT);
		const laptop = await studied();
		const parsed = parseBackup(
			serializeBackup(await exportAll(phone, { appVersion: '0.1.0', now: Date.now() }))
		);
		if (!parsed.ok) throw new Error(parsed.error);
		await applyImport(laptop, await previewImport(laptop, parsed.backup));
		expect((await laptop.readSettings()).scheduleFit).toEqual(FIT);
		expect(await consistencyUnder(laptop, FIT)).toEqual([]);
		expect((await readAllTables(laptop)).cards).toEqual((await readAllTables(phone)).cards);
	});
});
