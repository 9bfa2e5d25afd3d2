import { describe, expect, it } from 'vitest';
import { staticClosure } from './shell-chunk';

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

	it('collects every module the roots import, directly or not, once, and survives cycles', () => {
		expect([...staticClosure(['start', 'app', 'layout'], importsOf)].sort()).toEqual([
			'header',
			'kit',
			'root',
			'svelte',
			'theme'
		]);
	});

	it('leaves out the roots themselves and what only other pages import', () => {
		// app imports start, itself a root: start stays out, and what only start imports comes in.
		const shell = staticClosure(['start', 'app', 'layout'], importsOf);
		expect(shell.has('start')).toBe(false);
		expect(shell.has('layout')).toBe(false);
		expect(shell.has('kit')).toBe(true);
		expect(shell.has('engine')).toBe(false);
		expect(staticClosure(['app'], importsOf).has('start')).toBe(true);
	});
});
