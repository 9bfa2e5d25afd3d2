/**
 * The `factdeck` IndexedDB database. Every version stays listed here with its upgrade, and each
 * upgrade has a fixture test (see migrations.spec.ts): a student's history is never left behind.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
	AttemptRow,
	CardRow,
	ClassResultRow,
	DeckRow,
	QuizProgressRow,
	ReviewRow,
	SettingRow,
	SharedQuizRow
} from '../records/rows.ts';
import { DB_NAME } from '../records/version.ts';

export class FactdeckDB extends Dexie {
	decks!: EntityTable<DeckRow, 'id'>;
	cards!: EntityTable<CardRow, 'id'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	attempts!: EntityTable<AttemptRow, 'id'>;
	quizProgress!: EntityTable<QuizProgressRow, 'quizKey'>;
	settings!: EntityTable<SettingRow, 'key'>;
	sharedQuizzes!: EntityTable<SharedQuizRow, 'id'>;
	classResults!: EntityTable<ClassResultRow, 'id'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		// The newest version here is DB_SCHEMA_VERSION (backup-store.spec.ts checks they agree).
		this.version(1).stores({
			decks: 'id, kind',
			cards: 'id, deckId, [deckId+queue+due], [deckId+queue+position], due',
			reviews: '++id, cardKey, deckId, reviewedAt',
			attempts: 'id, quizKey, deckId, finishedAt',
			quizProgress: 'quizKey, updatedAt',
			settings: 'key'
		});
		// Version 2: a teacher's shared quizzes and the result codes students send back.
		this.version(2).stores({
			sharedQuizzes: 'id, createdAt',
			classResults: 'id, quizId, addedAt'
		});
		// Version 3: cards can be suspended (queue 2), and one deck's reviews are read by
		// [deckId+reviewedAt] instead of scanning every deck's reviews of the period.
		this.version(3)
			.stores({ reviews: '++id, cardKey, deckId, reviewedAt, [deckId+reviewedAt]' })
			.upgrade((tx) =>
				tx
					.table<CardRow, string>('cards')
					.toCollection()
					.modify((card) => {
						card.suspended = false;
					})
			);
	}
}
