import { browser } from '$app/environment';
import { yieldToMain } from '$lib/main-thread/slices';

// Every page is prerendered into static HTML; nothing runs on a server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * In the browser, the app's code is evaluated in one task (it was preloaded with the page) and the
 * page hydrates in the next: one long task becomes two shorter ones, so a tap on a cheap phone
 * waits for half as long. Runs once, when the app starts (it depends on nothing).
 */
export async function load(): Promise<Record<string, never>> {
	if (browser) await yieldToMain();
	return {};
}
