/**
 * The openers of a sentence that only tie it to the sentence before: "Its owner, Tom Reddaway,
 * said…" (the name says who), "Under its terms, both armies must…" (the terms are the deal's).
 */
import type { Sentence, Token } from './analyse.ts';
import { antecedentPerson } from './antecedents.ts';
import type { EntityDraft, Mention } from './entities.ts';
import { KIN_NOUNS } from '../language/lexicon.ts';
import { nameInPlace, possessiveOf } from './name-in-place.ts';
import type { ReferenceContext } from './references.ts';
import { antecedentThing } from './thing-antecedents.ts';
import { FINITE_VERBS, PAST_VERB } from '../questions/lint/pointing-words.ts';

/** What resolving a sentence's words builds up: words put in, words left out, and why not. */
export interface RewriteParts {
	replacements: Map<number, string>;
	removed: Set<number>;
	bare: Set<number>;
	namedIn: Sentence[];
	fail: (why: string) => void;
}

/** Resolves or drops the opener of a sentence, into `parts`. */
export function resolveOpeners(
	sentence: Sentence,
	ctx: ReferenceContext,
	mentions: Mention[],
	parts: RewriteParts
): void {
	const { replacements, removed, bare, namedIn, fail } = parts;
	const tokens = sentence.tokens;
	// "Its owner, Tom Reddaway, said…": the name says who; "its owner" only leans on the sentence
	// before. The opener and the comma after the name go.
	if (/^(its|their|his|her)$/.test(tokens[ctx.skip]?.normal ?? '')) {
		const comma = tokens.findIndex(
			(t, k) => k >= ctx.skip && k <= ctx.skip + 3 && /^,\s*$/.test(t.post)
		);
		const person =
			comma >= 0
				? mentions.find((m) => m.start === comma + 1 && m.entity.kind === 'person')
				: undefined;
		// "Its secretary" after a sentence that starts with the club: the club's secretary.
		const owner = /^(its|their)$/.test(tokens[ctx.skip].normal)
			? ownerBefore('their', sentence, ctx)
			: undefined;
		if (person && owner === 'owned') fail(ownedWhy(tokens[ctx.skip].text));
		else if (person && owner && owner !== 'owned') {
			replacements.set(ctx.skip, nameInPlace(owner.entity, ctx, true));
			namedIn.push(owner.namedIn);
		} else if (person && /^,\s*$/.test(tokens[person.end - 1].post)) {
			// "Her husband, Peter, a schoolteacher, died": the family tie is the fact, so it stays,
			// owned by the person named before ("Ruth Ashworth's husband, Peter, …").
			const kin =
				/^(his|her)$/.test(tokens[ctx.skip].normal) &&
				KIN_NOUNS.has(tokens[ctx.skip + 1]?.normal ?? '');
			const found = kin ? antecedentPerson(tokens[ctx.skip].normal, sentence, ctx) : undefined;
			if (found) {
				replacements.set(ctx.skip, possessiveOf(found.person.name));
				if (!namedIn.includes(found.namedIn)) namedIn.push(found.namedIn);
			} else if (
				tokens[ctx.skip].normal === 'its' &&
				bodyPronounAfter(tokens, person.end, mentions, ctx.quoted)
			) {
				// "Its director, Tom Ellery, said … since it took on the sessions": "it" is the body.
				fail(`“${tokens[ctx.skip].text}” and a later “it” do not say what body`);
			} else if (!kin && sideAfter(tokens, person.end)) {
				// "Their coach, Lewis Fenwick, said his side had been beaten": whose side only the
				// dropped "Their" says.
				fail(`“${tokens[ctx.skip].text}” and a later “his side” do not say whose`);
			} else if (!kin) {
				for (let k = ctx.skip; k <= comma; k++) removed.add(k);
				// The comma closing the name goes, unless an apposition or "who" follows ("…, a teacher,").
				// "Their leader, Darren Colby, 41, of Marsh Lane": an age keeps it too.
				if (!/^(a|an|the|who|whose|\d+)$/.test(tokens[person.end]?.normal ?? ''))
					bare.add(person.end - 1);
			}
		}
	}
	// "Under its terms, both armies must…": the opener names nothing the statement needs.
	if (/^(under|in|by|with|through)$/.test(tokens[ctx.skip]?.normal ?? '')) {
		const comma = tokens.findIndex(
			(t, k) => k > ctx.skip && k <= ctx.skip + 4 && /^,\s*$/.test(t.post)
		);
		const opener = comma > 0 ? tokens.slice(ctx.skip + 1, comma + 1).map((t) => t.normal) : [];
		if (
			opener.length &&
			/^(its|their|the|this|that)$/.test(opener[0]) &&
			opener.some((w) =>
				/^(terms|deal|agreement|plan|plans|scheme|rules|proposals|circumstances|conditions)$/.test(
					w
				)
			)
		) {
			// "Under the deal, signed on Thursday, boats…", "Under the scheme, which began five years
			// ago, 11 farms…": what says more of the deal goes with it.
			const second = /^(\p{Ll}+ed|which|who)$/u.test(tokens[comma + 1]?.text ?? '')
				? tokens.findIndex((t, k) => k > comma + 1 && k <= comma + 10 && /^,\s*$/.test(t.post))
				: -1;
			for (let k = ctx.skip; k <= Math.max(comma, second); k++) removed.add(k);
		}
	}
}

const OWNED_BODIES =
	/^(committee|board|panel|department|unit|team|group|branch|division|subsidiary|office|service|inquiry|commission|cabinet|trust|foundation|society)$/;

/**
 * The body the sentence before opened with, for "its" or "their" to stand for; or `owned` when
 * that sentence writes the body as the owner of its subject ("Kelsworth Borough Council's health
 * scrutiny committee has asked… Its chairwoman": the committee's, which no name written in says).
 */
export function ownerBefore(
	pronoun: string,
	sentence: Sentence,
	ctx: ReferenceContext
): ReturnType<typeof antecedentThing> | 'owned' {
	const thing = antecedentThing(pronoun, sentence, ctx);
	return thing && ownedBefore(thing.entity, thing.namedIn, ctx) ? 'owned' : thing;
}

/** Why an "its" or "their" that `ownerBefore` finds `owned` is not asked. */
export const ownedWhy = (word: string) =>
	`“${word}” is of something the sentence before says the body has`;

/** Whether the sentence before writes the body as the owner ("X's committee") of its subject. */
function ownedBefore(entity: EntityDraft, before: Sentence, ctx: ReferenceContext): boolean {
	const m = ctx.index.mentionsIn(before.index).find((n) => n.entity === entity);
	const last = m && before.tokens[m.end - 1];
	const next = m && before.tokens[m.end];
	return (
		!!last &&
		m.start <= 1 &&
		/['’]s$/.test(last.text) &&
		/^\p{Ll}/u.test(next?.text ?? '') &&
		before.tokens.slice(m.end, m.end + 4).some((t) => OWNED_BODIES.test(t.normal))
	);
}

/** "his side", "her team" after `from`: a body only the sentence's opener says. */
function sideAfter(tokens: Token[], from: number): boolean {
	return tokens.some(
		(t, k) =>
			k >= from &&
			/^(his|her)$/.test(t.normal) &&
			/^(side|team|club|squad|players|crew|band|choir|firm|company)$/.test(
				tokens[k + 1]?.normal ?? ''
			)
	);
}

/** A verb after "it" as its subject: "since it took on", "said it had". */
const subjectVerb = (word: string) => FINITE_VERBS.has(word) || PAST_VERB.test(word);

/**
 * "Its director, Tom Ellery, said … since it took on the sessions": a later "it" (a subject) or
 * "its" that only the dropped "Its" says is the body, with no body named between.
 */
function bodyPronounAfter(
	tokens: Token[],
	from: number,
	mentions: Mention[],
	quoted: boolean[]
): boolean {
	const at = tokens.findIndex(
		(x, k) =>
			k >= from &&
			!quoted[k] &&
			(x.normal === 'its' || (x.normal === 'it' && subjectVerb(tokens[k + 1]?.normal ?? '')))
	);
	return (
		at >= 0 &&
		!mentions.some(
			(m) => m.start >= from && m.start < at && ['organisation', 'group'].includes(m.entity.kind)
		)
	);
}

/**
 * Where the words after an opening time phrase begin ("This year it raised…", "Last season they
 * won…"), or -1 when the sentence opens with none.
 */
export function afterTimeOpening(tokens: Token[], skip: number): number {
	const [a, b] = [tokens[skip]?.normal, tokens[skip + 1]?.normal];
	if (
		/^(this|last|next)$/.test(a ?? '') &&
		/^(year|month|week|season|summer|winter|spring|autumn|time)$/.test(b ?? '')
	)
		return skip + 2;
	return -1;
}
