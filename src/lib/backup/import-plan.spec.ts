/** Planning an import: what a backup adds to, updates on and keeps of a device. */
import { describe, expect, it } from 'vitest';
import {
	describeChanges,
	describePlan,
	describeResult,
	formatSettingValue
} from './describe-plan.ts';
import { planChangesNothing, planImport } from './import-plan.ts';
import { DAY, T0, attemptRow, cardRow, deckRow, reviewRow, studied } from './backup-fixtures.ts';
import { EMPTY, sampleBackup, sampleTables } from './backup-samples.ts';

describe('planning an import', () => {
	it('adds everything to an empty device', () => {
		const plan = planImport(EMPTY, sampleBackup());
		expect(plan.counts).toEqual({
			decks: { added: 2, updated: 0, kept: 0 },
			cards: { added: 3, updated: 0, kept: 0 },
			reviews: { added: 2, updated: 0, kept: 0 },
			attempts: { added: 1, updated: 0, kept: 0 },
			settings: { added: 3, updated: 0, kept: 0 },
			sharedQuizzes: { added: 1, updated: 0, kept: 0 },
			classResults: { added: 2, updated: 0, kept: 0 }
		});
		expect(plan.settingChanges).toEqual([
			{ key: 'theme', from: 'system', to: 'dark' },
			{ key: 'retention', from: 0.9, to: 0.85 }
		]);
		expect(describeResult(plan)).toBe(
			'Added 2 decks, 3 cards, 2 reviews, 1 quiz result, 3 settings, 1 shared quiz and 2 class results.'
		);
		expect(describeChanges(plan)).toBe(
			'2 decks, 3 cards, 2 reviews, 1 quiz result, 1 shared quiz and 2 class results to add; 2 settings changed.'
		);
		expect(describePlan(plan).map((l) => `${l.label}: ${l.text}`)).toEqual([
			'Decks: 2 to add',
			'Cards (their schedules): 3 to add',
			'Reviews (your grades): 2 to add',
			'Quiz results: 1 to add',
			'Settings: 3 to add',
			'Quizzes you shared: 1 to add',
			'Class results: 2 to add'
		]);
	});

	it('changes nothing when the device already has the same rows (review ids differ)', () => {
		const tables = sampleTables();
		const here = { ...tables, reviews: tables.reviews.map((r, i) => ({ ...r, id: 100 + i })) };
		const plan = planImport(here, sampleBackup(tables));
		expect(planChangesNothing(plan)).toBe(true);
		expect(plan.counts.reviews).toEqual({ added: 0, updated: 0, kept: 2 });
		expect(describePlan(plan)[2].text).toBe('0 to add, 2 already here');
		expect(describeResult(plan)).toBe(
			'Nothing changed: everything in the backup was already here.'
		);
		expect(describeChanges(plan)).toBe(
			'Nothing to add: everything in this backup is already here.'
		);
	});

	it('treats reviews as the same by card, time and grade, also within the file', () => {
		const card = cardRow('ukraine', 'f1.cloze.who');
		const backup = sampleBackup({
			...EMPTY,
			reviews: [
				reviewRow(card, T0, 3, 1),
				reviewRow(card, T0, 3, 2),
				reviewRow(card, T0, 1, 3),
				reviewRow(card, T0 + 1, 3, 4)
			]
		});
		const plan = planImport({ ...EMPTY, reviews: [reviewRow(card, T0 + 1, 3, 9)] }, backup);
		expect(plan.counts.reviews).toEqual({ added: 2, updated: 0, kept: 2 });
		expect(plan.writes.reviews.map((r) => [r.reviewedAt - T0, r.rating])).toEqual([
			[0, 3],
			[0, 1]
		]);
	});

	it('keeps the card state studied last, and a deck only when the backup’s is newer', () => {
		const older = cardRow('ukraine', 'f1.cloze.who', studied(T0));
		const newer = cardRow('ukraine', 'f1.cloze.who', studied(T0 + DAY, 2));
		const fresh = cardRow('ukraine', 'f2.cloze.when');
		const freshHere = cardRow('ukraine', 'f2.cloze.when', studied(T0));
		const here = {
			...EMPTY,
			decks: [deckRow('my-notes', 'user', T0), deckRow('ukraine', 'curated', T0 + DAY)],
			cards: [older, freshHere]
		};
		const plan = planImport(
			here,
			sampleBackup({
				...EMPTY,
				decks: [
					{ ...deckRow('my-notes', 'user', T0 + DAY), title: 'Renamed', addedAt: T0 - DAY },
					deckRow('ukraine', 'curated', T0)
				],
				cards: [newer, fresh]
			})
		);
		expect(plan.counts.cards).toEqual({ added: 0, updated: 1, kept: 1 });
		expect(plan.writes.cards).toEqual([newer]);
		expect(describeResult(plan)).toBe('Updated 2 decks and 1 card.');
		expect(plan.counts.decks).toEqual({ added: 0, updated: 2, kept: 0 });
		expect(plan.writes.decks[0]).toMatchObject({ title: 'Renamed', addedAt: T0 - DAY });
		// The device's deck is newer and stays, but was added first on the other device (issue 23:
		// keeping this device's addedAt made the merge depend on which device imported).
		expect(plan.writes.decks[1]).toEqual({
			...deckRow('ukraine', 'curated', T0 + DAY),
			addedAt: T0
		});

		// The other way round, the device's newer card stays.
		const reverse = planImport(
			{ ...EMPTY, cards: [newer] },
			sampleBackup({ ...EMPTY, cards: [older] })
		);
		expect(reverse.counts.cards).toEqual({ added: 0, updated: 0, kept: 1 });
	});

	it('adds quiz attempts by id and reports only settings whose value changes', () => {
		const plan = planImport(
			{
				...EMPTY,
				attempts: [attemptRow('quiz-1@1', 'ukraine')],
				settings: [
					{ key: 'theme', value: 'dark' },
					{ key: 'retention', value: 0.8 }
				]
			},
			sampleBackup({
				...EMPTY,
				attempts: [attemptRow('quiz-1@1', 'ukraine'), attemptRow('quiz-1@2', 'ukraine')],
				settings: [
					{ key: 'theme', value: 'dark' },
					{ key: 'retention', value: 0.85 },
					{ key: 'newPerDay', value: 20 }
				]
			})
		);
		expect(plan.counts.attempts).toEqual({ added: 1, updated: 0, kept: 1 });
		expect(plan.counts.settings).toEqual({ added: 1, updated: 1, kept: 1 });
		// newPerDay 20 is the default already: written, but not a visible change.
		expect(plan.settingChanges).toEqual([{ key: 'retention', from: 0.8, to: 0.85 }]);
		expect(formatSettingValue('retention', 0.85)).toBe('85%');
		expect(formatSettingValue('theme', 'system')).toBe('Same as device');
	});

	it('is pure and deterministic', () => {
		const here = sampleTables();
		const backup = sampleBackup();
		const before = JSON.stringify([here, backup]);
		expect(planImport(here, backup)).toEqual(planImport(here, backup));
		expect(JSON.stringify([here, backup])).toBe(before);
	});
});
