/**
 * Mentions: every place a sentence names a thing, linked to the entity it names (or to the one
 * it is an alias of), with how it is written there: inside quotation marks, used like an
 * adjective, after "the". Also the one-word mentions the capitalised runs missed ("Desai
 * said…" at the start of a sentence).
 */
import type { Sentence } from '../analyse.ts';
import { quotedTokens } from '../sentences.ts';
import type { AliasMap } from './aliases.ts';
import type { EntityDraft, Mention } from './entity-drafts.ts';
import type { Chunk } from './name-chunks.ts';
import { isModifier, POSSESSIVE, possessiveOpener, surfaceOf } from './name-surface.ts';
import { saysARole } from '../roles.ts';

/** The mentions of each sentence, by sentence index. */
export type MentionsBySentence = Map<number, Mention[]>;

/**
 * Mentions, each linked to its entity (or to the entity it is an alias of), which records the
 * alias and takes a role said of a person where it has none yet.
 */
export function linkMentions(
	chunks: Chunk[],
	chunkEntity: Map<Chunk, EntityDraft>,
	aliasOf: AliasMap,
	roles: Map<Chunk, string>
): MentionsBySentence {
	const perSentence: MentionsBySentence = new Map();
	for (const chunk of chunks) {
		let draft = chunkEntity.get(chunk) as EntityDraft;
		const owner = aliasOf.get(draft);
		const tokens = chunk.sentence.tokens;
		const surface = surfaceOf(tokens, chunk.nameStart, chunk.end);
		if (owner) {
			owner.aliases.add(surface);
			draft = owner;
		}
		const role = roles.get(chunk);
		// "Ludbury, a 50-minute trip": words beside a name that say no role are no person's role.
		if (role && !draft.role && draft.kind === 'person' && saysARole(role, true)) draft.role = role;
		const next = tokens[chunk.end];
		const mention: Mention = {
			sentence: chunk.sentence.index,
			start: chunk.nameStart,
			end: chunk.end,
			surface,
			quoted: isQuoted(chunk.sentence, chunk.nameStart),
			modifier: isModifier(tokens[chunk.end - 1], next, tokens[chunk.end + 1]),
			afterThe: tokens[chunk.start - 1]?.normal === 'the',
			entity: draft
		};
		draft.mentions.push(mention);
		const list = perSentence.get(mention.sentence) ?? [];
		list.push(mention);
		perSentence.set(mention.sentence, list);
	}
	return perSentence;
}

/** Drops the mentions of drafts that did not become entities. */
export function keepMentionsOf(entities: EntityDraft[], perSentence: MentionsBySentence): void {
	const kept = new Set(entities);
	for (const [sentence, list] of perSentence)
		perSentence.set(
			sentence,
			list.filter((m) => kept.has(m.entity))
		);
}

/**
 * A one-word form of a known name where the capital said nothing, mostly at the start of a
 * sentence: "Thorne and Barish spent…", "Desai said…".
 */
export function addBareMentions(
	sentences: Sentence[],
	chunks: Chunk[],
	entities: EntityDraft[],
	perSentence: Map<number, Mention[]>
): void {
	const forms = new Map<string, EntityDraft | null>();
	for (const entity of entities)
		for (const form of [entity.name, ...entity.aliases]) {
			if (/\s/.test(form) || form.length < 2) continue;
			// A form two entities share names neither.
			forms.set(form, forms.has(form) && forms.get(form) !== entity ? null : entity);
		}
	const covered = new Set(
		chunks.flatMap((c) =>
			Array.from({ length: c.end - c.start }, (_, k) => `${c.sentence.index}:${c.start + k}`)
		)
	);
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		const quoted = sentence.tokens.map((_, i) => isQuoted(sentence, i));
		sentence.tokens.forEach((token, i) => {
			if (covered.has(`${sentence.index}:${i}`) || !/^[A-Z]/.test(token.text)) return;
			// "Brantwell's was founded": a shop's own name in "'s" before its founder's surname.
			const surface = forms.get(token.text) ? token.text : token.text.replace(POSSESSIVE, '');
			const entity = forms.get(surface);
			if (!entity) return;
			// "Mabberley's … has agreed to be bought", sentences before "Catherine Mabberley": a
			// surname before the person is named is someone or something else.
			if (entity.kind === 'person' && entity.mentions.every((m) => m.sentence > sentence.index))
				return;
			// "Pellow's will keep its coach business" beside Pellow's Coaches: the firm, not a Pellow.
			if (
				surface !== token.text &&
				entities.some((e) => e !== entity && possessiveOpener(e.name) === surface)
			)
				return;
			const next = sentence.tokens[i + 1];
			const mention: Mention = {
				sentence: sentence.index,
				start: i,
				end: i + 1,
				surface,
				quoted: quoted[i],
				modifier: isModifier(token, next, sentence.tokens[i + 2]),
				afterThe: sentence.tokens[i - 1]?.normal === 'the',
				entity
			};
			entity.mentions.push(mention);
			const list = perSentence.get(sentence.index) ?? [];
			list.push(mention);
			list.sort((a, b) => a.start - b.start);
			perSentence.set(sentence.index, list);
		});
	}
}

const quotedBySentence = new WeakMap<Sentence, boolean[]>();

/**
 * Whether the token at `start` lies inside quotation marks. Computed once per sentence: scanning
 * from the first token for every token was quadratic, and an 8,000-word sentence took 11 s.
 */
function isQuoted(sentence: Sentence, start: number): boolean {
	let quoted = quotedBySentence.get(sentence);
	if (!quoted) quotedBySentence.set(sentence, (quoted = quotedTokens(sentence)));
	return quoted[start];
}
