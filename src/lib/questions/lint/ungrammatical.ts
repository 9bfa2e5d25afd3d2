/**
 * Prompts a teacher would correct before printing: a doubled word ("the the"), "a" before a vowel
 * or "an" before a consonant where an answer was put in, unbalanced quotation marks or brackets,
 * a sentence that starts in lower case or stops without its full stop, stray spaces, and a
 * question carrying a hint in brackets ("… stretch for (more than)?", "…? (one of them)").
 */
import type { Finding, Rule } from './finding.ts';
import { unquoted, wrongAnswers } from './wrong-answers.ts';
import { BLANK } from '../wording.ts';
import {
	MONTHS,
	ORGANISATION_HEADS,
	ROLE_NOUNS,
	TITLES,
	WEEKDAYS
} from '../../language/lexicon.ts';

/** Words after "an" that start with a consonant sound, and after "a" with a vowel sound. */
const AN_EXCEPTIONS =
	/^(hour|honest|honour|honor|heir|mp|mba|fbi|mri|nhs|rspb|ltd|x-?ray|\d*[18]\d*)/i;
const A_EXCEPTIONS = /^(uni|use|usu|eu|one|once|ufo|ukrain|uk\b|us\b|european|euro|user)/i;

function articleProblem(text: string): string | undefined {
	for (const m of text.matchAll(/\b(a|an|A|An)\s+([\p{L}\d][\p{L}\d-]*)/gu)) {
		const [, article, word] = m;
		const vowel = /^[aeiou]/i.test(word);
		const an = article.toLowerCase() === 'an';
		if (!an && vowel && !A_EXCEPTIONS.test(word) && !/^[A-Z]{2,}/.test(word))
			return `“${article} ${word}” should be “an ${word}”`;
		if (an && !vowel && !AN_EXCEPTIONS.test(word) && !/^[AEFHILMNORSX][A-Z]/.test(word))
			return `“${article} ${word}” should be “a ${word}”`;
	}
	return undefined;
}

/** What is wrong with a sentence's form, or undefined. */
export function grammarProblem(text: string): string | undefined {
	// Not "a break-in in the early hours": the first is the end of a compound.
	const doubled = /(?<![\p{L}\d'’-])(\p{L}+)\s+\1\b/iu.exec(text);
	if (doubled && !/^(that|had|is|very|so|bye|no|yes)$/i.test(doubled[1]))
		return `“${doubled[0]}” repeats a word`;
	const article = articleProblem(text);
	if (article) return article;
	// "Northline Rail' route director": a bare apostrophe after a name that does not end in s.
	const owner = /\b\p{Lu}\p{L}*[^\Ws]['’]\s+\p{Ll}/u.exec(text);
	if (owner) return `“${owner[0].trim()}” needs “’s”`;
	const straight = (text.match(/"/g) ?? []).length;
	if (straight % 2 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length)
		return 'its quotation marks do not pair up';
	if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length)
		return 'its brackets do not pair up';
	if (/^[“"‘(]*\p{Ll}/u.test(text)) return 'it starts in lower case';
	if (/\s[,.;:!?]/.test(text.replace(/_+/g, 'x')))
		return 'it has a space before a punctuation mark';
	if (/\s{2,}/.test(text)) return 'it has a double space';
	return undefined;
}

/** Question types whose prompt is a question of the deck's own wording, not the article's. */
const ASKED = new Set(['multiple-choice', 'numeric', 'who-said']);

/**
 * A hint in brackets on a question, "(one of them)", "(more than)", "(approximately)": one to
 * three lower-case words in brackets, outside any quotation, in a prompt that ends with its
 * question mark (or with the bracket after it). The question should say it in words, or not at
 * all. Brackets of the article's own sentence ("82 miles (132 km)", "(BoC)") are not questions.
 */
export function bracketedHint(prompt: string): string | undefined {
	const text = unquoted(prompt).trim();
	if (!/\?\s*(?:\([^()]*\))?$/.test(text)) return undefined;
	const hint = /\(\s*\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}\s*\)/u.exec(text);
	return hint ? `it carries a hint in brackets, “${hint[0]}”: ask it in words` : undefined;
}

/**
 * A blank that takes only part of a name, the rest left beside it: "Later Years _____",
 * "the National Guild of _____' final", "_____ and Sons Stonecraft".
 */
export function cutName(prompt: string): string | undefined {
	const at = prompt.indexOf(BLANK);
	if (at < 0) return undefined;
	const before = prompt.slice(0, at);
	const after = prompt.slice(at + BLANK.length);
	if (JOINED_AFTER.test(after)) return 'the blank takes only part of a name';
	// The capitalised word just before it ("Later Years _____", "Guild of _____"): not a sentence's
	// first word, an owner ("The Unity Party's _____") nor a title ("Councillor _____").
	const last = /(^|[.!?]["”’]?\s+|\s)(\p{Lu}[\p{L}-]*)(\s+of)?\s+$/u.exec(before);
	const word = last?.[2].toLowerCase() ?? '';
	if (
		last &&
		/^\s$/.test(last[1]) &&
		// "Craig Ambrose of _____" is a man of a body; "the National Guild of _____" half a name.
		(!last[3] || ORGANISATION_HEADS[word] !== undefined) &&
		!/^(the|a|an)$/.test(word) &&
		!MONTHS.includes(last[2]) &&
		!WEEKDAYS.includes(last[2]) &&
		!/^\p{Lu}{2,}$/u.test(last[2]) &&
		!TITLES.has(word) &&
		!ROLE_NOUNS.has(word)
	)
		return 'the blank takes only part of a name';
	return undefined;
}

/** What joins a name's parts after a blank: "_____ and Sons", "the MP for _____ North". */
const JOINED_AFTER =
	/^\s+(?:(?:and|&)\s+(?:Sons?|Daughters?|Partners|Co)\b|(?:North|South|East|West|Central)\b)/;

export const ungrammatical: Rule = (subject) => {
	const { question, slot } = subject;
	const findings: Finding[] = [];
	if (question.type === 'matching') return findings;
	// "opened a _____ consultation" typed as 45: the blank took "45-day", so 45 what?
	const unit = /\d-(\p{L}+)/u.exec(slot?.answer ?? '');
	if (question.type === 'numeric' && unit && !question.prompt.includes(`-${unit[1]}`))
		findings.push({
			rule: 'ungrammatical',
			message: `the blank takes “${slot?.answer}”, and a number alone does not say ${unit[1]}s`
		});
	// "Elsworth-_____": a name's half, the blank joined to the rest of it by a hyphen.
	if (slot && slot.kind !== 'number' && /\p{L}-_{3,}|_{3,}-\p{L}/u.test(question.prompt))
		findings.push({ rule: 'ungrammatical', message: 'the blank is half of a hyphenated word' });
	const named = slot?.kind === 'person' || slot?.kind === 'organisation' || slot?.kind === 'place';
	const cut = named && cutName(question.prompt);
	if (cut) findings.push({ rule: 'ungrammatical', message: cut });
	const own = grammarProblem(question.prompt);
	if (own) findings.push({ rule: 'ungrammatical', message: own });
	const hint = ASKED.has(question.type) ? bracketedHint(question.prompt) : undefined;
	if (hint) findings.push({ rule: 'ungrammatical', message: hint });
	if (question.type === 'multiple-choice')
		for (const wrong of wrongAnswers(subject)) {
			if (wrong.statement === undefined) continue;
			const problem = grammarProblem(wrong.statement);
			if (problem)
				findings.push({
					rule: 'ungrammatical',
					message: `with “${wrong.text}”, ${problem}`,
					option: wrong.text
				});
		}
	if (!/[.!?…]["”’)]*$/.test(question.prompt.trim()) && question.type !== 'who-said')
		findings.push({ rule: 'ungrammatical', message: 'it does not end with a full stop' });
	return findings;
};
