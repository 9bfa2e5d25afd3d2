import { describe, expect, it } from 'vitest';
import { handleRequest, type GenerateMessage } from './worker.ts';

const TEXT =
	'The Forth Bridge in Scotland opened on 4 March 1890. Its engineers, John Fowler and Benjamin Baker, used 54,000 tonnes of steel. The bridge carries trains across the Firth of Forth near Edinburgh. In 2015, UNESCO named the Forth Bridge a World Heritage Site.';

function run(text: string): GenerateMessage[] {
	const messages: GenerateMessage[] = [];
	handleRequest({ text, title: 'Forth Bridge', seed: 3 }, (m) => messages.push(m));
	return messages;
}

describe('the worker protocol', () => {
	it('posts progress, then the result', () => {
		const messages = run(TEXT);
		const last = messages[messages.length - 1];
		expect(messages.slice(0, -1).every((m) => m.type === 'progress')).toBe(true);
		expect(last.type).toBe('done');
		if (last.type === 'done') {
			expect(last.result.deck.title).toBe('Forth Bridge');
			expect(last.result.deck.facts.length).toBeGreaterThan(0);
			// What crosses to the page must survive structured cloning.
			expect(structuredClone(last.result)).toEqual(last.result);
		}
	});

	it('posts an error with its reason', () => {
		expect(run('   ')).toEqual([
			{ type: 'error', message: 'There is no text to make questions from.', reason: 'empty' }
		]);
	});
});
