import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './factdeck.ts';

const FIXTURE = join(
	import.meta.dirname,
	'..',
	'..',
	'tests',
	'fixtures',
	'local-ashcombe-library.txt'
);

function run(...argv: string[]) {
	let out = '';
	let err = '';
	const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
	return { code, out, err };
}

describe('factdeck generate', () => {
	it('prints the generated deck’s questions in the deck command’s shape', () => {
		const { code, out, err } = run('generate', FIXTURE, '--seed', '7', '--quiz', '6');
		expect(code).toBe(0);
		expect(err).toBe('');
		const printed = JSON.parse(out) as {
			deck: string;
			title: string;
			questions: {
				id: string;
				type: string;
				prompt: string;
				answer: string;
				factId: string;
				source: string;
			}[];
		};
		expect(printed.deck).toMatch(/^gen-/);
		expect(printed.title).toBe('Ashcombe library to reopen eight months after flood');
		expect(printed.questions).toHaveLength(6);
		for (const q of printed.questions) expect(q.source.length).toBeGreaterThan(0);
		// Same seed, same output.
		expect(run('generate', FIXTURE, '--seed', '7', '--quiz', '6').out).toBe(out);
	});

	it('reads HTML and Markdown files as their prose', () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdeck-cli-'));
		const html = join(dir, 'a.html');
		writeFileSync(
			html,
			'<nav>Menu</nav><p>The Forth Bridge in Scotland opened on 4 March 1890.</p><p>Its designers, John Fowler and Benjamin Baker, used 54,000 tonnes of steel on the bridge.</p><script>alert(1)</script>'
		);
		const { code, out } = run('generate', html, '--all');
		expect(code).toBe(0);
		expect(out).not.toContain('Menu');
		expect(out).toContain('4 March 1890');
	});

	it.each([
		[
			'an empty file',
			() => {
				const file = join(mkdtempSync(join(tmpdir(), 'factdeck-cli-')), 'empty.txt');
				writeFileSync(file, '  \n');
				return file;
			}
		],
		['a missing file', () => join(tmpdir(), 'no-such-factdeck-file.txt')],
		['a folder', () => tmpdir()]
	])('fails on %s with one line on stderr and exit code 2', (_, path) => {
		const { code, out, err } = run('generate', path());
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).toMatch(/^factdeck: /);
	});
});
