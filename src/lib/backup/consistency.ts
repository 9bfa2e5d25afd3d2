/**
 * Whether a device's progress tables hold together (issue 24): every card's stored schedule is
 * what its review log gives when replayed through the scheduler, and no row points at a row that
 * is not there. Pure: it takes the rows (read in one transaction) and lists what is wrong.
 */
import type { CardRow, DeckRow, ReviewRow } from '../records/rows.ts';
import { newMemoryState, type MemoryState } from '../srs/memory.ts';
import { replayMemory } from '../srs/replay.ts';
import type { Scheduler } from '../srs/scheduler.ts';
import { reviewIdentity } from './import-plan.ts';

export interface ConsistencyTables {
	decks: readonly Pick<DeckRow, 'id'>[];
	cards: readonly CardRow[];
	reviews: readonly ReviewRow[];
}

/**
 * Stability and difficulty are compared to this relative precision: a backup made by another
 * browser's JavaScript engine may differ in the last bits of `Math.exp` and `Math.pow`.
 */
const FLOAT_TOLERANCE = 1e-9;

type MemoryField = keyof MemoryState;
const FLOAT_FIELDS: readonly MemoryField[] = ['stability', 'difficulty'];
/** Days, counts and times: the scheduler computes them exactly from the same inputs. */
const EXACT_FIELDS: readonly MemoryField[] = [
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview'
];

function close(a: number, b: number): boolean {
	return Math.abs(a - b) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The replay's due date, or an earlier one from the last review on: bringing a card forward
 * (srs/bring-forward.ts) makes it due now and changes nothing else.
 */
function dueFits(stored: MemoryState, expected: MemoryState): boolean {
	return (
		stored.due === expected.due ||
		(stored.due < expected.due && stored.due >= (expected.lastReview ?? -Infinity))
	);
}

/** The fields where `stored` is not `expected`, as “field stored (replay: expected)”. */
function memoryDifferences(
	stored: MemoryState,
	expected: MemoryState,
	fields: readonly MemoryField[]
): string[] {
	return fields
		.filter((f) => {
			if (f === 'due') return !dueFits(stored, expected);
			return FLOAT_FIELDS.includes(f)
				? !close(stored[f] as number, expected[f] as number)
				: stored[f] !== expected[f];
		})
		.map((f) => `${f} ${String(stored[f])} (replay: ${String(expected[f])})`);
}

/**
 * The replay a card's state must equal: its reviews in time order (ties in the order they were
 * written), each graded at its own time by `scheduler`, which must be set up as the app's is
 * (the student's retention; fuzz on, which ts-fsrs seeds from the card and the time).
 */
function replayOf(reviews: readonly ReviewRow[], scheduler: Scheduler): MemoryState {
	const inWrittenOrder = reviews.toSorted((a, b) => (a.id ?? 0) - (b.id ?? 0));
	return replayMemory(inWrittenOrder, scheduler, Infinity);
}

/** What is wrong with these tables, one line per problem (empty when they are consistent). */
export function checkConsistency(tables: ConsistencyTables, scheduler: Scheduler): string[] {
	const problems: string[] = [];
	const decks = new Set(tables.decks.map((d) => d.id));
	const cards = new Map(tables.cards.map((c) => [c.id, c]));

	const ids = new Set<number>();
	const identities = new Set<string>();
	const logs = new Map<string, ReviewRow[]>();
	for (const review of tables.reviews) {
		const name = `reviews/${review.id ?? '(no id)'}`;
		if (review.id !== undefined) {
			if (ids.has(review.id)) problems.push(`${name}: id twice`);
			ids.add(review.id);
		}
		// What an import takes for the same review: two of them would be graded twice in a replay.
		const identity = reviewIdentity(review);
		if (identities.has(identity))
			problems.push(`${name}: the same review (card, time, grade) twice`);
		identities.add(identity);
		const card = cards.get(review.cardKey);
		if (!card) {
			problems.push(`${name}: its card ${review.cardKey} does not exist`);
			continue;
		}
		if (review.deckId !== card.deckId || review.factId !== card.factId)
			problems.push(`${name}: deck or fact differs from its card ${card.id}`);
		const log = logs.get(card.id) ?? [];
		log.push(review);
		logs.set(card.id, log);
	}

	for (const card of tables.cards) {
		const name = `cards/${card.id}`;
		if (card.id !== `${card.deckId}/${card.cardId}`)
			problems.push(`${name}: id is not “${card.deckId}/${card.cardId}”`);
		// Every deck's row is written with its first cards (ensureCards, or an import of both).
		if (!decks.has(card.deckId)) problems.push(`${name}: its deck ${card.deckId} does not exist`);
		if (card.suspended !== (card.queue === 2))
			problems.push(`${name}: queue ${card.queue} with suspended ${card.suspended}`);
		else if (card.reps > 0 && card.queue === 0)
			problems.push(`${name}: graded ${card.reps} times but in the new queue`);
		const log = logs.get(card.id) ?? [];
		// A card never graded is new, due whenever it was made or brought forward.
		const differences = log.length
			? memoryDifferences(card, replayOf(log, scheduler), [...FLOAT_FIELDS, ...EXACT_FIELDS, 'due'])
			: memoryDifferences(card, newMemoryState(card.due), [...FLOAT_FIELDS, ...EXACT_FIELDS]);
		if (differences.length)
			problems.push(
				`${name}: state is not the replay of its ${log.length} reviews: ${differences.join(', ')}`
			);
	}
	return problems;
}
