/**
 * What a sentence leans on, and the generator makes stand alone: a pronoun, "It", "They", "the X"
 * or "the company" named from the sentence before it; names that are common words; the text's own
 * subject; and the facts the checks once lost.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDeck } from './generate.ts';
import { generateArticles, get } from './generate-test-articles.ts';
import { lastFact, statementsOf } from './test-text.ts';

beforeAll(generateArticles);

describe('sentences that cannot stand alone', () => {
	it('teaches a sentence that leans on the one before only after it, and none past 30 words', () => {
		const { result } = get('science');
		const sources = result.deck.facts.flatMap((f) => f.source);
		// "He" after two men is anyone, with or without the sentence before.
		expect(sources.some((s) => s.startsWith('He doubted'))).toBe(false);
		expect(sources.some((s) => s.startsWith('The missing mass'))).toBe(false);
		const tiny = result.deck.facts.find((f) => f.source.at(-1)?.startsWith('That tiny change'));
		expect(tiny?.source).toHaveLength(2);
		expect(tiny?.statement).toMatch(/^A passing wave .*\. That tiny change alters/);
	});

	it('names the man "him" stands for, and keeps the sentence that names him in the source', () => {
		const fact = get('history').result.deck.facts.find((f) =>
			f.statement.startsWith('A memorial to')
		);
		expect(fact?.statement).toContain('A memorial to Joseph Bazalgette stands');
		expect(fact?.source).toHaveLength(2);
		expect(fact?.source[0]).toContain('Bazalgette was knighted');
	});

	it('does not name a woman for "She" after a sentence whose "her" is its own subject', () => {
		const text = [
			'"We were lucky that nobody was hurt," said Dr Helen Marsh, director of Ashcombe Wildlife Park, after a lynx spent 31 hours loose.',
			'The female, named Tove by her keepers, slipped out of her enclosure late on Friday evening through a gap in a fence.',
			'She was found curled up on a hay bale in a barn at Lower Fenwick Farm, about two miles from the park.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => /Helen Marsh was found/.test(s))).toBe(false);
	});

	it('gives "Her" to an animal the text calls a female by name, not to its keeper', () => {
		const text = [
			'The animal, a three-year-old female called Pip, climbed out of her enclosure on Monday.',
			'"We are hugely relieved," said the head keeper, Rebecca Hollins.',
			'Pip was born at a zoo in the Netherlands and came to the park in 2022.',
			'Her escape is the second from the park in three years.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes("Hollins' escape"))).toBe(false);
		expect(statements).toContain("Pip's escape is the second from the park in three years.");
	});

	it('names no rider for the "his" and "He" of a horse named beside a common noun', () => {
		const text = [
			'The horse was ridden by Kieran Doyle, a 24-year-old jockey.',
			'"I didn\'t sleep much on Friday night," Doyle said.',
			'The favourite, Northern Assembly, had been backed down to 5-4 after winning his previous three starts.',
			'He led over the last fence but could not hold off Copper Lantern, and finished second.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => /Doyle's previous|Doyle led/.test(s))).toBe(false);
		expect(statements.some((s) => s.startsWith('The horse was ridden by Kieran Doyle'))).toBe(true);
	});

	it('names the firm for "The Castlebridge-based company"', () => {
		const text = [
			'Redgate Theatre Company is to lose its entire grant from the Northern Arts Council.',
			'The Castlebridge-based company confirmed on Monday that it would cut four of its seven staff.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(
			statements.some((s) =>
				s.endsWith(
					'Redgate Theatre Company confirmed on Monday that it would cut four of its seven staff.'
				)
			)
		).toBe(true);
		expect(statements.some((s) => s.includes('Castlebridge-based'))).toBe(false);
	});

	it('keeps "the rail infrastructure company" before the name, and "school" of "school services"', () => {
		const text = [
			'A level crossing in Sedgeford is to be fitted with full barriers.',
			'The rail infrastructure company Southmere Rail confirmed that work will begin on 3 March.',
			"Buses run to Brackwater Academy and St Oswin's High School.",
			"The strike would affect the school services to Brackwater Academy and St Oswin's High School."
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements).toContain(
			'The rail infrastructure company Southmere Rail confirmed that work will begin on 3 March.'
		);
		expect(statements.some((s) => /the (St Oswin's )?High School services/.test(s))).toBe(false);
	});

	it('names the one body of no told kind for "the company"', () => {
		const text = [
			'Larchfield House is run by Beaconhurst Care, which operates nine homes in the region.',
			'Its managing director, Simon Gale, said the company was "deeply sorry" and accepted the findings.'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements).toContain(
			'Simon Gale said Beaconhurst Care was "deeply sorry" and accepted the findings.'
		);
	});

	it('names a decision whole ("£400,000"), and none dated before the news', () => {
		const share = [
			'Hollinford District Council has agreed to provide the remaining £400,000.',
			'The decision follows a petition signed by more than 5,200 people.'
		].join(' ');
		expect(lastFact(share).fact?.statement).toBe(
			'The decision to provide the remaining £400,000 follows a petition signed by more than 5,200 people.'
		);
		const appeal = [
			'Plans for 240 homes at Ellerby have been approved on appeal.',
			'Councillors rejected the application last February.',
			'The decision follows two other successful appeals in the past 18 months.'
		].join(' ');
		expect(lastFact(appeal).fact?.statement ?? '').not.toMatch(/decision to reject/);
	});

	it('names the bakery for "the company", never the fund that lent to it', () => {
		const text = [
			'Crumb & Kettle, the family bakery, is to open a £6 million production site.',
			'The expansion has been helped by a £750,000 loan from the Carrowfield Growth Fund.',
			'Ashworth said the company would take on 10 apprentice bakers each year.'
		].join('\n\n');
		expect(lastFact(text).fact?.statement).toBe(
			'Ashworth said Crumb & Kettle would take on 10 apprentice bakers each year.'
		);
	});

	it('drops a leading "But" from the statement and keeps the source verbatim', () => {
		const text =
			'The Severn Bridge opened in 1966. But the toll on the Severn Bridge was abolished by the Welsh Government in December 2018, after 52 years.';
		const fact = generateDeck(text).deck.facts.find((f) => f.source[0].startsWith('But'));
		expect(fact?.statement.startsWith('The toll')).toBe(true);
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

	// Not a person, nor a thing the sentence before does not start with, and not named for it
	// when the sentence before names something else too, or "it" is empty: the sentence is taught
	// after the one before, as the article's reader met it.
	it.each([
		[
			'A man from Marlcote, who was 43, was taken to hospital on 4 May 2025.\n\nIts doors were closed by 9pm.',
			'Its doors'
		],
		[
			'Police found a £38 million haul near Marlcote on 4 May 2025.\n\nIt was taken to Carrick on 9 May 2025.',
			'It was taken'
		],
		[
			'Halden Devices, the Edinburgh maker of e-readers, has unveiled the Folio 3 in 2025. It goes on sale on 14 October at £179.',
			'It goes'
		],
		[
			'The council closed the Lanford pool on 4 June 2025. It is thought that repairs will cost £2 million.',
			'It is thought'
		],
		[
			'The team had to move quickly on 4 May 2025 because the block lay below the high-tide line. It took six people nearly four hours to lift the 90kg boulder.',
			'It took'
		]
	])('is read after the sentence before when it cannot be named: %s', (text, start) => {
		const fact = factFor(text, start);
		const before = text.slice(0, text.indexOf(start)).trim();
		expect(fact?.source).toEqual([before, text.slice(text.indexOf(start))]);
		expect(fact?.statement).toBe(`${before} ${text.slice(text.indexOf(start))}`);
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
	it('asks it after the sentence that brings the thing in; alone when the text is about it', () => {
		const cable = [
			'A £38 million solar farm near Marlcote will not send electricity to the grid until 2029.',
			'Brightfield has asked for permission to lay a private cable to a factory two miles away.',
			'Mr Delacourt said the cable would cost about £1.1 million and could be ready by June 2026.'
		].join(' ');
		// Asked after the sentence that brings the cable in, never on its own.
		const costs = generateDeck(cable).deck.facts.filter((f) =>
			/the cable would cost/.test(f.statement)
		);
		expect(costs.map((f) => f.statement.split('. ')[0])).toEqual([
			'Brightfield has asked for permission to lay a private cable to a factory two miles away'
		]);
		const satellite =
			'Students in Kellow have launched a satellite that will measure lake ice from 2025. The satellite weighs 4.2 kilograms and cost £90,000 to build.';
		expect(
			generateDeck(satellite).deck.facts.some((f) => f.statement.startsWith('The satellite weighs'))
		).toBe(true);
	});

	it('takes "his van" in the sentence before as bringing the van in', () => {
		const van = [
			'A man who dumped rubbish at 14 sites around Askerby has been fined £4,200.',
			'One customer had kept a photograph of his van showing its registration number.',
			'Footage from a camera on Rooksby Lane showed the van at the scene on 12 July.'
		].join(' ');
		const alone = generateDeck(van).deck.facts.filter((f) =>
			f.statement.startsWith('Footage from a camera')
		);
		expect(alone).toEqual([]);
	});
});

describe('names put in for "the company" and swapped into a possessive', () => {
	it('writes a firm the text never writes with "the" without one', () => {
		const text = [
			'A £38 million solar farm near Marlcote will not send electricity to the grid until 2029.',
			'Its owner, Brightfield Renewables, said on Tuesday, 28 October 2025, that the date had slipped again.',
			'The delay would cost the company about £2.6 million a year in lost sales, it said.'
		].join(' ');
		const statements = statementsOf(text);
		expect(
			statements.some((s) => s.includes('cost Brightfield Renewables about £2.6 million'))
		).toBe(true);
		expect(statements.some((s) => s.includes('the Brightfield Renewables'))).toBe(false);
	});
});

describe('a body the text names only after speaking of it', () => {
	it('names "the observatory", but not "the bank" beside another bank', () => {
		const bird = [
			'A rare songbird has drawn thousands of birdwatchers to Skelloch Head in the past week.',
			'By Sunday, the observatory estimated that 3,200 people had made the trip.',
			'The Skelloch Bird Observatory, a charity, has asked visitors to stay on the path.'
		].join(' ');
		const statements = statementsOf(bird);
		expect(statements.some((s) => s.startsWith('By Sunday, the Skelloch Bird Observatory'))).toBe(
			true
		);
		const bank = [
			'The central bank held its main rate at 4.75% on Thursday.',
			'Its governor said the bank wanted to see months of progress before cutting rates.',
			'Ruth Amadi, chief economist at Linthorpe Bank, said a cut was likely.'
		].join(' ');
		const facts = statementsOf(bank);
		expect(facts.some((s) => /Linthorpe Bank wanted/.test(s))).toBe(false);
	});
});

describe('a body of a kind the text has named two of', () => {
	it('does not give "the brewery" to a brewery named later when a brewing firm came first', () => {
		const text = [
			'Wrenmouth Brewing Company has agreed to be taken over by Halberd Drinks Group.',
			'Halberd said all 87 staff at the brewery would keep their jobs.',
			'Critics said Halberd closed the Tamsford Brewery in 2019, four years after buying it.'
		].join(' ');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('staff at the Tamsford Brewery'))).toBe(false);
	});

	it('does not give "the party" to the one named before when the sentence names another body', () => {
		const text = [
			'Council seat decided by two votes after three recounts',
			'Priya Nandakumar, of Stannerley Independents, won the Fennick Vale ward with 1,148 votes, two more than the Progress Party candidate, Tom Ellery-Vance.',
			'The result gives the Independents 24 of the 47 seats on Stannerley District Council, an overall majority for the first time since the party was founded in 2011.',
			'The Progress Party\'s group leader on the council, Cllr Neil Brannock, called the defeat "a blow".'
		].join('\n\n');
		const statements = statementsOf(text);
		expect(statements.some((s) => s.includes('Cllr Neil Brannock'))).toBe(true);
		expect(statements.some((s) => s.includes('since the Progress Party was founded'))).toBe(false);
	});
});
