/** The teacher's results page: result codes in, a class table out. */
import { isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import type { ClassResultRow } from '$lib/db/schema';
import type { Store } from '$lib/db/store';
import { buildQuestions } from '$lib/questions/engine';
import { assembleQuiz, factImportance, parseQuizKey } from '$lib/questions/quiz';
import { decodeResultCode } from '$lib/share/result-code';
import {
	describeAdded,
	summarizeClass,
	type ClassSummary,
	type QuestionLabel
} from '$lib/teach/class-results';

export class ResultsState {
	rows = $state.raw<ClassResultRow[]>([]);
	labels = $state.raw<Map<string, QuestionLabel[]>>(new Map());
	problems = $state<string[]>([]);
	/** What the last paste added, in words (see describeAdded). */
	message = $state<string | undefined>(undefined);
	readonly classes: ClassSummary[] = $derived(
		summarizeClass(this.rows, (id) => this.labels.get(id))
	);

	constructor(private readonly store: Store) {}

	async load() {
		this.rows = await this.store.listClassResults();
		await this.#label();
	}

	/** Reads pasted text: one result code per line (blank lines and spaces ignored). */
	async paste(text: string): Promise<void> {
		const lines = text
			.split(/\n{2,}|\r?\n(?=\s*FD\d-)/)
			.map((l) => l.trim())
			.filter(Boolean);
		const problems: string[] = [];
		const rows: ClassResultRow[] = [];
		let repeated = 0;
		for (const [i, line] of lines.entries()) {
			const decoded = await decodeResultCode(line);
			if (!decoded.ok) {
				problems.push(`Code ${i + 1}: ${decoded.error.message}`);
				continue;
			}
			const r = decoded.result;
			const id = `${r.quizId}|${r.name}|${r.finishedAt}`;
			// The same code twice in one paste (scanned twice, or copied twice) counts once.
			if (rows.some((row) => row.id === id)) {
				repeated += 1;
				continue;
			}
			rows.push({
				id,
				quizId: r.quizId,
				title: r.title,
				name: r.name,
				score: r.score,
				total: r.total,
				answers: r.answers,
				finishedAt: r.finishedAt,
				addedAt: Date.now()
			});
		}
		const added = rows.length ? await this.store.addClassResults(rows) : 0;
		this.message = describeAdded({ added, duplicates: repeated + rows.length - added });
		this.problems = problems;
		await this.load();
	}

	async remove(ids: string[]) {
		await this.store.deleteClassResults(ids);
		await this.load();
	}

	/** Names the questions: from the quiz as the teacher shared it, or rebuilt from its link. */
	async #label() {
		const labels = new Map<string, QuestionLabel[]>();
		for (const quizId of new Set(this.rows.map((r) => r.quizId))) {
			const shared = await this.store.getSharedQuiz(quizId);
			if (shared) {
				labels.set(
					quizId,
					shared.questions.map((q) => ({ id: q.id, prompt: q.prompt }))
				);
				continue;
			}
			const parsed = parseQuizKey(quizId);
			if (parsed && isCuratedDeck(parsed.deckId)) {
				const deck = await loadCuratedDeck(parsed.deckId);
				if (deck)
					labels.set(
						quizId,
						assembleQuiz(
							buildQuestions(deck, parsed.spec.seed),
							parsed.spec,
							factImportance(deck)
						).map((q) => ({
							id: q.id,
							prompt: q.prompt
						}))
					);
			}
		}
		this.labels = labels;
	}
}
