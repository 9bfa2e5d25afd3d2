/**
 * Bodies the text names in ways other rules did not read (entities/body-words.ts): a campaign's
 * "X Against the Y", a kind in lower case after a name ("the Tredarran Remembers trust"), a body
 * given its kind by "called"; and a word the article's second body of a kind may also be
 * (body-kinds.ts: "the hospital" beside two hospitals), and "his" after a surname in "'s".
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityKinds, entityNamed, statementsOf } from './test-text.ts';

describe('names of campaigns and trusts', () => {
	it('takes "X Against the Y" for a campaign, whose head is no depot', () => {
		const text = [
			'Villagers fight turbine plan',
			'Campaigners, who have formed a group called Stallow Against the Turbine, say the structure would loom over the village.',
			"The group's chair, Margaret Olufemi, said the site had been chosen with no regard for the people below it."
		].join('\n\n');
		expect(entityKinds(analyseText(text).index)).toContain(
			'organisation Stallow Against the Turbine'
		);
		expect(statementsOf(text)).toContain(
			"Stallow Against the Turbine's chair, Margaret Olufemi, said the site had been chosen with no regard for the people below it."
		);
	});

	it('keeps a kind in lower case after a name, so "the trust" is that one', () => {
		const text = [
			'Pit disaster remembered',
			'The £320,000 cost was raised over four years by the Tredarran Remembers trust, largely through donations.',
			'The trust has put more than 600 letters online.'
		].join('\n\n');
		expect(entityNamed(analyseText(text).index, 'Tredarran Remembers trust').kind).toBe(
			'organisation'
		);
		expect(statementsOf(text)).toContain(
			'The Tredarran Remembers trust has put more than 600 letters online.'
		);
	});

	it('leaves a party’s group of councillors and a one-word name alone', () => {
		const { index } = analyseText(
			'The Liberal Democrats won 27 seats. Nadia Hussain, who leads the Liberal Democrat group, said so. The Friends group raised £2,000.'
		);
		expect(entityKinds(index)).not.toContain('organisation Liberal Democrat group');
		expect(entityKinds(index).some((k) => k.includes('Friends group'))).toBe(false);
	});

	it('reads "Prime Minister" as no one called "Minister"', () => {
		const { index } = analyseText(
			'Ms Rachel Dunmore stepped down on Sunday in a letter to the Prime Minister.'
		);
		expect(entityKinds(index)).toEqual(['person Rachel Dunmore']);
	});

	it('joins a body named for its subject after "on"', () => {
		const { index } = analyseText(
			'The result has been submitted to the International Committee on Fundamental Constants, which meets every four years.'
		);
		expect(entityKinds(index)).toEqual([
			'organisation International Committee on Fundamental Constants'
		]);
	});
});

describe('references a second body or person may take', () => {
	it('does not take "the hospital" for the one hospital named after another of its kind', () => {
		const text = [
			'Superbug closes wards',
			'Brackenford Royal Infirmary confirmed on Monday that the bacterium had been found on two wards.',
			"Patients who need urgent surgery are being sent to St Aidan's Hospital in Marrowgate, 18 miles away.",
			'Dr Priya Venkataraman said the hospital would publish weekly updates on the number of cases.'
		].join('\n\n');
		expect(statementsOf(text).some((s) => s.includes("St Aidan's Hospital would publish"))).toBe(
			false
		);
	});

	it('reads "his" after a surname in "\'s" as that man', () => {
		const text = [
			'Rendlesham wins title',
			'Jonah Rendlesham stopped Andrius Kalvaitis in the ninth round.',
			'Kalvaitis had won all 27 of his fights.',
			"Rendlesham's corner, led by his trainer and aunt, Denise Hollowell, had told him to keep punching the body."
		].join('\n\n');
		expect(statementsOf(text).some((s) => s.includes('Kalvaitis’ trainer'))).toBe(false);
		expect(statementsOf(text).some((s) => s.includes("Kalvaitis' trainer"))).toBe(false);
	});
});

describe('an obituary’s subject and its neighbours', () => {
	const text = [
		'Aurel Vantic, prime minister who brought Kessaria in from the cold, dies aged 87',
		'Aurel Vantic, the former prime minister of Kessaria who ended decades of hostility with its neighbour Dravonia, has died at the age of 87.',
		'His daughter, Mira Vantic, said he died peacefully on Tuesday.',
		'Vantic led Kessaria for eight years, from 1989 to 1997.',
		'His defining achievement was the Treaty of Ostrel, signed in 1992.'
	].join('\n\n');

	it('takes "its neighbour Dravonia" for a country and "Kessaria who…" for no one', () => {
		const kinds = entityKinds(analyseText(text).index);
		expect(kinds).toContain('country Dravonia');
		expect(kinds).not.toContain('person Kessaria');
	});

	it('reads a surname two people share as the one the text remembers', () => {
		expect(statementsOf(text)).toContain(
			"Aurel Vantic's defining achievement was the Treaty of Ostrel, signed in 1992."
		);
	});
});
