import { describe, expect, it } from 'vitest';
import type { EntityIndex } from './entities.ts';
import { abbreviates } from './entities/acronyms.ts';
import { analyseText, entityKinds, entityNamed } from './test-text.ts';

const kinds = entityKinds;

/** The names each mention of a sentence is linked to, in reading order. */
function linked(index: EntityIndex, sentence: number): string[] {
	return index.mentionsIn(sentence).map((m) => `${m.surface} → ${m.entity.name}`);
}

describe('abbreviates', () => {
	it('takes every word’s initial, in order, and letters of a word after its initial', () => {
		expect(abbreviates('BLR', 'Brightline Research')).toBe(true);
		expect(abbreviates('BR', 'Brightline Research')).toBe(true);
		expect(abbreviates('BoC', 'Bank of Caldonia')).toBe(true);
		expect(abbreviates('WCCT', 'Westmoor Community Care Trust')).toBe(true);
	});

	it('rejects initials that leave out a word, start elsewhere or are not there', () => {
		expect(abbreviates('BL', 'Brightline Research')).toBe(false);
		expect(abbreviates('LR', 'Brightline Research')).toBe(false);
		expect(abbreviates('XYZ', 'Brightline Research')).toBe(false);
		expect(abbreviates('BRX', 'Brightline Research')).toBe(false);
		expect(abbreviates('B', 'Brightline Research')).toBe(false);
	});
});

describe('findEntities: people', () => {
	it('links a surname to the one longer name that ends with it', () => {
		const { index } = analyseText(
			'The Kestrels named fly-half Callum Reddy in their side for the final on Saturday. Reddy said he was ready for the biggest game of his life.'
		);
		const reddy = entityNamed(index, 'Callum Reddy');
		expect(reddy.kind).toBe('person');
		expect(reddy.aliases).toEqual(new Set(['Reddy']));
		expect(linked(index, 1)).toEqual(['Reddy → Callum Reddy']);
		expect(index.entities.filter((e) => e.name === 'Reddy')).toEqual([]);
	});

	it('links a first name alone to the one person whose name starts with it', () => {
		const { index } = analyseText(
			'Professor Ruth Ashworth has died aged 89. "Ruth looked at a bridge the way a doctor looks at a patient," said Dr Colin Mbeki.'
		);
		expect(kinds(index).filter((k) => k.startsWith('person'))).toEqual([
			'person Ruth Ashworth',
			'person Colin Mbeki'
		]);
		expect(entityNamed(index, 'Ruth Ashworth').aliases.has('Ruth')).toBe(true);
	});

	it('links a surname two people share to neither', () => {
		const { index } = analyseText(
			'The side picked fly-half Callum Reddy and his brother, winger Sam Reddy, for the final. Reddy said the family was proud.'
		);
		expect(kinds(index)).toEqual(['person Callum Reddy', 'person Sam Reddy']);
		expect(entityNamed(index, 'Callum Reddy').aliases.size).toBe(0);
		expect(linked(index, 1)).toEqual([]);
	});

	it('links "DS Nair" to "Detective Sergeant Priya Nair", titles left out of the name', () => {
		const { index } = analyseText(
			'The search was led by Detective Sergeant Priya Nair on Sunday. DS Nair said the search would resume on Monday.'
		);
		const nair = entityNamed(index, 'Priya Nair');
		expect(nair.kind).toBe('person');
		expect(nair.role).toBe('Detective Sergeant');
		expect(linked(index, 1)).toEqual(['Nair → Priya Nair']);
	});

	it('ends a person’s name before "of" and the organisation after it', () => {
		const { index } = analyseText(
			'The search was led by Freja Holm of Carnshire Police on Monday. Holm said the boat was found at dawn.'
		);
		expect(kinds(index)).toEqual(['person Freja Holm', 'organisation Carnshire Police']);
	});

	// Once a bug: after a title the name ran on into the organisation.
	it('ends a titled person’s name before "of" and the organisation after it', () => {
		const { index } = analyseText(
			'The search was led by Inspector Freja Holm of Carnshire Police on Monday. Holm said the boat was found at dawn.'
		);
		expect(kinds(index)).toEqual(['person Freja Holm', 'organisation Carnshire Police']);
	});

	it('keeps a name’s possessive "’s" out of the name', () => {
		const { index } = analyseText(
			"The final was won by a late drop goal from fly-half Callum Reddy. Callum Reddy's kick came in the last minute."
		);
		expect(kinds(index)).toEqual(['person Callum Reddy']);
		expect(linked(index, 1)).toEqual(['Callum Reddy → Callum Reddy']);
	});
});

describe('findEntities: organisations and groups', () => {
	it('takes an acronym in brackets as an alias, though the long name says little', () => {
		const { index } = analyseText(
			'The study was carried out by Brightline Research (BLR), a firm in Velby. BLR found that 40% of homes had no insulation.'
		);
		const blr = entityNamed(index, 'Brightline Research');
		expect(blr.kind).toBe('organisation');
		expect(blr.aliases).toEqual(new Set(['BLR']));
		expect(linked(index, 1)).toEqual(['BLR → Brightline Research']);
	});

	it('takes no era marker for an organisation: "1420 BC", "AD 79"', () => {
		const { index } = analyseText(
			'Tests by the Centre for Environmental Dating (CED) show the tree was felled in 1420 BC. Vesuvius erupted in AD 79.'
		);
		expect(kinds(index).filter((k) => /\b(BC|AD)$/.test(k))).toEqual([]);
	});

	it('keeps a word in brackets that does not abbreviate a weak name apart', () => {
		const { index } = analyseText(
			'The study was carried out by Brightline Research (XYZ), a firm in Velby. XYZ found that 40% of homes had no insulation.'
		);
		expect(index.entities.some((e) => e.aliases.has('XYZ'))).toBe(false);
		expect(linked(index, 1)).toEqual(['XYZ → XYZ']);
	});

	it('makes "the Liberal Democrats" and "a Liberal Democrat councillor" one party', () => {
		const { index } = analyseText(
			'The Liberal Democrats won 14 seats on Wrenford Borough Council in May. A Liberal Democrat councillor said the party would cut parking charges.'
		);
		const party = entityNamed(index, 'Liberal Democrats');
		expect([party.kind, party.category]).toEqual(['group', 'party']);
		expect(party.mentions.map((m) => m.surface)).toEqual(['Liberal Democrats', 'Liberal Democrat']);
		expect(index.entities.filter((e) => e.name.startsWith('Liberal'))).toHaveLength(1);
	});

	it('reads "Westshire Fire and Rescue Service" as one name without "the" before it', () => {
		const { index } = analyseText(
			'The report was published by Westshire Fire and Rescue Service on Thursday. Tom Hale and Leeds City Council agreed with it.'
		);
		expect(entityNamed(index, 'Westshire Fire and Rescue Service').kind).toBe('organisation');
		expect(index.entities.some((e) => e.name === 'Rescue Service')).toBe(false);
		// A person's name before "and" is a name of its own.
		expect(entityNamed(index, 'Tom Hale').kind).toBe('person');
		expect(index.entities.some((e) => e.name.startsWith('Tom Hale and'))).toBe(false);
	});

	it('takes someone quoted once with an age and no role for a member of the public', () => {
		const { index } = analyseText(
			[
				'Lachlan Price won the Westcombe Open on Sunday.',
				'Reyes finished second.',
				'Darren Colby, 41, of Marsh Lane, was jailed for 11 years.',
				'Among them was Margaret Fenwick, 71, who has been a member for 30 years.',
				'"I have never heard a roar like it," she said.'
			].join('\n\n')
		);
		expect(entityNamed(index, 'Margaret Fenwick').category).toBe('person-public');
		expect(entityNamed(index, 'Darren Colby').category).toBe('person');
	});

	it('takes a rail firm and a "Services" firm for businesses', () => {
		const { index } = analyseText(
			'Northvale Rail runs the 23-mile route. The plant is operated by Coldharbour Waste Services.'
		);
		expect(entityNamed(index, 'Northvale Rail').category).toBe('business');
		expect(entityNamed(index, 'Coldharbour Waste Services').category).toBe('business');
	});

	it('takes "Mekdes Tadesse of Ethiopia" for a person and a country, not one place', () => {
		const { index } = analyseText(
			'Laura Denholm took second place in 2:22:55, with Mekdes Tadesse of Ethiopia third. The Bank of England kept its rate.'
		);
		expect(index.entities.some((e) => e.name === 'Mekdes Tadesse of Ethiopia')).toBe(false);
		expect(entityNamed(index, 'Ethiopia').kind).toBe('country');
		expect(entityNamed(index, 'Bank of England').kind).toBe('organisation');
	});

	it('takes "Members of Parliament" for people, not the body they sit in', () => {
		const { index } = analyseText(
			'In 1858 Members of Parliament talked about leaving Westminster. Inside the Houses of Parliament, curtains were soaked.'
		);
		expect(entityNamed(index, 'Members of Parliament').kind).toBe('group');
		expect(entityNamed(index, 'Houses of Parliament').kind).toBe('organisation');
	});

	it('tells a chamber of parliament from a coalition of charities', () => {
		const { index } = analyseText(
			'The bill now goes to the House of Lords. The Footways Access Coalition, which speaks for 30 charities, welcomed the vote.'
		);
		expect(entityNamed(index, 'House of Lords').category).toBe('public');
		expect(entityNamed(index, 'Footways Access Coalition').category).toBe('community');
	});

	it('makes a club’s town an alias of the club: "Ashbury Kestrels … Ashbury"', () => {
		const { index } = analyseText(
			'Ashbury Kestrels beat Dunmore Rovers by 24 points to 17 on Saturday afternoon. Ashbury have now won six games in a row this season.'
		);
		const club = entityNamed(index, 'Ashbury Kestrels');
		expect([club.kind, club.category]).toEqual(['organisation', 'team']);
		expect(club.aliases).toEqual(new Set(['Ashbury']));
		expect(linked(index, 1)).toEqual(['Ashbury → Ashbury Kestrels']);
	});

	it('takes "the haulage firm Halloran Freight" for a business, not a person with a role', () => {
		const { index } = analyseText(
			'The haulage firm Halloran Freight applied to build a depot near Kellow University. Halloran Freight said it would appeal.'
		);
		const firm = entityNamed(index, 'Halloran Freight');
		expect([firm.kind, firm.category]).toEqual(['organisation', 'business']);
		expect(entityNamed(index, 'Kellow University').category).toBe('education');
	});

	it('names a campaign for what it is against, and no "Depot" of its own', () => {
		const { index } = analyseText(
			"Halloran Freight applied to build a lorry depot outside Marshby. At the inquiry, noise experts for the villagers' campaign group, Marshby Against the Depot, said that a lorry would pass the nearest homes once every 40 seconds."
		);
		expect(kinds(index)).toEqual(['place Marshby', 'organisation Marshby Against the Depot']);
	});

	it('names a saint’s church by its possessive: "at St Aldhelm’s in Nether Brook"', () => {
		const { index } = analyseText(
			"At St Aldhelm's in Nether Brook, rain poured through the bare timbers onto the organ."
		);
		expect(kinds(index)).toContain("place St Aldhelm's");
		expect(entityNamed(index, "St Aldhelm's").category).toBe('building');
	});

	it('takes "in June" for a date and "the Chief Inspector of Prisons" for an office', () => {
		const { index } = analyseText(
			'"We found men locked up for 22 hours a day," said Dr Helen Marchbank, the Chief Inspector of Prisons. The governor, Paul Ashcombe, who took charge of Brackenmoor in June, accepted the findings.'
		);
		expect(kinds(index)).not.toContain('person June');
		expect(kinds(index)).not.toContain('person Inspector of Prisons');
		expect(kinds(index)).toContain('person Helen Marchbank');
	});

	it('reads a bookshop, a ferry after "vessel," and "State Rep." for what they are', () => {
		const { index } = analyseText(
			'Ms Clare Denholm, owner of the Quayside Bookshop, said it was her busiest day. The state paid for a second vessel, the Marguerite B., last year. State Rep. Diane Carvalho said she would ask for money for families on the Orchard Rise estate in Brennock.'
		);
		const found = kinds(index);
		expect(found).toContain('organisation Quayside Bookshop');
		expect(found).toContain('term Marguerite B');
		expect(found.some((k) => /\bRep\b|Orchard Rise/.test(k))).toBe(false);
		expect(found).toContain('person Diane Carvalho');
	});

	it('makes "Carrabost" the same place as "the Isle of Carrabost"', () => {
		const { index } = analyseText(
			'Letters on the Isle of Carrabost will be delivered three days a week from 6 April. About 4,300 people live on Carrabost, the company said.'
		);
		const island = entityNamed(index, 'Isle of Carrabost');
		expect(island.kind).toBe('place');
		expect(island.aliases).toContain('Carrabost');
		expect(linked(index, 1)).toContain('Carrabost → Isle of Carrabost');
	});

	it('makes no alias of a town named in a hospital’s name', () => {
		const { index } = analyseText(
			'The patients were moved to Velby General Hospital on Monday night after the fire. There is no other hospital in Velby, the trust said.'
		);
		expect(entityNamed(index, 'Velby General Hospital').aliases.size).toBe(0);
		expect(entityNamed(index, 'Velby').kind).toBe('place');
	});

	it('reads "Velby General Hospital" as one organisation, "General" no title', () => {
		const { index } = analyseText(
			'The patients were moved to Velby General Hospital on Monday night after the fire.'
		);
		expect(kinds(index)).toEqual(['organisation Velby General Hospital']);
		expect(index.mentionsIn(0).map((m) => [m.start, m.end])).toEqual([[5, 8]]);
	});

	it('reads "Brackenholt Church of England Primary School" as one school, not a person', () => {
		const { index } = analyseText(
			'She was appointed headteacher of Brackenholt Church of England Primary School in 1971.'
		);
		expect(kinds(index)).toEqual(['organisation Brackenholt Church of England Primary School']);
	});

	it('takes no side that "replied with a try" or is "a sum the chairwoman said…" for a person', () => {
		const { index } = analyseText(
			'Calderbrook replied with a try from Jamie Rudd. The final is worth £40,000 to Calderbrook, a sum the club’s chairwoman, Carol Whitlock, said would pay for floodlights.'
		);
		expect(kinds(index).filter((k) => k.startsWith('person'))).toEqual([
			'person Jamie Rudd',
			'person Carol Whitlock'
		]);
	});

	it('sets a character of a play ("the lead role of Jean Hollis") apart from real people', () => {
		const { index } = analyseText(
			'The lead role of Jean Hollis, a miner’s wife, is played by Maureen Dacre. The play was written by Bethany Orme.'
		);
		expect(entityNamed(index, 'Jean Hollis').category).toBe('character');
		expect(entityNamed(index, 'Maureen Dacre').category).not.toBe('character');
	});

	it('reads "Pennock\'s Cider" as one firm, not a person called Pennock', () => {
		const { index } = analyseText(
			"Pennock's Cider, which presses apples from 19 orchards, will supply 1.1 million bottles a year."
		);
		expect(kinds(index)).toContain("organisation Pennock's Cider");
	});

	it('reads "Pettifer Lowe Solicitors" as a firm, not a person called Solicitors', () => {
		const { index } = analyseText(
			'Graham Pettifer, 58, a senior partner at Pettifer Lowe Solicitors in Quarleston, admitted 14 counts of fraud.'
		);
		expect(kinds(index)).toContain('organisation Pettifer Lowe Solicitors');
	});

	it('reads the name set beside "The firm," as a firm', () => {
		const { index } = analyseText(
			'The firm, Corrie Orbital, confirmed just after 11pm that its engineers had received the first signals.'
		);
		expect(kinds(index)).toContain('organisation Corrie Orbital');
	});

	it('takes "Victorian" before a noun for a period, not a place', () => {
		const { index } = analyseText(
			'Venn took over in 1979, when the Victorian building on Quay Street was losing money.'
		);
		expect(kinds(index)).toEqual(['place Quay Street']);
	});

	it('reads "General" before a person’s name as a title', () => {
		const { index } = analyseText('The army is led by General Ana Ruiz, who took command in 2021.');
		expect(kinds(index)).toEqual(['person Ana Ruiz']);
	});

	it('keeps a saint’s possessive and a plural possessive inside an organisation’s name', () => {
		const saint = analyseText(
			"The baby was born at St Aldric's Hospital in Velby on New Year's Day."
		);
		expect(entityNamed(saint.index, "St Aldric's Hospital").kind).toBe('organisation');
		const lenders = analyseText(
			"The figures were published by the Caldonian Mortgage Lenders' Association on Tuesday morning."
		);
		expect(kinds(lenders.index)).toEqual(["organisation Caldonian Mortgage Lenders' Association"]);
		const series = analyseText(
			"The win earns her a place in the Northern Darts Association (NDA) Champions' Series, which begins on 9 October."
		);
		expect(kinds(series.index).some((k) => /^person Champions/.test(k))).toBe(false);
		const fishermen = analyseText(
			"Graham Penrose chairs the Maddock Fishermen's Association (MFA), which has 40 members."
		);
		expect(entityNamed(fishermen.index, "Maddock Fishermen's Association").kind).toBe(
			'organisation'
		);
	});

	it('reads "the MP for Harlowby and Wendle" as a seat, not a name', () => {
		const { index } = analyseText(
			'The bill was brought by Eleanor Strickland, the MP for Harlowby and Wendle, in 2025.'
		);
		expect(kinds(index)).toEqual(['person Eleanor Strickland']);
	});

	it('reads "and" inside an organisation\'s name after "the"', () => {
		const { index } = analyseText(
			"The drivers belong to the Transport and Road Workers' Union, and met the Treasury and the Bank of England."
		);
		expect(kinds(index)).toContain("organisation Transport and Road Workers' Union");
		expect(kinds(index).some((k) => k.includes('Treasury and'))).toBe(false);
	});

	it('ends a name at a plural possessive not followed by an organisation’s head word', () => {
		const { index } = analyseText(
			"The team was picked by the Kestrels' coach Gemma Thorne on Monday."
		);
		expect(kinds(index)).toEqual(['group Kestrels', 'person Gemma Thorne']);
	});
});

describe('findEntities: vessels', () => {
	it('reads "the passenger ferry Marisol" as a vessel, not a person', () => {
		const { index } = analyseText(
			'The passenger ferry Marisol ran aground off the coast of Velby on Monday. Marisol was carrying 212 passengers and 40 crew.'
		);
		const ship = entityNamed(index, 'Marisol');
		expect([ship.kind, ship.category]).toEqual(['term', 'vessel']);
		expect(ship.mentions).toHaveLength(2);
	});

	it('still reads a name after "ferry captain" as a person', () => {
		const { index } = analyseText(
			'The ferry captain Marisol Ortega said the crossing was calm on Monday.'
		);
		expect(entityNamed(index, 'Marisol Ortega').kind).toBe('person');
	});

	it('reads a lifeboat named after a woman as a vessel: "all-weather lifeboat, the Margaret Ellison"', () => {
		const { index } = analyseText(
			'The coastguard paged the crew of the all-weather lifeboat, the Margaret Ellison, which launched 11 minutes later. The Margaret Ellison reached the yacht at 9pm.'
		);
		const boat = entityNamed(index, 'Margaret Ellison');
		expect([boat.kind, boat.category]).toEqual(['term', 'vessel']);
	});
});
