/** An import plan and a backup in words, for the preview and the result. */
import { formatCount, plural } from '../format/count.ts';
import {
	type Backup,
	type PortableSetting,
	TABLES,
	TABLE_NAMES,
	type TableName
} from './backup-format.ts';
import { planChangesNothing, type ImportPlan } from './import-plan.ts';

// Describing a plan ------------------------------------------------------------------------------

export const SETTING_LABELS: Record<PortableSetting, string> = {
	theme: 'Theme',
	retention: 'Desired retention',
	newPerDay: 'New cards per day',
	reviewsPerDay: 'Reviews per day',
	burySiblings: 'Bury related cards until tomorrow',
	welcomed: 'Welcome screen passed',
	scheduleFit: 'Schedule fitted to you',
	readAloudVoice: 'Read-aloud voice',
	readAloudRate: 'Read-aloud speed'
};

export function formatSettingValue(key: PortableSetting, value: unknown): string {
	if (key === 'retention' && typeof value === 'number') return `${Math.round(value * 100)}%`;
	if (key === 'theme')
		return value === 'light' ? 'Light' : value === 'dark' ? 'Dark' : 'Same as device';
	if (key === 'scheduleFit') return value ? 'yes' : 'no (FSRS defaults)';
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
 * One line per table for the preview: “3 to add, 1 to take from the backup, 40 already here”. A teacher's
 * table has a line only when the backup holds rows of it.
 */
export function describePlan(plan: ImportPlan): PlanLine[] {
	const shown = (table: TableName) =>
		!TABLES[table].teaching || plan.backup.tables[table].length > 0;
	return TABLE_NAMES.filter(shown).map((table) => {
		const { added, updated, kept } = plan.counts[table];
		const parts = [`${formatCount(added)} to add`];
		if (updated) parts.push(`${formatCount(updated)} to take from the backup`);
		if (kept) parts.push(`${formatCount(kept)} already here`);
		return { table, label: TABLES[table].label, text: parts.join(', ') };
	});
}

/** “a, b and c” */
function listOf(parts: string[]): string {
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}

/**
 * What importing adds, in a sentence, for the top of the preview: “12 reviews and 1 quiz result
 * to add; 3 cards rescheduled from the merged history; 1 setting changed.” Rows taken from
 * the backup (a card studied there since, a deck's first day) are in the lines per table.
 */
export function describeChanges(plan: ImportPlan): string {
	const { counts, rescheduled } = plan;
	const added = TABLE_NAMES.filter((t) => t !== 'settings' && counts[t].added > 0).map((t) =>
		plural(counts[t].added, ...TABLES[t].noun)
	);
	const changed = plan.settingChanges.length;
	const parts = [
		added.length ? `${listOf(added)} to add` : '',
		rescheduled ? `${plural(rescheduled, 'card')} rescheduled from the merged history` : '',
		changed ? `${plural(changed, 'setting')} changed` : ''
	].filter(Boolean);
	if (!parts.length)
		return planChangesNothing(plan)
			? 'Nothing to add: everything in this backup is already here.'
			: 'Nothing to add; some rows are taken from the backup (below).';
	const sentence = `${parts.join('; ')}.`;
	return sentence[0].toUpperCase() + sentence.slice(1);
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
	const list = (kind: 'added' | 'updated') =>
		listOf(
			TABLE_NAMES.filter((t) => plan.counts[t][kind] > 0).map((t) =>
				plural(plan.counts[t][kind], ...TABLES[t].noun)
			)
		);
	const added = list('added');
	const updated = list('updated');
	if (!added && !updated) return 'Nothing changed: everything in the backup was already here.';
	return [added && `Added ${added}`, updated && `updated ${updated}`]
		.filter(Boolean)
		.join('; ')
		.replace(/^u/, 'U')
		.concat('.');
}
