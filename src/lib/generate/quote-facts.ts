/**
 * The facts of an attributed quotation: who said it, and who the speaker is as the sentence says
 * beside the name.
 */
import { hasTag, type Sentence } from './analyse.ts';
import { QUOTE_VERBS } from '../language/lexicon.ts';
import type { EntityIndex } from './entities.ts';
import type { Attribution } from './quotes.ts';
import { textOf } from './entities/name-surface.ts';
import { leadingConnectives, quotedTokens } from './sentences.ts';
import { antecedentOrganisation } from './antecedents.ts';
import { nameInPlace } from './name-in-place.ts';
import { entitySlot, type SlotContext } from './slot-candidates.ts';
import { buildStatement, expansions } from './statements.ts';
import type { FactCandidate } from './candidates.ts';

/** An apposition or clause about a speaker has at most this many words. */
const MAX_ROLE_WORDS = 16;

/**
 * Who a quoted speaker is, as the sentence says beside the name: "…," said Declan Morrow, the
 * TRWU's regional organiser → "Declan Morrow is the TRWU's regional organiser."; "said the
 * festival's artistic director, Sunniva Hale," → "Sunniva Hale is the festival's artistic
 * director."; "said Tomasz Brenner, who manages the Playhouse" → "Tomasz Brenner manages the
 * Playhouse." A quotation asked only for who said it teaches little; who the speaker is, is often
 * the point. Asked with the speaker as the blank.
 */
export function roleFact(
	sentence: Sentence,
	attribution: Attribution,
	index: EntityIndex,
	ctx: SlotContext
): FactCandidate | undefined {
	if (attribution.subject.pronoun) return undefined;
	const tokens = sentence.tokens;
	const quoted = quotedTokens(sentence);
	const mentions = index.mentionsIn(sentence.index).filter((m) => !m.quoted);
	const m = mentions.find((x) => x.start === attribution.subject.start);
	if (!m) return undefined;
	const name = attribution.speaker.name;
	const ends = (k: number) => /[,.;:!?"“”()]/.test(tokens[k].post) || k === tokens.length - 1;
	let role: string | undefined;
	const after = tokens[m.end];
	if (after && !quoted[m.end] && /^,\s*$/.test(tokens[m.end - 1].post)) {
		let k = m.end;
		while (k < tokens.length - 1 && !ends(k) && !quoted[k + 1]) k++;
		const words = k - m.end + 1;
		// "said Rachel Oduya, chief executive of Pellham Recruitment,": a role without "the".
		const bareRole =
			/^[a-z]/.test(after.text) &&
			hasTag(after, 'Noun', 'Adjective') &&
			!tokens.slice(m.end, k + 1).some((t) => hasTag(t, 'Verb'));
		const clause =
			/^(the|a|an)$/.test(after.normal) || bareRole
				? `is ${textOf(tokens, m.end, k + 1)}`
				: after.normal === 'who' && hasTag(tokens[m.end + 1], 'Verb')
					? textOf(tokens, m.end + 1, k + 1)
					: undefined;
		if (clause && words >= 2 && words <= MAX_ROLE_WORDS) role = clause;
	}
	// "said the festival's artistic director, Sunniva Hale,": the description before the name.
	const verb = m.start - 1;
	if (!role && verb > 0) {
		let k = verb;
		while (
			k > 0 &&
			!QUOTE_VERBS.has(tokens[k - 1].normal) &&
			!/[,.;:"“”]/.test(tokens[k - 1].post) &&
			!quoted[k - 1]
		)
			k--;
		const described =
			QUOTE_VERBS.has(tokens[k - 1]?.normal ?? '') &&
			tokens[k]?.normal === 'the' &&
			/^,\s*$/.test(tokens[verb].post) &&
			verb - k + 1 <= MAX_ROLE_WORDS;
		if (described) role = `is ${textOf(tokens, k, verb + 1)}`;
	}
	// "is the churchwarden": of which church? A role says whose it is ("the TRWU's regional
	// organiser", "director of enforcement at …"), or it leans on the sentence before.
	if (!role || (/^is /.test(role) && !/['’]s\b|\b(of|at|for)\b/.test(role))) return undefined;
	// "is the association's secretary": the one association the article named before.
	const owner = /^is the (\p{Ll}+)['’]s\b/u.exec(role);
	if (owner) {
		const organisation = antecedentOrganisation(owner[1], sentence, ctx);
		if (!organisation) return undefined;
		role = role.replace(owner[0], `is ${nameInPlace(organisation, ctx, true)}`);
	}
	const statement = `${name} ${role.replace(/[,;:]$/, '')}.`;
	const slot = entitySlot(ctx, sentence, mentions, m, statement, new Map([[m.start, name]]), 0.85);
	if (!slot) return undefined;
	return { sentence, source: [sentence.text], statement, slots: [slot], variant: 'role' };
}

/** A who-said-it fact of an attributed quotation: its statement names the speaker. */
export function quoteFact(
	sentence: Sentence,
	attribution: Attribution,
	index: EntityIndex
): FactCandidate | undefined {
	const speaker = attribution.speaker;
	const replacements = expansions(
		index.mentionsIn(sentence.index),
		quotedTokens(sentence),
		sentence.tokens
	);
	const { start, pronoun } = attribution.subject;
	if (pronoun) replacements.set(start, speaker.name);
	const statement = buildStatement(sentence, leadingConnectives(sentence), replacements);
	const source = attribution.namedIn ? [attribution.namedIn.text, sentence.text] : [sentence.text];
	return {
		sentence,
		source,
		statement,
		slots: [],
		quote: { speaker, text: attribution.text, certainty: attribution.certainty }
	};
}
