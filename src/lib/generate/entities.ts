/**
 * Named things in the text: people, places, organisations, countries and named terms. compromise's
 * tags are one piece of evidence; capitalised runs of words ("Hartley County Council"), the words
 * around them ("the astronomer …", "… said", "in …") and a name's last word ("… Council",
 * "River …") are the others. Every mention of a thing is linked to one entity: a surname to the
 * full name, an acronym to the name it abbreviates ("…, known as LIGO").
 *
 * This is the entry point; the steps live in entities/: name-chunks (capitalised runs),
 * evidence (what a name is), entity-drafts (evidence gathered per name), aliases (which names
 * name the same thing), mentions and kept-entities (the entities, their categories and ids).
 */
import type { Sentence } from './analyse.ts';
import {
	aliasesNamedInText,
	linkBareSurnames,
	linkFirmShortNames,
	linkFirstNames,
	linkPlaceShortNames,
	linkSurnames,
	linkTeamTowns,
	peopleOf,
	placedNames
} from './entities/aliases.ts';
import {
	addHeadlineEvidence,
	draftEntities,
	genderFromOwnWords,
	settleKinds,
	shareKindInLists,
	type EntityDraft,
	type Mention
} from './entities/entity-drafts.ts';
import { finishEntities, keptEntities } from './entities/kept-entities.ts';
import { addBareMentions, keepMentionsOf, linkMentions } from './entities/mentions.ts';
import { chunksOf } from './entities/name-chunks.ts';
import { namedWords } from './entities/named-words.ts';

export type { EntityDraft, Gender, Mention } from './entities/entity-drafts.ts';

/** The entities of a text, and where each sentence mentions them. */
export interface EntityIndex {
	entities: EntityDraft[];
	/** Mentions per sentence, in reading order. */
	mentionsIn(sentence: number): Mention[];
}

/** Finds the named things of the whole text and links every mention to one of them. */
export function findEntities(sentences: Sentence[]): EntityIndex {
	const named = namedWords(sentences);
	const chunks = sentences.filter((s) => !s.heading).flatMap((s) => chunksOf(s, named));
	const { byKey, chunkEntity, roles } = draftEntities(chunks);
	addHeadlineEvidence(
		byKey,
		sentences.filter((s) => s.heading).map((s) => s.text)
	);
	shareKindInLists(chunks, chunkEntity);
	const aliasOf = aliasesNamedInText(chunks, chunkEntity);
	settleKinds(byKey);
	const people = peopleOf(byKey);
	const surnames = linkSurnames(byKey, people, aliasOf);
	linkFirstNames(byKey, people, surnames, aliasOf);
	linkBareSurnames(byKey, aliasOf);
	linkPlaceShortNames(byKey, aliasOf);
	const placed = placedNames(chunks, chunkEntity);
	linkTeamTowns(byKey, aliasOf, placed);
	linkFirmShortNames(byKey, aliasOf, placed);
	// "Mr Pryce" tells Gareth Pryce's sex: a wrong answer beside "her takings" must not be him.
	// A surname alone the tagger reads as a first name ("Doyle") tells nothing.
	for (const [alias, name] of aliasOf) {
		if (alias.gender && !alias.genderByName && !name.gender && name.kind === 'person')
			name.gender = alias.gender;
		// "Sunil and Joanne Prakash…", then "Mrs Prakash" and "Mr Prakash": a surname of two people
		// names neither for sure; "Mr Prakash" alone is not Joanne either.
		else if (
			(alias.genderClash && !alias.key.includes(' ')) ||
			(alias.gender && !alias.genderByName && name.gender && alias.gender !== name.gender)
		) {
			aliasOf.delete(alias);
			alias.evidence = 0;
		}
	}
	const perSentence = linkMentions(chunks, chunkEntity, aliasOf, roles);
	const entities = keptEntities(byKey, aliasOf, sentences);
	finishEntities(entities, surnames, sentences);
	keepMentionsOf(entities, perSentence);
	addBareMentions(sentences, chunks, entities, perSentence);
	genderFromOwnWords(entities, sentences);
	return { entities, mentionsIn: (sentence) => perSentence.get(sentence) ?? [] };
}

/**
 * Whether the text writes a name with "the" ("the Bank of Caldonia", "the Thames"): then so does
 * a question, and a wrong answer put in its place. A name never written after "the" whose first
 * word is not a place's ("the Monetary Policy Board") takes it too, when a sentence says "the
 * board"; "Wrenford Borough Council" does not.
 */
export function takesThe(entity: EntityDraft): boolean {
	// "the Wendshire Residents' Alliance (WRA)… Joanna Threlfall (WRA)": an acronym written bare
	// says nothing of whether the name takes "the"; "the MPC's next decision" does.
	const names = entity.mentions.filter(
		(m) => !m.modifier && (m.afterThe || !/^[\p{Lu}&]{2,}s?$/u.test(m.surface))
	);
	return names.length > 0 && names.filter((m) => m.afterThe).length * 2 >= names.length;
}
