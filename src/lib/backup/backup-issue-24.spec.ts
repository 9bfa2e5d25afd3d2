/** Issue 24’s backup defects: invalid states, impossible scores, lost decks, merged logs. */
import { describe, expect, it } from 'vitest';
import { emptyTables } from './backup-format.ts';
import { describeChanges } from './describe-plan.ts';
import { planImport } from './import-plan.ts';
import { DAY, T0, cardRow, deckRow, reviewRow, studied } from './backup-fixtures.ts';
import { EMPTY, edited, refused, sampleBackup, sampleTables } from './backup-samples.ts';

/**
 * Issue 24, defect 1: card rows with `stability: 0` (or 1e-320), `difficulty: -1e308` or
 * `lastReview = due = 8.64e15` and a later `lastReview` imported as “Updated 1 card”, after which
 * the deck could not be studied, and re-importing the genuine backup changed nothing (its card
 * was “older”).
 */
describe('issue 24 defect 1: invalid FSRS memory state in a backup', () => {
	const later = T0 + 30 * DAY;
	it.each([
		['stability 0', { stability: 0, lastReview: later }],
		['stability 1e-320', { stability: 1e-320, lastReview: later }],
		['difficulty -1e308', { difficulty: -1e308, lastReview: later }],
		['dates at the end of time', { lastReview: 8.64e15, due: 8.64e15 }]
	])('a card row with %s is refused with its reason', (_, patch) => {
		const text = edited((d) => Object.assign(d.tables.cards[0] as object, patch));
		expect(refused(text)).toMatch(
			/^This backup is damaged \(tables\.cards\[0\](: the scheduler cannot use this state: .+ is not .+|\.due: must be a date between 1970 and 2300)\)\. Nothing was imported\.$/
		);
	});

	it('a review whose state before or after is invalid is refused too', () => {
		const text = edited((d) => {
			(d.tables.reviews[0] as { next: { difficulty: number } }).next.difficulty = -1e308;
		});
		expect(refused(text)).toMatch(/tables\.reviews\[0\]\.next: the scheduler cannot use/);
		expect(
			refused(
				edited((d) => ((d.tables.attempts[0] as { finishedAt: number }).finishedAt = 8.64e15))
			)
		).toMatch(/tables\.attempts\[0\]\.finishedAt: must be a date between 1970 and 2300/);
	});

	it('a good backup repairs a card whose state here the scheduler cannot use', () => {
		const tables = sampleTables();
		const broken = { ...tables.cards[0], stability: 0, lastReview: 8.64e15, due: 8.64e15 };
		const here = { ...emptyTables(), ...tables, cards: [broken, ...tables.cards.slice(1)] };
		const plan = planImport(here, sampleBackup());
		expect(plan.counts.cards).toEqual({ added: 0, updated: 1, kept: 2 });
		expect(plan.writes.cards).toEqual([tables.cards[0]]);
	});
});

/**
 * Issue 24, defect 9: backups accepted impossible scores: 1000/1 showed as 100000 % and made a
 * class average of 1000 %. Negative scores were already refused (counts); both now are, with
 * the row and the reason.
 */
describe('issue 24 defect 9: impossible scores in a backup', () => {
	it.each(['attempts', 'classResults'] as const)(
		'a %s row with a score above its total is refused with its reason',
		(table) => {
			const text = edited((d) => Object.assign(d.tables[table][0] as object, { score: 1000 }));
			expect(refused(text)).toMatch(
				new RegExp(
					`^This backup is damaged \\(tables\\.${table}\\[0\\]: the score 1000 is more than the total \\d+\\)\\. Nothing was imported\\.$`
				)
			);
			const negative = edited((d) => Object.assign(d.tables[table][0] as object, { score: -1 }));
			expect(refused(negative)).toMatch(new RegExp(`tables\\.${table}\\[0\\]\\.score`));
		}
	);
});

/*
 * Issue 24 defect 3: a backup deck row with a later `updatedAt` but no `deck` field (a hand-edited
 * or damaged file) was written over the user's deck, which then opened as "Deck not found" though
 * the import promises nothing is deleted.
 */
describe('issue 24 defect 3: a backup never turns a deck into nothing', () => {
	it('keeps the deck here when a later backup row has no deck', () => {
		const here = deckRow('my-notes', 'user');
		const bare = { ...deckRow('my-notes', 'user', T0 + DAY), title: 'Renamed' };
		delete bare.deck;
		const incoming = sampleBackup({ ...EMPTY, decks: [bare] });
		const plan = planImport({ ...EMPTY, decks: [here] }, incoming);
		expect(plan.writes.decks).toHaveLength(1);
		expect(plan.writes.decks[0]).toMatchObject({ kind: 'user', title: 'Renamed' });
		expect(plan.writes.decks[0].deck).toEqual(here.deck);
	});

	it('keeps the user deck when the later row claims to be a built-in deck', () => {
		const here = deckRow('my-notes', 'user');
		const incoming = sampleBackup({ ...EMPTY, decks: [deckRow('my-notes', 'curated', T0 + DAY)] });
		const plan = planImport({ ...EMPTY, decks: [here] }, incoming);
		expect(plan.writes.decks.every((d) => d.deck !== undefined && d.kind === 'user')).toBe(true);
	});
});

/*
 * Issue 24 (consistency property): a card graded on two devices since they last shared a backup
 * kept, on import, the state of the copy studied last, built from its own grades only, while the
 * review log gained the other's: the card no longer was the replay of its reviews.
 */
describe('issue 24: a card graded on both devices takes the replay of both logs', () => {
	const card = cardRow('ukraine', 'f1.cloze.who');
	const here = reviewRow(card, T0, 1, 1);
	const there = reviewRow(card, T0 + DAY, 3);
	const replayed = studied(T0 + DAY, 2);
	const tablesWith = (reviews: ReturnType<typeof reviewRow>[], at: number) => ({
		...EMPTY,
		decks: [deckRow('ukraine')],
		cards: [{ ...card, ...studied(at), queue: 1 as const }],
		reviews
	});
	const replay = (log: { reviewedAt: number }[]) => ({ ...replayed, reps: log.length });

	it('replays the merged log when each side has grades the other lacks', () => {
		const plan = planImport(
			tablesWith([here], T0),
			sampleBackup(tablesWith([there], T0 + DAY)),
			replay
		);
		expect(plan.counts.cards).toEqual({ added: 0, updated: 1, kept: 0 });
		expect(plan.writes.cards).toEqual([{ ...card, ...replayed, reps: 2, queue: 1 }]);
		expect(describeChanges(plan)).toBe(
			'1 review to add; 1 card rescheduled from the merged history.'
		);
		// The same when the copy here was studied last: it is replayed, not kept.
		const back = planImport(
			tablesWith([there], T0 + DAY),
			sampleBackup(tablesWith([here], T0)),
			replay
		);
		expect(back.writes.cards).toEqual([{ ...card, ...replayed, reps: 2, queue: 1 }]);
	});

	it('keeps the latest copy’s state when its log already holds the other’s', () => {
		const both = [here, { ...there, id: 2 }];
		const newer = planImport(
			tablesWith([here], T0),
			sampleBackup(tablesWith(both, T0 + DAY)),
			replay
		);
		expect(newer.writes.cards).toEqual([{ ...card, ...studied(T0 + DAY), queue: 1 }]);
		expect(describeChanges(newer)).toBe('1 review to add.');
		expect(
			describeChanges(
				planImport(tablesWith(both, T0 + DAY), sampleBackup(tablesWith(both, T0 + 2 * DAY)), replay)
			)
		).toBe('Nothing to add; some rows are taken from the backup (below).');
		const older = planImport(
			tablesWith(both, T0 + DAY),
			sampleBackup(tablesWith([here], T0)),
			replay
		);
		expect(older.counts.cards).toEqual({ added: 0, updated: 0, kept: 1 });
		expect(older.writes.cards).toEqual([]);
	});
});
