/**
 * How screens reach storage: Dexie (31 KB gzip) loads after the page has painted, never in a
 * page's first chunk.
 */
import type { Store } from './store.ts';

export async function openStore(): Promise<Store> {
	const { getStore } = await import('./client.ts');
	return getStore();
}
