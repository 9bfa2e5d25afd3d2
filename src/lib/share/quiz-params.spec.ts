import { describe, expect, it } from 'vitest';
import { parseQuizParams, quizSearch } from './quiz-params.ts';

const parse = (query: string) => parseQuizParams(new URLSearchParams(query));

describe('readable quiz links', () => {
	it('round-trip every option in a fixed order', () => {
		const params = {
			seed: 42,
			n: 12,
			types: ['numeric', 'cloze'] as const,
			title: 'Year 10: Ukraine & security',
			timeLimit: 15,
			shuffle: true
		};
		const search = quizSearch({ ...params, types: [...params.types] });
		expect(search).toBe(
			'seed=42&n=12&types=cloze%2Cnumeric&title=Year+10%3A+Ukraine+%26+security&time=15&order=shuffle'
		);
		expect(parse(search)).toEqual({
			ok: true,
			params: { ...params, types: ['cloze', 'numeric'] }
		});
	});

	it('fill in defaults and leave the seed out when there is none', () => {
		expect(parse('')).toEqual({ ok: true, params: { n: 10, types: [] } });
	});

	it.each([
		['seed=abc', /seed.*whole number/],
		['seed=-1', /seed.*whole number/],
		['n=0', /between 1 and 100/],
		['n=1000', /between 1 and 100/],
		['n=1e3', /whole number/],
		['types=essay', /Unknown question type/],
		['time=999', /between 1 and 180/],
		['order=random', /fixed.*shuffle/],
		[`title=${'x'.repeat(121)}`, /longer than 120/]
	])('refuse %s with a message', (query, message) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});
});
