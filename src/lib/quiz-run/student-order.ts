/**
 * "Shuffle for each student": the same questions in an order of this device's own, kept across
 * reloads so a resumed quiz shows the same next question.
 */
import { newSeed, randomFrom, shuffled } from '$lib/questions/random';
import type { Question } from '$lib/questions/types';

export function studentOrder(quizKey: string, questions: Question[]): Question[] {
	const key = `factdeck:order:${quizKey}`;
	let seed: number;
	try {
		seed = Number(localStorage.getItem(key)) || newSeed();
		localStorage.setItem(key, String(seed));
	} catch {
		seed = newSeed();
	}
	const random = randomFrom(seed, quizKey);
	return shuffled(questions, random).map((q) =>
		// Options move too, so neighbours cannot copy "B".
		q.options && q.type !== 'matching' ? { ...q, options: shuffled(q.options, random) } : q
	);
}
