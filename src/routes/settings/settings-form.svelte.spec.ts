/**
 * A change made while the page is still reading the settings is not undone by that read: the
 * theme chosen in the first moments after opening Settings stayed unchecked (found by
 * two-devices.e2e.ts under load).
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/records/settings';

const reading = vi.hoisted(() => {
	let release = () => {};
	const done = new Promise<void>((resolve) => (release = resolve));
	return { done, release: () => release() };
});

vi.mock('$lib/db/open', () => {
	const store = {
		readSettings: async () => {
			await reading.done;
			return { ...DEFAULT_SETTINGS, theme: 'system', retention: 0.85 };
		},
		updateSettings: () => Promise.resolve()
	};
	return { existingStore: () => Promise.resolve(store), openStore: () => Promise.resolve(store) };
});

const { SettingsForm } = await import('./settings-form.svelte');

describe('SettingsForm', () => {
	it('keeps a change made while it reads the stored settings', async () => {
		const form = new SettingsForm();
		const loading = form.load();
		await form.save({ theme: 'light' });
		reading.release();
		await loading;
		expect(form.loaded).toBe(true);
		expect(form.values.theme).toBe('light');
		// What was stored and not changed meanwhile is read as stored.
		expect(form.values.retention).toBe(0.85);
		// Later loads read the stored value again.
		await form.load();
		expect(form.values.theme).toBe('system');
	});
});
