import { describe, expect, it } from 'vitest';
import { candidateFacts } from './candidates.ts';
import { analyseText, entityNamed, lastFact } from './test-text.ts';

const LIBRARY =
	'The library opened in 1998 in Ashcombe, with 40,000 books. ' +
	'Ashcombe Library has spent £2 million on repairs since 2010. ' +
	'The town of Velby and the city of Brackford and the village of Dunmore each have one too.';

/** The candidate facts of a text whose every sentence matters, with these main subjects. */
function candidatesOf(text: string, subjects: string[] = []) {
	const { sentences, index } = analyseText(text);
	const importance = new Map(sentences.map((s) => [s.index, 1]));
	const main = new Set(subjects.map((name) => entityNamed(index, name)));
	return candidateFacts(sentences, index, main, importance);
}

describe('candidateFacts', () => {
	it('offers each name, number and date of a sentence as a blank', () => {
		const { fact } = lastFact(
			'The Hartley County Council approved the plan on Monday. Council leader Maria Okafor said ' +
				'the new bridge over the River Wend would cost £4.2 million and open in 2027.'
		);
		expect(fact?.statement).toBe(
			'Council leader Maria Okafor said the new bridge over the River Wend would cost £4.2 million and open in 2027.'
		);
		const slots = Object.fromEntries((fact?.slots ?? []).map((s) => [s.answer, s]));
		expect(fact?.slots.map((s) => s.answer)).toEqual([
			'Maria Okafor',
			'the River Wend',
			'£4.2 million',
			'2027'
		]);
		// "the" goes into the answer; the source has the name as written.
		expect(slots['the River Wend']).toMatchObject({ kind: 'place', inSource: 'River Wend' });
		expect(slots['£4.2 million']).toMatchObject({ kind: 'number', value: 4_200_000 });
		expect(slots['2027'].kind).toBe('date');
		for (const slot of fact?.slots ?? []) expect(slot.score).toBeGreaterThan(0.3);
	});

	it('writes a surname alone as the full name, keeping the surname as the source has it', () => {
		const { fact } = lastFact(
			'Maria Okafor leads the council. Okafor said the bridge would open in spring.'
		);
		expect(fact?.statement).toBe('Maria Okafor said the bridge would open in spring.');
		expect(fact?.slots[0]).toMatchObject({
			kind: 'person',
			answer: 'Maria Okafor',
			inSource: 'Okafor'
		});
	});

	it('writes a first name alone as the full name, but not inside a title', () => {
		const { fact } = lastFact(
			'Albert Pennock founded the bakery in 1924. It still uses a recipe written by Albert in pencil.'
		);
		expect(fact?.statement).toMatch(/written by Albert Pennock in pencil/);
		const column = lastFact(
			"Eileen Marchbank edited the paper for 20 years. She wrote a weekly column, Eileen's Carnford, until 2023."
		);
		expect(column.fact?.statement).toMatch(/Eileen's Carnford/);
	});

	it('makes an attributed quotation a "who said it?" fact, with no blanks', () => {
		const { fact } = lastFact(
			'"We have waited long enough for this bridge," said Maria Okafor, the council leader.'
		);
		expect(fact?.quote?.speaker.name).toBe('Maria Okafor');
		expect(fact?.quote?.text).toBe('We have waited long enough for this bridge.');
		expect(fact?.slots).toEqual([]);
	});

	it('gives dates wrong answers from the text first, and a place none: it is asked typed', () => {
		const [first] = candidatesOf(LIBRARY).candidates;
		const year = first.slots.find((s) => s.answer === '1998');
		expect(year?.distractors[0]).toBe('2010');
		const place = first.slots.find((s) => s.answer === 'Ashcombe');
		expect(place?.distractors).toEqual([]);
	});

	it('never blanks a main subject of the text, nor offers it as a wrong answer', () => {
		const { candidates } = candidatesOf(LIBRARY, ['Ashcombe']);
		const answers = candidates.flatMap((c) => c.slots.map((s) => s.answer));
		const wrong = candidates.flatMap((c) => c.slots.flatMap((s) => s.distractors));
		expect(answers).not.toContain('Ashcombe');
		expect(answers).toContain('Velby');
		expect(wrong).not.toContain('Ashcombe');
	});

	it('keeps a sentence with nothing to blank as a statement only when it matters', () => {
		const text = 'Warm water holds less oxygen than cold water does, so fish struggle in summer.';
		expect(lastFact(text).fact).toMatchObject({ slots: [], statementOnly: 0.8 });
		const { sentences, index } = analyseText(text);
		const { candidates, skipped } = candidateFacts(sentences, index, new Set());
		expect(candidates).toEqual([]);
		expect(skipped.map((s) => s.reason)).toEqual([
			'it names nothing to ask: no person, place, number or date'
		]);
	});

	it('skips a sentence too short to stand alone, saying why', () => {
		const { fact, skipped } = lastFact('The bridge opened. Price later moved to Oxford.');
		expect(fact).toBeUndefined();
		expect(skipped?.reason).toBe('too short to be a fact on its own');
	});

	it('asks "closing the school and sending its children", not "south Wales, passed through its doors"', () => {
		const { fact } = lastFact(
			'Ruth Ellery ran Brackenholt Primary School. In 1986 the county council proposed closing Brackenholt Primary School and sending its children by bus to a larger one.'
		);
		expect(fact?.statement).toMatch(/sending its children/);
		const { skipped } = lastFact(
			'The planetarium opened in 1979. More than 60,000 visitors from across south Wales passed through its doors.'
		);
		expect(skipped?.reason).toMatch(/its/);
	});
});
