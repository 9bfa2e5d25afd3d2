/**
 * A study session on a first visit shows cards before any database exists, creates it when the
 * first answer is shown, and from then on behaves exactly like a session on a database that
 * already had the deck's cards.
 */
import { describe, expect, it, vi } from 'vitest';
import { readDeckFolder } from '../../../../scripts/vite/deck-folder';
import { accessTo } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import { cardKey } from '$lib/db/keys';
import { firstVisit, freshStore } from '$lib/db/test-db';
import { buildCards } from '$lib/questions/flashcards';
import { StudySession } from './study.svelte';

const deck = readDeckFolder('questions/ukraine-security-guarantees');
const NOW = new Date(2026, 0, 15, 9).getTime();
/** The first card of each fact, in deck order: a day's new cards when siblings are buried. */
const firstOfEachFact = buildCards(deck).filter(
	(card, i, all) => all.findIndex((c) => c.factId === card.factId) === i
);

describe('StudySession on a first visit', () => {
	it('shows the first new card without opening storage, and opens it when the answer is shown', async () => {
		const store = freshStore();
		const access = firstVisit(store);
		const session = new StudySession(access, deck, () => NOW);
		await session.start();
		const first = buildCards(deck)[0];
		expect(session.status).toBe('studying');
		expect(session.current?.key).toBe(cardKey(deck.id, first.id));
		expect(session.remaining).toEqual({ new: 20, learning: 0, due: 0 });
		expect(session.previews?.[3].intervalMs).toBeGreaterThan(0);
		expect(access.opens).toBe(0);

		session.reveal();
		expect(access.opens).toBe(1);
		await session.grade(3);
		expect(await store.reviewsSince(deck.id, 0)).toHaveLength(1);
		expect((await store.readSettings()).welcomed).toBe(true);
		expect((await store.deckCounts(deck.id, NOW)).total).toBe(buildCards(deck).length);
		expect(session.current?.key).toBe(cardKey(deck.id, firstOfEachFact[1].id));
		expect(session.remaining).toEqual({ new: 19, learning: 1, due: 0 });
		expect(session.canUndo).toBe(true);
		expect(access.opens).toBe(1);
	});

	it('gives the same queue as a session on a database that already has the deck', async () => {
		const fresh = new StudySession(firstVisit(freshStore()), deck, () => NOW);
		await fresh.start();

		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const existing = new StudySession(accessTo(store), deck, () => NOW);
		await existing.start();

		expect(fresh.current?.key).toBe(existing.current?.key);
		expect(fresh.remaining).toEqual(existing.remaining);
		expect(fresh.previews).toEqual(existing.previews);
	});

	it('resumes on the next card after a reload once the first grade is written', async () => {
		const store = freshStore();
		const access = firstVisit(store);
		const first = new StudySession(access, deck, () => NOW);
		await first.start();
		first.reveal();
		await first.grade(1);
		const second = new StudySession(access, deck, () => NOW + 1000);
		await second.start();
		expect(second.status).toBe('studying');
		expect(second.current?.key).toBe(cardKey(deck.id, firstOfEachFact[1].id));
		expect(second.remaining).toEqual({ new: 19, learning: 1, due: 0 });
		expect(second.canUndo).toBe(true);
	});
});

describe('StudySession writes', () => {
	async function revealedSession() {
		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const session = new StudySession(accessTo(store), deck, () => NOW);
		await session.start();
		session.reveal();
		return { store, session };
	}

	it('takes one grade at a time without disabling the grades for a quick write', async () => {
		const { store, session } = await revealedSession();
		const first = session.current?.key;
		const grading = session.grade(3);
		// A double tap or a held key: ignored while the first grade is written.
		const again = session.grade(1);
		expect(session.busy).toBe(false);
		await Promise.all([grading, again]);
		const reviews = await store.reviewsSince(deck.id, 0);
		expect(reviews.map((r) => [r.cardKey, r.rating])).toEqual([[first, 3]]);
		expect(session.busy).toBe(false);
	});

	it('shows the controls as busy while a slow write is in progress, and frees them after', async () => {
		const { store, session } = await revealedSession();
		const write = store.gradeCard.bind(store);
		let finish = () => {};
		store.gradeCard = async (input) => {
			await new Promise<void>((resolve) => (finish = resolve));
			return write(input);
		};
		const grading = session.grade(3);
		await vi.waitFor(() => expect(session.busy).toBe(true));
		finish();
		await grading;
		expect(session.busy).toBe(false);
		expect(await store.reviewsSince(deck.id, 0)).toHaveLength(1);
	});
});

/**
 * Issue 24, defect 1: a card row with a memory state the scheduler refuses (here `stability: 0`
 * with a difficulty, as a damaged backup wrote them before backups were checked) made every visit
 * to the deck fail with “Saving failed…”, a storage error that was not one. The card is now
 * rebuilt from its review log and the session goes on.
 */
describe('issue 24 defect 1: a card the scheduler cannot use', () => {
	async function damagedDeck() {
		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const first = new StudySession(accessTo(store), deck, () => NOW);
		await first.start();
		const key = first.current?.key ?? '';
		first.reveal();
		await first.grade(3);
		const damage = { stability: 0, difficulty: 5, due: NOW, lastReview: NOW + 1000 };
		await store.db.cards.update(key, damage);
		return { store, key, damage };
	}

	it('is rebuilt from its review log when shown, never reported as a storage failure', async () => {
		const { store, key } = await damagedDeck();
		const later = NOW + 3_600_000;
		const session = new StudySession(accessTo(store), deck, () => later);
		await session.start();
		expect(session.status).toBe('studying');
		expect(session.current?.key).toBe(key);
		expect(session.repairedCount).toBe(1);
		expect(storageStatus.problem).toBeUndefined();
		const card = await store.getCard(key);
		expect(card?.stability).toBeGreaterThan(0);
		expect(card?.reps).toBe(1);
		session.reveal();
		await session.grade(3);
		expect(storageStatus.problem).toBeUndefined();
		expect(await store.reviewsSince(deck.id, 0)).toHaveLength(2);
	});

	it('is rebuilt when damaged between being shown and graded (an import in another tab)', async () => {
		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const session = new StudySession(accessTo(store), deck, () => NOW);
		await session.start();
		const key = session.current?.key ?? '';
		session.reveal();
		await store.db.cards.update(key, { stability: 1e-320, difficulty: -1e308, state: 2 });
		await session.grade(3);
		expect(storageStatus.problem).toBeUndefined();
		expect(session.repairedCount).toBe(1);
		const [review] = await store.reviewsSince(deck.id, 0);
		expect(review.cardKey).toBe(key);
		expect(review.next.difficulty).toBeGreaterThanOrEqual(1);
	});
});

/**
 * Issue 24, defect 2: tab A grades a card; tab B imports reviews from another device (higher
 * review ids, of other cards); tab A's “Undo last grade” deleted the deck's highest review id, an
 * imported review of a different card, and reset that card. Undo now takes back the session's own
 * review by its id.
 */
describe('issue 24 defect 2: undo undoes the session’s own review', () => {
	it('leaves a review imported meanwhile (another card, a higher id) alone', async () => {
		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const session = new StudySession(accessTo(store), deck, () => NOW);
		await session.start();
		const mine = session.current?.key ?? '';
		const before = await store.getCard(mine);
		session.reveal();
		await session.grade(3);
		// Another tab imports a review of a different card, studied on another device.
		const other = session.current?.key ?? '';
		const otherCard = await store.getCard(other);
		const imported = {
			stability: 3.2,
			difficulty: 5,
			state: 2 as const,
			reps: 1,
			queue: 1 as const
		};
		await store.db.cards.update(other, {
			...imported,
			lastReview: NOW - 5000,
			due: NOW + 86_400_000
		});
		const importedId = await store.db.reviews.add({
			cardKey: other,
			deckId: deck.id,
			factId: otherCard?.factId ?? '',
			rating: 3,
			reviewedAt: NOW - 5000,
			durationMs: 1000,
			prev: { ...otherCard!, queue: 0 },
			next: { ...otherCard!, ...imported, lastReview: NOW - 5000, due: NOW + 86_400_000 }
		});
		await session.undo();
		const left = await store.reviewsSince(deck.id, 0);
		expect(left.map((r) => r.id)).toEqual([importedId]);
		expect(await store.getCard(mine)).toEqual(before);
		expect((await store.getCard(other))?.stability).toBe(3.2);
		expect(session.canUndo).toBe(false);
	});

	it('does not undo a grade the card has had since in another tab', async () => {
		const store = freshStore();
		await store.updateSettings({ welcomed: true });
		const a = new StudySession(accessTo(store), deck, () => NOW);
		await a.start();
		const key = a.current?.key ?? '';
		a.reveal();
		await a.grade(1);
		const later = await store.gradeCard({
			key,
			grade: 3,
			schedule: (card) => ({ ...card, reps: card.reps + 1 }),
			now: NOW + 60_000,
			durationMs: 1
		});
		await a.undo();
		expect((await store.reviewsSince(deck.id, 0)).map((r) => r.id)).toContain(later.id);
		expect((await store.getCard(key))?.reps).toBe(later.next.reps);
	});
});
