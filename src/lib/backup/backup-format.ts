/**
 * The backup file's shape: its header, the tables it carries (with the words the preview uses for
 * them), and the settings that travel with it. backup.ts writes and reads it; row-schemas.ts checks
 * every row of it.
 */
import type {
	AttemptRow,
	CardRow,
	ClassResultRow,
	DeckRow,
	ReviewRow,
	SettingRow,
	SharedQuizRow
} from '../records/rows.ts';
import { type SettingKey } from '../records/settings.ts';

export const BACKUP_APP = 'factdeck';
/**
 * 2 (issue 23): setting rows may carry `changedAt`. A format-1 file still reads; an older app
 * reading a format-2 file says it was made by a newer version instead of calling it damaged.
 */
export const BACKUP_FORMAT = 2;
/** Every format this version reads. */
export const BACKUP_FORMATS = [1, 2] as const;
/** Checked before the text is parsed: a file this big is not a backup we wrote. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/**
 * Settings that travel with a backup. `persistAsked` and `lastBackupAt` describe this browser, not
 * the student: they are never exported or imported.
 */
export const PORTABLE_SETTINGS = [
	'theme',
	'retention',
	'newPerDay',
	'reviewsPerDay',
	'burySiblings',
	'welcomed',
	'scheduleFit',
	'readAloudVoice',
	'readAloudRate'
] as const satisfies readonly SettingKey[];
export type PortableSetting = (typeof PORTABLE_SETTINGS)[number];

/** A review as a backup holds it: without its auto-increment id, which differs per browser. */
export type BackupReview = Omit<ReviewRow, 'id'>;

export interface BackupTables {
	decks: DeckRow[];
	cards: CardRow[];
	reviews: BackupReview[];
	attempts: AttemptRow[];
	settings: SettingRow[];
	/** Quizzes a teacher shared from this device (absent from backups made before them: empty). */
	sharedQuizzes: SharedQuizRow[];
	/** Result codes a teacher collected (absent from backups made before them: empty). */
	classResults: ClassResultRow[];
}

export type TableName = keyof BackupTables;

interface TableInfo {
	/** For the preview's line about the table. */
	label: string;
	/** A row, one and many, for sentences. */
	noun: [string, string];
	/** A teacher's table: most backups have none, so the preview mentions it only when they do. */
	teaching?: true;
}

/** Every table a backup carries, in the order the preview lists them. */
export const TABLES: Record<TableName, TableInfo> = {
	decks: { label: 'Decks', noun: ['deck', 'decks'] },
	cards: { label: 'Cards (their schedules)', noun: ['card', 'cards'] },
	reviews: { label: 'Reviews (your grades)', noun: ['review', 'reviews'] },
	attempts: { label: 'Quiz results', noun: ['quiz result', 'quiz results'] },
	settings: { label: 'Settings', noun: ['setting', 'settings'] },
	sharedQuizzes: {
		label: 'Quizzes you shared',
		noun: ['shared quiz', 'shared quizzes'],
		teaching: true
	},
	classResults: {
		label: 'Class results',
		noun: ['class result', 'class results'],
		teaching: true
	}
};

export const TABLE_NAMES = Object.keys(TABLES) as readonly TableName[];

/** Every table, with no rows. */
export function emptyTables(): BackupTables {
	return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as BackupTables;
}

export interface Backup {
	app: typeof BACKUP_APP;
	format: (typeof BACKUP_FORMATS)[number];
	/** The Dexie schema version the rows were read from. */
	schemaVersion: number;
	/** package.json's version of the app that wrote the file. */
	appVersion: string;
	/** ISO 8601. */
	exportedAt: string;
	tables: BackupTables;
}
