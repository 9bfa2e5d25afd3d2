import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints';

type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

describe('compileHints', () => {
	it('puts the hint first in every written chunk, shifts its source map a line, and only once', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hints-'));
		writeFileSync(join(dir, 'a.js'), 'const __vite__mapDeps=1;export{}');
		writeFileSync(join(dir, 'a.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA' }));
		writeFileSync(join(dir, 'style.css'), 'a{}');
		const bundle = {
			'a.js': { type: 'chunk', fileName: 'a.js' },
			'style.css': { type: 'asset', fileName: 'style.css' }
		};
		const writeBundle = compileHints().writeBundle as unknown as WriteBundle;
		writeBundle({ dir }, bundle);
		writeBundle({ dir }, bundle);
		expect(readFileSync(join(dir, 'a.js'), 'utf8')).toBe(
			`${COMPILE_HINT}\nconst __vite__mapDeps=1;export{}`
		);
		expect(JSON.parse(readFileSync(join(dir, 'a.js.map'), 'utf8'))).toMatchObject({
			mappings: ';AAAA'
		});
		expect(readFileSync(join(dir, 'style.css'), 'utf8')).toBe('a{}');
	});
});
