import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { deckToYaml, readDeckFile } from './deck-file.ts';

describe('deck files', () => {
	const deck = readDeckFolder('questions/ukraine-security-guarantees');

	it('round-trip a deck, article included, in the facts.yaml format', async () => {
		const text = await deckToYaml(deck);
		expect(text).toMatch(/^# Factdeck deck file/);
		expect(text).toContain('format: 1');
		expect(await readDeckFile(text, 'deck.yaml')).toEqual({ ok: true, deck });
	});

	it('refuse a broken file with line-numbered reasons, and an oversized one', async () => {
		const text = (await deckToYaml(deck)).replace('format: 1', 'format: 2');
		const result = await readDeckFile(text, 'deck.yaml');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatch(/^deck\.yaml:\d+:\d+: format/);
		const huge = await readDeckFile('x'.repeat(6 * 1024 * 1024), 'big.yaml');
		expect(huge).toEqual({ ok: false, problems: [expect.stringMatching(/larger than 5 MB/)] });
		expect((await readDeckFile('{ not: [yaml', 'bad.yaml')).ok).toBe(false);
	});

	/**
	 * Issue 24, defect 5: an error quoted the value it received, so a 4.9 MB file that was one
	 * long string came back as a 4.9 MB alert (a page 12.8 million px wide).
	 */
	it('issue 24 defect 5: an error never repeats the whole file', async () => {
		const result = await readDeckFile(`"${'x'.repeat(4_000_000)}"`, 'long.yaml');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		for (const problem of result.problems) expect(problem.length).toBeLessThanOrEqual(301);
		expect(result.problems.join('\n').length).toBeLessThan(3_000);
	});

	/**
	 * Issue 24, defect 6: `{{{{` gave the same message three times, and the page's keyed list of
	 * problems crashed (Svelte's each_key_duplicate). Messages are listed once (and keyed by place).
	 */
	it('issue 24 defect 6: the same problem is listed once', async () => {
		const result = await readDeckFile('{{{{', 'braces.yaml');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.length).toBeGreaterThan(0);
		expect(new Set(result.problems).size).toBe(result.problems.length);
	});
});
