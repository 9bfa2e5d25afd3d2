/**
 * What a body's noun ("the trust", "the party", "the firm") says about which body it is: several
 * of the kind counted before, another body named since, or the noun used as a verb's subject or
 * in a compound that names no body.
 */
import type { Sentence } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';

/**
 * "the two trusts", "both schools": several of a kind the story is about, counted before ("one
 * of only four hospitals where…" counts others).
 */
export function countedBefore(head: string, sentence: Sentence, ctx: AntecedentContext): boolean {
	const plural = head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`;
	const counted = new RegExp(
		`\\b(?:(?:the|its|their)\\s+(?:two|three|four|five|six)|both(?:\\s+the)?)\\s+(?:[a-z]+\\s+)?${plural}\\b`,
		'i'
	);
	return ctx.sentences.slice(0, sentence.index).some((s) => counted.test(s.text));
}

/** A body of no told kind, named after the last of the bodies "the party" could be. */
export function bodyNamedSince(
	named: EntityDraft[],
	sentence: Sentence,
	ctx: AntecedentContext
): boolean {
	const last = Math.max(
		-1,
		...named.flatMap((e) =>
			e.mentions.filter((m) => m.sentence < sentence.index).map((m) => m.sentence)
		)
	);
	return ctx.index.entities.some(
		(e) =>
			!named.includes(e) &&
			(e.kind === 'organisation' || e.kind === 'group') &&
			e.category !== 'public' &&
			e.mentions.some((m) => m.sentence > last && m.sentence < sentence.index)
	);
}

/** "at the company start on", "The firm employs 120 people", "The firm says": its verb. */
const BODY_VERBS =
	/^(start|begin|pay|earn|work|plan|want|need|employ|run|own|operate|make|sell|expect|hope|hold|use|say|warn|claim|argue|insist|believe|accept|admit|deny|estimate|add)s?$|^(asking|saying|urging|calling)$/;

/** A body's noun said of all of its kind before another noun: "the school day", "council tax". */
const GENERIC_COMPOUNDS: Record<string, RegExp> = {
	school:
		/^(day|days|year|years|run|holidays?|term|terms|gates?|uniforms?|meals?|places?|leavers?)$/,
	council: /^(tax|houses?|housing|estates?|homes?|flats?)$/,
	hospital: /^(beds?|wards?|stays?|appointments?|admissions?|treatment)$/,
	bank: /^(holidays?|accounts?|balances?|cards?|details|statements?|loans?|transfers?)$/
};

/**
 * What the word after "the <body noun>" makes of it: the body's own verb ("The firm says"), a
 * compound that names no one body ("the school day"), or neither (a noun the body has).
 */
export function bodyNounBefore(noun: string, after: string): 'verb' | 'compound' | undefined {
	if (BODY_VERBS.test(after)) return 'verb';
	return GENERIC_COMPOUNDS[noun]?.test(after) ? 'compound' : undefined;
}
