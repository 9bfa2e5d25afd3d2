/**
 * "Add my mistakes to flashcards": each fact behind a missed question gets one card due now
 * (srs/bring-forward.ts, written by db/add-mistakes.ts), and the student is told exactly that.
 */
import type { BroughtForward } from '$lib/srs/bring-forward';

export interface MistakesAdded extends BroughtForward {
	/** Missed questions (several may ask about one fact). */
	questions: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What "Add my mistakes" did, in words: the cards added, and why any fact got none. */
export function describeMistakesAdded(result: MistakesAdded): string {
	const { added, alreadyDue, leftOut, facts, questions } = result;
	const missed =
		questions === facts
			? `You missed ${plural(questions, 'question', 'questions')}`
			: `You missed ${plural(questions, 'question', 'questions')} on ${plural(facts, 'fact', 'facts')}`;
	const parts = [
		added.length
			? `${missed}: ${plural(added.length, 'card', 'cards')} added to today's reviews, one per fact.`
			: `${missed}: no card added.`
	];
	if (alreadyDue)
		parts.push(
			alreadyDue === 1
				? '1 fact already had a card due today.'
				: `${alreadyDue} facts already had a card due today.`
		);
	if (leftOut)
		parts.push(
			leftOut === 1
				? "1 fact's cards are suspended: it was left out."
				: `${leftOut} facts' cards are suspended: they were left out.`
		);
	return parts.join(' ');
}
