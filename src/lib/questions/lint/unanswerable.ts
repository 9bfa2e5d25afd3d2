/**
 * A question must be answerable from the article sentence it cites: its answer (under some name)
 * is in that sentence. The engine marks where; a question with nothing to mark cites the wrong
 * sentence or asks something the article does not say.
 */
import type { Rule } from './types.ts';

export const unanswerable: Rule = ({ question }) =>
	question.highlight.length === 0 && question.type !== 'matching'
		? [{ rule: 'unanswerable', message: 'its answer is not in the sentence it cites' }]
		: [];
