/**
 * Importing a backup file: read and check it, show what would change, and write only when the
 * student confirms. The domain and storage code load on first use, not with the page.
 */
import type { ImportPlan } from '$lib/backup/import-plan';
import type { PlanLine } from '$lib/backup/describe-plan';
import { openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';

export type ImportStatus = 'idle' | 'reading' | 'preview' | 'importing' | 'done';

export interface ImportPreview {
	fileName: string;
	about: string;
	lines: PlanLine[];
	settings: string[];
	changesNothing: boolean;
}

function modules() {
	return Promise.all([
		import('$lib/backup/backup'),
		import('$lib/db/backup-store'),
		import('$lib/backup/describe-plan'),
		import('$lib/backup/import-plan'),
		import('$lib/backup/backup-format')
	]);
}

export class BackupImport {
	status = $state<ImportStatus>('idle');
	error = $state<string | undefined>(undefined);
	preview = $state.raw<ImportPreview | undefined>(undefined);
	result = $state<string | undefined>(undefined);
	#plan: ImportPlan | undefined;

	async choose(file: File) {
		this.cancel();
		this.status = 'reading';
		try {
			const [backup, storage, describe, plans, format] = await modules();
			if (file.size > format.MAX_BACKUP_BYTES) {
				this.#fail(
					`“${file.name}” is larger than 50 MB, too large to be a Factdeck backup. Nothing was imported.`
				);
				return;
			}
			const parsed = backup.parseBackup(await file.text());
			if (!parsed.ok) {
				this.#fail(parsed.error);
				return;
			}
			const plan = await storage.previewImport(await openStore(), parsed.backup);
			this.#plan = plan;
			this.preview = {
				fileName: file.name,
				about: describe.describeBackup(plan.backup),
				lines: describe.describePlan(plan),
				settings: plan.settingChanges.map(
					(c) =>
						`${describe.SETTING_LABELS[c.key]}: ${describe.formatSettingValue(c.key, c.from)} → ${describe.formatSettingValue(c.key, c.to)}`
				),
				changesNothing: plans.planChangesNothing(plan)
			};
			this.status = 'preview';
		} catch (error) {
			this.#fail(storageStatus.report(error).message);
		}
	}

	/** Writes the previewed import; true when it was written. */
	async confirm(): Promise<boolean> {
		const plan = this.#plan;
		if (!plan || this.status !== 'preview') return false;
		this.status = 'importing';
		try {
			const [, storage, describe] = await modules();
			const done = await storage.applyImport(await openStore(), plan);
			this.result = describe.describeResult(done);
			this.preview = undefined;
			this.#plan = undefined;
			this.status = 'done';
			return true;
		} catch (error) {
			// One transaction: nothing of the import was written.
			this.#fail(`${storageStatus.report(error).message} Nothing was imported.`);
			return false;
		}
	}

	cancel() {
		this.status = 'idle';
		this.error = undefined;
		this.preview = undefined;
		this.result = undefined;
		this.#plan = undefined;
	}

	#fail(message: string) {
		this.error = message;
		this.preview = undefined;
		this.#plan = undefined;
		this.status = 'idle';
	}
}
