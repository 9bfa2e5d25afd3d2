/**
 * A question must be answerable from the article sentence it cites: its answer (under some name)
 * is in that sentence. The engine marks where; a question with nothing to mark cites the wrong
 * sentence or asks something the article does not say.
 *
 * A quotation shown in quotation marks ("Who said: “…”?", a matching question's quotations) is
 * the speaker's exact words, so the cited source must say them word for word: case, spacing,
 * punctuation and the kind of quotation mark aside, an ellipsis or a bracketed insertion standing
 * for words left out or added. A quotation rebuilt from garbled text is a paraphrase, which the
 * engine asks without quotation marks.
 */
import type { Fact } from '../../content/deck-schema.ts';
import type { Finding, Rule } from './finding.ts';

/** The stretches of a text in quotation marks (curly or straight). */
function quotations(text: string): string[] {
	return [...text.matchAll(/“([^”]*)”|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** Lower-case words, accents, apostrophes and punctuation aside: " don’t " → "dont". */
function plainWords(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.replace(/['’‘`´]/g, '')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

function contains(words: string[], part: string[]): boolean {
	if (!part.length) return true;
	const text = ` ${words.join(' ')} `;
	return text.includes(` ${part.join(' ')} `);
}

/**
 * Whether a source says a quotation word for word: each part of it (between an ellipsis or a
 * bracketed insertion) in the source, or in the source's own quoted words joined up ("“We will,”
 * she said, “win.”" says "We will win").
 */
export function saysWordForWord(source: string, quotation: string): boolean {
	const parts = quotation
		.split(/…|\.\.\.|\[[^\]]*\]/)
		.map(plainWords)
		.filter((p) => p.length);
	if (!parts.length) return true;
	const whole = plainWords(source);
	const quoted = plainWords(quotations(source).join(' '));
	return parts.every((part) => contains(whole, part) || contains(quoted, part));
}

/** What the question shows in quotation marks as someone's words. */
function shownAsSaid(prompt: string, pairs: [string, string][] | undefined): string[] {
	return [...quotations(prompt), ...(pairs ?? []).flatMap(([left]) => quotations(left))];
}

export const unanswerable: Rule = ({ question, fact }, { index }) => {
	const findings: Finding[] = [];
	if (question.highlight.length === 0 && question.type !== 'matching')
		findings.push({ rule: 'unanswerable', message: 'its answer is not in the sentence it cites' });
	const quoting =
		question.type === 'who-said' ||
		(question.type === 'matching' && (question.pairs ?? []).some(([l]) => /[“"]/.test(l)));
	if (!quoting) return findings;
	const cited: Fact[] = [
		fact,
		...index.deck.facts.filter((f) => f !== fact && question.factIds.includes(f.id))
	];
	const sources = cited.map((f) => f.source.join(' '));
	const prompt = question.type === 'who-said' ? question.prompt : '';
	for (const quotation of shownAsSaid(prompt, question.pairs))
		if (!sources.some((source) => saysWordForWord(source, quotation)))
			findings.push({
				rule: 'unanswerable',
				message: `“${quotation}” is shown as exact words, but the source does not say them: mark the quotation as a paraphrase`
			});
	return findings;
};
