/**
 * Class 5, quotations asked only for who said them. Which of four people said a line is rarely
 * the point of an article: what they said, claimed or warned is. A "who said it?" question is
 * a finding unless the deck also asks what the quotation says (its fact has a slot) or the deck
 * marks the speaker's identity as the point (a fact whose explanation says why it matters).
 * So is a blank for a bare speaker: "Mrs _____ said the shop mattered most to older residents"
 * asks who spoke, with nothing beside the name to learn (a role beside it, "Chief judge _____
 * said", is something; what was said is asked as a true or false statement).
 */
import type { Rule } from './finding.ts';
import { BLANK } from '../wording.ts';
import { escapeRegExp } from '../../format/regexp.ts';
import { ADDRESS_TITLES } from '../../language/lexicon.ts';

const TITLE = `(?:${ADDRESS_TITLES.join('|')})`;
/**
 * Verbs of speaking a bare blank asks only the speaker of (not all of SPEECH_VERBS: blanks before
 * "urged" or "confirmed" were read ok).
 */
const SPEAKS =
	'(?:said|says|told|added|blamed|argued|warned|insisted|admitted|explained|believes|believed|thinks|thought|conceded|claimed|claims|hopes|hoped|stressed|acknowledged|accepted that|accepts that)';
/**
 * A blank opening a sentence (the first, or one after a lead-in), behind at most a title of
 * address and before at most an age, that speaks; or one with a title that speaks inside the
 * sentence ("reserves that Mrs _____ said would run out").
 */
const BARE_SPEAKER = new RegExp(
	String.raw`(?:^|[.!?]["”’]?\s+)(?:${TITLE}\s+)?${escapeRegExp(BLANK)}(?:, \d{1,3},)? ${SPEAKS}\b|\b(?:that|which) ${TITLE}\s+${escapeRegExp(BLANK)} ${SPEAKS}\b`
);

export const speakerOnly: Rule = ({ question, fact, slot }) => {
	if (question.type === 'cloze' && slot?.kind === 'person' && BARE_SPEAKER.test(question.prompt))
		return [{ rule: 'speaker-only', message: `it asks only who spoke: ${slot.answer}` }];
	if (question.type !== 'who-said') return [];
	if (fact.slots.length || fact.explanation) return [];
	return [
		{
			rule: 'speaker-only',
			message: 'asks only who said the quotation, and nothing asks what it says'
		}
	];
};
