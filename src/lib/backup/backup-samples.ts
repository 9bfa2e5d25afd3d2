/** Test fixtures: a sample device's tables, its backup, and helpers to damage and read one back. */
import { emptyTables, type Backup, type BackupTables } from './backup-format.ts';
import { createBackup, parseBackup, serializeBackup, type StoredTables } from './backup.ts';
import {
	DAY,
	T0,
	attemptRow,
	cardRow,
	classResultRow,
	deckRow,
	reviewRow,
	sharedQuizRow,
	studied
} from './backup-fixtures.ts';

export const EMPTY: BackupTables = emptyTables();
export const quiz = sharedQuizRow(1);

export function sampleTables(): StoredTables {
	const a = cardRow('ukraine', 'f1.cloze.who', studied(T0));
	const b = cardRow('ukraine', 'f2.cloze.when');
	const mine = cardRow('my-notes', 'capital.cloze.city', studied(T0 + 1000));
	return {
		decks: [deckRow('ukraine'), deckRow('my-notes', 'user')],
		cards: [a, b, mine],
		reviews: [reviewRow(a, T0, 3, 1), reviewRow(mine, T0 + 1000, 4, 2)],
		attempts: [attemptRow('quiz-1@1', 'ukraine')],
		settings: [
			{ key: 'theme', value: 'dark' },
			{ key: 'retention', value: 0.85 },
			{ key: 'welcomed', value: true },
			{ key: 'persistAsked', value: true },
			{ key: 'lastBackupAt', value: T0 - DAY }
		],
		sharedQuizzes: [quiz],
		classResults: [classResultRow(quiz, 'Ada'), classResultRow(quiz, 'Grace', T0 + 1000)]
	};
}

export function sampleBackup(tables = sampleTables()): Backup {
	return createBackup(tables, { appVersion: '0.1.0', now: T0 + DAY });
}

/** A serialized sample backup, changed by `edit` (a corrupt or hand-edited file). */
export function edited(
	edit: (data: Record<string, unknown> & { tables: Record<string, unknown[]> }) => void
) {
	const data = JSON.parse(serializeBackup(sampleBackup())) as Parameters<typeof edit>[0];
	edit(data);
	return JSON.stringify(data);
}

export function refused(text: string): string {
	const result = parseBackup(text);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.error;
}
