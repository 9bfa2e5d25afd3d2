/**
 * What "the plan", "the scheme" or "the decision" of a sentence was, from the sentences before
 * it: "a £6.8 million plan to add bus lanes…" → "the plan to add bus lanes…".
 */
import type { Sentence } from './analyse.ts';
import { DECISION_NOUNS, LOOK_BACK, type AntecedentContext } from './antecedents.ts';

/** The plan or decision an earlier sentence describes, as the words after "to" (at most 14). */
const COMPLEMENT = /^to\s+(?:[^,;:.()"“”]|[.,](?=\d))+/;

/** Words that date a decision before the news: "last February", "in 2019", "previously". */
const BACKGROUND =
	/\b(last (?:year|month|week|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)|in (?:19|20)\d\d|previously|earlier this year)\b/i;

/** A plan named by a plan's noun alone: "the plans", "the application". */
const PLAN_ALONE =
	/^(?:the|a|an|its|their)\s+(?:plans?|scheme|proposals?|project|programme|bid|application|idea)$/i;

/** What an earlier sentence says a plan or decision was, as words to follow its noun. */
function planIn(noun: string, text: string): string | undefined {
	// "The amendment was defeated" after "voted to approve a rise of 4.99%": an amendment or a
	// request is its own thing, never what was approved; only its own words could say which.
	if (noun === 'amendment' || noun === 'request') return undefined;
	const decision = DECISION_NOUNS.has(noun);
	const plan = decision
		? /\b(?:decided|voted|agreed|chose|opted)\s+(to\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(text)
		: /\b(?:plans?|scheme|proposals?|project|programme|bid)\s+(to\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(
				text
			);
	if (plan) {
		const complement = COMPLEMENT.exec(plan[1])?.[0].trim();
		return complement && complement.split(/\s+/).length <= 14 ? complement : undefined;
	}
	// "voted … to approve the Eastway line, a 64-kilometre railway…": the plan for that; "have
	// approved a plan to add bus lanes": the decision to approve it.
	const approved =
		/\b(approve|approved|approving|backed|back|rejected|reject|proposed|propose|build|building)\s+((?:the|a|an)\s+(?:[^,;:.()"“”]|[.,](?=\d))+)/i.exec(
			text
		);
	if (!approved || approved[2].split(/\s+/).length > 16) return undefined;
	// "The council rejected the claim that warnings had been ignored": a claim is no plan.
	if (
		/^(?:the|a|an)\s+(?:claims?|suggestions?|accusations?|allegations?|criticisms?|charges?)\b/i.test(
			approved[2]
		)
	)
		return undefined;
	// "Councillors rejected the application last February": an earlier decision, background to
	// the one the article reports ("The decision follows two other appeals…").
	if (decision && BACKGROUND.test(approved[2])) return undefined;
	const object = approved[2].trim().replace(/^an?\s+/i, 'the ');
	// "voted … to back the plans": "the scheme for the plans" would say nothing.
	if (!decision)
		return approved[2].split(/\s+/).length <= 8 && !PLAN_ALONE.test(approved[2].trim())
			? `for ${approved[2].trim()}`
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
		const complement = planIn(noun, earlier.text);
		if (complement) return { complement, namedIn: earlier };
	}
	const found: { complement: string; namedIn: Sentence }[] = [];
	for (const earlier of ctx.sentences.slice(0, Math.max(0, sentence.index - LOOK_BACK))) {
		if (earlier.heading) continue;
		const complement = planIn(noun, earlier.text);
		if (complement) found.push({ complement, namedIn: earlier });
	}
	return found.length && found.every((f) => f.complement === found[0].complement)
		? found[0]
		: undefined;
}
