/**
 * "Sadie Lomax, who has worked for the charity for _____ years": how long someone quoted has done
 * their job or hobby is their own story, not the article's news (the reads since held-out-128
 * reject it: a trader's years in his shop, a coach's at the club, a detectorist's in the hobby).
 */
import { escapeRegExp } from '../../format/regexp.ts';

/** Whether `answer` is the years of a "who has … for N years" clause about a person. */
export function tenureOnly(statement: string, answer: string): boolean {
	const years = new RegExp(
		String.raw`\b(?:\p{Lu}[\p{L}'’-]+),?(?: \d{1,3},)? who (?:has|had) (?:[\p{L}'’-]+ ){1,8}?for (?:more than |nearly |almost |about |over )?${escapeRegExp(answer)} years?\b`,
		'u'
	);
	// "Mr Owen Pritchard, who joined the school _____ years ago": when they started, the same story.
	const joined = new RegExp(
		String.raw`\b(?:\p{Lu}[\p{L}'’-]+),?(?: \d{1,3},)? who (?:joined|started at|came to|took over) (?:[\p{L}'’-]+ ){1,6}?${escapeRegExp(answer)} years? ago\b`,
		'u'
	);
	return years.test(statement) || joined.test(statement);
}
