/*
 * The layer rule fails the build on a back edge (issue 22): ESLint with the project's own
 * config, on real files of each layer with one import added that runs upwards.
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule's findings for `file` with `line` added at its top. */
async function findings(file: string, line: string): Promise<string[]> {
	const text = `${line}\n${readFileSync(file, 'utf8')}`;
	const [result] = await eslint.lintText(text, { filePath: file });
	return result.messages
		.filter((m) => m.ruleId === 'no-restricted-imports' && m.line === 1)
		.map((m) => m.message);
}

describe('one-way layers', () => {
	// The first lint starts TypeScript's project service for the type-aware rules: ~20 s.
	beforeAll(() => eslint.lintText('', { filePath: 'src/lib/format/count.ts' }), 180_000);

	it.each([
		[
			'domain → storage',
			'src/lib/backup/backup.ts',
			"import type { Store } from '../db/store.ts';"
		],
		['domain → storage ($lib)', 'src/lib/teach/class-results.ts', "import '$lib/db/open';"],
		['domain → Dexie', 'src/lib/srs/scheduler.ts', "import { Dexie } from 'dexie';"],
		['domain → Svelte', 'src/lib/questions/engine.ts', "import { tick } from 'svelte';"],
		['domain → state', 'src/lib/share/codec.ts', "import '../state/theme.svelte.ts';"],
		['lower domain → higher', 'src/lib/content/deck-schema.ts', "import '../questions/engine.ts';"],
		['answers → questions', 'src/lib/answers/check.ts', "import '../questions/types.ts';"],
		['storage → state', 'src/lib/db/store.ts', "import '../decks/load.ts';"],
		['storage → components', 'src/lib/db/store.ts', "import '$lib/components/nav';"],
		['state → components', 'src/lib/quiz-run/run.svelte.ts', "import '$lib/components/reveal';"]
	])('refuses %s', async (_name, file, line) => {
		const found = await findings(file, line);
		expect(found.length).toBeGreaterThan(0);
		for (const message of found) expect(message).toContain('Layers run one way');
	});

	it.each([
		['domain → lower domain', 'src/lib/questions/engine.ts', "import '../content/deck-schema.ts';"],
		['storage → domain', 'src/lib/db/store.ts', "import '../backup/backup.ts';"],
		['state → storage', 'src/lib/quiz-run/run.svelte.ts', "import '$lib/db/open';"],
		['components → state', 'src/lib/components/reveal.ts', "import '$lib/decks/load';"]
	])('allows %s', async (_name, file, line) => {
		expect(await findings(file, line)).toEqual([]);
	});
});
