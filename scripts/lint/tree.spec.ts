/*
 * The shape of the source tree (issue 22): every file in a folder named for its concern, no two
 * source files with one name, every folder of src/lib in README's folder map, and no source file
 * (the app's, the scripts', a test's or a test helper's) over 400 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
/** Files allowed over MAX_LINES (data, not logic), each with its reason. */
const LONG_FILES: Record<string, string> = {};

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const isSource = (path: string) =>
	/\.(ts|js|svelte)$/.test(path) && !basename(path).startsWith('+');
/** The app, the build and bench scripts, the tests (*.spec.ts, *.e2e.ts) and their helpers. */
const sources = [...walk('src'), ...walk('scripts'), ...walk('tests')].filter(
	(path) => isSource(path) && !/^tests\/(eval|fixtures)\//.test(path)
);

describe('the source tree', () => {
	it('has no loose files at the root of src/lib', () => {
		const loose = readdirSync('src/lib').filter(
			(name) => !statSync(join('src/lib', name)).isDirectory()
		);
		expect(loose.filter((name) => name !== 'index.ts')).toEqual([]);
	});

	it('has no two source files of src/ with one name', () => {
		const seen = new Map<string, string[]>();
		for (const path of sources.filter((p) => p.startsWith('src/')))
			seen.set(basename(path), [...(seen.get(basename(path)) ?? []), path]);
		expect([...seen.values()].filter((paths) => paths.length > 1)).toEqual([]);
	});

	it('lists every folder of src/lib in README’s folder map', () => {
		const readme = readFileSync('README.md', 'utf8');
		const map = readme.slice(readme.indexOf('## Folder map'));
		const folders = readdirSync('src/lib').filter((name) =>
			statSync(join('src/lib', name)).isDirectory()
		);
		expect(folders.filter((folder) => !new RegExp(`^ {4}${folder}/`, 'm').test(map))).toEqual([]);
	});

	it(`has no source file over ${MAX_LINES} lines`, () => {
		const long = sources
			.map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
			.filter(({ path, lines }) => lines > MAX_LINES && !(path in LONG_FILES))
			.map(({ path, lines }) => `${path}: ${lines}`);
		expect(long).toEqual([]);
	});
});
