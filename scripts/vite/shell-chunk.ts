/**
 * Build plugin: one "shell" chunk for everything every page loads. SvelteKit starts each page
 * with its start and app entries and the root layout (node 0), so every module those three
 * import statically is loaded on every route. Left to itself, the bundler cuts that set into
 * many small chunks, one for each group of pages that shares a module, and each page then
 * requests a dozen files of a few hundred bytes. Each file is one more request (through the
 * service worker, once installed), one more `modulepreload` for the parser and one more module
 * to instantiate. Put together they cost no page a byte it would not have loaded anyway.
 * Modules that only some pages use keep the bundler's own splitting.
 */
import type { Plugin } from 'vite';

/** Module ids of SvelteKit's start entry, its app entry and the root layout's node. */
const SHELL_ROOTS = [
	/[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]generated[\\/]client-optimized[\\/]app\.js$/,
	/[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]0\.js$/
];

/**
 * Every module the roots import statically, directly or not: the roots themselves excluded, so
 * they stay the entry files SvelteKit names in its pages.
 */
export function staticClosure(
	roots: readonly string[],
	importsOf: (id: string) => readonly string[]
): Set<string> {
	const found = new Set<string>();
	const entries = new Set(roots);
	const pending = roots.flatMap((id) => importsOf(id));
	for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
		if (found.has(id) || entries.has(id)) continue;
		found.add(id);
		pending.push(...importsOf(id));
	}
	return found;
}

export function shellChunk(): Plugin {
	let shell = new Set<string>();
	return {
		name: 'factdeck:shell-chunk',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		buildEnd() {
			const roots = [...this.getModuleIds()].filter((id) => SHELL_ROOTS.some((r) => r.test(id)));
			if (roots.length !== SHELL_ROOTS.length) {
				this.error(`shell chunk: found ${roots.length} of SvelteKit's ${SHELL_ROOTS.length} roots`);
			}
			shell = staticClosure(roots, (id) => this.getModuleInfo(id)?.importedIds ?? []);
		},
		outputOptions(options) {
			// SvelteKit turns splitting off for its single-file bundle strategies: nothing to group.
			if (options.codeSplitting === false) return null;
			const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
			const group = { name: 'shell', test: (id: string) => shell.has(id) };
			return {
				...options,
				codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), group] }
			};
		}
	};
}
