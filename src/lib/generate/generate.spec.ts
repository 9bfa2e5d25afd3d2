/**
 * The generator on three articles written for these tests (tests/fixtures: a science piece, a
 * history piece, a local-news story), checked for the properties a teacher needs rather than
 * against snapshots: enough questions, each answerable from its source sentence, one correct
 * option among distinct ones, wrong answers of the answer's kind, no repeats, and the same output
 * for the same seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../content/parse.ts';
import type { Deck, Entity, Fact, Slot } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { buildQuestions } from '../questions/engine.ts';
import { buildCards } from '../questions/flashcards.ts';
import type { Question } from '../questions/types.ts';
import {
	DEFAULT_CONFIDENCE,
	generateDeck,
	GenerateError,
	MAX_WORDS,
	withDefaultFacts,
	type GenerateResult
} from './generate.ts';
import { numberWordValue } from '../answers/numbers.ts';
import { LEADING_PRONOUNS, MONTHS, WEEKDAYS } from '../language/lexicon.ts';
import { countWords } from './readable-text.ts';
import { analyseParagraph, splitParagraphs, type Sentence } from './analyse.ts';
import { candidateFacts } from './candidates.ts';
import { findEntities } from './entities.ts';
import { MAX_WORDS_PER_SENTENCE } from './sentences.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const ARTICLES = {
	science: 'science-gravitational-waves.txt',
	history: 'history-london-sewers.txt',
	local: 'local-ashcombe-library.txt'
} as const;

function read(file: string): string {
	return readFileSync(join(FIXTURES, file), 'utf8');
}

interface Generated {
	text: string;
	result: GenerateResult;
	shown: Deck;
	questions: Question[];
}

const generated = new Map<string, Generated>();

beforeAll(() => {
	for (const [name, file] of Object.entries(ARTICLES)) {
		const text = read(file);
		const result = generateDeck(text);
		const shown = withDefaultFacts(result.deck);
		generated.set(name, { text, result, shown, questions: buildQuestions(shown, 7) });
	}
});

function get(name: string): Generated {
	const g = generated.get(name);
	if (!g) throw new Error(`no deck for ${name}`);
	return g;
}

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

/** The generator's candidate facts for a text, before the linter and the selection. */
function candidatesOf(text: string) {
	const sentences: Sentence[] = [];
	splitParagraphs(text).forEach((paragraph, i) =>
		sentences.push(...analyseParagraph(paragraph, i, sentences.length))
	);
	return candidateFacts(sentences, findEntities(sentences), new Set()).candidates;
}

describe('quotations', () => {
	const quoteBy = (name: string, start: string) =>
		candidatesOf(get(name).text).find((c) => c.quote?.text.startsWith(start));

	it('attributes "he says" and "she says" to the person just named', () => {
		expect(quoteBy('science', 'My students')?.quote?.speaker.name).toBe('Samuel Price');
		expect(quoteBy('history', 'When the engines turn')?.quote?.speaker.name).toBe('Graham Ellis');
		expect(quoteBy('local', 'I did not expect')?.quote?.speaker.name).toBe('Margaret Holloway');
		// The sentence that names the speaker is part of the source; the statement names them.
		const fact = quoteBy('science', 'My students');
		expect(fact?.source).toHaveLength(2);
		expect(fact?.source[0]).toContain('Samuel Price');
		expect(fact?.statement).toContain('Samuel Price says');
	});

	it('attributes "X said" with a surname to the full name', () => {
		expect(quoteBy('local', 'Eight months without a library')?.quote?.speaker.name).toBe(
			'Colin Rudd'
		);
		expect(quoteBy('science', 'Every time we make')?.quote?.speaker.name).toBe('Maya Okonkwo');
	});

	it('never asks a quotation only for who said it, and says why in the draft', () => {
		const { result, questions } = get('local');
		expect(questions.some((q) => q.type === 'who-said')).toBe(false);
		const skipped = result.skipped.find((s) => s.text.includes('I did not expect to cry'));
		expect(skipped?.reason).toMatch(/who said/);
	});

	it('does not guess when the pronoun does not fit the person just named', () => {
		const text = [
			'Maria Lopez runs the seed bank at Kew Gardens in London, which stores 2,400 species.',
			'"We keep every packet at minus 20 degrees," he said.',
			'The Millennium Seed Bank opened in 2000 near the village of Ardingly in Sussex.'
		].join(' ');
		expect(candidatesOf(text).some((c) => c.quote)).toBe(false);
	});

	it('is not sure of an attribution between two people named', () => {
		const text = [
			'Tom Fenwick met Arthur Gale at the Bristol Museum in March 2019 to plan the exhibition.',
			'"Nobody had opened these boxes since 1952," he said.',
			'The exhibition opened at the Bristol Museum on 4 May 2020 and drew 18,000 visitors.'
		].join(' ');
		const quote = candidatesOf(text).find((c) => c.quote);
		expect(quote?.quote?.certainty).toBeLessThan(DEFAULT_CONFIDENCE);
	});
});

describe('sentences that cannot stand alone', () => {
	it('never uses a sentence that starts with a pronoun or runs past 30 words', () => {
		const { result } = get('science');
		const sources = result.deck.facts.flatMap((f) => f.source);
		expect(sources.some((s) => s.startsWith('He doubted'))).toBe(false);
		expect(sources.some((s) => s.startsWith('That tiny change'))).toBe(false);
		expect(sources.some((s) => s.startsWith('The missing mass'))).toBe(false);
	});

	it('names the man "him" stands for, and keeps the sentence that names him in the source', () => {
		const fact = get('history').result.deck.facts.find((f) =>
			f.statement.startsWith('A memorial to')
		);
		expect(fact?.statement).toContain('A memorial to Joseph Bazalgette stands');
		expect(fact?.source).toHaveLength(2);
		expect(fact?.source[0]).toContain('Bazalgette was knighted');
	});

	it('drops a leading "But" from the statement and keeps the source verbatim', () => {
		const text =
			'The Severn Bridge opened in 1966. But the toll on the Severn Bridge was abolished by the Welsh Government in December 2018, after 52 years.';
		const fact = generateDeck(text).deck.facts.find((f) => f.source[0].startsWith('But'));
		expect(fact?.statement.startsWith('The toll')).toBe(true);
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

describe('facts the checks once lost', () => {
	it('keeps a fact whose answer is a single digit ("8 per cent")', () => {
		const text =
			"About 1,150 bus drivers in Dunmore began a five-day strike on 10 November 2025. The Transport and Road Workers' Union is asking for 8 per cent, arguing that wages have fallen behind prices since 2021.";
		const asking = generateDeck(text).deck.facts.find((f) => /asking for 8/.test(f.statement));
		expect(asking?.slots.map((s) => s.answer)).toContain('8');
	});

	it('reads "the Transport and Road Workers\' Union" as one organisation', () => {
		const text =
			"About 900 drivers at Kelby Buses belong to the Transport and Road Workers' Union (TRWU). The union is asking for a rise of 8 per cent, after prices rose by 11 per cent in 2024.";
		const { deck } = generateDeck(text);
		const names = deck.entities.map((e) => e.name.replace(/^the /, ''));
		expect(names).toContain("Transport and Road Workers' Union");
		expect(names).not.toContain("Road Workers' Union");
		const asking = deck.facts.find((f) => f.source.some((s) => s.startsWith('The union is')));
		expect(asking?.statement).toMatch(/^The Transport and Road Workers' Union is asking/);
	});

	it('names the group "They" stands for when the sentence before starts with it', () => {
		const text =
			'Bus services stopped across Dunmore on 10 November 2025 as 1,150 drivers walked out.\n\nThe drivers work for Dunmore City Buses, which carries 160,000 passengers a day. They voted by 87 per cent to strike, on a turnout of 74 per cent.';
		const voted = generateDeck(text).deck.facts.find((f) =>
			f.source.some((s) => s.startsWith('They voted'))
		);
		expect(voted?.statement).toMatch(/^The drivers voted by 87 per cent/);
		expect(voted?.source[0]).toMatch(/^The drivers work for/);
	});

	it('leaves "They" alone when the sentence before starts with no group', () => {
		const text =
			'Bus services stopped across Dunmore on 10 November 2025 as 1,150 drivers walked out. Most schools in the city stayed open. They voted by 87 per cent to strike, on a turnout of 74 per cent.';
		const { deck, skipped } = generateDeck(text);
		expect(deck.facts.some((f) => /voted by 87/.test(f.statement))).toBe(false);
		expect(skipped.find((s) => s.text.startsWith('They voted'))?.reason).toMatch(/points/);
	});
});

describe('who a quoted speaker is', () => {
	const text = [
		'Bus drivers in Dunmore began a five-day strike over pay on Monday, 10 November 2025.',
		'"We are training drivers for Halbury," said Declan Morrow, the union\'s regional organiser.',
		'"We used to play to the same people," said the festival\'s artistic director, Sunniva Hale, on Tuesday.',
		'"It does not pay the performers," said Tomasz Brenner, who manages the Harbour Playhouse.',
		'"They took the lead in the night," said the churchwarden, Martin Keble.',
		'Fiona Castellan, the managing director of Dunmore City Buses, said the offer was final.',
		'Mr Morrow said drivers would strike again in December.'
	].join(' ');
	const statements = () => generateDeck(text).deck.facts.map((f) => f.statement);

	it('states the role the sentence gives beside the name, before or after it', () => {
		expect(statements()).toContain("Declan Morrow is the union's regional organiser.");
		expect(statements()).toContain("Sunniva Hale is the festival's artistic director.");
		expect(statements()).toContain('Tomasz Brenner manages the Harbour Playhouse.');
	});

	it('asks the speaker as the blank, with the quotation as its source', () => {
		const role = generateDeck(text).deck.facts.find((f) => f.statement.startsWith('Declan'));
		expect(role?.slots.map((s) => s.answer)).toEqual(['Declan Morrow']);
		expect(role?.source).toEqual([expect.stringContaining('"We are training drivers')]);
	});

	it('leaves out a role that does not say whose it is ("the churchwarden")', () => {
		expect(statements().some((s) => s.startsWith('Martin Keble is'))).toBe(false);
	});
});

describe('names that are common words', () => {
	it('does not take a word capitalised only at the start of a sentence for a name', () => {
		const text =
			'Frost struck the Brenmoor Valley on 22 April 2025, when the apple trees were in blossom. Blossom is most vulnerable at that stage, said Gareth Pryce, who grows apples near Lanford.';
		const names = generateDeck(text).deck.entities.map((e) => e.name);
		expect(names).not.toContain('Blossom');
		expect(names).toContain('Gareth Pryce');
	});
});

describe('"It" at the start of a sentence', () => {
	const factFor = (text: string, start: string) =>
		generateDeck(text).deck.facts.find((f) => f.source.some((s) => s.startsWith(start)));

	it('is the one thing the sentence before starts with', () => {
		const storm =
			'Storm Idris hit the Pennock coast on Sunday, 2 November 2025. The storm came ashore shortly after dawn and blew for about nine hours. Its highest gust was measured at Gullhaven lighthouse, beating the record of 88 mph set in 2011.';
		expect(factFor(storm, 'Its highest')?.statement).toMatch(/^The storm's highest gust/);
		const satellite =
			'A satellite built by students at Kellow University reached orbit on 3 March 2025. The satellite was one of 18 small spacecraft carried by the rocket. It is now circling the Earth at a height of about 520 kilometres.';
		expect(factFor(satellite, 'It is now')?.statement).toMatch(/^The satellite is now circling/);
	});

	it('is a bill, or a thing a lead sentence introduces, across a paragraph break', () => {
		const bill =
			"The Pavement Parking (Prohibition) Bill, a private member's bill brought by Eleanor Strickland, the MP for Harlowby, would let councils fine drivers £70.\n\nIt now goes to the House of Lords, and could become law by next summer.";
		expect(factFor(bill, 'It now')?.statement).toMatch(
			/^The Pavement Parking \(Prohibition\) Bill now goes to the House of Lords/
		);
		const farm =
			'A £38 million solar farm near Marlcote, which was completed in September, will not send any electricity to the grid until 2029.\n\nIts owner, Brightfield Renewables, said on Tuesday, 28 October 2025, that the connection date had been pushed back.';
		expect(factFor(farm, 'Its owner')?.statement).toMatch(
			/^The solar farm's owner, Brightfield Renewables, said/
		);
	});

	it('is not a person, nor a thing the sentence before does not start with', () => {
		const man =
			'A man from Marlcote, who was 43, was taken to hospital on 4 May 2025.\n\nIts doors were closed by 9pm.';
		expect(factFor(man, 'Its doors')).toBeUndefined();
		const object =
			'Police found a £38 million haul near Marlcote on 4 May 2025.\n\nIt was taken to Carrick on 9 May 2025.';
		expect(factFor(object, 'It was taken')).toBeUndefined();
	});

	it('is left alone when the sentence before names something else too, or "it" is empty', () => {
		const device =
			'Halden Devices, the Edinburgh maker of e-readers, has unveiled the Folio 3 in 2025. It goes on sale on 14 October at £179.';
		expect(factFor(device, 'It goes')).toBeUndefined();
		const thought =
			'The council closed the Lanford pool on 4 June 2025. It is thought that repairs will cost £2 million.';
		expect(factFor(thought, 'It is thought')).toBeUndefined();
	});
});

describe('the text’s own subject', () => {
	it('is never a blank: with no headline, a name the lead gives and the text comes back to', () => {
		const text = [
			'A 190-metre cargo ship that ran aground was refloated on Saturday, ending a two-day blockade that had left 31 vessels waiting to enter or leave the port of Kelmouth.',
			'Kelmouth handles about 9% of the country’s grain and feed imports, the harbour authority said on Friday, 3 May 2024.',
			'The closure was the longest at Kelmouth for more than 30 years, after a ferry fire shut the harbour in 2011.',
			'Crews from Carrick and Dunhaven helped to clear the channel on 4 May 2024.'
		].join('\n\n');
		const answers = generateDeck(text).deck.facts.flatMap((f) => f.slots.map((s) => s.answer));
		expect(answers).not.toContain('Kelmouth');
		expect(answers.length).toBeGreaterThan(3);
	});
});

describe('a text with no headline', () => {
	it('asks about what its lead names once: a title cut from the lead is no headline', () => {
		const text = [
			'"We should have spotted it sooner," said Rachel Oduya, chief executive of Pellham Recruitment, after hackers took the details of about 48,000 job seekers.',
			'The Dunmere-based firm said criminals got into its systems on 3 March 2025.',
			'Hannah Wyke, a lecturer at the University of Dunmere, said on 9 March 2025 that such attacks were common.'
		].join('\n\n');
		const facts = generateDeck(text).deck.facts;
		const role = facts.find(
			(f) => f.statement === 'Rachel Oduya is chief executive of Pellham Recruitment.'
		);
		expect(role?.slots.map((s) => s.answer)).toEqual(['Rachel Oduya']);
	});
});

describe('more of what a sentence leans on', () => {
	const factFor = (text: string, start: string) =>
		generateDeck(text).deck.facts.find((f) => f.source.some((s) => s.startsWith(start)));

	it('takes "They" for a plural subject with no article ("Divers found… They counted…")', () => {
		const text =
			'The Maddock Trust built 25 oyster reefs on the estuary floor in 2020. Divers found young oysters on 19 of the 25 reefs in May 2025. They counted an estimated 48,000 juveniles, compared with 3,000 two years ago.';
		expect(factFor(text, 'They counted')?.statement).toMatch(/^Divers counted an estimated/);
	});

	it('takes "she" for the one person the text is about when the person just named is a man', () => {
		const text = [
			'Ruth Ashworth, the engineer who saved hundreds of railway bridges, has died aged 86.',
			'Ashworth joined the Northern Rail Bridges Office in 1958 and led its testing team from 1971.',
			'Her husband, Peter Ashworth, a schoolteacher, died in 2012.',
			'She set up a scholarship for girls from working-class families in 1995.'
		].join(' ');
		expect(factFor(text, 'She set up')?.statement).toMatch(/^Ruth Ashworth set up a scholarship/);
	});

	it('takes a firm\'s first word, said like a person\'s name, for the firm ("Larkfield said")', () => {
		const text =
			'Larkfield Homes will move 300 tenants out of Marlow Court in Pelham by March 2026. The work is expected to cost £46 million. Larkfield said it had considered knocking the block down.';
		const { deck } = generateDeck(text);
		expect(deck.entities.find((e) => e.name === 'Larkfield Homes')?.aliases).toContain('Larkfield');
		expect(deck.entities.some((e) => e.name === 'Larkfield')).toBe(false);
	});
});

describe('"the X" for a thing the sentence before brought in', () => {
	it('does not use the sentence, unless the article is about that thing', () => {
		const cable = [
			'A £38 million solar farm near Marlcote will not send electricity to the grid until 2029.',
			'Brightfield has asked for permission to lay a private cable to a factory two miles away.',
			'Mr Delacourt said the cable would cost about £1.1 million and could be ready by June 2026.'
		].join(' ');
		const { deck, skipped } = generateDeck(cable);
		expect(deck.facts.some((f) => /the cable would cost/.test(f.statement))).toBe(false);
		expect(skipped.find((s) => s.text.startsWith('Mr Delacourt'))?.reason).toMatch(/the cable/);
		const satellite =
			'Students in Kellow have launched a satellite that will measure lake ice from 2025. The satellite weighs 4.2 kilograms and cost £90,000 to build.';
		expect(
			generateDeck(satellite).deck.facts.some((f) => f.statement.startsWith('The satellite weighs'))
		).toBe(true);
	});
});

describe('names put in for "the company" and swapped into a possessive', () => {
	it('writes a firm the text never writes with "the" without one', () => {
		const text = [
			'A £38 million solar farm near Marlcote will not send electricity to the grid until 2029.',
			'Its owner, Brightfield Renewables, said on Tuesday, 28 October 2025, that the date had slipped again.',
			'The delay would cost the company about £2.6 million a year in lost sales, it said.'
		].join(' ');
		const statements = generateDeck(text).deck.facts.map((f) => f.statement);
		expect(
			statements.some((s) => s.includes('cost Brightfield Renewables about £2.6 million'))
		).toBe(true);
		expect(statements.some((s) => s.includes('the Brightfield Renewables'))).toBe(false);
	});
});
