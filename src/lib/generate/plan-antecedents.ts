/**
 * What "the plan", "the scheme" or "the decision" of a sentence was, from the sentences before
 * it: "a £6.8 million plan to add bus lanes…" → "the plan to add bus lanes…".
 */
import type { Sentence } from './analyse.ts';
import { DECISION_NOUNS, LOOK_BACK, type AntecedentContext } from './antecedents.ts';
import { takesThe } from './entities.ts';
import { MONTH_ALTERNATION } from '../language/lexicon.ts';

/** The plan or decision an earlier sentence describes, as the words after "to" (at most 14). */
const COMPLEMENT = /^to\s+(?:[^,;:.()"“”]|[.,](?=\d))+/;

/**
 * A finite verb, where the words after "to" stop being the plan and become the clause it is the
 * subject of: "a scheme to protect 600 homes has been approved".
 */
const FINITE =
	/\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|shall)\b.*$/i;
/** Words that open a clause inside the plan ("to make sure that homes are safe"). */
const CLAUSE_OPENER = /\b(?:that|which|who|whose|if|when|where|because|so|until|while)\b/i;
/**
 * When, where and by how many votes a decision was taken, which is no part of what was decided:
 * "backed the merger at a joint meeting on Tuesday", "approved the plans by 29 votes to 21".
 */
const OCCASION =
	/\s+(?:by\s+(?:a\s+)?(?:narrow|wide|large|clear|small|slim|comfortable|big|huge|overwhelming|single)\s+(?:margin|majority|vote)|narrowly|by\s+(?:a\s+(?:majority|margin)\s+of\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:votes?\s+)?to\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)|unanimously|(?:at|in|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|hearing|vote|ballot|conference)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|(?:last|this|next)\s+(?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)\b.*$/i;

/** The plan's own words: up to its clause's verb, or nothing when a clause inside it has one. */
function ownWords(complement: string): string | undefined {
	const verb = FINITE.exec(complement);
	if (!verb) return complement;
	if (CLAUSE_OPENER.test(complement.slice(0, verb.index))) return undefined;
	return complement.slice(0, verb.index);
}

/** Words that date a decision before the news: "last February", "in 2019", "previously". */
const BACKGROUND = new RegExp(
	String.raw`\b(last (?:year|month|week|spring|summer|autumn|winter|${MONTH_ALTERNATION})|in (?:19|20)\d\d|previously|earlier this year)\b`,
	'i'
);

/** Verbs that make the words after "building" a clause of their own. */
const CLAUSE_VERB =
	/\b(fell|rose|was|were|is|are|has|had|have|will|would|could|said|went|came|began|failed|missed|ran)\b/i;

/** A plan named by a plan's noun alone: "the plans", "the application". */
const PLAN_ALONE =
	/^(?:the|a|an|its|their)\s+(?:plans?|scheme|proposals?|project|programme|bid|application|idea)$/i;

/** Pronouns that lean on the earlier sentence's own subject: "to rebuild their ground". */
const LEANING = /\b(?:their|its|his|her|our|them|they|it)\b/i;
const OWNING = /\b(?:their|its)\b/gi;

/**
 * A plan's words with "its"/"their" made the name of the body the sentence opens with
 * ("Thornbeck Rovers have unveiled a plan to rebuild their Mill Lane ground" → "to rebuild
 * Thornbeck Rovers' Mill Lane ground"); undefined when another pronoun, or no such body, leaves
 * them leaning on that sentence (in a councillor's sentence the ground would be the council's).
 */
function ownPlan(plan: string, earlier: Sentence, ctx: AntecedentContext): string | undefined {
	if (!LEANING.test(plan)) return plan;
	if (LEANING.test(plan.replace(OWNING, ''))) return undefined;
	const opener = ctx.index
		.mentionsIn(earlier.index)
		.find((m) => m.start <= 1 && !m.quoted && m.entity.kind !== 'person');
	if (!opener || (opener.start === 1 && earlier.tokens[0]?.normal !== 'the')) return undefined;
	const name = opener.entity.name.replace(/^the\s+/i, takesThe(opener.entity) ? 'the ' : '');
	return plan.replace(OWNING, /s$/.test(name) ? `${name}'` : `${name}'s`);
}

/** What an earlier sentence says a plan or decision was, as words to follow its noun. */
function planWords(noun: string, text: string): string | undefined {
	// "The amendment was defeated" after "voted to approve a rise of 4.99%": an amendment or a
	// request is its own thing, never what was approved; only its own words could say which.
	if (noun === 'amendment' || noun === 'request') return undefined;
	const decision = DECISION_NOUNS.has(noun);
	const plan = decision
		? /\b(?:decided|voted|agreed|chose|opted)\s+(to\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(text)
		: // "expects the scheme to raise £530,000 a year": what the scheme will do, not what it is.
			/(?<!\b(?:expects?|expected|wants?|wanted|needs?|needed|allows?|allowed|forces?|forced)\s+(?:the|a|an|its|their)\s+)\b(?:plans?|scheme|proposals?|project|programme|bid)\s+(to\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(
				text
			);
	if (plan) {
		const found = COMPLEMENT.exec(plan[1])?.[0].trim();
		// "voted to close the pool at its meeting": when it was decided is no part of the decision.
		const complement = found && ownWords(found)?.replace(OCCASION, '');
		return complement && complement.split(/\s+/).length <= 14 ? complement : undefined;
	}
	// "voted … to approve the Eastway line, a 64-kilometre railway…": the plan for that; "have
	// approved a plan to add bus lanes": the decision to approve it.
	const approved =
		/\b(approve|approved|approving|backed|back|rejected|reject|proposed|propose|build|building)\s+((?:the|a|an)\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(
			text
		);
	const what = approved?.[2].replace(OCCASION, '');
	if (!approved || !what || what.split(/\s+/).length > 16) return undefined;
	// "after the company building the network fell behind schedule": a clause, not a thing built.
	if (CLAUSE_VERB.test(what)) return undefined;
	// "The council rejected the claim that warnings had been ignored": a claim is no plan.
	if (
		/^(?:the|a|an)\s+(?:claims?|suggestions?|accusations?|allegations?|criticisms?|charges?)\b/i.test(
			what
		)
	)
		return undefined;
	// "Councillors rejected the application last February": an earlier decision, background to
	// the one the article reports ("The decision follows two other appeals…").
	if (decision && BACKGROUND.test(approved[2])) return undefined;
	const object = what.trim().replace(/^an?\s+/i, 'the ');
	// "voted … to back the plans": "the scheme for the plans" would say nothing.
	if (!decision)
		return what.split(/\s+/).length <= 8 && !PLAN_ALONE.test(what.trim())
			? `for ${what.trim()}`
			: undefined;
	const verb = approved[1].toLowerCase();
	const infinitive = /^approv/.test(verb)
		? 'approve'
		: /^back/.test(verb)
			? 'back'
			: /^reject/.test(verb)
				? 'reject'
				: undefined;
	return infinitive ? `to ${infinitive} ${object}` : undefined;
}

/**
 * "a £6.8 million plan to add bus lanes…" → "to add bus lanes…": from the sentences just before,
 * else from the one plan the article describes before this sentence (several different ones
 * leave it unresolved).
 */
export function antecedentPlan(
	noun: string,
	sentence: Sentence,
	ctx: AntecedentContext
): { complement: string; namedIn: Sentence } | undefined {
	for (let back = 1; back <= LOOK_BACK; back++) {
		const earlier = ctx.sentences[sentence.index - back];
		if (!earlier || earlier.heading) break;
		const words = planWords(noun, earlier.text);
		if (!words) continue;
		const complement = ownPlan(words, earlier, ctx);
		if (!complement) return undefined;
		// "voted to double the cost of parking … has also agreed to introduce 30 minutes free":
		// "The decision" after both may be either.
		const other = ctx.sentences
			.slice(0, earlier.index)
			.some((s) => !s.heading && (planWords(noun, s.text) ?? complement) !== complement);
		return other ? undefined : { complement, namedIn: earlier };
	}
	const found: { complement: string; namedIn: Sentence }[] = [];
	for (const earlier of ctx.sentences.slice(0, Math.max(0, sentence.index - LOOK_BACK))) {
		if (earlier.heading) continue;
		const complement = planWords(noun, earlier.text);
		if (complement) found.push({ complement, namedIn: earlier });
	}
	if (!found.length || !found.every((f) => f.complement === found[0].complement)) return undefined;
	const complement = ownPlan(found[0].complement, found[0].namedIn, ctx);
	return complement ? { complement, namedIn: found[0].namedIn } : undefined;
}
