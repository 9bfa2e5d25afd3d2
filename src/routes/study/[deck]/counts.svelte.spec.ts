/**
 * Issue 20 (7): the screens counted one deck differently. Home said "34 facts", the study page
 * "20 new", the Study tab "86 new · 10 learned"; after two Again grades the study header still
 * said "0 due"; "Add my mistakes" after 5 misses announced 16 cards and "learned" went from 10 to
 * 26. Here one seeded history is counted by every screen: home and the Study tab (readOverview,
 * both rendered by DeckStatus), the study session's header (StudySession.remaining), the Store,
 * and the quiz's "Add my mistakes" message. They must give the same numbers at every step.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../../scripts/vite/deck-folder';
import { readOverview } from '$lib/db/overview';
import { accessTo } from '$lib/db/open';
import { FactdeckDB } from '$lib/db/database';
import { Store } from '$lib/db/store';
import { buildCards } from '$lib/questions/flashcards';
import { addMistakesToCards } from '$lib/db/add-mistakes';
import { describeMistakesAdded } from '$lib/quiz-run/mistakes';
import type { Grade } from '$lib/srs/memory';
import { StudySession } from './study.svelte';

const deck = readDeckFolder('questions/ukraine-security-guarantees');
const cards = buildCards(deck);
const facts = [...new Set(cards.map((c) => c.factId))];
const YESTERDAY = new Date(2026, 0, 14, 9).getTime();
const TODAY = new Date(2026, 0, 15, 9).getTime();

function seededStore() {
	const factory = new IDBFactory();
	const store = new Store(new FactdeckDB('factdeck', { indexedDB: factory, IDBKeyRange }));
	return { factory, store };
}

/** Studies until the session is done (learning cards come back by learn-ahead). */
async function studyAll(session: StudySession, grade: Grade) {
	while (session.status === 'studying') {
		session.reveal();
		await session.grade(grade);
	}
}

describe('every screen counts one seeded history the same way', () => {
	it('from a first session to quiz mistakes and two Again grades the next day', async () => {
		const { factory, store } = seededStore();
		const screens = async (now: number, session?: StudySession) => {
			const stored = await store.deckCounts(deck.id, now);
			const home = (await readOverview([deck.id], now, { factory, keyRange: IDBKeyRange })).decks[
				deck.id
			];
			// The Study tab reads and renders exactly what home does.
			expect(home).toEqual(stored);
			if (session) {
				const { new: fresh, learning, due } = stored;
				expect(session.remaining).toEqual({ new: fresh, learning, due });
			}
			return stored;
		};
		expect(cards.length).toBeGreaterThan(facts.length);

		// Yesterday: a first session studies the day's 20 new cards, one per fact, to review.
		const first = new StudySession(accessTo(store), deck, () => YESTERDAY);
		await first.start();
		expect(first.remaining).toEqual({ new: 20, learning: 0, due: 0 });
		await screens(YESTERDAY, first);
		first.reveal();
		await first.grade(3);
		expect(first.remaining).toEqual({ new: 19, learning: 1, due: 0 });
		await screens(YESTERDAY, first);
		await studyAll(first, 3);
		const reviews = await store.reviewsSince(deck.id, 0);
		expect(new Set(reviews.map((r) => r.factId)).size).toBe(20);
		expect(await screens(YESTERDAY)).toEqual({
			new: 0,
			learning: 0,
			due: 0,
			learned: 20,
			unstudied: cards.length - 20,
			suspended: 0,
			total: cards.length
		});

		// Today: 20 new cards again (siblings of yesterday's facts are no longer buried).
		const before = await screens(TODAY);
		expect(before).toMatchObject({ new: 20, learning: 0, due: 0, learned: 20 });

		// A quiz: 6 questions missed on 5 facts, 3 studied yesterday and 2 never studied.
		const missedFacts = [facts[0], facts[1], facts[2], facts[25], facts[26]];
		const missed = [...missedFacts, facts[0]].map((factId) => ({ factId }));
		const added = await addMistakesToCards(store, deck, missed, TODAY);
		expect(added).toMatchObject({ questions: 6, facts: 5, alreadyDue: 0, leftOut: 0 });
		expect(added.added).toHaveLength(5);
		expect(describeMistakesAdded(added)).toBe(
			"You missed 6 questions on 5 facts: 5 cards added to today's reviews, one per fact."
		);
		const afterQuiz = await screens(TODAY);
		expect(afterQuiz).toMatchObject({ due: 5, learning: 0, learned: 20 });

		// Studying them: two Again grades show as learning at once, not as "0 due".
		const second = new StudySession(accessTo(store), deck, () => TODAY + 60_000);
		await second.start();
		expect(second.remaining).toEqual({ new: afterQuiz.new, learning: 0, due: 5 });
		second.reveal();
		await second.grade(1);
		second.reveal();
		await second.grade(1);
		expect(second.remaining).toEqual({ new: afterQuiz.new, learning: 2, due: 3 });
		await screens(TODAY + 60_000, second);

		// Undo gives the figures back exactly.
		await second.undo();
		expect(second.remaining).toEqual({ new: afterQuiz.new, learning: 1, due: 4 });
		await screens(TODAY + 60_000, second);
	});

	it('a daily limit lowers "new" on every screen alike', async () => {
		const { factory, store } = seededStore();
		await store.updateSettings({ newPerDay: 7 });
		const session = new StudySession(accessTo(store), deck, () => TODAY);
		await session.start();
		const home = await readOverview([deck.id], TODAY, { factory, keyRange: IDBKeyRange });
		expect(session.remaining).toEqual({ new: 7, learning: 0, due: 0 });
		expect(home.decks[deck.id]).toMatchObject({ new: 7, unstudied: cards.length });
	});
});
