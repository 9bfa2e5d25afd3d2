/**
 * The statement a fact teaches: its sentence rewritten to stand alone (without a leading "But",
 * with a surname written as the full name and a word that points back replaced by what it
 * names), and whether an answer can be blanked where it stands in it.
 */
import type { Sentence, Token } from './analyse.ts';
import type { Mention } from './entities.ts';

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Where `form` stands in `text` as a whole word (no letter or digit either side), without
 * overlaps. A scan, not a regular expression built per answer: each new pattern is compiled
 * afresh, and the first article a learner pastes meets hundreds of them.
 */
function wholeWordIndices(text: string, form: string): number[] {
	const out: number[] = [];
	if (!form) return out;
	for (let at = text.indexOf(form); at >= 0;) {
		const end = at + form.length;
		const alone =
			!WORD_END.test(text.slice(Math.max(0, at - 2), at)) &&
			!WORD_START.test(text.slice(end, end + 2));
		if (alone) out.push(at);
		at = text.indexOf(form, alone ? end : at + 1);
	}
	return out;
}

/** After a name, an apostrophe that ends the name or starts the rest of it. */
const AFTER_BARE_APOSTROPHE =
	/^['’](\s*[,.;:!?)]|\s*$|\s+(\p{Lu}|(on|in|at|to|and|or|for|from|with|by|of|is|was|were|has|had|will)\b))/u;

/**
 * The answer can be blanked where it stands: it occurs once as a whole word, the engine's
 * first-occurrence replacement hits that word, and no other form of it is left to give it away.
 */
export function blankable(statement: string, answer: string, otherForms: string[] = []): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const matches = wholeWordIndices(statement, answer);
	if (matches.length !== 1 || matches[0] !== at) return false;
	// "gave her a quarter-size violin": "gave her _____-size violin" takes half a word and the
	// "a" with it; a figure ("a _____-day consultation") reads well.
	if (!/\d/.test(answer) && /^-\p{L}/u.test(statement.slice(at + answer.length))) return false;
	// "held at St Giles' on Sunday", "the watchdog Fennock Patients' Voice": a bare apostrophe
	// that ends the name, or starts the rest of it, is left behind; "_____' chairwoman" reads.
	if (AFTER_BARE_APOSTROPHE.test(statement.slice(at + answer.length))) return false;
	const rest = (statement.slice(0, at) + ' ' + statement.slice(at + answer.length)).toLowerCase();
	return !otherForms.some(
		(form) => form.length > 1 && wholeWordIndices(rest, form.toLowerCase()).length > 0
	);
}

/**
 * The statement: the sentence, without a leading "But"/"However,", with a surname written as the
 * full name and a quote's "he"/"she" as the person it stands for.
 */
export function buildStatement(
	sentence: Sentence,
	skip: number,
	replacements: Map<number, string>,
	removed: ReadonlySet<number> = new Set(),
	bare: ReadonlySet<number> = new Set()
): string {
	const tokens = sentence.tokens;
	let text = '';
	let first = true;
	tokens.forEach((t: Token, i) => {
		if (i < skip) return;
		if (removed.has(i)) {
			// An acronym in brackets leaves the punctuation after its bracket; an opener its comma.
			const rest = t.post.replace(/^\)/, '').replace(/^,/, first ? '' : ',');
			text += /^[,.;:!?]/.test(rest) ? rest : ' ';
			return;
		}
		const word = replacements.get(i) ?? t.text;
		const post = bare.has(i) ? t.post.replace(/^,/, '') : t.post;
		text += (first && i > 0 ? t.pre.replace(/\s/g, '') : t.pre) + word + post;
		first = false;
	});
	text = text
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,]+/, '')
		.trim();
	// Capitalise the first letter (after any opening quotation mark).
	return text.replace(
		/^([^\p{L}\p{N}]*)(\p{Ll})/u,
		(_, p: string, c: string) => p + c.toUpperCase()
	);
}

/**
 * A surname (or a first name) alone becomes the full name, so a blank asks for the person, not a
 * word.
 */
export function expansions(
	mentions: Mention[],
	quoted: boolean[],
	tokens: Token[]
): Map<number, string> {
	const out = new Map<number, string>();
	for (const m of mentions) {
		if (m.entity.kind !== 'person' || m.end - m.start !== 1 || quoted[m.start]) continue;
		// A first name alone ("written by Albert in pencil") too, for Albert Pennock, but not inside
		// a title ("a weekly column, Eileen's Carnford").
		const surname = m.entity.name.endsWith(` ${m.surface}`);
		const firstName = !surname && m.entity.name.startsWith(`${m.surface} `);
		if (!surname && !firstName) continue;
		if (firstName && /^\p{Lu}/u.test(tokens[m.end]?.text ?? '')) continue;
		// "who has run Cheung's Greengrocers": a shop named for the family keeps its name.
		const possessive = /['’]s?$/.test(tokens[m.start].text);
		if (possessive && /^\p{Lu}/u.test(tokens[m.end]?.text ?? '')) continue;
		// "noticed the Hulme name", "the Hulme family": a surname before a noun stays one.
		if (m.modifier && tokens[m.start - 1]?.normal === 'the') continue;
		// "the official name C/2026 C1 (Attwell)": a name in brackets is part of another name.
		if (/\($/.test(tokens[m.start].pre) && /^\)/.test(tokens[m.start].post)) continue;
		out.set(m.start, tokens[m.start].text.replace(m.surface, m.entity.name));
	}
	return out;
}
