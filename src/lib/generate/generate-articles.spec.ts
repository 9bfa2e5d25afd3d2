/**
 * The generator on three articles written for these tests (tests/fixtures: a science piece, a
 * history piece, a local-news story), checked for the properties a teacher needs rather than
 * against snapshots: enough questions, each answerable from its source sentence, one correct
 * option among distinct ones, wrong answers of the answer's kind, no repeats, and the same output
 * for the same seed. Then the input it refuses, and the progress it reports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../content/parse.ts';
import type { Deck, Entity, Fact, Slot } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { buildQuestions } from '../questions/engine.ts';
import { buildCards } from '../questions/flashcards.ts';
import type { Question } from '../questions/types.ts';
import { DEFAULT_CONFIDENCE, generateDeck, GenerateError, MAX_WORDS } from './generate.ts';
import { numberWordValue } from '../answers/numbers.ts';
import { LEADING_PRONOUNS, MONTHS, WEEKDAYS } from '../language/lexicon.ts';
import { countWords } from './readable-text.ts';
import { MAX_WORDS_PER_SENTENCE } from './sentences.ts';
import { ARTICLES, generateArticles, get, read } from './generate-test-articles.ts';

beforeAll(generateArticles);

/** The slot a question asks about, from its id (`<fact>.<type>.<slot>`). */
function slotOf(deck: Deck, q: Question): { fact: Fact; slot: Slot } | undefined {
	const [factId, , slotId] = q.id.split('.');
	const fact = deck.facts.find((f) => f.id === factId);
	const slot = fact?.slots.find((s) => s.id === slotId);
	return fact && slot ? { fact, slot } : undefined;
}

function namesOf(entity: Entity): string[] {
	return [entity.name, ...entity.aliases].map((n) => normalizeAnswer(n));
}

/** The shape of a date or number: "14 September 2015" → "# M #", "£480,000" → "£#". */
function shape(text: string): string {
	const months = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');
	const days = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
	return text
		.replace(months, 'M')
		.replace(days, 'W')
		.replace(/\d[\d,.]*/g, '#');
}

/** True when `option` is a wrong answer of the same kind as the slot's answer. */
function sameKind(deck: Deck, slot: Slot, option: string): boolean {
	if (slot.entity !== undefined) {
		const key = normalizeAnswer(option);
		return deck.entities.some((e) => e.kind === slot.kind && namesOf(e).includes(key));
	}
	if (slot.kind === 'number' && numberWordValue(slot.answer.toLowerCase()) !== undefined)
		return numberWordValue(option.toLowerCase()) !== undefined;
	// A claim stated by its opposite ("less" → "more"), or a score ("24-21" → "24-18").
	if (slot.kind === 'phrase' && !/\d/.test(slot.answer)) return slot.distractors.includes(option);
	return shape(option) === shape(slot.answer) && /\d|[A-Z]/.test(option);
}

/** What a false true/false statement swapped in for the answer. */
function swappedIn(statement: string, answer: string, prompt: string): string | undefined {
	const at = statement.indexOf(answer);
	const before = statement.slice(0, at).replace(/the\s$/i, '');
	const after = statement.slice(at + answer.length);
	if (!prompt.toLowerCase().startsWith(before.toLowerCase()) || !prompt.endsWith(after))
		return undefined;
	return prompt.slice(before.length, prompt.length - after.length).replace(/^the\s/i, '');
}

describe.each(Object.keys(ARTICLES))('the %s article', (name) => {
	it('is 300–900 words and makes a valid deck in the curated format', () => {
		const { text, result } = get(name);
		expect(countWords(text)).toBeGreaterThanOrEqual(300);
		expect(countWords(text)).toBeLessThanOrEqual(900);
		const parsed = parseDeck(JSON.parse(JSON.stringify(result.deck)));
		expect(parsed.ok ? [] : parsed.problems).toEqual([]);
		expect(result.deck.id).toMatch(/^gen-[a-z0-9]+$/);
		expect(result.deck.article).toBe(text);
		expect(result.stats.kept).toBeLessThanOrEqual(result.stats.candidates);
	});

	it('gives at least 15 questions per 250 words from the facts shown by default', () => {
		const { questions, result } = get(name);
		expect((questions.length / result.stats.words) * 250).toBeGreaterThanOrEqual(15);
		expect(get(name).shown.facts.every((f) => (f.confidence ?? 0) >= DEFAULT_CONFIDENCE)).toBe(
			true
		);
	});

	it('makes every question answerable from its source sentence', () => {
		const { questions } = get(name);
		for (const q of questions) {
			expect(q.highlight.length, q.id).toBeGreaterThan(0);
			for (const h of q.highlight) expect(q.source, q.id).toContain(h);
		}
	});

	it('gives distinct options with exactly one correct', () => {
		const { questions } = get(name);
		const withOptions = questions.filter((q) => q.options && q.type !== 'matching');
		expect(withOptions.length).toBeGreaterThan(5);
		for (const q of withOptions) {
			const options = q.options as string[];
			expect(new Set(options.map((o) => o.toLowerCase())).size, q.id).toBe(options.length);
			expect(
				options.filter((o) => o === q.answer),
				q.id
			).toHaveLength(1);
		}
	});

	it('draws wrong answers of the answer’s kind', () => {
		const { shown, questions } = get(name);
		let checked = 0;
		for (const q of questions) {
			const found = slotOf(shown, q);
			if (q.type === 'multiple-choice' && found) {
				for (const option of q.options ?? [])
					if (option !== q.answer) {
						expect(sameKind(shown, found.slot, option), `${q.id}: ${option}`).toBe(true);
						checked++;
					}
			}
			if (q.type === 'true-false' && q.answer === 'false' && found) {
				const swapped = swappedIn(found.fact.statement, found.slot.answer, q.prompt);
				expect(swapped, q.id).toBeDefined();
				expect(sameKind(shown, found.slot, swapped as string), `${q.id}: ${swapped}`).toBe(true);
				checked++;
			}
			if (q.type === 'who-said')
				for (const option of q.options ?? [])
					expect(
						shown.entities.some((e) => e.kind === 'person' && e.name === option),
						option
					).toBe(true);
		}
		expect(checked).toBeGreaterThan(20);
	});

	it('asks no prompt twice and blanks no answer more than twice', () => {
		const { questions, result } = get(name);
		// Matching questions share a prompt ("Match each person to their role."); pairs differ.
		const keys = questions.map((q) => (q.type === 'matching' ? q.id : `${q.type}:${q.prompt}`));
		expect(new Set(keys).size).toBe(keys.length);
		const uses = new Map<string, number>();
		for (const slot of result.deck.facts.flatMap((f) => f.slots)) {
			const key = slot.entity ?? `${slot.kind}:${slot.answer.toLowerCase()}`;
			uses.set(key, (uses.get(key) ?? 0) + 1);
		}
		expect(Math.max(...uses.values())).toBeLessThanOrEqual(2);
	});

	it('states facts that stand alone: a leading pronoun named from the sentence before it', () => {
		const { result } = get(name);
		for (const fact of result.deck.facts) {
			const main = fact.source[fact.source.length - 1];
			expect(countWords(main), main).toBeLessThanOrEqual(MAX_WORDS_PER_SENTENCE);
			if (fact.quote) continue;
			const firstWord = (text: string) =>
				text
					.split(/\s+/)[0]
					.toLowerCase()
					.replace(/[^a-z]/g, '');
			expect(LEADING_PRONOUNS.has(firstWord(fact.statement)), fact.statement).toBe(false);
			// "He died…" became "Alun Pritchard died…": the sentence that names him is cited too.
			if (LEADING_PRONOUNS.has(firstWord(main)) && !/^this (year|week)/i.test(main))
				expect(fact.source.length, main).toBeGreaterThan(1);
		}
	});

	it('is deterministic: the same seed gives the same output, another seed another order', () => {
		const { text, result, shown } = get(name);
		const again = generateDeck(text, { seed: 99 });
		expect(JSON.stringify(again.deck)).toBe(JSON.stringify(result.deck));
		expect(JSON.stringify(buildQuestions(shown, 7))).toBe(JSON.stringify(get(name).questions));
		const other = buildQuestions(shown, 8);
		const order = (qs: Question[]) => qs.map((q) => (q.options ?? []).join('|')).join('\n');
		expect(order(other)).not.toBe(order(get(name).questions));
	});

	it('makes flashcards for the facts', () => {
		const { shown } = get(name);
		const cards = buildCards(shown);
		expect(cards.length).toBeGreaterThanOrEqual(shown.facts.length);
	});
});

describe('bad input', () => {
	it.each([
		['', 'empty'],
		['   \n\t  ', 'empty'],
		['— … —', 'empty'],
		['word '.repeat(MAX_WORDS + 1), 'too-long'],
		['Hello there.', 'no-facts']
	])('%j fails with reason %s', (text, reason) => {
		let error: unknown;
		try {
			generateDeck(text);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(GenerateError);
		expect((error as GenerateError).reason).toBe(reason);
		expect((error as GenerateError).message.length).toBeGreaterThan(10);
	});

	it('reports progress through one long paragraph too', () => {
		const body = (name: keyof typeof ARTICLES) =>
			read(ARTICLES[name]).split('\n').slice(1).join(' ');
		const text = `${body('science')} ${body('history')}`.replace(/\s+/g, ' ');
		const calls: number[] = [];
		const { deck } = generateDeck(text, { onProgress: (done) => calls.push(done) });
		expect(calls.length).toBeGreaterThanOrEqual(4);
		expect(parseDeck(JSON.parse(JSON.stringify(deck))).ok).toBe(true);
	});

	it('reports progress up to the total and uses a given title, else the headline', () => {
		const calls: [number, number][] = [];
		const { deck } = generateDeck(read(ARTICLES.local), {
			title: '  My deck ',
			onProgress: (done, total) => calls.push([done, total])
		});
		expect(calls.length).toBeGreaterThan(2);
		const [done, total] = calls[calls.length - 1];
		expect(done).toBe(total);
		expect(calls.every(([d, t], i) => d <= t && (i === 0 || d >= calls[i - 1][0]))).toBe(true);
		expect(deck.title).toBe('My deck');
		expect(get('science').result.deck.title).toBe('How two detectors heard black holes collide');
	});
});
