import { describe, expect, it } from 'vitest';
import { Progressive } from './progressive.svelte';

describe('Progressive', () => {
	it('shows a step more per task until the whole list is shown', async () => {
		const list = new Progressive(4);
		const done = list.reveal(10);
		// The first step is shown at once, the next after the main thread has had its turn.
		expect(list.shown).toBe(4);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(list.shown).toBe(8);
		await done;
		expect(list.shown).toBe(10);
	});

	it('lets a newer reveal take over and never shows more than the list has', async () => {
		const list = new Progressive(3);
		const first = list.reveal(30);
		const second = list.reveal(5);
		await Promise.all([first, second]);
		expect(list.shown).toBe(5);
		list.showAll(12);
		expect(list.shown).toBe(12);
		await list.reveal(2);
		expect(list.shown).toBe(2);
	});
});
