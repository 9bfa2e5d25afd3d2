import { describe, expect, it } from 'vitest';
import { shellChunk, staticClosure } from './shell-chunk';

describe('staticClosure', () => {
	const graph: Record<string, string[]> = {
		start: ['kit', 'svelte'],
		app: ['root', 'start'],
		layout: ['header', 'svelte'],
		header: ['theme', 'header'],
		theme: ['svelte'],
		kit: ['svelte'],
		svelte: [],
		root: [],
		page: ['engine'],
		engine: []
	};
	const importsOf = (id: string) => graph[id] ?? [];

	it('collects what the roots import, directly or not, once, through cycles; not the roots', () => {
		// app imports start, itself a root: start stays out; layout and what only pages import too.
		expect([...staticClosure(['start', 'app', 'layout'], importsOf)].sort()).toEqual([
			'header',
			'kit',
			'root',
			'svelte',
			'theme'
		]);
		// Not a root, start is one more module app imports.
		expect(staticClosure(['app'], importsOf).has('start')).toBe(true);
	});
});

describe('shellChunk', () => {
	type Group = { name: string; test: (id: string) => boolean };
	type Options = { codeSplitting?: boolean | { minSize?: number; groups?: Group[] } };
	const outputOptions = shellChunk().outputOptions as unknown as (o: Options) => Options | null;

	it('adds its group after any the build already has, and keeps their settings', () => {
		const theirs: Group = { name: 'theirs', test: () => false };
		const options = outputOptions({ codeSplitting: { minSize: 10, groups: [theirs] } });
		const splitting = options?.codeSplitting as { minSize: number; groups: Group[] };
		expect(splitting.minSize).toBe(10);
		expect(splitting.groups.map((g) => g.name)).toEqual(['theirs', 'shell']);
		expect(outputOptions({})?.codeSplitting).toMatchObject({ groups: [{ name: 'shell' }] });
	});

	it('leaves a build that does not split alone', () => {
		expect(outputOptions({ codeSplitting: false })).toBeNull();
	});
});
