/** The settings shown on this page: loaded once, each change saved as it is made. */
import { existingStore, openStore } from '$lib/db/open';
import { DEFAULT_SETTINGS, type Settings } from '$lib/records/settings';
import { storageStatus } from '$lib/db/status.svelte';
import { theme } from '$lib/state/theme.svelte';

export class SettingsForm {
	values = $state<Settings>({ ...DEFAULT_SETTINGS });
	loaded = $state(false);
	/** Changes made while a load reads the database: newer than what it reads, so they win. */
	#meanwhile: Partial<Settings> | undefined;

	async load() {
		this.#meanwhile = {};
		try {
			const store = await existingStore();
			if (store) {
				this.values = { ...(await store.readSettings()), ...this.#meanwhile };
				theme.apply(this.values.theme);
			} else {
				// No database yet (a first visit, or a first change still being saved when the page
				// reloaded): the defaults, and the theme this browser shows (its pre-paint mirror).
				this.values = { ...DEFAULT_SETTINGS, theme: theme.choice, ...this.#meanwhile };
			}
			this.loaded = true;
		} catch (error) {
			storageStatus.report(error);
		} finally {
			this.#meanwhile = undefined;
		}
	}

	/** Saves a change; false (and the app's banner) when storage refused it. */
	async save(patch: Partial<Settings>): Promise<boolean> {
		this.values = { ...this.values, ...patch };
		if (this.#meanwhile) Object.assign(this.#meanwhile, patch);
		try {
			await (await openStore()).updateSettings(patch);
			return true;
		} catch (error) {
			storageStatus.report(error);
			return false;
		}
	}
}
