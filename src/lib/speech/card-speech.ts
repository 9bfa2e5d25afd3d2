/** What "Read aloud" says for a flashcard: its front, and once shown, its answer. */
import type { CheckResult } from '../answers/check.ts';
import type { CardTemplate } from '../questions/types.ts';
import { sentences } from './read-aloud.ts';

/**
 * A flashcard's front; once revealed, the verdict on a typed answer, the answer and the fact's
 * statement (a cloze card's front filled in: the blanked sentence would be read with a gap).
 */
export function cardSpeech(
	card: CardTemplate,
	revealed: boolean,
	typed?: { text: string; check: CheckResult }
): string {
	if (!revealed) return sentences([card.front]);
	const verdict =
		typed &&
		`${typed.check.correct ? 'Right.' : 'Not quite.'} You typed “${typed.text}”. ${typed.check.message}`;
	return sentences([verdict, card.back, card.statement === card.back ? undefined : card.statement]);
}
