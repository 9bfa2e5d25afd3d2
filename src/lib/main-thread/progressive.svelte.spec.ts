import { describe, expect, it } from 'vitest';
import { Progressive } from './progressive.svelte';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Progressive', () => {
	it('shows nothing in the calling task, then at least one item per task', async () => {
		// A budget of 0 ms: every task renders exactly one item.
		const list = new Progressive(0);
		const done = list.reveal(3);
		expect(list.shown).toBe(0);
		await nextTask();
		expect(list.shown).toBe(1);
		await nextTask();
		expect(list.shown).toBe(2);
		expect(await done).toBe(true);
		expect(list.shown).toBe(3);
	});

	it('shows as many items per task as fit in its time budget', async () => {
		const list = new Progressive(10_000);
		const done = list.reveal(50);
		await nextTask();
		expect(list.shown).toBe(50);
		expect(await done).toBe(true);
	});

	it('lets a newer reveal take over and never shows more than the list has', async () => {
		const list = new Progressive(0);
		const first = list.reveal(30);
		const second = list.reveal(5);
		expect(await first).toBe(false);
		expect(await second).toBe(true);
		expect(list.shown).toBe(5);
		list.showAll(12);
		expect(list.shown).toBe(12);
		expect(await list.reveal(2)).toBe(true);
		expect(list.shown).toBe(2);
	});
});
