/** Settings and this device's work in progress (kept in the settings table, never in backups). One link of Store (store.ts), which joins them. */
import { guarded } from './storage-error.ts';
import { FactdeckDB } from './database.ts';
import { parseSettings, type Settings } from '../records/settings.ts';

/**
 * Work in progress on this device, kept in the settings table under keys no setting uses, so it
 * is neither a setting nor in backups (both list their keys): the draft being reviewed on Create,
 * and the quiz being made on Teach.
 */
export const DRAFT_KEY = 'createDraft';
export const TEACH_QUIZ_KEY = 'teachQuiz';

export class SettingsStore {
	constructor(readonly db: FactdeckDB) {}

	// Settings -------------------------------------------------------------------------------

	readSettings(): Promise<Settings> {
		return guarded(async () => parseSettings(await this.db.settings.toArray()));
	}

	/** Each setting is stamped with the time of its change: an import keeps the newer one. */
	updateSettings(patch: Partial<Settings>, now = Date.now()): Promise<void> {
		return guarded(() =>
			this.db.settings.bulkPut(
				Object.entries(patch).map(([key, value]) => ({ key, value, changedAt: now }))
			)
		).then(() => undefined);
	}

	// Drafts ---------------------------------------------------------------------------------

	/** The deck being made on Create, as saved (read back through `readSavedDraft`). */
	readDraft(): Promise<unknown> {
		return guarded(async () => (await this.db.settings.get(DRAFT_KEY))?.value);
	}

	saveDraft(draft: unknown): Promise<void> {
		return guarded(() => this.db.settings.put({ key: DRAFT_KEY, value: draft })).then(
			() => undefined
		);
	}

	clearDraft(): Promise<void> {
		return guarded(() => this.db.settings.delete(DRAFT_KEY));
	}
}
