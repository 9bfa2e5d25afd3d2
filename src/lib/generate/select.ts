/**
 * Keeping the best: every candidate blank is scored; the best are kept, at most two blanks for the
 * same answer across the deck (a name asked again and again is guessed, not recalled) and at most
 * three per sentence. A fact's confidence is that of its weakest kept blank: facts below the
 * threshold stay in the deck as hidden suggestions.
 */
import type { FactCandidate } from './candidates.ts';
import type { SlotCandidate } from './slot-candidates.ts';

export const MAX_USES_PER_ANSWER = 2;
export const MAX_SLOTS_PER_FACT = 3;
/** Below this a blank is not even a suggestion. */
export const MIN_SLOT_SCORE = 0.3;
/** At or above this importance a sentence is shown whenever it has a fair blank. */
const LEAD_IMPORTANCE = 0.8;
/** Below this, a sentence is colour: kept as a suggestion only. */
const COLOUR_IMPORTANCE = 0.15;

export interface SelectedFact {
	candidate: FactCandidate;
	slots: SlotCandidate[];
	confidence: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * How a sentence's importance weighs on its blanks: a blank in the lead counts a fifth more, one
 * in a closing aside a tenth less, so what carries the story is shown and gets the shared answers.
 */
function weight(importance: number | undefined): number {
	return importance === undefined ? 1 : 0.88 + 0.32 * importance;
}

export function selectFacts(
	candidates: FactCandidate[],
	threshold: number,
	importance: ReadonlyMap<number, number> = new Map()
): SelectedFact[] {
	const all = candidates.flatMap((fact, order) => {
		const w = weight(importance.get(fact.sentence.index));
		return fact.slots.map((slot) => ({
			fact,
			slot: { ...slot, score: Math.min(1, slot.score * w) },
			order
		}));
	});
	// The lead's blanks claim their answers first: a name the lead shares with later sentences is
	// asked where the story is told, not only in the asides that repeat it.
	const lead = (fact: FactCandidate) =>
		Number((importance.get(fact.sentence.index) ?? 0) >= LEAD_IMPORTANCE);
	all.sort(
		(a, b) =>
			lead(b.fact) - lead(a.fact) ||
			b.slot.score - a.slot.score ||
			a.order - b.order ||
			a.slot.position - b.slot.position
	);
	const uses = new Map<string, number>();
	const accepted = new Map<FactCandidate, SlotCandidate[]>();
	for (const { fact, slot } of all) {
		if (slot.score < MIN_SLOT_SCORE) continue;
		const used = uses.get(slot.key) ?? 0;
		const slots = accepted.get(fact) ?? [];
		if (used >= MAX_USES_PER_ANSWER || slots.length >= MAX_SLOTS_PER_FACT) continue;
		uses.set(slot.key, used + 1);
		slots.push(slot);
		accepted.set(fact, slots);
	}
	const out: SelectedFact[] = [];
	for (const candidate of candidates) {
		if (candidate.quote) {
			out.push({ candidate, slots: [], confidence: round(candidate.quote.certainty) });
			continue;
		}
		if (candidate.statementOnly) {
			out.push({ candidate, slots: [], confidence: round(candidate.statementOnly) });
			continue;
		}
		const slots = accepted.get(candidate);
		if (!slots?.length) continue;
		const strong = slots.filter((s) => s.score >= threshold);
		const kept = (strong.length ? strong : slots).sort((a, b) => a.position - b.position);
		const scores = kept.map((s) => s.score);
		let confidence = strong.length ? Math.min(...scores) : Math.max(...scores);
		// The sentences that carry the story (the lead above all) are shown when they have any
		// fair blank: the linter still keeps any weak question of theirs from students.
		const weight = importance.get(candidate.sentence.index);
		if ((weight ?? 0) >= LEAD_IMPORTANCE && confidence >= MIN_SLOT_SCORE)
			confidence = Math.max(confidence, threshold);
		// Colour ("Outside the hall, a small crowd waved flags…") is a suggestion, not the deck.
		if (weight !== undefined && weight < COLOUR_IMPORTANCE)
			confidence = Math.min(confidence, threshold - 0.05);
		out.push({ candidate, slots: kept, confidence: round(confidence) });
	}
	return out;
}
