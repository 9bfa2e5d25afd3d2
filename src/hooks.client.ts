import type { ClientInit } from '@sveltejs/kit';
import { yieldToMain } from '$lib/schedule/slices';

/**
 * SvelteKit runs this once, after the app's code is evaluated and before it reads its routes and
 * loads the page. Yielding here ends the evaluation task: on a cheap phone, the code's evaluation
 * and the router's start-up become two shorter tasks instead of one long one.
 */
export const init: ClientInit = async () => {
	await yieldToMain();
};
