/**
 * Property-based tests of the facts-file reader (`parseDeckYaml`, which also reads the deck files
 * students import on /create). Random YAML-ish text, line-level damage to the real facts.yaml
 * (lines deleted, repeated, re-indented; scalars retyped; `__proto__`/`constructor`/`prototype`
 * keys; anchors and aliases) and alias bombs only ever give a valid Deck or a DeckFileError whose
 * every message reads `file:line:col: field reason`; never any other exception; in bounded time
 * and memory. A deck the reader accepts survives JSON unchanged. The deck schema (`parseDeck`),
 * fuzzed as JSON and through deck files, is in deck-schema.fuzz.spec.ts; the real facts file both
 * read is in real-facts-file.ts.
 *
 * Regressions (found by this fuzzing):
 * - An alias bomb ("billion laughs") or, under `%YAML 1.1`, a `<<` merge of a non-map made the
 *   yaml library THROW from `toJS` (a ReferenceError / Error), past the DeckFileError boundary;
 *   so did an alias with no anchor (a file that is just `*a`).
 * - `tolerance: .inf` passed the schema, but a deck travels as JSON (backups, quiz links), where
 *   Infinity becomes null: the backup holding it was then refused as damaged.
 *
 * Cases: 300 random texts + 30 damaged small facts files + 4 damaged full facts files + 20 alias
 * bombs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyChar, runs, timed, watchPrototypes } from '../../../tests/support/fuzz.ts';
import { DeckFileError, parseDeckYaml } from './yaml.ts';
import { article, expectValidDeck, FILE, MAX_MS, realYaml, smallYaml } from './real-facts-file.ts';

/** The real facts file is 73 KB: parsed in about 50 ms on a quiet machine. */
const MAX_MS_FULL = 3_000;

/** The only outcomes: a deck the schema accepts (also after JSON), or located messages. */
async function expectDeckOrFileError(yaml: string, withArticle?: string, limitMs = MAX_MS) {
	const read = await timed(() => parseDeckYaml(yaml, FILE, withArticle), limitMs);
	expect(read.ms).toBeLessThan(limitMs);
	if (read.ok) return expectValidDeck(read.value);
	if (!(read.error instanceof DeckFileError)) throw read.error;
	const lines = yaml.split(/\r\n|\r|\n/).length;
	expect(read.error.problems.length).toBeGreaterThan(0);
	for (const problem of read.error.problems) {
		// `field reason`: the field is the file's own key, which may be any text (even a BOM).
		const at = /^questions\/fuzz\/facts\.yaml:(\d+):(\d+): .*\S/s.exec(problem);
		expect(at, problem).not.toBeNull();
		expect(Number(at![1])).toBeGreaterThanOrEqual(1);
		expect(Number(at![1])).toBeLessThanOrEqual(lines + 1);
		expect(Number(at![2])).toBeGreaterThanOrEqual(1);
	}
}

const TOKENS = [
	'format',
	'id',
	'title',
	'source',
	'entities',
	'facts',
	'slots',
	'answer',
	'kind',
	'statement',
	'__proto__',
	'constructor',
	'prototype',
	'<<',
	': ',
	':',
	'- ',
	'-',
	'\n',
	'\n  ',
	'\n    ',
	'  ',
	'\t',
	'\r\n',
	'[',
	']',
	'{',
	'}',
	', ',
	'&a ',
	'*a',
	'&b ',
	'*b',
	'!!str ',
	'!!binary ',
	'!!set ',
	'!!omap ',
	'!!map ',
	'!!timestamp ',
	'!local ',
	'%YAML 1.1\n---\n',
	'%TAG ! tag:x,2000:\n---\n',
	'---\n',
	'...\n',
	'? ',
	'|\n',
	'>-\n',
	'"',
	"'",
	'\\',
	'# ',
	'.nan',
	'.inf',
	'-0',
	'1e999',
	'0x1F',
	'0o17',
	'null',
	'~',
	'true',
	'1',
	'1.5',
	'2001-12-14',
	'\uFEFF',
	'_____'
];
const yamlish = fc.string({
	unit: fc.oneof({ arbitrary: fc.constantFrom(...TOKENS), weight: 5 }, anyChar),
	maxLength: 80
});

/** Damage to one line of a YAML file, keeping its other lines as they are. */
const SCALARS = [
	'123',
	'true',
	'null',
	'~',
	'[]',
	'{}',
	'.nan',
	'.inf',
	'-.inf',
	'-0',
	'1e999',
	'0x10',
	'"str"',
	"''",
	'!!binary aGk=',
	'!!timestamp 2001-12-14',
	'&x value',
	'*x',
	'*missing',
	'[*x, *x]',
	'|\n  block',
	'{__proto__: {polluted: true}}'
];
const INSERTS = [
	'__proto__: {polluted: true}',
	'__proto__:\n  polluted: true',
	'constructor: {prototype: {polluted: true}}',
	'prototype: {polluted: true}',
	'- __proto__: {polluted: true}',
	'<<: {polluted: true}',
	'<<: *x',
	'x: &x {polluted: true}',
	'%YAML 1.1',
	'---',
	'? [a, b]\n: c'
];
const lineEdit = fc.oneof(
	fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('repeat' as const), at: fc.nat() }),
	fc.record({
		op: fc.constant('indent' as const),
		at: fc.nat(),
		by: fc.constantFrom('', ' ', '  ', '    ', '\t', '-1', '-2')
	}),
	fc.record({ op: fc.constant('retype' as const), at: fc.nat(), to: fc.constantFrom(...SCALARS) }),
	fc.record({
		op: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.constantFrom(...INSERTS)
	}),
	fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: yamlish })
);
type LineEdit = typeof lineEdit extends fc.Arbitrary<infer T> ? T : never;

function editLines(yaml: string, edits: LineEdit[]): string {
	const lines = yaml.split('\n');
	for (const edit of edits) {
		const i = edit.at % lines.length;
		const indent = /^\s*/.exec(lines[i])![0];
		switch (edit.op) {
			case 'delete':
				lines.splice(i, 1);
				break;
			case 'repeat':
				lines.splice(i, 0, lines[i]);
				break;
			case 'indent':
				lines[i] = edit.by.startsWith('-')
					? lines[i].slice(Number(edit.by.slice(1)))
					: edit.by + lines[i];
				break;
			case 'retype':
				lines[i] = lines[i].replace(/^(\s*(?:- )?[\w-]+:)( .*)?$/, `$1 ${edit.to}`);
				break;
			case 'insert':
				lines.splice(i, 0, ...edit.text.split('\n').map((l) => indent + l));
				break;
		}
		if (!lines.length) lines.push('');
	}
	return lines.join('\n');
}

describe('facts files, fuzzed', () => {
	it('random YAML-ish text gives a Deck or located DeckFileError messages, nothing else', async () => {
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(yamlish, fc.boolean(), async (yaml, withArticle) => {
				await expectDeckOrFileError(yaml, withArticle ? article : undefined);
				checkPrototypes();
			}),
			runs(300)
		);
	});

	it('a damaged real facts file gives a Deck or located DeckFileError messages', async () => {
		expect(() => parseDeckYaml(smallYaml, FILE)).not.toThrow();
		const checkPrototypes = watchPrototypes();
		await fc.assert(
			fc.asyncProperty(fc.array(lineEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
				await expectDeckOrFileError(editLines(smallYaml, edits));
				checkPrototypes();
			}),
			runs(30)
		);
	});

	it('the whole real facts file, damaged, with its article: the same, in bounded time', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(lineEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
				await expectDeckOrFileError(editLines(realYaml, edits), article, MAX_MS_FULL);
			}),
			runs(4)
		);
	});

	it('alias bombs ("billion laughs") are refused with a located message, fast, without the memory', async () => {
		const bomb = fc.record({
			width: fc.integer({ min: 2, max: 10 }),
			depth: fc.integer({ min: 2, max: 10 }),
			where: fc.constantFrom('top', 'title', 'facts'),
			merge: fc.boolean()
		});
		await fc.assert(
			fc.asyncProperty(bomb, async ({ width, depth, where, merge }) => {
				const levels = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
				for (let d = 1; d < depth; d++)
					levels.push(
						`a${d}: &a${d} [${Array(width)
							.fill(`*a${d - 1}`)
							.join(', ')}]`
					);
				const last = `*a${depth - 1}`;
				const tail =
					where === 'top'
						? `boom: ${last}`
						: where === 'title'
							? `title: ${last}`
							: `facts:\n  - ${merge ? `<<: ${last}` : `id: ${last}`}`;
				const yaml = `${merge ? '%YAML 1.1\n---\n' : ''}format: 1\n${levels.join('\n')}\n${tail}\n`;
				const before = process.memoryUsage().heapUsed;
				await expectDeckOrFileError(yaml);
				expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
			}),
			runs(20)
		);
	});
});
