/**
 * The question linter: every rule, run over one question (`lintQuestion`) or a quiz (`lintQuiz`).
 * The engine runs it over every question it makes and never shows one with a finding.
 */
import { danglingReference } from './dangling-reference.ts';
import { givenAway } from './given-away.ts';
import { impossibleNumber } from './impossible-number.ts';
import { notWorthAsking } from './not-worth-asking.ts';
import { oneThingTwoNames } from './one-thing-two-names.ts';
import { selfContradiction } from './self-contradiction.ts';
import { speakerOnly } from './speaker-only.ts';
import { swapAcrossKinds } from './swap-across-kinds.ts';
import { twoRightAnswers } from './two-right-answers.ts';
import type { Finding, LintContext, LintRule, LintSubject, Rule } from './finding.ts';
import { unanswerable } from './unanswerable.ts';
import { ungrammatical } from './ungrammatical.ts';

export {
	lintQuiz,
	nearCopies,
	trueFalseBalance,
	trueShare,
	type QuizFinding
} from './whole-quiz.ts';
export * from './finding.ts';

export const RULES: Record<LintRule, Rule> = {
	'one-thing-two-names': oneThingTwoNames,
	'swap-across-kinds': swapAcrossKinds,
	'self-contradiction': selfContradiction,
	'impossible-number': impossibleNumber,
	'dangling-reference': danglingReference,
	'speaker-only': speakerOnly,
	'not-worth-asking': notWorthAsking,
	'given-away': givenAway,
	'two-right-answers': twoRightAnswers,
	ungrammatical,
	unanswerable
};

const ALL = Object.values(RULES);

export function lintQuestion(subject: LintSubject, context: LintContext): Finding[] {
	return ALL.flatMap((rule) => rule(subject, context));
}
