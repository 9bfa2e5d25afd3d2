/** A deck's true/false answers kept between 40 and 60 % "true" once false ones are dropped. */
import { describe, expect, it } from 'vitest';
import { balancedTrueFalse } from './engine.ts';
import type { Question } from './types.ts';

const tf = (factId: string, answer: 'true' | 'false'): Question =>
	({
		id: `${factId}.tf.${answer}`,
		factId,
		type: 'true-false',
		prompt: factId,
		answer
	}) as Question;
const cloze = (factId: string): Question =>
	({
		id: `${factId}.cloze`,
		factId,
		type: 'cloze',
		prompt: `${factId} _____`,
		answer: 'x'
	}) as Question;

describe('balancedTrueFalse', () => {
	it('drops true statements of facts asked another way until 60 % or fewer are true', () => {
		const facts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const questions = [
			...facts.map((f) => tf(f, 'true')),
			tf('a', 'false'),
			tf('b', 'false'),
			...facts.map(cloze)
		];
		const kept = balancedTrueFalse(questions).filter((q) => q.type === 'true-false');
		const trues = kept.filter((q) => q.answer === 'true').length;
		expect(trues / kept.length).toBeLessThanOrEqual(0.6);
		expect(trues / kept.length).toBeGreaterThanOrEqual(0.4);
		// Every fact is still asked.
		expect(new Set(balancedTrueFalse(questions).map((q) => q.factId))).toEqual(new Set(facts));
	});

	it('keeps the only question a fact has, and a balanced deck as it is', () => {
		const only = ['a', 'b', 'c', 'd'].map((f) => tf(f, 'true'));
		expect(balancedTrueFalse(only)).toEqual(only);
		const even = [tf('a', 'true'), tf('b', 'false'), cloze('a'), cloze('b')];
		expect(balancedTrueFalse(even)).toEqual(even);
	});

	it('drops first the true statements of facts asked in most other ways, then of the least important', () => {
		// 'a' is asked three other ways, 'b' once: 'a' loses its true statement first.
		const questions = [
			tf('a', 'true'),
			tf('b', 'true'),
			tf('c', 'true'),
			tf('e', 'true'),
			tf('d', 'false'),
			tf('f', 'false'),
			cloze('a'),
			{ ...cloze('a'), id: 'a.cloze-2', prompt: 'a2 _____' },
			{ ...cloze('a'), id: 'a.cloze-3', prompt: 'a3 _____' },
			cloze('b'),
			cloze('c'),
			cloze('e')
		];
		const dropped = (importance?: (id: string) => number) => {
			const kept = new Set(balancedTrueFalse(questions, importance));
			return questions.filter((q) => !kept.has(q)).map((q) => q.id);
		};
		expect(dropped()).toEqual(['a.tf.true']);
		// Asked as often, the fact that carries the article less goes first.
		const even = questions.filter((q) => !q.id.startsWith('a.cloze-'));
		const weights: Record<string, number> = { a: 1, b: 0.2, c: 0.6, e: 0.9 };
		const kept = new Set(balancedTrueFalse(even, (id) => weights[id] ?? 1));
		expect(even.filter((q) => !kept.has(q)).map((q) => q.id)).toEqual(['b.tf.true']);
	});
});
