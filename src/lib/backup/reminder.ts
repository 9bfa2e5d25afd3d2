/**
 * When to remind a student to export a backup: the browser may evict data it was not asked to
 * keep, so a student with real progress and no recent backup is reminded now and then.
 */

export const REMIND_AFTER_DAYS = 14;
export const SNOOZE_DAYS = 7;
/** Below this many reviews there is little to lose. */
export const MIN_REVIEWS = 20;

export interface ReminderInput {
	persistent: boolean | undefined;
	lastBackupAt: number | null;
	totalReviews: number;
	snoozedUntil: number | null;
	now: number;
}

export function shouldRemindBackup(input: ReminderInput): boolean {
	if (input.persistent === true) return false;
	if (input.totalReviews < MIN_REVIEWS) return false;
	if (input.snoozedUntil !== null && input.now < input.snoozedUntil) return false;
	if (input.lastBackupAt === null) return true;
	return input.now - input.lastBackupAt > REMIND_AFTER_DAYS * 86_400_000;
}
