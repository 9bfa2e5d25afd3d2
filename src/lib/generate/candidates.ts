/**
 * Candidate facts: for each sentence that stands alone, the statement taught and every blank it
 * could carry (a named thing, a number, a date), each scored; for each attributed quotation, a
 * "who said it?" fact. The statement is written by statements.ts and the blanks are weighed in
 * slot-candidates.ts; selection happens later (select.ts).
 */
import type { Sentence } from './analyse.ts';
import type { EntityDraft, EntityIndex } from './entities.ts';
import { attributeQuote } from './quotes.ts';
import {
	assessSentence,
	itNamed,
	leadingConnectives,
	MAX_WORDS_PER_SENTENCE,
	quotedTokens,
	wordCount,
	type Rejection,
	type SentenceAssessment
} from './sentences.ts';
import { findContrast } from './contrasts.ts';
import { resolveReferences } from './references.ts';
import { entitySlot, valueSlot, type SlotCandidate, type SlotContext } from './slot-candidates.ts';
import { blankable, buildStatement, expansions } from './statements.ts';
import type { ValueSpan } from './value-spans.ts';
import { findValues } from './values.ts';
import { pointsBack } from '../questions/lint/dangling-reference.ts';
import { CONTEXT_FACTOR, contextBefore, type Context } from './context.ts';
import { definiteInside, definiteSubject, ellipticSubject, leadStems } from './definite-subject.ts';
import { SCENE } from './importance.ts';
import { quoteFact, roleFact } from './quote-facts.ts';

/** A fact that could be asked, made of one sentence (and those that name what it points to). */
export interface FactCandidate {
	sentence: Sentence;
	source: string[];
	statement: string;
	slots: SlotCandidate[];
	quote?: { speaker: EntityDraft; text: string; certainty: number };
	/**
	 * A sentence that carries the article but names nothing to blank ("bacteria feeding on it use
	 * up the oxygen that fish need"): asked as a true statement. The value is its confidence.
	 */
	statementOnly?: number;
	/** Set for a second fact of the same sentence ("role": who a quoted speaker is). */
	variant?: 'role';
}

/** A sentence the generator could not make a fact of, and why: shown in the draft review. */
export interface SkippedSentence {
	sentence: Sentence;
	reason: string;
}

const REJECTION_REASONS: Record<Rejection, string> = {
	heading: 'a heading',
	'too-short': 'too short to be a fact on its own',
	'too-long': `longer than ${MAX_WORDS_PER_SENTENCE} words`,
	question: 'a question, not a statement',
	quotes: 'its quotation marks do not pair up',
	pronoun: 'it starts with a word that points to the sentence before'
};

/** A paragraph that corrects the article: "Correction: …", "Clarification: …". */
const NOTICE = /^(corrections?|clarifications?|editor's note)\s*:/i;

/** A sentence with nothing to blank is still asked, as a statement, when it matters this much. */
const STATEMENT_IMPORTANCE = 0.3;

/** What every sentence's fact is made with. */
interface SentenceEnv {
	ctx: SlotContext;
	values: ReadonlyMap<number, ValueSpan[]>;
	importance: ReadonlyMap<number, number>;
	subjects: Set<EntityDraft>;
	central: ReadonlySet<string>;
	/**
	 * The stems of the headline's and the opening's words, the story's own things; undefined once
	 * no sentence before could be shown (a sentence is then asked on its own).
	 */
	lead?: ReadonlySet<string>;
}

/**
 * The fact of one sentence that is no quotation, or why there is none (and whether that is
 * because it leans on the sentence before). With a context, the sentence is taught after it, and
 * what points back points into it.
 */
function sentenceFact(
	sentence: Sentence,
	env: SentenceEnv,
	context?: Context
):
	| { candidate: FactCandidate }
	| { reason: string; pointsBack: boolean; statement?: string; soft?: boolean } {
	const { ctx, values, importance, subjects, central, lead } = env;
	const { sentences, index } = ctx;
	const quoted = quotedTokens(sentence);
	const mentions = index.mentionsIn(sentence.index).filter((m) => !m.quoted);
	const skip = leadingConnectives(sentence);
	const rewrite = resolveReferences(sentence, {
		sentences,
		index,
		quoted,
		skip,
		subjects,
		central
	});
	const replacements = expansions(mentions, quoted, sentence.tokens);
	for (const [at, text] of rewrite.replacements) replacements.set(at, text);
	const resolved = new Set([...rewrite.replacements.keys(), ...rewrite.removed]);
	// After a name (written or put in), "he", "his" and "its" can lean on it; after the sentence
	// before, everything can.
	const firstName = context
		? -1
		: Math.min(
				...mentions.map((m) => m.start),
				...rewrite.replacements.keys(),
				sentence.tokens.length
			);
	sentence.tokens.forEach((_, i) => {
		if (i > firstName) resolved.add(i);
	});
	const assessment: SentenceAssessment = assessSentence(sentence, resolved);
	if (assessment.rejected)
		return {
			reason: REJECTION_REASONS[assessment.rejected],
			pointsBack: assessment.rejected === 'pronoun'
		};
	if (rewrite.unresolved && !context) return { reason: rewrite.unresolved, pointsBack: true };
	const own = buildStatement(
		sentence,
		assessment.skip,
		replacements,
		rewrite.removed,
		rewrite.bare
	);
	if (!context) {
		// Read without the deck's names, "it" has nothing before it in "Ardent Basin said it
		// would…": a named firm, place or group in the sentence is one. The linter, which knows the
		// names, judges such a sentence on its own.
		let leaning = pointsBack(own, undefined, central);
		const named =
			leaning !== undefined &&
			/^“(it|its)” does not say what/i.test(leaning) &&
			itNamed(sentence, mentions, replacements);
		// Named, the "it" is read again for anything else that leans ("…spend $120m there"), as
		// a word that names nothing itself.
		if (named)
			leaning = pointsBack(
				own.replace(/\b(it|its)\b/i, (w) =>
					w.toLowerCase() === 'its' ? "the thing's" : 'the thing'
				),
				undefined,
				central
			);
		// "The vehicles … are due in the autumn": a thing only the sentence before brought in.
		const opener = assessment.skip;
		// "The most famous, in 1983, drilled…": one of what the sentence before counted.
		leaning ??= ellipticSubject(sentence, opener);
		const definite =
			lead &&
			!replacements.has(opener) &&
			!replacements.has(opener + 1) &&
			!rewrite.removed.has(opener)
				? definiteSubject(sentence, opener, lead)
				: undefined;
		// "…sluice gates at the dam": taught after the sentence that brought the dam in, or not.
		const inside =
			lead && !leaning && !definite ? definiteInside(sentence, opener, lead, sentences) : undefined;
		if (inside) return { reason: inside.reason, pointsBack: inside.from === sentence.index - 1 };
		// Asked alone, it was fine to teach before the next sentence: it stays its context.
		if (leaning ?? definite)
			return leaning
				? { reason: leaning, pointsBack: true }
				: { reason: definite as string, pointsBack: true, soft: true, statement: own };
	}
	const statement = context ? `${context.statement} ${own}` : own;
	const base = assessment.score * (context && !context.soft ? CONTEXT_FACTOR : 1);
	const slots: SlotCandidate[] = [];
	for (const m of mentions) {
		if (m.start < assessment.skip) continue;
		const slot = entitySlot(ctx, sentence, mentions, m, statement, replacements, base);
		if (slot) slots.push(slot);
	}
	for (const span of values.get(sentence.index) ?? []) {
		if (span.start < assessment.skip) continue;
		const slot = valueSlot(ctx, span, statement, base);
		if (slot) slots.push(slot);
	}
	// "warm water holds less oxygen than cold": a claim with nothing named in it can still be
	// stated falsely, by its opposite ("more oxygen").
	// "The tournament was not without controversy.": a short sentence that names nothing only
	// leads into the next; it is no claim to state or turn round.
	const teaser = !slots.length && !mentions.length && wordCount(sentence) < 9;
	const contrast =
		slots.length || teaser ? undefined : findContrast(sentence, quoted, assessment.skip);
	if (contrast && !rewrite.removed.has(contrast.at) && blankable(statement, contrast.word))
		slots.push({
			kind: 'phrase',
			answer: contrast.word,
			distractors: [contrast.opposite],
			score: base * 0.8,
			key: `contrast:${sentence.index}`,
			position: contrast.at
		});
	// The sentences that name what a "he" or "the scheme" stands for are part of the source.
	const earlier = [...rewrite.namedIn, ...(context ? [context.sentence] : [])]
		.filter((s, i, all) => all.indexOf(s) === i)
		.sort((a, b) => a.index - b.index)
		.map((s) => s.text);
	const source = [...earlier, sentence.text];
	if (slots.length) return { candidate: { sentence, source, statement, slots } };
	// A few words in quotation marks ("unacceptable harm") are the writer's, not a quotation.
	if (
		!teaser &&
		(importance.get(sentence.index) ?? 0) >= STATEMENT_IMPORTANCE &&
		quoted.filter(Boolean).length <= 4
	)
		return {
			candidate: { sentence, source, statement, slots, statementOnly: base * 0.8 }
		};
	return {
		reason: 'it names nothing to ask: no person, place, number or date',
		pointsBack: false,
		...(context ? {} : { statement })
	};
}

/** The candidate facts of a text, and the sentences skipped, each with why. */
export function candidateFacts(
	sentences: Sentence[],
	index: EntityIndex,
	subjects: Set<EntityDraft>,
	importance: ReadonlyMap<number, number> = new Map(),
	central: ReadonlySet<string> = new Set()
): { candidates: FactCandidate[]; skipped: SkippedSentence[] } {
	const values = new Map<number, ValueSpan[]>();
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		const quoted = quotedTokens(sentence);
		values.set(
			sentence.index,
			findValues(sentence.tokens).filter((v) => !quoted[v.start])
		);
	}
	const ctx: SlotContext = {
		sentences,
		index,
		subjects,
		dates: [...values.values()].flat().filter((v) => v.kind === 'date'),
		entities: index.entities
	};
	const env: SentenceEnv = {
		ctx,
		values,
		importance,
		subjects,
		central,
		lead: leadStems(sentences)
	};
	/** The statements of sentences that stand alone, as they are taught: context for the next. */
	const standing = new Map<number, string>();
	const out: FactCandidate[] = [];
	const skipped: SkippedSentence[] = [];
	// "Correction: an earlier version of this article said…": what the article no longer says.
	const notices = new Set(sentences.filter((s) => NOTICE.test(s.text)).map((s) => s.paragraph));
	for (const sentence of sentences) {
		if (sentence.heading) continue;
		if (notices.has(sentence.paragraph)) {
			skipped.push({ sentence, reason: 'a correction notice, not the news' });
			continue;
		}
		const attribution =
			wordCount(sentence) <= MAX_WORDS_PER_SENTENCE
				? attributeQuote(sentence, sentences, index)
				: undefined;
		if (attribution) {
			const fact = quoteFact(sentence, attribution, index);
			if (fact) {
				out.push(fact);
				if (!pointsBack(fact.statement, undefined, central))
					standing.set(sentence.index, fact.statement);
			}
			const role = roleFact(sentence, attribution, index, ctx);
			if (role) out.push(role);
			continue;
		}
		const plain = sentenceFact(sentence, env);
		if ('candidate' in plain) {
			standing.set(sentence.index, plain.candidate.statement);
			// The scene a feature opens or closes on is read before the news, never asked.
			if (SCENE.test(sentence.text))
				skipped.push({ sentence, reason: 'a scene that sets the story, not its news' });
			else out.push(plain.candidate);
			continue;
		}
		if (plain.statement) standing.set(sentence.index, plain.statement);
		// "That ritual is due to end in October": asked after the sentence it leans on, as the
		// article's reader met it.
		const found = plain.pointsBack
			? contextBefore(sentence, sentences, index, standing, plain.reason)
			: undefined;
		const context = found && { ...found, soft: plain.soft };
		const withContext = context ? sentenceFact(sentence, env, context) : undefined;
		// A thing only the sentence before brought in, with no sentence before to show: asked alone.
		const alone =
			!context && plain.soft ? sentenceFact(sentence, { ...env, lead: undefined }) : undefined;
		if (withContext && 'candidate' in withContext) out.push(withContext.candidate);
		else if (alone && 'candidate' in alone) out.push(alone.candidate);
		else skipped.push({ sentence, reason: plain.reason });
	}
	return { candidates: out, skipped };
}
