/**
 * How screens reach storage: Dexie (31 KB gzip) is imported on demand, so it is evaluated in its
 * own task instead of in the page's hydration. Study and quiz start it from their `load` (see
 * `startLoading` in $lib/decks), so it downloads while the page's code does.
 */
import type { Store } from './store.ts';

export async function openStore(): Promise<Store> {
	const { getStore } = await import('./client.ts');
	return getStore();
}
