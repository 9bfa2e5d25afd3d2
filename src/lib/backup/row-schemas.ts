/**
 * What every row of a backup must be, as valibot schemas: types, and the domain's invariants too
 * (memory states the scheduler accepts, sane dates, scores within their totals). Nothing reaches
 * storage that has not passed these.
 */
import * as v from 'valibot';
import { BACKUP_APP, BACKUP_FORMATS } from './backup-format.ts';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import { DeckSchema } from '../content/deck-schema.ts';
import { formatCount } from '../format/count.ts';
import { isSaneTime, memoryProblem } from '../srs/validity.ts';
import { type MemoryState } from '../srs/memory.ts';

const MAX_KEY = 500;
const MAX_TEXT = 10_000;
/** A matching question's answer joins several facts' texts (up to 8 of 2,000 characters). */
const MAX_LONG_TEXT = 50_000;
/** A whole quiz in a link's fragment is at most 64,000 characters, plus the origin. */
const MAX_LINK = 100_000;

const Key = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_KEY));
const DeckId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a deck id (lower-case letters, digits, hyphens)')
);
const Finite = v.pipe(v.number(), v.finite());
const Time = v.pipe(v.number(), v.check(isSaneTime, 'must be a date between 1970 and 2300'));
const NonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const memoryEntries = {
	due: Time,
	stability: NonNegative,
	difficulty: Finite,
	scheduledDays: NonNegative,
	learningSteps: Count,
	reps: Count,
	lapses: Count,
	state: v.picklist([0, 1, 2, 3], 'must be a card state from 0 to 3'),
	lastReview: v.nullable(Time)
};
const Queue = v.picklist([0, 1, 2], 'must be 0 (new), 1 (seen) or 2 (suspended)');

/** Types are not enough: a state the scheduler refuses would make the card unstudyable. */
function schedulable<T extends MemoryState>() {
	return v.check<T, v.ErrorMessage<v.CheckIssue<T>>>(
		(m) => memoryProblem(m) === undefined,
		(issue) => `the scheduler cannot use this state: ${memoryProblem(issue.input)}`
	);
}

const DeckRowSchema = v.strictObject({
	id: DeckId,
	kind: v.picklist(['curated', 'user']),
	title: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
	deck: v.optional(DeckSchema),
	addedAt: Time,
	updatedAt: Time
});

const CardRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		deckId: DeckId,
		cardId: Key,
		factId: Key,
		queue: Queue,
		// Backups written before schema 3 have no `suspended`: such cards were never suspended.
		suspended: v.optional(v.boolean(), false),
		position: Count,
		addedAt: Time,
		...memoryEntries
	}),
	schedulable()
);

const ReviewRowSchema = v.strictObject({
	cardKey: Key,
	deckId: DeckId,
	factId: Key,
	rating: v.picklist([1, 2, 3, 4], 'must be a grade from 1 to 4'),
	reviewedAt: Time,
	durationMs: NonNegative,
	// Undo puts `prev` back on the card: it must be a state the scheduler can use too.
	prev: v.pipe(v.strictObject({ ...memoryEntries, queue: Queue }), schedulable()),
	next: v.pipe(v.strictObject(memoryEntries), schedulable())
});

/** A score above its total (1000/1 showed as 100000 %) is no score at all. */
function scoreWithinTotal<T extends { score: number; total: number }>() {
	return v.check<T, v.ErrorMessage<v.CheckIssue<T>>>(
		(row) => row.score <= row.total,
		(issue) => `the score ${issue.input.score} is more than the total ${issue.input.total}`
	);
}

const AttemptRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		quizKey: Key,
		deckId: DeckId,
		title: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
		seed: Finite,
		answers: v.pipe(
			v.array(
				v.strictObject({
					questionId: Key,
					factId: Key,
					given: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
					correct: v.boolean()
				})
			),
			v.maxLength(1_000)
		),
		score: Count,
		total: Count,
		startedAt: Time,
		finishedAt: Time
	}),
	scoreWithinTotal()
);

const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT));

const SharedQuizRowSchema = v.strictObject({
	id: Key,
	title: Text,
	deckId: DeckId,
	// Only ever a web link: a backup cannot plant a `javascript:` URL for a page to show.
	link: v.pipe(v.string(), v.maxLength(MAX_LINK), v.regex(/^https?:\/\//i, 'must be a web link')),
	questions: v.pipe(
		v.array(
			v.strictObject({
				id: Key,
				prompt: v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT)),
				answer: v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT))
			})
		),
		v.maxLength(1_000)
	),
	createdAt: Time
});

const ClassResultRowSchema = v.pipe(
	v.strictObject({
		id: Key,
		quizId: Key,
		title: Text,
		name: Text,
		score: Count,
		total: Count,
		answers: v.pipe(
			v.array(v.strictObject({ q: Key, ok: v.boolean(), given: Text })),
			v.maxLength(1_000)
		),
		finishedAt: Time,
		addedAt: Time
	}),
	scoreWithinTotal()
);

const SettingRowSchema = v.strictObject({
	key: v.pipe(v.string(), v.maxLength(100)),
	value: v.unknown(),
	// Since format 2: when it was changed (an import keeps the newer value).
	changedAt: v.optional(Time)
});

const rows = <T extends v.GenericSchema>(schema: T, max: number) =>
	v.pipe(v.array(schema), v.maxLength(max, `has more than ${formatCount(max)} rows`));

export const BackupSchema = v.strictObject({
	app: v.literal(BACKUP_APP),
	format: v.picklist(BACKUP_FORMATS),
	schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DB_SCHEMA_VERSION)),
	appVersion: v.pipe(v.string(), v.maxLength(50)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp('must be a date and time')),
	tables: v.strictObject({
		decks: rows(DeckRowSchema, 5_000),
		cards: rows(CardRowSchema, 500_000),
		reviews: rows(ReviewRowSchema, 2_000_000),
		attempts: rows(AttemptRowSchema, 200_000),
		settings: rows(SettingRowSchema, 100),
		// Optional: backups written before they travelled have no such keys, and read as before.
		sharedQuizzes: v.optional(rows(SharedQuizRowSchema, 10_000), []),
		classResults: v.optional(rows(ClassResultRowSchema, 200_000), [])
	})
});
