/** An import plan and a backup in words, for the preview and the result. */
import { formatCount, plural } from '../format/count.ts';
import {
	type Backup,
	type PortableSetting,
	TABLES,
	TABLE_NAMES,
	type TableName
} from './backup-format.ts';
import { type ImportPlan } from './import-plan.ts';

// Describing a plan ------------------------------------------------------------------------------

export const SETTING_LABELS: Record<PortableSetting, string> = {
	theme: 'Theme',
	retention: 'Desired retention',
	newPerDay: 'New cards per day',
	reviewsPerDay: 'Reviews per day',
	burySiblings: 'Bury related cards until tomorrow',
	welcomed: 'Welcome screen passed',
	readAloudVoice: 'Read-aloud voice',
	readAloudRate: 'Read-aloud speed'
};

export function formatSettingValue(key: PortableSetting, value: unknown): string {
	if (key === 'retention' && typeof value === 'number') return `${Math.round(value * 100)}%`;
	if (key === 'theme')
		return value === 'light' ? 'Light' : value === 'dark' ? 'Dark' : 'Same as device';
	if (key === 'readAloudVoice') return typeof value === 'string' ? value : 'Default voice';
	if (key === 'readAloudRate' && typeof value === 'number') return `${value}×`;
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return String(value);
}

export interface PlanLine {
	table: TableName;
	label: string;
	text: string;
}

/**
 * One line per table for the preview: “3 to add, 1 to update, 40 already here”. A teacher's
 * table has a line only when the backup holds rows of it.
 */
export function describePlan(plan: ImportPlan): PlanLine[] {
	const shown = (table: TableName) =>
		!TABLES[table].teaching || plan.backup.tables[table].length > 0;
	return TABLE_NAMES.filter(shown).map((table) => {
		const { added, updated, kept } = plan.counts[table];
		const parts = [`${formatCount(added)} to add`];
		if (updated) parts.push(`${formatCount(updated)} to update (newer in the backup)`);
		if (kept) parts.push(`${formatCount(kept)} already here`);
		return { table, label: TABLES[table].label, text: parts.join(', ') };
	});
}

/** “The backup has 12 reviews of 3 decks, exported 15 January 2026 by Factdeck 0.1.0.” */
export function describeBackup(backup: Backup): string {
	const date = new Date(backup.exportedAt).toLocaleString('en-GB', {
		dateStyle: 'long',
		timeStyle: 'short'
	});
	const t = backup.tables;
	const teaching = TABLE_NAMES.filter((table) => TABLES[table].teaching && t[table].length > 0)
		.map((table) => `, ${plural(t[table].length, ...TABLES[table].noun)}`)
		.join('');
	return `Exported ${date} by Factdeck ${backup.appVersion || '(unknown version)'}: ${plural(t.decks.length, 'deck')}, ${plural(t.cards.length, 'card')}, ${plural(t.reviews.length, 'review')}, ${plural(t.attempts.length, 'quiz result')}${teaching}.`;
}

/** What an import did, in a sentence: “Added 2 decks, 40 cards and 3 reviews; updated 1 card.” */
export function describeResult(plan: ImportPlan): string {
	const list = (kind: 'added' | 'updated') => {
		const parts = TABLE_NAMES.filter((t) => plan.counts[t][kind] > 0).map((t) =>
			plural(plan.counts[t][kind], ...TABLES[t].noun)
		);
		return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	};
	const added = list('added');
	const updated = list('updated');
	if (!added && !updated) return 'Nothing changed: everything in the backup was already here.';
	return [added && `Added ${added}`, updated && `updated ${updated}`]
		.filter(Boolean)
		.join('; ')
		.replace(/^u/, 'U')
		.concat('.');
}
