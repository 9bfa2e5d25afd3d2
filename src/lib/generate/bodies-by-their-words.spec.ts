/**
 * Bodies and their words, as held-out-100 and -101 showed them: a start-up named alone at the
 * start of sentences, a health partnership that is no firm, a league that is no person, a
 * festival called by its length or its year, a role cut off by the word limit.
 */
import { describe, expect, it } from 'vitest';
import { generateDeck } from './generate.ts';
import { analyseText, entityNamed, statementsOf } from './test-text.ts';

const drones = [
	'Drones fly prescriptions to hill villages',
	'A technology start-up has begun flying medicines to villages in the Cowlan Hills by drone.',
	'Wispwing, which was founded in Brackenfold three years ago and employs 22 people, made its first delivery on Monday.',
	'The trial involves the Cowlan Valley Health Partnership (CVHP), which runs four GP surgeries in the area.',
	'Air safety regulators have given Wispwing permission to fly beyond the sight of its pilots.',
	'If the trial succeeds, the company plans to extend the service to a further 11 villages.'
].join('\n\n');

describe('a firm named alone and a partnership that runs surgeries', () => {
	it('finds the start-up that opens a sentence, and keeps the partnership out of "the company"', () => {
		const { index } = analyseText(drones);
		expect(entityNamed(index, 'Wispwing').kind).toBe('organisation');
		expect(entityNamed(index, 'Cowlan Valley Health Partnership').category).toBe('health');
		const statements = statementsOf(drones);
		expect(statements.some((s) => /Health Partnership plans to extend/.test(s))).toBe(false);
		expect(statements).toContain(
			'If the trial succeeds, Wispwing plans to extend the service to a further 11 villages.'
		);
	});
});

describe('"Premier Division clubs"', () => {
	it('names no person "Division"', () => {
		const { index } = analyseText(
			[
				'Club promoted',
				'Thistlecombe Cricket Club have been promoted to the Premier Division of the Western Counties League.',
				'Premier Division clubs must have covered practice nets and an electronic scoreboard.'
			].join('\n\n')
		);
		expect(index.entities.some((e) => e.kind === 'person')).toBe(false);
	});
});

describe('"The 11-day festival" and "Next year\'s festival"', () => {
	it('are the festival named before', () => {
		const statements = statementsOf(
			[
				'Festival sells record tickets',
				'The Marlowford International Film Festival has sold a record 52,000 tickets this year, organisers have said.',
				'The 11-day festival, which closed on Sunday night, screened 186 films from 41 countries.',
				'Next year’s festival will run from 9 to 19 October.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'The 11-day Marlowford International Film Festival, which closed on Sunday night, screened 186 films from 41 countries.'
		);
		expect(statements).toContain(
			'Next year’s Marlowford International Film Festival will run from 9 to 19 October.'
		);
	});
});

describe('"said the company had been trying to buy the firm"', () => {
	it('never names one firm as both', () => {
		const statements = statementsOf(
			[
				'Biscuit maker sold',
				'Mabberley’s, the family-owned biscuit maker, has agreed to be bought by the food group Orrin Holdings.',
				'Orrin, which employs about 5,200 people, is roughly eight times the size of Mabberley’s.',
				'Its chief executive, Neil Haskett, said the company had been trying to buy the firm "on and off for about a decade".'
			].join('\n\n')
		);
		expect(statements.some((s) => /Mabberley’s had been trying to buy/.test(s))).toBe(false);
		expect(statements.some((s) => /Orrin Holdings had been trying to buy Orrin/.test(s))).toBe(
			false
		);
	});
});

describe('a medieval date and a long role', () => {
	it('asks a charter’s date as a year, and drops a role cut off before its end', () => {
		const { deck } = generateDeck(
			[
				'Charter found',
				'A medieval charter granting Ravensholt a weekly market has been found inside a hymn book.',
				'The document, dated 1287, was discovered in January by volunteers.'
			].join('\n\n')
		);
		const slots = deck.facts.flatMap((f) => f.slots);
		expect(slots.find((s) => s.answer === '1287')?.kind).toBe('date');
		const { index } = analyseText(
			[
				'Mayor elected',
				'Cllr Maureen Oduya won the by-election with 14,306 votes.',
				'That split could make it harder to pass a budget, according to Dr Priya Venkatesan, a lecturer in local politics at the University of Dunmarsh.'
			].join('\n\n')
		);
		const role = entityNamed(index, 'Priya Venkatesan').role ?? '';
		expect(role.endsWith('University of')).toBe(false);
	});
});
