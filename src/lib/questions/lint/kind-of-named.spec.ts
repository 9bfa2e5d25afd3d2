/** A thing the article named, called later only by the kind the article gave it (kind-of-named.ts). */
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../content/deck-schema.ts';
import { kindWords, namedOnlyByKind } from './kind-of-named.ts';
import { pointsBack } from './dangling-reference.ts';
import { words } from './pointing-words.ts';
import { makeDeck, type EntityInput } from './test-deck.ts';

const SENTENCES = [
	'The Plough and Harrow, a 17th-century coaching inn at the heart of Cradwell, is for sale.',
	'The Dunmarsh Echo has reported on the town since 1882.',
	'This season’s production of Jack and the Beanstalk drew 52,000 people.',
	'Volunteers counted 37 butterflies on Stannerleigh Down in June.',
	'Castlegate reached the final of the Penhallow Cup.',
	"The inn's energy bills have trebled.",
	'The paper employs nine people.',
	'The production ran for six weeks.',
	'Cattle now graze the down each winter.',
	'Castlegate won the final 3-1.',
	'The Plough and Harrow says the inn has a new roof.',
	'The inn that stood opposite closed in 1990.',
	'Regulars met in the village hall.'
];

function deckOf(title = 'Village pub up for sale'): Deck {
	const deck = makeDeck(
		[
			{ id: 'pub', kind: 'organisation', name: 'The Plough and Harrow' },
			{ id: 'echo', kind: 'organisation', name: 'Dunmarsh Echo' },
			{ id: 'show', kind: 'term', name: 'Jack and the Beanstalk' },
			{ id: 'down', kind: 'place', name: 'Stannerleigh Down' },
			{ id: 'cup', kind: 'organisation', name: 'the Penhallow Cup' },
			{ id: 'village', kind: 'place', name: 'Cradwell' }
		],
		SENTENCES.map((statement, i) => ({ id: `s${i}`, statement }))
	);
	return { ...deck, title, article: SENTENCES.join(' ') };
}

/** A deck of these entities whose article is `lines`, one fact to a line, under `title`. */
function articleDeck(title: string, entities: EntityInput[], lines: string[]): Deck {
	const base = makeDeck(
		entities,
		lines.map((statement, i) => ({ id: `s${i}`, statement }))
	);
	return { ...base, title, article: lines.join(' ') };
}

/** What namedOnlyByKind says of a statement, in a deck of these entities whose article is `lines`. */
function kindReader(
	title: string,
	entities: EntityInput[],
	lines: string[]
): (statement: string) => string | undefined {
	const deck = articleDeck(title, entities, lines);
	return (statement) => namedOnlyByKind(words(statement), deck, statement);
}

function verdict(statement: string, deck = deckOf()): string | undefined {
	return namedOnlyByKind(words(statement), deck, statement);
}

describe('the kinds an article gives the things it names', () => {
	it('reads an apposition, a kind before a name, a place’s last word and a paper’s name', () => {
		const kinds = kindWords(deckOf()).map((k) => `${k.noun}: ${k.entity.name}`);
		expect(kinds).toEqual(
			expect.arrayContaining([
				'inn: The Plough and Harrow',
				'paper: Dunmarsh Echo',
				'title: Dunmarsh Echo',
				'production: Jack and the Beanstalk',
				'down: Stannerleigh Down'
			])
		);
	});

	it('takes no part of a thing for its kind: the final of a cup', () => {
		expect(kindWords(deckOf()).some((k) => k.noun === 'final')).toBe(false);
	});
});

describe('a statement that calls a named thing only by its kind', () => {
	it.each([
		["The inn's energy bills have trebled.", 'the inn'],
		['The paper employs nine people.', 'the paper'],
		['The production ran for six weeks.', 'the production'],
		['Cattle now graze the down each winter.', 'the down']
	])('points back: %s', (statement, words) => {
		expect(verdict(statement)).toContain(words);
	});

	it.each([
		'The Plough and Harrow says the inn has a new roof.',
		'The inn that stood opposite closed in 1990.',
		'Regulars met in the village hall.',
		'Castlegate won the final 3-1.'
	])('stands alone: %s', (statement) => {
		expect(verdict(statement)).toBeUndefined();
	});

	it('stands alone when the headline says which: "Inn up for sale"', () => {
		expect(
			verdict("The inn's energy bills have trebled.", deckOf('Historic inn up for sale'))
		).toBe(undefined);
	});

	it('stands alone when it comes before the sentence that gives the kind', () => {
		const deck = deckOf();
		const first =
			'The Plough and Harrow, a 17th-century coaching inn at the heart of Cradwell, is for sale.';
		expect(namedOnlyByKind(words('The inn is for sale.'), deck, first)).toBeUndefined();
	});
});

describe('a town, a committee and a clause', () => {
	const lines = [
		'The railway line would serve Ellerby, a town of 31,000 people.',
		"Wavenden Borough Council's planning committee rejected the scheme.",
		'He spent £9,000 on two cruises in the Mediterranean, the jury was told.',
		'One in four households in the town has no car.',
		'The committee sided with the residents.',
		'The farm lies two miles west of the town.',
		'The jury was shown the bank statements.'
	];
	const of = kindReader(
		'Study backs reopening of railway line',
		[
			{ id: 'ellerby', kind: 'place', name: 'Ellerby', category: 'settlement' },
			{ id: 'council', kind: 'organisation', name: 'Wavenden Borough Council' },
			{ id: 'sea', kind: 'place', name: 'the Mediterranean' }
		],
		lines
	);

	it('finds "the town" of a named town and "the committee" of a named council', () => {
		expect(of('One in four households in the town has no car.')).toContain('Ellerby');
		expect(of('The committee sided with the residents.')).toContain('Wavenden Borough Council');
	});

	it('leaves "west of the town", and "the jury" a clause brings in', () => {
		expect(of('The farm lies two miles west of the town.')).toBeUndefined();
		expect(of('The jury was shown the bank statements.')).toBeUndefined();
	});
});

describe('"The brothers"', () => {
	it('points back unless the statement names them', () => {
		expect(pointsBack('The brothers intend to open a farm shop next spring.')).toMatch(/brothers/);
	});
});

describe('names the article writes in more than one way', () => {
	const lines = [
		'The Dunmarsh Echo, which began in 1882, is to close.',
		'The Greyshoal Offshore Wind Farm will have 60 turbines.',
		'The paper gave its bound archive to Dunmarsh Library.',
		'Young people from the town will be trained.'
	];
	const entities: EntityInput[] = [
		{ id: 'echo', kind: 'organisation', name: 'the Dunmarsh Echo', aliases: ['Dunmarsh Echo'] },
		{ id: 'farm', kind: 'place', name: 'the Greyshoal Offshore Wind Farm', category: 'settlement' },
		{ id: 'library', kind: 'organisation', name: 'Dunmarsh Library' }
	];
	const title = 'Weekly title to close after 143 years';
	const of = kindReader(title, entities, lines);

	it('finds a paper the article opens with as "The Dunmarsh Echo"', () => {
		const kinds = kindWords(articleDeck(title, entities, lines));
		expect(kinds.map((k) => `${k.noun}@${k.at}`)).toContain('paper@0');
	});

	it('is not named by a word another name shares: "Dunmarsh Library"', () => {
		expect(of('The paper gave its bound archive to Dunmarsh Library.')).toContain('Dunmarsh Echo');
	});

	it('does not take a wind farm for a town', () => {
		expect(of('Young people from the town will be trained.')).toBeUndefined();
	});
});

describe('a team called by what it is', () => {
	const lines = [
		'Thornbeck Rovers have unveiled a plan to rebuild their ground.',
		'The second-tier side submitted a planning application on Monday.',
		"The Rovers' manager, Denise Carrow, has coached the side since 2015.",
		'Harlow Rovers lost in the final.'
	];
	const of = kindReader(
		'Rovers unveil £24m stadium plan',
		[
			{ id: 'rovers', kind: 'organisation', name: 'Thornbeck Rovers', category: 'team' },
			{ id: 'harlow', kind: 'organisation', name: 'Harlow Rovers', category: 'team' }
		],
		lines
	);

	it('points back as "the second-tier side"', () => {
		expect(of('The second-tier side submitted a planning application on Monday.')).toContain(
			'Thornbeck Rovers'
		);
	});

	it('stands alone when the statement names the team by its last word', () => {
		expect(of("The Rovers' manager, Denise Carrow, has coached the side since 2015.")).toBe(
			undefined
		);
	});
});

describe('a firm called "the firm"', () => {
	const lines = [
		'Northvale Water, which runs the overflow, will spend £12.5 million on an upgrade.',
		'A spokesman for the firm, Owen Pritchard, said it welcomed the designation.',
		'A spokesman for Northvale Water said the firm welcomed it.'
	];
	const of = kindReader(
		'River given bathing water status',
		[{ id: 'nv', kind: 'organisation', name: 'Northvale Water', category: 'business' }],
		lines
	);

	it('points back unless the statement names it', () => {
		expect(
			of('A spokesman for the firm, Owen Pritchard, said it welcomed the designation.')
		).toContain('Northvale Water');
		expect(of('A spokesman for Northvale Water said the firm welcomed it.')).toBeUndefined();
	});
});

describe('a borough council called "the borough"', () => {
	const lines = [
		'Harkwell Borough Council voted to sell 11 toilet blocks.',
		'The borough has offered to transfer them for £1 each.',
		'About 6,500 homes will be built in the borough.'
	];
	const of = kindReader(
		'Council to sell toilet blocks',
		[{ id: 'hbc', kind: 'organisation', name: 'Harkwell Borough Council', category: 'public' }],
		lines
	);

	it('points back as the body, not as the place things are built in', () => {
		expect(of('The borough has offered to transfer them for £1 each.')).toContain('Harkwell');
		expect(of('About 6,500 homes will be built in the borough.')).toBeUndefined();
	});
});

describe('a club, a volunteers’ group and a street called by what they are', () => {
	const lines = [
		'Netherby Green Cricket Club lost its pavilion in a fire on Sunday.',
		'The Friends of Glebe Orchard look after the trees.',
		'Shops line Thornwick High Street.',
		'The team will change at Colby Vale.',
		"The club's insurance covers £85,000.",
		'The group wants a grant of £15,000.',
		"58 of the street's 124 parking spaces will go.",
		'No shop on the street sells more.',
		'The launch struck the cruiser side-on.'
	];
	const of = kindReader(
		'Pavilion destroyed by fire',
		[
			{
				id: 'club',
				kind: 'organisation',
				name: 'Netherby Green Cricket Club',
				category: 'community'
			},
			{
				id: 'friends',
				kind: 'organisation',
				name: 'the Friends of Glebe Orchard',
				category: 'community'
			},
			{ id: 'street', kind: 'place', name: 'Thornwick High Street', category: 'street' }
		],
		lines
	);

	it('points back as "the team", "the club", "the group" and "the street’s"', () => {
		expect(of('The team will change at Colby Vale.')).toContain('Netherby Green Cricket Club');
		expect(of("The club's insurance covers £85,000.")).toContain('Netherby Green Cricket Club');
		expect(of('The group wants a grant of £15,000.')).toContain('Friends of Glebe Orchard');
		expect(of("58 of the street's 124 parking spaces will go.")).toContain('Thornwick High Street');
	});

	it('leaves "on the street", which says where, and a compound like "side-on"', () => {
		expect(of('No shop on the street sells more.')).toBeUndefined();
		expect(of('The launch struck the cruiser side-on.')).toBeUndefined();
	});
});

describe('a kind given before a name: "the island of", "a … society,"', () => {
	const lines = [
		'Residents of the island of Skerrinish fear the cuts.',
		'A newly formed community benefit society, Ashwenby Stores Ltd, bought the shop.',
		'The island has about 620 people.',
		'The society will employ a manager.'
	];
	const of = kindReader(
		'Ferry sailings halved',
		[
			{ id: 'isle', kind: 'place', name: 'Skerrinish', category: 'settlement' },
			{ id: 'shop', kind: 'organisation', name: 'Ashwenby Stores Ltd', category: 'business' }
		],
		lines
	);

	it('points back as "the island" and "the society"', () => {
		expect(of('The island has about 620 people.')).toContain('Skerrinish');
		expect(of('The society will employ a manager.')).toContain('Ashwenby Stores Ltd');
	});
});

describe('a firm by the end of its name, and a point that is no town', () => {
	const lines = [
		'Willowmere House is owned by Fernleigh Care Group.',
		'The rock barrier at Gull Point was built in 2021.',
		'The company says the true cost is £1,050 a week.',
		"The turbines would not block the town's fishing fleet."
	];
	const of = kindReader(
		'Care home to close',
		[
			{ id: 'group', kind: 'organisation', name: 'Fernleigh Care Group', category: 'health' },
			{ id: 'point', kind: 'place', name: 'Gull Point', category: 'settlement' }
		],
		lines
	);

	it('points back as "the company" for Fernleigh Care Group, whatever its trade', () => {
		expect(of('The company says the true cost is £1,050 a week.')).toContain('Fernleigh');
	});

	it('does not take Gull Point for "the town"', () => {
		expect(of("The turbines would not block the town's fishing fleet.")).toBeUndefined();
	});
});
