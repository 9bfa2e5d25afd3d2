import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { roleAt, roleClass } from './roles.ts';
import { analyseText, entityKinds } from './test-text.ts';

/** The role `roleAt` reads for `name` in a one-sentence text, with `titles` words before it. */
function role(text: string, name: string, titles = 0): string | undefined {
	const [sentence] = analyseParagraph(text, 0, 0);
	const tokens = sentence.tokens;
	const words = name.split(' ');
	const at = tokens.findIndex((_, k) => words.every((w, j) => tokens[k + j]?.text === w));
	if (at < 0) throw new Error(`“${name}” is not in “${text}”`);
	return roleAt(tokens, at - titles, at, at + words.length);
}

describe('roleAt', () => {
	it('reads "Cllr" alone as the role it stands for, "councillor"', () => {
		expect(
			role(
				"The party's group leader on the council, Cllr Neil Brannock, called it a blow.",
				'Neil Brannock',
				1
			)
		).toBe('councillor');
	});

	it('reads "The club\'s chairwoman, Carol Dunstan," and a manager who was a postman', () => {
		expect(
			role("The club's chairwoman, Carol Dunstan, said a stand was needed.", 'Carol Dunstan')
		).toBe('chairwoman');
		expect(roleClass('Manager, a former postman')).toBe('official');
		expect(role("The zoo's chief executive, Helen Marchbank, said so.", 'Helen Marchbank')).toBe(
			'chief executive'
		);
		expect(role("The festival's director, Ms Imogen Thwaite, said so.", 'Imogen Thwaite', 1)).toBe(
			'director'
		);
		expect(
			role('His daughter, Susan Pengelly, said he never talked about it.', 'Susan Pengelly')
		).toBe(undefined);
	});

	it('keeps the "vice-" of "The vice-chancellor, Prof Alan Merriman,"', () => {
		expect(
			role('The vice-chancellor, Prof Alan Merriman, said it was hard.', 'Alan Merriman', 1)
		).toBe('vice-chancellor');
		expect(roleClass('vice-chancellor')).toBe(roleClass('chancellor'));
	});

	it('reads a hyphenated role word that opens the sentence as one word', () => {
		expect(
			role('Mother-of-two Priya Saunders said she feared for the lessons.', 'Priya Saunders')
		).toBe('Mother-of-two');
		expect(
			role('Retired postman Colin Ashworth said he backed the repairs.', 'Colin Ashworth')
		).toBe('postman');
		expect(role('The club signed full-back Tom Reddy on Monday.', 'Tom Reddy')).toBe('full-back');
	});

	it('takes no courtesy title and no "that" for a role', () => {
		expect(
			role('Ms Helen Farraday told the jury the residents had lost money.', 'Helen Farraday', 1)
		).toBe(undefined);
		expect(
			role('The jury found that Margaret Olusanya had stolen the money.', 'Margaret Olusanya')
		).toBe(undefined);
		expect(role('Judge Rosalind Achebe sentenced her on Friday.', 'Rosalind Achebe', 1)).toBe(
			'Judge'
		);
		expect(role('Dr Anil Ramsay said the festival needed a sponsor.', 'Anil Ramsay', 1)).toBe(
			undefined
		);
	});

	it('reads the words before the name: "fly-half Callum Reddy"', () => {
		const found = role(
			'The Kestrels named fly-half Callum Reddy in their side for the final.',
			'Callum Reddy'
		);
		expect(found).toBe('fly-half');
		expect(roleClass(found ?? '')).toBe('player');
	});

	it('reads two words before the name: "head coach Gemma Thorne"', () => {
		const found = role(
			'The squad was picked by head coach Gemma Thorne on Monday.',
			'Gemma Thorne'
		);
		expect(found).toBe('head coach');
		expect(roleClass(found ?? '')).toBe('coach');
	});

	it('reads an apposition after the name: "Priya Raman, the cabinet member for transport,"', () => {
		expect(
			role(
				'The scheme was backed by Priya Raman, the cabinet member for transport, at the meeting.',
				'Priya Raman'
			)
		).toBe('the cabinet member for transport');
	});

	it('takes the apposition, not "Dr": "Dr Hannah Lowe, an evolutionary biologist who…"', () => {
		const found = role(
			'The fish were studied by Dr Hannah Lowe, an evolutionary biologist who has worked on the lake since 2009.',
			'Hannah Lowe',
			1
		);
		expect(found).toBe('an evolutionary biologist');
		expect(roleClass(found ?? '')).toBe('expert');
	});

	it('reads no role from an age after the name: "Graham Petrie, 58,"', () => {
		expect(
			role(
				'The shop was opened by Graham Petrie, 58, in the centre of Velby in 1990.',
				'Graham Petrie'
			)
		).toBeUndefined();
	});

	it('reads no role from a relative clause or from the words of the sentence before the name', () => {
		expect(
			role('The award went to Graham Petrie, who founded the shop in 1990.', 'Graham Petrie')
		).toBeUndefined();
		expect(
			role('The shop was opened on Monday by Graham Petrie.', 'Graham Petrie')
		).toBeUndefined();
	});

	it('stops at a capitalised word before the name: "Dunmore captain Tom Okafor"', () => {
		expect(role('The team was led by Dunmore captain Tom Okafor on Saturday.', 'Tom Okafor')).toBe(
			'captain'
		);
	});
});

describe('roleClass', () => {
	it('classes a role by its words', () => {
		expect(roleClass('replacement hooker')).toBe('player');
		expect(roleClass('head coach')).toBe('coach');
		expect(roleClass('a councillor')).toBe('politician');
		expect(roleClass('Dr, an evolutionary biologist')).toBe('expert');
		expect(roleClass('the chairman of the trust')).toBe('official');
		expect(roleClass('a High Court judge')).toBe('legal');
	});

	it('classes an "area environment manager" as an official, not a coach', () => {
		expect(roleClass('area environment manager')).toBe('official');
	});

	it('classes no role whose words name no class', () => {
		expect(roleClass('the cabinet member for transport')).toBeUndefined();
		expect(roleClass('a family friend')).toBeUndefined();
		expect(roleClass('')).toBeUndefined();
	});

	it('classes members of the public apart, "mother-of-two" as a mother', () => {
		expect(roleClass('a local resident')).toBe('public');
		expect(roleClass('Mother-of-two')).toBe('public');
		expect(roleClass('retired postman')).toBe('public');
		expect(roleClass('the 14-metre trawler her grandfather bought in 1971')).toBeUndefined();
	});

	// Once a bug: the first class any word of the role named won, not the class of its head.
	it('classes a role by its head, not by the words after "of" or "for"', () => {
		expect(roleClass('spokesman for the prime minister')).toBe('official');
		expect(roleClass("chief executive of the players' union")).toBe('official');
	});
});

describe('An office written with capitals: "the Mayor of Stavenham, Cllr Robert Haddow"', () => {
	it('is no person, and the person beside it is', () => {
		const { index } = analyseText(
			'Twin town visit\n\nJean-Luc Perrault was received at the town hall on Saturday morning by the Mayor of Stavenham, Cllr Robert Haddow.'
		);
		const people = entityKinds(index).filter((k) => k.startsWith('person'));
		expect(people).toContain('person Robert Haddow');
		expect(people.some((k) => /of Stavenham/.test(k))).toBe(false);
	});
});
