// Commit subjects: at most 72 characters, in the imperative ("Add", not "Added" or "Adds"), no
// trailing period; the why goes in the body. Checked when committing (.githooks/commit-msg,
// installed by `npm ci`'s prepare step) and over every commit since the rule began
// (commit-subject.spec.ts, part of `npm test`).

export const MAX_SUBJECT = 72;
/** The first commit date the rule applies to: older subjects are history. */
export const RULE_SINCE = '2026-12-04T21:00:00Z';

const NOT_IMPERATIVE =
	/^(add|fix|updat|remov|chang|refactor|implement|mov|renam|improv|creat|delet|introduc|bump|clean|test|document|us|mak|split|merg|allow|show|let|keep|check|support|replac)(ed|es|s|ing)\b/i;

/**
 * What is wrong with a commit subject, or undefined.
 * @param {string} subject
 * @returns {string | undefined}
 */
export function subjectProblem(subject) {
	const text = subject.trim();
	if (!text) return 'the subject is empty';
	if (text.length > MAX_SUBJECT)
		return `the subject has ${text.length} characters; keep it to ${MAX_SUBJECT} and put the rest in the body`;
	if (/\.$/.test(text) && !/\.\.\.$/.test(text)) return 'the subject ends with a full stop';
	const first = text.split(/\s/)[0];
	if (NOT_IMPERATIVE.test(first))
		return `“${first}” is not the imperative: write the subject as a command (“Add …”, “Fix …”)`;
	return undefined;
}
