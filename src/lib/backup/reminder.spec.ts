import { describe, expect, it } from 'vitest';
import { MIN_REVIEWS, shouldRemindBackup } from './reminder.ts';

const NOW = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const base = {
	persistent: false,
	lastBackupAt: null,
	totalReviews: MIN_REVIEWS,
	snoozedUntil: null,
	now: NOW
};

describe('shouldRemindBackup', () => {
	it('reminds a student with progress, no persistent storage and no recent backup', () => {
		expect(shouldRemindBackup(base)).toBe(true);
		expect(shouldRemindBackup({ ...base, persistent: undefined })).toBe(true);
		expect(shouldRemindBackup({ ...base, lastBackupAt: NOW - 15 * DAY })).toBe(true);
	});

	it('stays quiet when storage is persistent, progress is small, a backup is recent, or snoozed', () => {
		expect(shouldRemindBackup({ ...base, persistent: true })).toBe(false);
		expect(shouldRemindBackup({ ...base, totalReviews: MIN_REVIEWS - 1 })).toBe(false);
		expect(shouldRemindBackup({ ...base, lastBackupAt: NOW - 3 * DAY })).toBe(false);
		expect(shouldRemindBackup({ ...base, snoozedUntil: NOW + DAY })).toBe(false);
		expect(shouldRemindBackup({ ...base, snoozedUntil: NOW - DAY })).toBe(true);
	});
});
