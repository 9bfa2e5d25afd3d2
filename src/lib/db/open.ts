/**
 * How screens reach storage when it is not their main content (a deck's suspended cards, saving a
 * teacher's quiz): Dexie (31 KB gzip) loads after the page has painted. Pages whose main content
 * IS storage (study, quiz, stats) import `getStore` from ./client.ts instead, so Dexie downloads
 * in parallel with the page rather than after it.
 */
import type { Store } from './store.ts';

export async function openStore(): Promise<Store> {
	const { getStore } = await import('./client.ts');
	return getStore();
}
