/**
 * One backup import as the worker runs it: read and check the file, plan what it changes against
 * storage now, keep the plan, and write it when the page confirms. Every failure becomes a reply,
 * never a throw. The database is opened for each step and closed after it, so between the preview
 * and the student's answer no connection of the worker's holds up another tab's upgrade.
 */
import { MAX_BACKUP_BYTES } from '../backup/backup-format.ts';
import {
	SETTING_LABELS,
	describeBackup,
	describeChanges,
	describePlan,
	describeResult,
	formatSettingValue
} from '../backup/describe-plan.ts';
import { parseBackup } from '../backup/backup.ts';
import { planChangesNothing, type ImportPlan } from '../backup/import-plan.ts';
import { applyImport, previewImport } from './backup-store.ts';
import {
	sendableError,
	type ApplyReply,
	type ImportReply,
	type ImportRequest,
	type PreviewReply,
	type PreviewText
} from './backup-import-protocol.ts';
import { FactdeckDB } from './database.ts';
import { withOwnConnection } from './own-connection.ts';

function previewText(plan: ImportPlan): PreviewText {
	return {
		about: describeBackup(plan.backup),
		summary: describeChanges(plan),
		lines: describePlan(plan),
		settings: plan.settingChanges.map(
			(c) =>
				`${SETTING_LABELS[c.key]}: ${formatSettingValue(c.key, c.from)} → ${formatSettingValue(c.key, c.to)}`
		),
		changesNothing: planChangesNothing(plan)
	};
}

export class BackupImportSession {
	#plan: ImportPlan | undefined;

	/** `openDatabase` makes a new, unopened connection (Dexie opens it on first use). */
	constructor(private readonly openDatabase: () => FactdeckDB = () => new FactdeckDB()) {}

	async handle(request: ImportRequest): Promise<ImportReply> {
		return request.type === 'preview' ? this.preview(request.file) : this.apply();
	}

	async preview(file: File): Promise<PreviewReply> {
		this.#plan = undefined;
		try {
			if (file.size > MAX_BACKUP_BYTES)
				return {
					type: 'refused',
					message: `“${file.name}” is larger than 50 MB, too large to be a Factdeck backup. Nothing was imported.`
				};
			const parsed = parseBackup(await file.text());
			if (!parsed.ok) return { type: 'refused', message: parsed.error };
			const plan = await this.#withDatabase((db) => previewImport({ db }, parsed.backup));
			this.#plan = plan;
			return { type: 'preview', preview: previewText(plan) };
		} catch (error) {
			return { type: 'failed', error: sendableError(error) };
		}
	}

	/** Writes the previewed plan (made again inside the write's transaction: see applyImport). */
	async apply(): Promise<ApplyReply> {
		const plan = this.#plan;
		// Written or not, this plan is done with: the page previews again to retry.
		this.#plan = undefined;
		try {
			if (!plan) throw new Error('No backup was previewed.');
			const done = await this.#withDatabase((db) => applyImport({ db }, plan));
			return { type: 'done', result: describeResult(done) };
		} catch (error) {
			return { type: 'failed', error: sendableError(error) };
		}
	}

	#withDatabase<T>(work: (db: FactdeckDB) => Promise<T>): Promise<T> {
		return withOwnConnection(this.openDatabase, work);
	}
}
