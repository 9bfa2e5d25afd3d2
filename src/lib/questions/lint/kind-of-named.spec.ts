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

/** A thing named, then statements that call it by its kind: which point back, which stand. */
interface KindCase {
	what: string;
	title: string;
	entities: EntityInput[];
	/** The article's sentences that name the things, before the statements. */
	naming: string[];
	/** Statements that point back, each with a word of the name the finding gives. */
	back: [string, string][];
	/** Statements that stand alone. */
	alone: string[];
	/** Sentences after the statements ("Harlow Rovers lost in the final"). */
	later?: string[];
}

const CASES: KindCase[] = [
	{
		what: 'a team as "the second-tier side", not when named by its last word',
		title: 'Rovers unveil £24m stadium plan',
		entities: [
			{ id: 'rovers', kind: 'organisation', name: 'Thornbeck Rovers', category: 'team' },
			{ id: 'harlow', kind: 'organisation', name: 'Harlow Rovers', category: 'team' }
		],
		naming: ['Thornbeck Rovers have unveiled a plan to rebuild their ground.'],
		back: [
			['The second-tier side submitted a planning application on Monday.', 'Thornbeck Rovers']
		],
		alone: ["The Rovers' manager, Denise Carrow, has coached the side since 2015."],
		later: ['Harlow Rovers lost in the final.']
	},
	{
		what: 'a firm as "the firm", unless the statement names it',
		title: 'River given bathing water status',
		entities: [{ id: 'nv', kind: 'organisation', name: 'Northvale Water', category: 'business' }],
		naming: ['Northvale Water, which runs the overflow, will spend £12.5 million on an upgrade.'],
		back: [
			[
				'A spokesman for the firm, Owen Pritchard, said it welcomed the designation.',
				'Northvale Water'
			]
		],
		alone: ['A spokesman for Northvale Water said the firm welcomed it.']
	},
	{
		what: 'a borough council as the body, not as the place things are built in',
		title: 'Council to sell toilet blocks',
		entities: [
			{ id: 'hbc', kind: 'organisation', name: 'Harkwell Borough Council', category: 'public' }
		],
		naming: ['Harkwell Borough Council voted to sell 11 toilet blocks.'],
		back: [['The borough has offered to transfer them for £1 each.', 'Harkwell']],
		alone: ['About 6,500 homes will be built in the borough.']
	},
	{
		what: 'a club as "the team" and "the club", a volunteers’ group, a street (not "on the street")',
		title: 'Pavilion destroyed by fire',
		entities: [
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
		naming: [
			'Netherby Green Cricket Club lost its pavilion in a fire on Sunday.',
			'The Friends of Glebe Orchard look after the trees.',
			'Shops line Thornwick High Street.'
		],
		back: [
			['The team will change at Colby Vale.', 'Netherby Green Cricket Club'],
			["The club's insurance covers £85,000.", 'Netherby Green Cricket Club'],
			['The group wants a grant of £15,000.', 'Friends of Glebe Orchard'],
			["58 of the street's 124 parking spaces will go.", 'Thornwick High Street']
		],
		alone: ['No shop on the street sells more.', 'The launch struck the cruiser side-on.']
	},
	{
		what: 'a kind given before a name: "the island of", "a … society,"',
		title: 'Ferry sailings halved',
		entities: [
			{ id: 'isle', kind: 'place', name: 'Skerrinish', category: 'settlement' },
			{ id: 'shop', kind: 'organisation', name: 'Ashwenby Stores Ltd', category: 'business' }
		],
		naming: [
			'Residents of the island of Skerrinish fear the cuts.',
			'A newly formed community benefit society, Ashwenby Stores Ltd, bought the shop.'
		],
		back: [
			['The island has about 620 people.', 'Skerrinish'],
			['The society will employ a manager.', 'Ashwenby Stores Ltd']
		],
		alone: []
	},
	{
		what: 'a firm by the end of its name, whatever its trade; a point that is no town',
		title: 'Care home to close',
		entities: [
			{ id: 'group', kind: 'organisation', name: 'Fernleigh Care Group', category: 'health' },
			{ id: 'point', kind: 'place', name: 'Gull Point', category: 'settlement' }
		],
		naming: [
			'Willowmere House is owned by Fernleigh Care Group.',
			'The rock barrier at Gull Point was built in 2021.'
		],
		back: [['The company says the true cost is £1,050 a week.', 'Fernleigh']],
		alone: ["The turbines would not block the town's fishing fleet."]
	},
	{
		what: 'a kind of hyphenated words, "a not-for-profit co-operative", as "the co-operative"',
		title: 'Solar panels on a school roof',
		entities: [{ id: 'greenlea', kind: 'organisation', name: 'Greenlea Community Energy' }],
		naming: [
			'The project was paid for by Greenlea Community Energy, a not-for-profit co-operative that sold shares to 140 people.'
		],
		back: [
			['The co-operative says the school is the second it has worked with.', 'Greenlea'],
			["The co-operative's chairman is a retired engineer.", 'Greenlea']
		],
		alone: [
			'Greenlea Community Energy says the co-operative will sell more shares.',
			'The not-for-profit sector has grown.'
		]
	}
];

describe('a named thing called by its kind', () => {
	for (const c of CASES) {
		it(c.what, () => {
			const lines = [...c.naming, ...c.back.map(([s]) => s), ...c.alone, ...(c.later ?? [])];
			const of = kindReader(c.title, c.entities, lines);
			for (const [statement, name] of c.back) expect(of(statement), statement).toContain(name);
			for (const statement of c.alone) expect(of(statement), statement).toBeUndefined();
		});
	}
});
