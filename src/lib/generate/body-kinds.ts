/**
 * The words a body is called by: its name's head ("the council" of Hartley County Council), the
 * kind words that stand for it ("the force" for a police force, "the club" for a team) and the
 * words for a firm. Used to find the one body "the council" or "the club" is (antecedents.ts).
 */
import { isCommonNoun, type Sentence, type Token } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';
import { firmByName, GROUP_NAMES, nameHead, ORGANISATION_HEADS } from '../language/lexicon.ts';

/** The head word of an organisation's name ("council" of "Hartley County Council"), if any. */
export function organisationHead(entity: EntityDraft): string | undefined {
	const head = nameHead(entity.name.toLowerCase().split(/\s+/));
	return ORGANISATION_HEADS[head] ? head : undefined;
}

/** Whether "the <head>" may be the body: its head word, or the one before "and" ("the museum" for
 * the Tanner Museum and Art Gallery). */
export function headed(entity: EntityDraft, head: string): boolean {
	const before = /\s(\S+)\s+and\s/i.exec(entity.name)?.[1].toLowerCase();
	return organisationHead(entity) === head || (before === head && !!ORGANISATION_HEADS[head]);
}

/** What a body is called by its kind: "the force" for Eastwold Police, "the charity" for a trust. */
export const KIND_WORDS: Record<string, RegExp> = {
	force: /^(police|constabulary)$/,
	charity: /^(trust|foundation|charity|appeal|hospice|bank)$/,
	// "Brackenwold Borough Council … The authority said it faced a gap of £12.4 million".
	authority: /^(council|authority)$/,
	school: /^(school|academy|college)$/, // "Thornleigh Academy … the school's association"
	hospital: /^(hospital|infirmary)$/
};

/** Whether a body is a sports team: "Cordwick Rovers", "Brackenfield Ladies". */
export function isTeam(entity: EntityDraft): boolean {
	return (
		entity.category === 'team' || ORGANISATION_HEADS[organisationHead(entity) ?? ''] === 'team'
	);
}

/**
 * A firm by its trade or by its name's end: "Fernleigh Care Group … the company"; never "the
 * Larkfield Residents Group", whose "Group" is people's.
 */
export function isFirm(entity: EntityDraft): boolean {
	if (entity.category === 'business') return !GROUP_NAMES.test(entity.name);
	return entity.kind === 'organisation' && firmByName(entity.name);
}

/** "The Carrowfield Growth Fund" lends to firms: it is never "the company". */
export function isFund(entity: EntityDraft): boolean {
	return organisationHead(entity) === 'fund';
}

/** Words a firm is called by: "the company", "the chain". */
export const FIRM_HEADS = /^(company|firm|business|chain|retailer|operator)$/;

/** Bodies an article may speak of without naming them, beside the one it names. */
export const GENERIC_BODIES =
	/^(company|firm|council|party|group|club|team|union|government|court|board|department|ministry|service|authority|bank)$/;

/** Words that end an apposition's noun phrase: "the firm hired by…", "a charity that…". */
const APPOSITION_END =
	/^(that|which|who|whose|where|by|of|in|at|for|to|from|with|on|and|or|but|hired|based|run|set|founded|owned|named|called)$/;

/**
 * Whether the token at `k` is past an apposition's noun phrase: a name, a number, or a word that
 * ends one ("for" inside "a not-for-profit co-operative" ends nothing).
 */
function endsPhrase(tokens: Token[], k: number): boolean {
	const t = tokens[k];
	const inCompound = t.post === '-' || tokens[k - 1]?.post === '-';
	return !/^[a-z][a-z-]*$/.test(t.text) || (APPOSITION_END.test(t.normal) && !inCompound);
}

/**
 * The bodies an apposition gave `head` before `sentence`: "Greenlea Community Energy, a
 * not-for-profit co-operative that raised…" is "the co-operative" after (not "a charity shop",
 * whose head is the shop).
 */
export function givenTheKind(head: string, sentence: Sentence, ctx: AntecedentContext) {
	const given = new Set<EntityDraft>();
	for (const s of ctx.sentences.slice(0, sentence.index))
		for (const m of ctx.index.mentionsIn(s.index)) {
			if (m.entity.kind === 'person') continue;
			if (kindBefore(s.tokens, m.start, head)) given.add(m.entity);
			const article = s.tokens[m.end]?.normal ?? '';
			if (!/,/.test(s.tokens[m.end - 1].post) || !/^(a|an|the)$/.test(article)) continue;
			// Up to the noun phrase's end: not "Hythe Marlow Consulting, the firm hired by Tolebridge
			// County Council", which gives it no "council".
			for (let k = m.end + 1; k < Math.min(m.end + 7, s.tokens.length); k++) {
				const t = s.tokens[k];
				if (endsPhrase(s.tokens, k)) break;
				if (t.normal === head && !isCommonNoun(s.tokens[k + 1])) given.add(m.entity);
				if (t.normal === head || /[,.;:]/.test(t.post)) break;
			}
		}
	return [...given];
}

/** "A newly formed community benefit society, Ashwenby Stores Ltd": `head` set before a name. */
function kindBefore(tokens: Token[], start: number, head: string): boolean {
	// "formed a group called Stallow Against the Turbine".
	const called = /^(called|named)$/.test(tokens[start - 1]?.normal ?? '');
	const at = start - (called ? 2 : 1);
	const kind = tokens[at];
	if (kind?.normal !== head || !(called || /^,\s*$/.test(kind.post))) return false;
	for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
		if (/^(a|an)$/.test(tokens[k].normal)) return true;
		if (endsPhrase(tokens, k) || /[,.;:]/.test(tokens[k].post)) break;
	}
	return false;
}

/**
 * "Southvale Homes, the housing association that owns the estate… The association's chief
 * executive" before the Larkfield Residents' Association is named: the word was given, beside its
 * name, to another body before `sentence`, so it is not the one named later.
 */
export function kindGivenToAnother(
	head: string,
	entity: EntityDraft,
	sentence: Sentence,
	ctx: AntecedentContext
): boolean {
	return givenTheKind(head, sentence, ctx).some((e) => e !== entity);
}

/**
 * "from a homemade observatory in his back garden … built the observatory himself", before the
 * Cerro Ventoso Observatory: a body of the kind brought in unnamed before ("a … observatory") is
 * that one, not the one named later.
 */
export function unnamedBefore(head: string, sentence: Sentence, ctx: AntecedentContext): boolean {
	const brought = new RegExp(String.raw`\b(a|an)\s+(?:[\w-]+\s+){0,2}${head}\b`, 'i');
	return ctx.sentences.some((s) => s.index < sentence.index && brought.test(s.text));
}

/**
 * "Brackenford Royal Infirmary confirmed… sent to St Aidan's Hospital in Marrowgate… the
 * hospital's response": a body of the word's kind named before the one the word names may be
 * meant as well.
 */
export function kindNamedFirst(
	head: string,
	named: EntityDraft,
	sentence: Sentence,
	ctx: AntecedentContext
): boolean {
	const kind = KIND_WORDS[head];
	const first = (e: EntityDraft) => Math.min(...e.mentions.map((m) => m.sentence));
	return (
		kind !== undefined &&
		ctx.index.entities.some(
			(e) =>
				e !== named &&
				e.kind === 'organisation' &&
				kind.test(organisationHead(e) ?? '') &&
				first(e) < Math.min(first(named), sentence.index)
		)
	);
}
