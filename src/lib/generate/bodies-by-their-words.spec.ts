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

describe('"The company" after a buyer opened the sentence before', () => {
	it('is the buyer, not the firm it bought', () => {
		const statements = statementsOf(
			[
				'Brewery sold',
				'Hobday’s Brewery, which has been run by the same family in Kessingby since 1874, has been sold to the Greystone Drinks Group in a deal worth £14.5 million.',
				'Greystone, which owns 11 breweries and more than 400 pubs across the country, said it would keep brewing in Kessingby for at least five years.',
				'All 72 jobs have been guaranteed for two years.',
				'The company plans to sell Hobday’s best-known beer, Kessingby Gold, in all of its pubs from the summer.',
				'She pointed out that Greystone closed the Fenwright brewery four years after buying it.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'Greystone Drinks Group plans to sell Hobday’s best-known beer, Kessingby Gold, in all of its pubs from the summer.'
		);
	});
});

describe('"The farm" and "Despite that"', () => {
	it('name the farm named before and drop the concession', () => {
		const statements = statementsOf(
			[
				'Herd culled',
				'Rob Haverthwaite, 46, said the last of the animals were taken from Hollin Rigg Farm on Monday.',
				'The farm produced about 2.4 million litres of milk a year.',
				'The project was finished four months late.',
				'Despite that, the Wendle Valley Rail Partnership now plans to make the case for a second station by 2030.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'Hollin Rigg Farm produced about 2.4 million litres of milk a year.'
		);
		expect(statements.some((s) => /^The Wendle Valley Rail Partnership now plans/.test(s))).toBe(
			true
		);
	});
});

describe('"The band" of an article about one band that beat another', () => {
	it('is the band the article is about', () => {
		const statements = statementsOf(
			[
				'Hollinbeck Mills Band wins national brass title for first time in 41 years',
				'A brass band from the small town of Hollinbeck has been crowned national champion for the first time in 41 years after beating 19 other bands at the Brass Band National Finals in Corrowby on Saturday.',
				"Hollinbeck Mills Band scored 197 points out of a possible 200 for its performance of the test piece, Harbour Lights, a 16-minute work written for the contest by the composer Eliza Tranter. Its nearest rivals, Stannard Works Band, finished two points behind, while last year's champions, Ravensgill Brass, were fourth.",
				"The band's musical director, Prof Ian Calloway, 64, said his players had rehearsed three nights a week since February."
			].join('\n\n')
		);
		expect(statements.some((s) => s.startsWith("Hollinbeck Mills Band's musical director"))).toBe(
			true
		);
	});
});

describe('A named place or body the text then calls by its kind', () => {
	it('names the bridge, the theatre of a Playhouse and the practice of a Dental Care', () => {
		const statements = statementsOf(
			[
				'Bridge and theatre news',
				'Aldermoor Bridge will shut for 14 weeks from March, Harland County Council said.',
				'The bridge was last closed in 2009, when repairs to its parapets took six weeks.',
				'A wildfire on Gallowrigg Moor has burned about 700 hectares of heather.',
				'The fire spread quickly across the moor on 22 April, driven by a strong wind.',
				'The Kelderby Playhouse on Saddler Street has won a £2.1 million grant.',
				'The theatre has carried on staging smaller shows in its 120-seat studio.',
				'From 1 June, Harbour Lane Dental Care will stop seeing NHS patients.',
				'About 6,400 adults are registered with the practice, the only one within 18 miles.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'Aldermoor Bridge was last closed in 2009, when repairs to its parapets took six weeks.'
		);
		expect(
			statements.some((s) => s.includes('spread quickly across Gallowrigg Moor on 22 April'))
		).toBe(true);
		expect(statements).toContain(
			'The Kelderby Playhouse has carried on staging smaller shows in its 120-seat studio.'
		);
		expect(statements).toContain(
			'About 6,400 adults are registered with Harbour Lane Dental Care, the only one within 18 miles.'
		);
	});

	it('names "The family-owned chain" as the firm named before, and leaves two bridges as written', () => {
		const chain = statementsOf(
			[
				'Bakery to open factory',
				'Gorsebrook Bakery is to open a £28 million factory on the edge of Selbridge.',
				'The family-owned chain, which has 64 shops across the region, said the site would open in 2027.'
			].join('\n\n')
		);
		expect(chain.some((s) => s.startsWith('Gorsebrook Bakery, which has 64 shops'))).toBe(true);
		const two = statementsOf(
			[
				'Bridges shut',
				'Aldermoor Bridge and Colbeck Bridge will both shut for 14 weeks from March, Harland County Council said.',
				'The bridge was last closed in 2009, when repairs to its parapets took six weeks.'
			].join('\n\n')
		);
		expect(two.some((s) => /^(Aldermoor|Colbeck) Bridge was last/.test(s))).toBe(false);
	});
});

describe('A town named in a statement beside a name that ends in the town', () => {
	it('still asks who the councillor is', () => {
		const { deck } = generateDeck(
			[
				'Brackenmoor homelessness rises by a third',
				'The number of households in temporary accommodation in Brackenmoor has risen by 34%, according to figures published by the borough council.',
				'Cllr Denise Okafor, the council’s cabinet member for housing, described the figures as "deeply worrying".',
				'Average rents in Brackenmoor have climbed to £1,140 a month.',
				'The charity Safe Harbour Brackenmoor said its night shelter had turned people away on 40 nights.'
			].join('\n\n')
		);
		const fact = deck.facts.find((f) => f.statement.includes('cabinet member for housing'));
		expect(fact?.statement).toMatch(/Brackenmoor council['’]s cabinet member/);
		expect(fact?.slots.some((s) => s.answer === 'Denise Okafor')).toBe(true);
	});
});

describe('"The start-up" of an article that names one firm', () => {
	it('is that firm, asked alone', () => {
		const statements = statementsOf(
			[
				'Orrinsby start-up launches app',
				'A technology start-up based in Orrinsby has launched an app called Waymate.',
				'The company behind it, Fenwright Labs, was set up last year and now employs 11 people.',
				'"They just did not know she needed help," Ms Brennock said.',
				'The start-up raised £1.4 million from investors in January, twice as much as it had sought.'
			].join('\n\n')
		);
		expect(statements).toContain(
			'Fenwright Labs raised £1.4 million from investors in January, twice as much as it had sought.'
		);
	});
});

describe('"The three-day event" of an article about one festival', () => {
	it('is the festival named before', () => {
		const statements = statementsOf(
			[
				'Food festival draws record crowds',
				'The Wrensholm Food Festival attracted a record 41,000 visitors over the bank holiday weekend.',
				'The three-day event, which filled Kestle Meadow with more than 230 stalls, saw attendance rise by 17 per cent.'
			].join('\n\n')
		);
		expect(
			statements.some((s) => s.startsWith('The three-day Wrensholm Food Festival, which filled'))
		).toBe(true);
	});
});

describe('"The home" of an article about one care home', () => {
	it('is the home named before, and no one’s home elsewhere', () => {
		const care = statementsOf(
			[
				'Care home rated inadequate',
				'A care home in Mossgrave has been rated inadequate after an inspection in February.',
				'Larchfield House, on Bramwell Lane, was visited by inspectors over three days.',
				'The home, which is run by Quennell Care Ltd, was rated good at its previous inspection in 2021.',
				'The deputy chief inspector, Dr Fiona Maitland, said the findings were deeply concerning.',
				'She said inspectors would return within six months, and the home could face action to cancel its registration if it had not improved.'
			].join('\n\n')
		);
		expect(
			care.some((s) =>
				s.includes('and Larchfield House could face action to cancel its registration')
			)
		).toBe(true);
		expect(
			care.some((s) => s.startsWith('Larchfield House, which is run by Quennell Care Ltd'))
		).toBe(true);
		const house = statementsOf(
			[
				'Mansion sold',
				'Larchfield House, on Bramwell Lane, was sold for £2.1 million in February.',
				'The home, which was built in 1820, had been empty for 12 years.'
			].join('\n\n')
		);
		expect(house.some((s) => s.startsWith('Larchfield House, which was built'))).toBe(false);
	});
});
