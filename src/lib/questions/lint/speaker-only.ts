/**
 * Class 5, quotations asked only for who said them. Which of four people said a line is rarely
 * the point of an article: what they said, claimed or warned is. A "who said it?" question is
 * a finding unless the deck also asks what the quotation says (its fact has a slot) or the deck
 * marks the speaker's identity as the point (a fact whose explanation says why it matters).
 */
import type { Rule } from './finding.ts';

export const speakerOnly: Rule = ({ question, fact }) => {
	if (question.type !== 'who-said') return [];
	if (fact.slots.length || fact.explanation) return [];
	return [
		{
			rule: 'speaker-only',
			message: 'asks only who said the quotation, and nothing asks what it says'
		}
	];
};
