/**
 * The things an article is about, that any of its sentences may call "the decision", "the change"
 * or "the plan" without pointing back: a reader who has read the headline and the opening knows
 * which. "The decision, published on 14 March, ends a dispute…" after "An inspector has refused
 * permission for a lorry depot": every later "the decision" is the inspector's.
 */

import { POINTING_NOUNS } from './pointing-words.ts';

/**
 * Nouns that name what an article reports, each with the words (stems) of a headline or opening
 * that tell it: "Voters reject plan to lower the voting age" tells "the change" and "the plan".
 */
const TOLD_IN_LEAD: Record<string, RegExp> = {
	// "… ferry to stop sailing", "plant to close": something was decided.
	decision: /^(decision|decid|ruled|ruling|refus|reject|approv|stop|clos|halt|axe|scrap)/,
	change: /^(chang|lower|rais|replac|switch|scrap|cut)/,
	// "… after councillors approved the reductions": what was approved was proposed.
	plan: /^(plans?|planned|propos(es|ed|als?)?|approved)$/,
	proposal: /^(plans?|planned|propos(es|ed|als?)?|approved)$/,
	scheme: /^scheme/,
	cut: /^cut/,
	deal: /^deal/,
	policy: /^polic/,
	move: /^move$/,
	request: /^request/,
	offer: /^offer/,
	increase: /^increase/,
	rise: /^rise$/,
	fall: /^fall$/,
	// "according to figures published yesterday": "the figures were not acceptable".
	figures: /^figures$/,
	// "… in a large trial, researchers said": the trial's findings and results.
	findings: /^(finds|findings|trial|study|survey|research)$/,
	results: /^(results|trial|study|survey)$/,
	ban: /^ban/,
	grant: /^grant/,
	appeal: /^appeal/,
	// "… has been ordered to pay", "… was jailed": a court report's case.
	case: /^(court|trial|case|jail|sentenc|convict|guilty|prosecut|fined|ordered)/
};

/** Words before a noun that point back with it. */
const POINTING_BEFORE = /^(the|this|that|these|those|its|their|his|her)$/i;

/** The opening a reader has read before any question: the title and the first two sentences. */
export const LEAD_SENTENCES = 2;

function singular(noun: string): string {
	return noun.replace(/(?<=[^s])s$/, '');
}

/** The words of the title and of the article's first sentences. */
function leadWords(title: string, article: string): string[] {
	// Paragraphs that end without a full stop are headlines, datelines and subheadings.
	const body = article
		.split(/\n/)
		.map((p) => p.trim())
		.filter((p) => /[.!?]["”’)]?$/.test(p))
		.join(' ')
		.slice(0, 2_000);
	const sentences = body
		.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u)
		.slice(0, LEAD_SENTENCES);
	return [title, ...sentences].join(' ').split(/[^\p{L}']+/u);
}

/** Nouns ("decision", "changes") that stand for what the article reports, in any sentence of it. */
export function centralThings(title: string, article = ''): ReadonlySet<string> {
	const all = leadWords(title, article);
	// Lower case only: "Lower Oxley" is a place, not a change.
	const words = all.filter((w) => /^\p{Ll}/u.test(w));
	const central = new Set<string>();
	for (const [noun, told] of Object.entries(TOLD_IN_LEAD))
		if (words.some((w) => told.test(w) || singular(w) === noun))
			for (const form of [noun, `${noun}s`]) central.add(form);
	// Any other pointing noun the opening brings in ("… lodged an appeal", then "the appeal"), not
	// one it already points back with ("The pair attacked together…").
	for (const noun of POINTING_NOUNS)
		if (all.some((w, i) => singular(w) === noun && !POINTING_BEFORE.test(all[i - 1] ?? '')))
			central.add(noun);
	return central;
}
