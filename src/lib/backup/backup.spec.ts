import { describe, expect, it } from 'vitest';
import { DB_SCHEMA_VERSION } from '../records/version.ts';
import {
	BACKUP_FORMAT,
	MAX_BACKUP_BYTES,
	emptyTables,
	type Backup,
	type BackupTables
} from './backup-format.ts';
import {
	backupFileName,
	createBackup,
	parseBackup,
	serializeBackup,
	type StoredTables
} from './backup.ts';
import {
	describeBackup,
	describeChanges,
	describePlan,
	describeResult,
	formatSettingValue
} from './describe-plan.ts';
import { planChangesNothing, planImport } from './import-plan.ts';
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

const EMPTY: BackupTables = emptyTables();
const quiz = sharedQuizRow(1);

function sampleTables(): StoredTables {
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

function sampleBackup(tables = sampleTables()): Backup {
	return createBackup(tables, { appVersion: '0.1.0', now: T0 + DAY });
}

/** A serialized sample backup, changed by `edit` (a corrupt or hand-edited file). */
function edited(
	edit: (data: Record<string, unknown> & { tables: Record<string, unknown[]> }) => void
) {
	const data = JSON.parse(serializeBackup(sampleBackup())) as Parameters<typeof edit>[0];
	edit(data);
	return JSON.stringify(data);
}

function refused(text: string): string {
	const result = parseBackup(text);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.error;
}

describe('the backup file', () => {
	it('records the app, format, schema and app version, and round-trips through its text', () => {
		const backup = sampleBackup();
		expect(backup).toMatchObject({
			app: 'factdeck',
			format: BACKUP_FORMAT,
			schemaVersion: DB_SCHEMA_VERSION,
			appVersion: '0.1.0',
			exportedAt: new Date(T0 + DAY).toISOString()
		});
		const parsed = parseBackup(serializeBackup(backup));
		expect(parsed).toEqual({ ok: true, backup });
	});

	it('leaves out review ids and the settings that describe one browser', () => {
		const backup = sampleBackup();
		expect(backup.tables.reviews.every((r) => !('id' in r))).toBe(true);
		expect(backup.tables.settings.map((s) => s.key)).toEqual(['theme', 'retention', 'welcomed']);
	});

	it('carries the read-aloud voice and speed, and refuses a speed out of range', () => {
		const readAloud = [
			{ key: 'readAloudVoice', value: 'urn:voice:daniel' },
			{ key: 'readAloudRate', value: 1.5 }
		];
		const backup = sampleBackup({ ...sampleTables(), settings: readAloud });
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
		const plan = planImport(EMPTY, backup);
		expect(plan.settingChanges).toEqual([
			{ key: 'readAloudVoice', from: null, to: 'urn:voice:daniel' },
			{ key: 'readAloudRate', from: 1, to: 1.5 }
		]);
		expect(formatSettingValue('readAloudVoice', null)).toBe('Default voice');
		expect(formatSettingValue('readAloudRate', 1.5)).toBe('1.5×');
		const tooFast = edited((d) => d.tables.settings.push({ key: 'readAloudRate', value: 5 }));
		expect(parseBackup(tooFast).ok).toBe(false);
	});

	it('is named by the local date', () => {
		expect(backupFileName(new Date(2026, 2, 5, 23, 59).getTime())).toBe(
			'factdeck-backup-2026-03-05.json'
		);
	});
});

describe('reading a backup refuses anything that is not a valid Factdeck backup', () => {
	it('refuses text that is not JSON, and JSON from another app', () => {
		expect(refused('{"app": "factdeck", tables')).toMatch(/not a Factdeck backup.*not valid JSON/);
		expect(refused('[1, 2, 3]')).toMatch(/not a Factdeck backup/);
		expect(refused('{"app": "anki", "format": 1}')).toMatch(/not a Factdeck backup/);
		// A deck file is not a backup either.
		expect(refused('{"format": 1, "id": "x", "facts": []}')).toMatch(/not a Factdeck backup/);
	});

	it('refuses a newer format or schema with a message that says to update', () => {
		expect(refused(edited((d) => (d.format = BACKUP_FORMAT + 1)))).toMatch(
			/newer version of Factdeck \(0\.1\.0\)\. Update Factdeck/
		);
		expect(refused(edited((d) => (d.schemaVersion = DB_SCHEMA_VERSION + 1)))).toMatch(
			/newer version/
		);
	});

	it('refuses a file larger than the cap before parsing it', () => {
		expect(refused(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatch(/larger than 50 MB/);
	});

	it('says which row is damaged and that nothing was imported', () => {
		const badRating = edited((d) => ((d.tables.reviews[1] as { rating: number }).rating = 5));
		expect(refused(badRating)).toBe(
			'This backup is damaged (tables.reviews[1].rating: must be a grade from 1 to 4). Nothing was imported.'
		);
		// JSON has no Infinity, but 1e999 parses to it.
		const infinite = serializeBackup(sampleBackup()).replace(
			'"stability":3.2',
			'"stability":1e999'
		);
		expect(refused(infinite)).toMatch(/tables\.cards\[0\]\.stability/);
		expect(refused(edited((d) => ((d.tables.cards[0] as { due: unknown }).due = '2026')))).toMatch(
			/tables\.cards\[0\]\.due/
		);
		expect(refused(edited((d) => ((d.tables.cards[0] as { extra: number }).extra = 1)))).toMatch(
			/damaged/
		);
		expect(
			refused(edited((d) => ((d.tables.cards[0] as { id: string }).id = 'x'.repeat(501))))
		).toMatch(/tables\.cards\[0\]\.id/);
		expect(refused(edited((d) => delete (d.tables as Record<string, unknown>).reviews))).toMatch(
			/tables\.reviews/
		);
	});

	it('refuses rows that contradict each other', () => {
		expect(refused(edited((d) => d.tables.cards.push(d.tables.cards[0])))).toMatch(
			/tables\.cards: “ukraine\/f1\.cloze\.who” twice/
		);
		expect(
			refused(edited((d) => ((d.tables.cards[0] as { deckId: string }).deckId = 'my-notes')))
		).toMatch(/tables\.cards\[0\]\.id: must be “my-notes\/f1\.cloze\.who”/);
		expect(
			refused(
				edited((d) => {
					const deck = (d.tables.decks[1] as { deck: { facts: { statement: string }[] } }).deck;
					deck.facts[0].statement = 'Something else entirely.';
				})
			)
		).toMatch(/tables\.decks\[1\]\.deck\.facts\[0\]\.slots\[0\]\.answer/);
		expect(refused(edited((d) => (d.tables.settings[1] = { key: 'retention', value: 2 })))).toMatch(
			/tables\.settings\[1\]\.value/
		);
	});

	it('never lets __proto__ or constructor keys through', () => {
		const text = serializeBackup(sampleBackup())
			.replace('{"key":"theme"', '{"__proto__":{"polluted":true},"key":"theme"')
			.replace('"cardKey":', '"constructor":{"prototype":{"polluted":true}},"cardKey":');
		expect(text).toContain('__proto__');
		const result = parseBackup(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.hasOwn(result.backup.tables.settings[0], '__proto__')).toBe(false);
		expect(Object.hasOwn(result.backup.tables.reviews[0], 'constructor')).toBe(false);
	});

	it('ignores settings it does not know (or that describe another browser)', () => {
		const text = edited((d) =>
			d.tables.settings.push({ key: 'futureSetting', value: 1 }, { key: 'persistAsked', value: 1 })
		);
		const result = parseBackup(text);
		expect(result.ok && result.backup.tables.settings.map((s) => s.key)).toEqual([
			'theme',
			'retention',
			'welcomed'
		]);
	});
});

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

describe('a teacher’s shared quizzes and class results', () => {
	it('travel in every backup, and read back the same', () => {
		const backup = sampleBackup();
		expect(backup.tables.sharedQuizzes).toEqual([quiz]);
		expect(backup.tables.classResults.map((r) => r.name)).toEqual(['Ada', 'Grace']);
		expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup });
		expect(describeBackup(backup)).toMatch(
			/: 2 decks, 3 cards, 2 reviews, 1 quiz result, 1 shared quiz, 2 class results\.$/
		);
		// Written even when there are none, so a backup always says what it holds.
		const none = serializeBackup(sampleBackup({ ...sampleTables(), ...EMPTY }));
		expect(none).toContain('"sharedQuizzes":[],"classResults":[]');
	});

	it('a backup written before they travelled (no such keys) imports exactly as before', () => {
		const old = edited((d) => {
			delete (d.tables as Record<string, unknown>).sharedQuizzes;
			delete (d.tables as Record<string, unknown>).classResults;
		});
		const result = parseBackup(old);
		if (!result.ok) throw new Error(result.error);
		expect(result.backup.tables.sharedQuizzes).toEqual([]);
		expect(result.backup.tables.classResults).toEqual([]);
		expect(describeBackup(result.backup)).toMatch(
			/: 2 decks, 3 cards, 2 reviews, 1 quiz result\.$/
		);
		const plan = planImport(EMPTY, result.backup);
		expect(plan.writes.sharedQuizzes).toEqual([]);
		expect(plan.writes.classResults).toEqual([]);
		// The preview and the result read as they did before these tables existed.
		expect(describePlan(plan).map((l) => l.label)).toEqual([
			'Decks',
			'Cards (their schedules)',
			'Reviews (your grades)',
			'Quiz results',
			'Settings'
		]);
		expect(describeResult(plan)).toBe(
			'Added 2 decks, 3 cards, 2 reviews, 1 quiz result and 3 settings.'
		);
	});

	it('a malformed row is refused with its path', () => {
		const shared = (edit: (row: Record<string, unknown>) => void) =>
			refused(edited((d) => edit(d.tables.sharedQuizzes[0] as Record<string, unknown>)));
		const result = (edit: (row: Record<string, unknown>) => void) =>
			refused(edited((d) => edit(d.tables.classResults[1] as Record<string, unknown>)));
		expect(shared((row) => (row.link = 'javascript:alert(1)'))).toBe(
			'This backup is damaged (tables.sharedQuizzes[0].link: must be a web link). Nothing was imported.'
		);
		expect(shared((row) => (row.deckId = 'Not A Deck'))).toMatch(
			/^This backup is damaged \(tables\.sharedQuizzes\[0\]\.deckId: must be a deck id/
		);
		expect(shared((row) => delete row.questions)).toMatch(/tables\.sharedQuizzes\[0\]\.questions/);
		expect(shared((row) => ((row.questions as { answer: unknown }[])[1].answer = 7))).toMatch(
			/tables\.sharedQuizzes\[0\]\.questions\[1\]\.answer/
		);
		expect(
			shared(
				(row) =>
					(row.questions = Array.from({ length: 1_001 }, () => ({
						id: 'q',
						prompt: '',
						answer: ''
					})))
			)
		).toMatch(/tables\.sharedQuizzes\[0\]\.questions/);
		expect(result((row) => (row.score = -1))).toMatch(
			/^This backup is damaged \(tables\.classResults\[1\]\.score: .*\)\. Nothing was imported\.$/
		);
		expect(result((row) => (row.name = 'x'.repeat(10_001)))).toMatch(
			/tables\.classResults\[1\]\.name/
		);
		expect(result((row) => ((row.answers as { ok: unknown }[])[0].ok = 'yes'))).toMatch(
			/tables\.classResults\[1\]\.answers\[0\]\.ok/
		);
		expect(result((row) => (row.extra = 1))).toMatch(/tables\.classResults\[1\]/);
		expect(
			refused(edited((d) => ((d.tables as Record<string, unknown>).classResults = null)))
		).toMatch(/tables\.classResults/);
	});

	it('refuses an id given twice', () => {
		expect(refused(edited((d) => d.tables.sharedQuizzes.push(d.tables.sharedQuizzes[0])))).toBe(
			`This backup is damaged (tables.sharedQuizzes: “${quiz.id}” twice). Nothing was imported.`
		);
		expect(
			refused(
				edited((d) =>
					d.tables.classResults.push({ ...(d.tables.classResults[0] as object), name: 'Eve' })
				)
			)
		).toBe(
			`This backup is damaged (tables.classResults: “${quiz.id}|Ada|${T0}” twice). Nothing was imported.`
		);
	});

	it('adds the ids this device lacks and keeps the rows it has as they are', () => {
		const here = {
			...EMPTY,
			sharedQuizzes: [{ ...quiz, title: 'Renamed here', createdAt: T0 - DAY }],
			classResults: [classResultRow(quiz, 'Ada')]
		};
		const other = sharedQuizRow(2, 'my-notes');
		const plan = planImport(
			here,
			sampleBackup({
				...EMPTY,
				sharedQuizzes: [{ ...quiz, title: 'Renamed in the backup', createdAt: T0 + DAY }, other],
				classResults: [
					{ ...classResultRow(quiz, 'Ada'), score: 2 },
					classResultRow(quiz, 'Grace'),
					classResultRow(other, 'Ada')
				]
			})
		);
		expect(plan.counts.sharedQuizzes).toEqual({ added: 1, updated: 0, kept: 1 });
		expect(plan.counts.classResults).toEqual({ added: 2, updated: 0, kept: 1 });
		expect(plan.writes.sharedQuizzes).toEqual([other]);
		expect(plan.writes.classResults.map((r) => r.id)).toEqual([
			`${quiz.id}|Grace|${T0}`,
			`${other.id}|Ada|${T0}`
		]);
		expect(describePlan(plan).slice(-2)).toEqual([
			{ table: 'sharedQuizzes', label: 'Quizzes you shared', text: '1 to add, 1 already here' },
			{ table: 'classResults', label: 'Class results', text: '2 to add, 1 already here' }
		]);
		expect(describeResult(plan)).toBe('Added 1 shared quiz and 2 class results.');

		// Once written, the same backup has nothing more to add.
		const after = {
			...here,
			sharedQuizzes: [...here.sharedQuizzes, ...plan.writes.sharedQuizzes],
			classResults: [...here.classResults, ...plan.writes.classResults]
		};
		expect(planChangesNothing(planImport(after, plan.backup))).toBe(true);
	});
});

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
