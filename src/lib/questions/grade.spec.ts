/**
 * Issue 24, defect 7: matching items named `constructor` or `toString` were looked up in plain
 * `{}` records, so an item never paired read Object.prototype's function: the board showed
 * “function Object() { [native code] }” and it went into the result code. Pairs are Maps now.
 */
import { describe, expect, it } from 'vitest';
import { markResponse } from './grade.ts';
import type { Question } from './types.ts';

const pairs: [string, string][] = [
	['constructor', 'toString'],
	['toString', '__proto__'],
	['valueOf', 'hasOwnProperty']
];
const matching: Question = {
	id: 'm1',
	type: 'matching',
	prompt: 'Match each item',
	answer: pairs.map((p) => p.join(' → ')).join('; '),
	options: pairs.map(([, right]) => right),
	pairs,
	factId: 'f1',
	factIds: ['f1'],
	source: '',
	highlight: []
};

describe('issue 24 defect 7: matching items named like Object.prototype members', () => {
	it('an item never paired reads as “—”, never a native function', () => {
		const marked = markResponse(matching, {
			kind: 'matching',
			pairs: new Map([['constructor', 'toString']])
		});
		expect(marked.given).toBe('constructor → toString; toString → —; valueOf → —');
		expect(marked.given).not.toMatch(/native code|function/);
		expect(marked.correct).toBe(false);
		expect([...(marked.pairsRight ?? [])]).toEqual([
			['constructor', true],
			['toString', false],
			['valueOf', false]
		]);
	});

	it('all pairs right is correct', () => {
		const marked = markResponse(matching, { kind: 'matching', pairs: new Map(pairs) });
		expect(marked.correct).toBe(true);
		expect(marked.given).toBe(matching.answer);
	});
});
