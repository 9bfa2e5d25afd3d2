import { browser } from '$app/environment';
import { yieldToMain } from '$lib/schedule/slices';

// Every page is prerendered into static HTML; nothing runs on a server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * In the browser, the router starts in one task (after the yield in `src/hooks.client.ts`, which
 * ends the one that evaluated the code) and the page hydrates in the next: long start-up work
 * becomes shorter tasks, so a tap on a cheap phone waits less. Runs once, when the app starts
 * (it depends on nothing).
 */
export async function load(): Promise<Record<string, never>> {
	if (browser) await yieldToMain();
	return {};
}
