/**
 * Judgements: every question shown for an evaluation article, read by a person as a demanding
 * teacher would and marked `ok` or with the class of defect it has. A judgement is keyed by a
 * hash of what the student sees (type, prompt, options, answer), so a question the generator
 * changes becomes unread again and must be read again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LINT_RULES } from '../../src/lib/questions/lint/index.ts';
import { hashString } from '../../src/lib/questions/random.ts';
import type { Question } from '../../src/lib/questions/types.ts';
import { EVAL_DIR, type Split } from './corpus.ts';

/** Classes a reader may reject a question for: the linter's rules, and what only a reader sees. */
export const REJECT_CLASSES = [
	...LINT_RULES,
	/** It teaches something the article does not say, or says otherwise. */
	'wrong-fact',
	/** The stem or options allow more than one reading. */
	'ambiguous',
	/** Two questions of one quiz on the same fact. */
	'near-copies'
] as const;
export type Verdict = 'ok' | 'unread' | (typeof REJECT_CLASSES)[number];

export interface Judgement {
	hash: string;
	id: string;
	verdict: Verdict;
	question: string;
	note?: string;
}

/** One line a person reads: type, prompt, options and the answer. */
export function describeQuestion(q: Question): string {
	const parts = [`${q.type}: ${q.prompt}`];
	if (q.pairs) parts.push(`pairs: ${q.pairs.map(([l, r]) => `${l} → ${r}`).join('; ')}`);
	else if (q.options) parts.push(`options: ${q.options.join(' | ')}`);
	parts.push(`answer: ${q.answer}`);
	if (q.key?.accept.length) parts.push(`also accepted: ${q.key.accept.join(', ')}`);
	return parts.join(' || ');
}

export function questionHash(q: Question): string {
	const seen = JSON.stringify([
		q.type,
		q.prompt,
		q.answer,
		[...(q.options ?? [])].sort(),
		[...(q.pairs ?? [])].map((p) => p.join('→')).sort(),
		[...(q.key?.accept ?? [])].sort()
	]);
	// A letter first: a hash of digits alone would be read back from YAML as a number.
	return `q${hashString(seen).toString(16).padStart(14, '0')}`;
}

export function judgementFile(split: Split, id: string, dir = EVAL_DIR): string {
	return join(dir, 'judgements', split, `${id}.yaml`);
}

export function readJudgements(file: string): Map<string, Judgement> {
	if (!existsSync(file)) return new Map();
	const list = (parse(readFileSync(file, 'utf8')) ?? []) as Judgement[];
	for (const j of list)
		if (
			j.verdict !== 'ok' &&
			j.verdict !== 'unread' &&
			!(REJECT_CLASSES as readonly string[]).includes(j.verdict)
		)
			throw new Error(`${file}: ${j.id}: unknown verdict "${j.verdict}"`);
	return new Map(list.map((j) => [j.hash, j]));
}

/** Keeps the judgements of the questions still shown and adds the new ones as unread. */
export function recordJudgements(
	file: string,
	questions: Question[],
	known: Map<string, Judgement>
): void {
	const list: Judgement[] = questions.map((q) => {
		const hash = questionHash(q);
		return known.get(hash) ?? { hash, id: q.id, verdict: 'unread', question: describeQuestion(q) };
	});
	mkdirSync(dirname(file), { recursive: true });
	const header =
		'# Every question shown for this article, read and judged by hand: see tests/eval/README.md.\n';
	writeFileSync(file, header + stringify(list, { lineWidth: 0 }));
}
