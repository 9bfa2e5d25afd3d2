import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { DeckFileError, parseDeckYaml } from './yaml.ts';

const GOOD = `format: 1
id: demo
title: Demo deck
source:
  title: A demo article
entities:
  - id: starmer
    kind: person
    name: Sir Keir Starmer
    garbled: [Sir Kire Stmmers]
    category: leader
facts:
  - id: chair
    source:
      - Sir Kire Stmmers chaired the meeting.
    statement: Sir Keir Starmer chaired the meeting.
    slots:
      - id: who
        kind: person
        entity: starmer
        answer: Sir Keir Starmer
`;
const ARTICLE = 'Intro. Sir Kire Stmmers chaired the meeting. The end.';

function problems(yaml: string, article = ARTICLE): string[] {
	try {
		parseDeckYaml(yaml, 'questions/demo/facts.yaml', article);
	} catch (error) {
		if (error instanceof DeckFileError) return error.problems;
		throw error;
	}
	return [];
}

describe('facts file schema', () => {
	it('accepts a well-formed file', () => {
		expect(problems(GOOD)).toEqual([]);
	});

	it.each([
		[
			'broken YAML syntax, with its line',
			GOOD.replace('title: Demo deck', 'title: [Demo deck'),
			/facts\.yaml:\d+:\d+: /
		],
		[
			'a missing required field',
			GOOD.replace('    statement: Sir Keir Starmer chaired the meeting.\n', ''),
			/facts\.yaml:13:5: facts\[0\]\.statement .*(string|undefined)/i
		],
		[
			'an unknown slot kind',
			GOOD.replace('        kind: person\n        entity', '        kind: human\n        entity'),
			/facts\.yaml:19:15: facts\[0\]\.slots\[0\]\.kind kind must be one of/
		],
		[
			'an answer that is not in the statement',
			GOOD.replace('answer: Sir Keir Starmer', 'answer: Keir Starmr'),
			/facts\[0\]\.slots\[0\]\.answer "Keir Starmr" does not appear in the statement/
		],
		[
			'an answer the source sentence does not show',
			GOOD.replace('    garbled: [Sir Kire Stmmers]\n', ''),
			/facts\[0\]\.slots\[0\]\.answer is not visible in the source sentence/
		],
		[
			'a quotation whose speaker the source does not name',
			GOOD +
				`  - id: ending
    source: [The end.]
    statement: The meeting ended.
    slots: []
    quote: { speaker: starmer, text: The end. }
`,
			/facts\[1\]\.quote\.speaker "Sir Keir Starmer" is not named in the source/
		],
		[
			'a reference to an unknown entity',
			GOOD.replace('entity: starmer', 'entity: stramer'),
			/facts\[0\]\.slots\[0\]\.entity unknown entity "stramer"/
		],
		[
			'a source sentence that is not verbatim in the article',
			GOOD.replace('Sir Kire Stmmers chaired', 'Sir Keir Starmer chaired'),
			/facts\[0\]\.source\[0\] is not found verbatim in the article/
		],
		[
			'an unknown field (a typo in a key)',
			GOOD.replace('    statement:', '    statment: x\n    statement:'),
			/facts\[0\].*statment/
		],
		[
			'an id with capitals',
			GOOD.replace('  - id: chair', '  - id: Chair'),
			/facts\[0\]\.id must be lower-case letters/
		],
		[
			'a duplicate fact id',
			GOOD +
				`  - id: chair
    source: [The end.]
    statement: The end.
    slots: []
    quote: { speaker: starmer, text: The end. }
`,
			/facts\[1\]\.id duplicate fact id "chair"/
		]
	])('rejects %s with file, line, field and reason', (_name, yaml, expected) => {
		const found = problems(yaml);
		expect(found.length).toBeGreaterThan(0);
		expect(found.join('\n')).toMatch(expected);
	});

	it('points at the line of the offending field', () => {
		const yaml = GOOD.replace('answer: Sir Keir Starmer', 'answer: Nobody');
		const [problem] = problems(yaml);
		const line = Number(/facts\.yaml:(\d+):/.exec(problem)?.[1]);
		expect(yaml.split('\n')[line - 1]).toContain('answer: Nobody');
	});
});

describe('the curated deck', () => {
	const dir = 'questions/ukraine-security-guarantees';

	it('validates, keeps the article verbatim, and has 25–40 facts', () => {
		const deck = readDeckFolder(dir);
		expect(deck.id).toBe('ukraine-security-guarantees');
		expect(deck.article).toBe(readFileSync(`${dir}/article.txt`, 'utf8'));
		expect(deck.facts.length).toBeGreaterThanOrEqual(25);
		expect(deck.facts.length).toBeLessThanOrEqual(40);
	});

	it('teaches true names: garbled spellings are never the taught answer', () => {
		const deck = readDeckFolder(dir);
		const garbled = deck.entities.flatMap((e) => e.garbled.map((g) => g.toLowerCase()));
		for (const fact of deck.facts) {
			for (const slot of fact.slots)
				expect(garbled, `${fact.id}.${slot.id}`).not.toContain(slot.answer.toLowerCase());
			expect(fact.statement).not.toMatch(
				/Stmmers|Zelansky|Redkin|Hodes\b|Walse|coalition of alliance/
			);
		}
	});

	it('covers every quotation and every person in the article', () => {
		const deck = readDeckFolder(dir);
		const quoted = new Set(deck.facts.flatMap((f) => (f.quote ? [f.quote.speaker] : [])));
		for (const id of ['zelensky', 'foreman', 'hodges', 'wallace', 'arnold'])
			expect(quoted).toContain(id);
		const named = new Set(deck.facts.flatMap((f) => f.slots.map((s) => s.entity)));
		for (const person of deck.entities.filter((e) => e.kind === 'person'))
			expect(named.has(person.id) || quoted.has(person.id), person.id).toBe(true);
	});
});
