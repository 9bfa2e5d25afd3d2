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
});
