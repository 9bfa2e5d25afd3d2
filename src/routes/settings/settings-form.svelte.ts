/** The settings shown on this page: loaded once, each change saved as it is made. */
import { existingStore, openStore } from '$lib/db/open';
import { DEFAULT_SETTINGS, type Settings } from '$lib/db/settings';
import { storageStatus } from '$lib/db/status.svelte';
import { theme } from '$lib/theme.svelte';

export class SettingsForm {
	values = $state<Settings>({ ...DEFAULT_SETTINGS });
	loaded = $state(false);

	async load() {
		try {
			// No database yet (a first visit): the defaults, until the first change is saved.
			const store = await existingStore();
			this.values = store ? await store.readSettings() : { ...DEFAULT_SETTINGS };
			this.loaded = true;
			theme.apply(this.values.theme);
		} catch (error) {
			storageStatus.report(error);
		}
	}

	/** Saves a change; false (and the app's banner) when storage refused it. */
	async save(patch: Partial<Settings>): Promise<boolean> {
		this.values = { ...this.values, ...patch };
		try {
			await (await openStore()).updateSettings(patch);
			return true;
		} catch (error) {
			storageStatus.report(error);
			return false;
		}
	}
}
