/** Phrases that lean on the sentence before them (pointing-phrases.ts), as pointsBack reads them. */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';
import { pointingPhrase } from './pointing-phrases.ts';
import { contextOf, makeDeck } from './test-deck.ts';

describe('pointingPhrase', () => {
	it('reads "20 minutes later", "Half wore" and "converted both" as told before', () => {
		expect(pointsBack('The crew abandoned ship about 20 minutes later.')).toMatch(/later/);
		expect(
			pointsBack('The call came at 8.14pm and the lifeboat launched 11 minutes later.')
		).toBeUndefined();
		expect(pointsBack('Half wore the glove for three hours a day at home.')).toMatch(/Half wore/);
		expect(pointsBack('Half of the 312 patients wore the glove at home.')).toBeUndefined();
		expect(pointsBack('Kate Sumner converted both to put the Ravens 17-12 ahead.')).toMatch(/both/);
		expect(pointsBack('Both sides agreed to meet again in May.')).toBeUndefined();
		expect(pointsBack('Most of that, £240,000, came from the Coastal Arts Fund.')).toMatch(
			/Most of that/
		);
		expect(pointsBack('Most of the £310,000 came from the Coastal Arts Fund.')).toBeUndefined();
	});

	it('reads "that journey", "All 312 finished" and "said the work would cost" as told before', () => {
		expect(
			pointsBack('Until now, about 1,200 patients a year have made that journey by car.')
		).toMatch(/that journey/);
		expect(
			pointsBack('Council officers estimate that journey times will fall by a third.')
		).toBeUndefined();
		expect(pointsBack('All 312 finished, although 11 were helped into safety boats.')).toMatch(
			/all 312/
		);
		expect(pointsBack('All 312 swimmers finished the crossing.')).toBeUndefined();
		expect(pointsBack('Hallam said the work would cost about £420,000.')).toMatch(/the work/);
		expect(pointsBack('Hallam said the work of the trust would go on.')).toBeUndefined();
	});

	it('reads "Only two other copies" as besides what the sentence before told', () => {
		expect(pointsBack('Only two other copies are known to survive, one in Edinburgh.')).toMatch(
			/two other copies/
		);
		expect(pointsBack('Two copies of the book are known to survive.')).toBeUndefined();
	});

	it('reads a closing ", it says" as someone the sentence before names', () => {
		expect(pointsBack('Fewer than half of those who need one own a hearing aid, it says.')).toMatch(
			/it says/
		);
		expect(
			pointsBack('Although the bank expects to find them jobs, it said up to 35 roles could go.')
		).toBeUndefined();
	});

	it('reads "between the two towns" as the two named before, unless named here', () => {
		expect(pointsBack('A bus runs between the two towns once an hour.')).toMatch(/the two towns/);
		expect(
			pointsBack('A bus runs between the two villages of Ashby and Crane once an hour.')
		).toBeUndefined();
		expect(pointsBack('A bus runs between Ashby and Crane once an hour.')).toBeUndefined();
		expect(
			pointsBack(
				'The leaders of Valdessa and Orlania met, the first visit between the two countries.'
			)
		).toBeUndefined();
	});

	it('reads "Among the 31", "the gap" and "the following six hours" as told before', () => {
		expect(pointsBack('Among the 31, six babies died and four mothers were hurt.')).toMatch(
			/the 31/
		);
		expect(pointsBack('The 12 and the 63, both run by Tarnvale, were withdrawn.')).toBeUndefined();
		expect(pointsBack('The crew covered the 1,800-metre course in six minutes.')).toBeUndefined();
		expect(pointsBack('Carol Whitlock said the gap had become impossible to defend.')).toMatch(
			/the gap/
		);
		expect(pointsBack('The gap between the two was £900 a year.')).toBeUndefined();
		expect(pointsBack('More than £60,000 was given in the following six hours.')).toMatch(
			/following six hours/
		);
		expect(
			pointsBack('Ada Kerrigan retired in 2019 and wrote a novel over the following four years.')
		).toBeUndefined();
		expect(pointsBack('The work has brought other species back too.')).toMatch(/the work/);
	});

	it('reads "Afterwards" at the start as after something told before', () => {
		expect(pointsBack('Afterwards, the authority banned barbecues across the park.')).toMatch(
			/Afterwards/
		);
		expect(pointsBack('The authority banned barbecues afterwards in May.')).toBeUndefined();
	});

	it('reads "By the time she left it had" as an "it" the sentence does not name', () => {
		expect(pointsBack('By the time Margaret Ellery left it had 142 children.')).toMatch(/“it”/);
		expect(pointsBack('By the time the school closed it had 142 children.')).toBeUndefined();
	});

	it('reads "Most of the money" and "The real colliery" as told before', () => {
		expect(pointsBack('Most of the money came from the transport department.')).toMatch(
			/Most of the money/
		);
		expect(pointsBack('Most of the money raised went to the hospice.')).toBeUndefined();
		expect(pointsBack('The real colliery shut in December 1986.')).toMatch(/the real colliery/);
	});

	it('reads "The most recent, …", "the department there", "The journey takes" as told before', () => {
		expect(pointsBack('The most recent, a start-up called Pagefold, closed in 2022.')).toMatch(
			/the most recent/
		);
		expect(pointsBack('The most recent survey was in 2022.')).toBeUndefined();
		expect(pointsBack('The trust said the emergency department there was full.')).toMatch(/there/);
		expect(pointsBack('The trust said there was no room.')).toBeUndefined();
		expect(pointsBack('The journey takes almost two hours.')).toMatch(/the journey/);
		expect(pointsBack('The drive will cost £310,000.')).toBeUndefined();
	});

	it('reads "the following March" as a month told from the sentence before', () => {
		expect(pointsBack('Work by the contractor began the following March.')).toMatch(
			/the following March/
		);
		expect(pointsBack('Work on the pool will begin in March 2027.')).toBeUndefined();
	});

	it('reads a closing "he said" as a speaker the statement does not name', () => {
		expect(
			pointingPhrase('Dobbs had no previous convictions and was deeply ashamed, he said.')
		).toMatch(/does not say who/);
		expect(pointingPhrase('He was deeply ashamed, he said.')).toBeUndefined();
		expect(pointingPhrase('Dobbs was ashamed, Owen Blackledge said.')).toBeUndefined();
	});

	it('reads "that" before a verb as a pronoun, unless a clause before it is what it is', () => {
		expect(pointingPhrase('For some in Fellside, that cannot come soon enough.')).toMatch(
			/“that cannot”/
		);
		expect(
			pointingPhrase(
				'Air support will be available in some form, but given his record, that is less than assured.'
			)
		).toBeUndefined();
		expect(pointingPhrase('She said that the school would close.')).toBeUndefined();
	});

	it('asks which two "both firms" are, unless the sentence names them', () => {
		expect(
			pointingPhrase('The HHRA says it will keep pressing both firms to share the cost.')
		).toMatch(/“both firms” does not say which/);
		expect(
			pointingPhrase('Greyfield Estates and Marlstone Homes said both firms would share the cost.')
		).toBeUndefined();
		expect(pointingPhrase('Homes on both sides of the river were flooded.')).toBeUndefined();
	});

	it('asks where "here" is, and whose spokesperson spoke', () => {
		expect(pointingPhrase('Connecting a property here costs about £4,500.')).toMatch(/where/);
		expect(pointingPhrase('A spokesman said the money would stay in the town.')).toMatch(
			/for whom/
		);
		expect(pointingPhrase('A spokesman for the board said the money would stay.')).toBeUndefined();
	});

	it('asks after which part "the rest of the debt" is', () => {
		expect(pointingPhrase('The rest of the debt is made up of unpaid wages.')).toMatch(
			/after which part/
		);
		expect(pointingPhrase('The rest of the country saw rain.')).toBeUndefined();
	});
});

describe('pointsBack on the things a statement leans on', () => {
	it('reads "At its peak … it had" as a thing, not the event the article tells', () => {
		expect(
			pointsBack('At its peak in the late 1980s it had about 2,300 people on the payroll.')
		).toMatch(/“its” does not say what/);
		expect(
			pointsBack('At its height, more than 90 firefighters were on the hillside.')
		).toBeUndefined();
	});

	it('reads "the same ground for 130 years" as one ground all along', () => {
		expect(
			pointsBack('The club has played at the same ground for 130 years and owes £1.2m.')
		).toBeUndefined();
		expect(pointsBack('The club was fined on the same day.')).toMatch(/the same day/);
	});

	it('reads "between then and", "The 22-year-old", "The other …" and "70% came" as pointing', () => {
		expect(
			pointsBack('The trust will postpone 150 operations between then and the end of January.')
		).toMatch(/between then/);
		expect(pointsBack('The 22-year-old had never before reached a final.')).toMatch(
			/does not say who/
		);
		expect(pointsBack('The other shortlisted poets each receive £1,000.')).toMatch(
			/the other shortlisted/
		);
		expect(pointsBack('The other side of the river flooded.')).toBeUndefined();
		expect(pointsBack('More than 70% came from just four villages.')).toMatch(/of what/);
		expect(pointsBack('More than 70% of the complaints came from four villages.')).toBeUndefined();
	});
});

describe('a pronoun of the other sex from everyone the statement names', () => {
	it('finds "Martin Oyelaran … leaving her with a majority"', () => {
		const people = makeDeck(
			[
				{ id: 'martin-oyelaran', kind: 'person', name: 'Martin Oyelaran', gender: 'male' },
				{ id: 'margaret-olusanya', kind: 'person', name: 'Margaret Olusanya', gender: 'female' },
				{ id: 'daniel-kemp', kind: 'person', name: 'Daniel Kemp', gender: 'male' }
			],
			[
				{
					id: 'second',
					statement: 'Martin Oyelaran came second.',
					slots: [
						{ id: 'who', kind: 'person', answer: 'Martin Oyelaran', entity: 'martin-oyelaran' }
					]
				}
			]
		);
		const index = contextOf(people).index;
		expect(
			pointsBack(
				'Martin Oyelaran came second with 9,617 votes, leaving her with a majority.',
				index
			)
		).toMatch(/“her” is not the one/);
		expect(
			pointsBack(
				"Margaret Olusanya's barrister, Daniel Kemp, argued that she meant to repay it.",
				index
			)
		).toBeUndefined();
	});
});

describe('"A further £900,000" at the start', () => {
	it('reads a further sum as one added to a sum told before', () => {
		expect(pointingPhrase('A further £900,000 was raised by local people.')).toMatch(
			/A further £900,000/
		);
		expect(pointingPhrase('Another 40 homes were flooded on Sunday.')).toMatch(/Another 40/);
		expect(pointingPhrase('The firm plans to hire a further 140 staff by May.')).toBeUndefined();
		expect(pointingPhrase('A further inquiry opens in May.')).toBeUndefined();
	});
});

describe('"the rest", "the existing site" and "three of them"', () => {
	it('reads each as leaning on the sentence before', () => {
		expect(pointingPhrase('Most of the rest was traced to the treatment works.')).toMatch(
			/the rest/
		);
		expect(pointingPhrase('The existing site covers 42 hectares.')).toMatch(/existing site/);
		expect(pointingPhrase('Mrs Hulme sat on the committee that approved three of them.')).toMatch(
			/of them/
		);
	});

	it('leaves them where the sentence says of what', () => {
		expect(pointingPhrase('The rest of the overspend stemmed from a shortage of engineers.')).toBe(
			undefined
		);
		expect(pointingPhrase('Factories shed 6,500 jobs, many of them at suppliers.')).toBeUndefined();
		expect(pointingPhrase('Twenty-three people died, most of them in Oddsby.')).toBeUndefined();
	});
});

describe('"that was" after a verb of saying, "those treated", a span after a treatment', () => {
	it('reads "admitted that was expensive" as leaning on the sentence before', () => {
		expect(
			pointingPhrase('Hospital managers admitted that was expensive, but said it would pay.')
		).toBe('“that was” does not say what');
		expect(pointingPhrase('Managers admitted that the scanners were expensive.')).toBeUndefined();
		expect(
			pointingPhrase('They won five penalties, and their coach said that had been the difference.')
		).toBeUndefined();
	});

	it('reads "those treated in the ambulance" and "able to … three months later" as its own', () => {
		expect(
			pointsBack('After 90 days, 58% of those treated in the ambulance were living independently.')
		).toBeUndefined();
		expect(
			pointsBack(
				'A drug given in the ambulance left more patients able to live independently three months later.'
			)
		).toBeUndefined();
		expect(pointsBack('Three months later, the ward closed.')).toMatch(/needs the sentence before/);
	});
});

describe('"The earliest were struck" and "The couple\'s only daughter"', () => {
	it('reads both as leaning on the sentence before', () => {
		expect(
			pointingPhrase('The earliest were struck around 1280 and the latest around 1350.')
		).toMatch(/the earliest/);
		expect(pointsBack("The couple's only daughter, Emma, is a nurse in Dunholt.")).toMatch(
			/couple/
		);
		expect(pointingPhrase('The earliest coins were struck around 1280.')).toBeUndefined();
	});
});

describe('"The worst readings", "Similar schemes", "raise that to", "12,500 of the cars"', () => {
	it('reads each as leaning on the sentence before', () => {
		const leaning = [
			'The worst readings were recorded on Canal Street.',
			'The work takes about 40 minutes.',
			'Similar schemes have been brought in by neighbouring Wrexley.',
			'In another case, a man was left with a plate of food he could not reach.',
			'The council hopes the new system will raise that to 50% by 2027.',
			'In February, Carver Motors recalled 12,500 of the cars over a software fault.'
		];
		for (const text of leaning) expect(pointingPhrase(text), text).toBeDefined();
	});

	it('keeps what says its own which: "of the vehicles entering", "The work was done by"', () => {
		const standing = [
			'About 1,800 of the vehicles entering the zone each day would have to pay.',
			"The council pays for 19 of the residents' places.",
			'The work was done by Ferrand Stoneworks, a firm started in 1968.',
			'The worst storm in a decade hit the coast.'
		];
		for (const text of standing) expect(pointingPhrase(text), text).toBeUndefined();
	});
});

describe('"Among the few who did" and "The 1930s building"', () => {
	it('reads both as leaning on the sentence before, and a building that says which as its own', () => {
		expect(pointingPhrase('Among the few who did was Denise Harrop, 61, from Morrowby.')).toMatch(
			/among/
		);
		expect(pointingPhrase('Among them was Margaret Fenwick, 71.')).toMatch(/among them/);
		expect(pointingPhrase('The 1930s building on Market Street shut in March 2019.')).toMatch(
			/1930s building/
		);
		expect(pointingPhrase('The Regal, a 1930s building on Market Street, shut in 2019.')).toBe(
			undefined
		);
	});
});

describe('a speaker\'s tag in the middle: ", they point out,"', () => {
	it('reads the tag as pointing back to whoever "they" are', () => {
		expect(
			pointingPhrase(
				'Tamewell paid its shareholders £61 million in dividends last year, they point out, while bills rose by 9 per cent.'
			)
		).toMatch(/they point out/);
		expect(
			pointingPhrase('They said, after a long meeting, that the plan would go ahead.')
		).toBeUndefined();
	});
});

describe('"The younger of the two", "the size of the first"', () => {
	it('reads them as of what the sentence before counted', () => {
		expect(pointingPhrase('The younger of the two, Walter Penny, was 14.')).toMatch(/of the two/);
		expect(
			pointingPhrase(
				'A reprint of 20,000 copies has been ordered, more than 13 times the size of the first.'
			)
		).toMatch(/size of the first/);
		expect(pointingPhrase('The younger of the two boys, Walter Penny, was 14.')).toBeUndefined();
		expect(pointingPhrase('It is twice the size of the first print run.')).toBeUndefined();
	});
});

describe('pointingPhrase: a fourth, "within 48 hours", "a smaller fall", "since."', () => {
	it('finds what is measured from something told before', () => {
		expect(pointingPhrase('A fourth, a 58-year-old man, was taken to hospital.')).toMatch(
			/A fourth/
		);
		expect(pointingPhrase('Within 48 hours, two observatories had confirmed it.')).toMatch(
			/Within 48 hours/
		);
		expect(pointingPhrase('A food waste service will start at the same time.')).toMatch(
			/at the same time/
		);
		expect(pointingPhrase('Patients given a dummy patch saw a smaller fall, to 6.9 days.')).toMatch(
			/smaller fall/
		);
		expect(pointingPhrase('No player has scored more than 25 in a season since.')).toMatch(/since/);
	});

	it('leaves them alone when the sentence says of what', () => {
		expect(pointingPhrase('Sales saw a smaller fall than in 2022.')).toBeUndefined();
		expect(pointingPhrase('The pool opened at the same time as the school.')).toBeUndefined();
		expect(pointingPhrase('The app was shut within six hours of the report.')).toBeUndefined();
		expect(pointingPhrase('He has played for the club since 2019.')).toBeUndefined();
	});
});

describe('a count of more', () => {
	it('points back without saying more of what, not with it', () => {
		expect(pointingPhrase('Mrs Okonjo said at least 15 more were needed.')).toMatch(/15 more/);
		expect(pointingPhrase('Mrs Okonjo said 15 more volunteers were needed.')).toBeUndefined();
	});
});
