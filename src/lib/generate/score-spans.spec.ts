import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { scoreSpan } from './score-spans.ts';

/** The score span at the token `word` of a one-sentence text. */
function spanAt(text: string, word: string) {
	const [sentence] = analyseParagraph(text, 0, 0);
	const at = sentence.tokens.findIndex((t) => t.text === word);
	return scoreSpan(sentence.tokens, at);
}

describe('scoreSpan', () => {
	it('offers only sets that can be played for a set in a row of sets', () => {
		const lost = spanAt('Ellie Vance defeated Freya Castell 4-6 7-5 6-3 on Sunday.', '4-6');
		expect(lost?.distractors).toEqual(['0-6', '1-6', '2-6', '3-6', '5-7', '6-7']);
		const won = spanAt('Tomasz Reid beat Callum Atherley 6-2 6-1 in 58 minutes.', '6-2');
		expect(won?.distractors).not.toContain('7-3');
		expect(won?.distractors?.every((d) => /^(6-[0-4]|7-[56])$/.test(d))).toBe(true);
	});

	it('keeps a match score a win of any size', () => {
		const span = spanAt('Carrow Rovers won 24-21 on Saturday.', '24-21');
		expect(span?.distractors).toContain('27-21');
	});
});
