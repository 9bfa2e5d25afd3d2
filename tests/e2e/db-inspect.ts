/**
 * Reads the app's database straight from IndexedDB in the page (no app code), and checks the
 * invariants a crash must never break.
 */
import type { Page } from '@playwright/test';

export interface Consistency {
	reviews: number;
	cards: number;
	graded: number;
	/** Each broken invariant, described. Empty when the database is consistent. */
	problems: string[];
}

/**
 * Every review row has its card update: a card's `reps` equals its number of review rows, a card
 * with reviews is in the review queue, and its schedule is the one its latest review wrote.
 */
export function checkConsistency(page: Page): Promise<Consistency> {
	return page.evaluate(
		() =>
			new Promise<Consistency>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['cards', 'reviews'], 'readonly');
					const cardsReq = tx.objectStore('cards').getAll();
					const reviewsReq = tx.objectStore('reviews').getAll();
					tx.oncomplete = () => {
						type Memory = { due: number; reps: number; stability: number; state: number };
						const cards = cardsReq.result as (Memory & { id: string; queue: number })[];
						const reviews = reviewsReq.result as { id: number; cardKey: string; next: Memory }[];
						const problems: string[] = [];
						const byCard = new Map<string, typeof reviews>();
						for (const r of reviews) byCard.set(r.cardKey, [...(byCard.get(r.cardKey) ?? []), r]);
						for (const card of cards) {
							const own = (byCard.get(card.id) ?? []).sort((a, b) => a.id - b.id);
							if (card.reps !== own.length)
								problems.push(`${card.id}: reps ${card.reps} but ${own.length} review rows`);
							const last = own.at(-1);
							if (last && (last.next.due !== card.due || last.next.reps !== card.reps))
								problems.push(`${card.id}: schedule differs from its latest review`);
							if (last && card.queue === 0) problems.push(`${card.id}: reviewed but still new`);
						}
						for (const key of byCard.keys())
							if (!cards.some((c) => c.id === key)) problems.push(`review of missing card ${key}`);
						db.close();
						resolve({
							reviews: reviews.length,
							cards: cards.length,
							graded: cards.filter((c) => c.reps > 0).length,
							problems
						});
					};
				};
			})
	);
}
