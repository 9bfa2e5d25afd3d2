import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_SUBJECT, RULE_SINCE, subjectProblem } from './commit-subject.js';

describe('commit subjects', () => {
	it('accepts short imperative subjects', () => {
		for (const subject of [
			'Split Store by concern into one class per set of tables',
			'Embed the deck in its file',
			'Speed up the first study page',
			'x'.repeat(MAX_SUBJECT)
		])
			expect(subjectProblem(subject), subject).toBeUndefined();
	});

	it('refuses long, past-tense, third-person and full-stopped subjects', () => {
		expect(subjectProblem('x'.repeat(MAX_SUBJECT + 1))).toMatch(/73 characters/);
		expect(subjectProblem('Added a worker for imports')).toMatch(/imperative/);
		expect(subjectProblem('Fixes undo in two tabs')).toMatch(/imperative/);
		expect(subjectProblem('Moving files around')).toMatch(/imperative/);
		expect(subjectProblem('Add a worker.')).toMatch(/full stop/);
		expect(subjectProblem('   ')).toMatch(/empty/);
	});

	it('holds for every commit since the rule began', () => {
		const log = execFileSync(
			'git',
			['log', `--since=${RULE_SINCE}`, '--no-merges', '--format=%h %s'],
			{ encoding: 'utf8' }
		);
		const broken = log
			.split('\n')
			.filter(Boolean)
			.map((line) => ({ line, problem: subjectProblem(line.slice(line.indexOf(' ') + 1)) }))
			.filter((c) => c.problem)
			.map((c) => `${c.line}: ${c.problem}`);
		expect(broken).toEqual([]);
	});
});
