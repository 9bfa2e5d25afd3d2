/** The teacher's results page: result codes in, a class table out. */
import { isCuratedDeck, loadCuratedDeck } from '$lib/content/curated';
import type { ClassResultRow } from '$lib/records/rows';
import type { Store } from '$lib/db/store';
import { buildQuestions } from '$lib/questions/engine';
import { assembleQuiz, factImportance, parseQuizKey } from '$lib/questions/quiz-assembly';
import { decodeResultCode } from '$lib/share/result-code';
import { decodeSharedQuiz } from '$lib/share/shared-quiz';
import type { Question } from '$lib/questions/types';
import {
	describeAdded,
	refuseResult,
	summarizeClass,
	type KnownQuiz,
	type ClassSummary
} from '$lib/teach/class-results';

export class ResultsState {
	rows = $state.raw<ClassResultRow[]>([]);
	/** The quizzes of the rows shown, as this teacher made them (absent: not made here). */
	quizzes = $state.raw<Map<string, KnownQuiz>>(new Map());
	problems = $state<string[]>([]);
	/** What the last paste added, in words (see describeAdded). */
	message = $state<string | undefined>(undefined);
	/** The rows the last Remove took away; Undo puts them back until the next paste or remove. */
	removed = $state.raw<ClassResultRow[]>([]);
	readonly classes: ClassSummary[] = $derived(
		summarizeClass(
			this.rows,
			(id) => this.quizzes.get(id)?.questions,
			(id) => this.quizzes.get(id)?.title
		)
	);

	constructor(private readonly store: Store) {}

	async load() {
		this.rows = await this.store.listClassResults();
		await this.#label();
	}

	/** Reads pasted text: one result code per line (blank lines and spaces ignored). */
	async paste(text: string): Promise<void> {
		this.removed = [];
		const lines = text
			.split(/\n{2,}|\r?\n(?=\s*FD\d-)/)
			.map((l) => l.trim())
			.filter(Boolean);
		const problems: string[] = [];
		const rows: ClassResultRow[] = [];
		const known = new Map<string, KnownQuiz | undefined>();
		let repeated = 0;
		for (const [i, line] of lines.entries()) {
			const decoded = await decodeResultCode(line);
			if (!decoded.ok) {
				problems.push(`Code ${i + 1}: ${decoded.error.message}`);
				continue;
			}
			const r = decoded.result;
			const quiz = await this.#quiz(r.quizId, known);
			const refused = refuseResult(r, quiz);
			if (refused || !quiz) {
				problems.push(`Code ${i + 1}: ${refused}`);
				continue;
			}
			const id = `${r.quizId}|${r.name}|${r.finishedAt}`;
			// The same code twice in one paste (scanned twice, or copied twice) counts once.
			if (rows.some((row) => row.id === id)) {
				repeated += 1;
				continue;
			}
			rows.push({
				id,
				quizId: r.quizId,
				title: quiz.title,
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

	/** Removes results; the page offers to undo it. */
	async remove(ids: string[]) {
		const wanted = new Set(ids);
		const gone = this.rows.filter((row) => wanted.has(row.id));
		await this.store.deleteClassResults(ids);
		this.removed = gone;
		await this.load();
	}

	/** Puts back what the last Remove took away, as it was (same ids, same order). */
	async undoRemove() {
		const rows = this.removed;
		if (!rows.length) return;
		await this.store.addClassResults(rows);
		this.removed = [];
		await this.load();
	}

	/** Names the questions and the class: from the quizzes this teacher made. */
	async #label() {
		const quizzes = new Map<string, KnownQuiz | undefined>();
		for (const quizId of new Set(this.rows.map((r) => r.quizId))) await this.#quiz(quizId, quizzes);
		this.quizzes = new Map(
			[...quizzes].filter((entry): entry is [string, KnownQuiz] => entry[1] !== undefined)
		);
	}

	/**
	 * A quiz this teacher made: one shared from here (kept with its questions), or a built-in
	 * deck's readable quiz, rebuilt from its key. Looked up once per quiz into `cache`.
	 */
	async #quiz(
		quizId: string,
		cache: Map<string, KnownQuiz | undefined>
	): Promise<KnownQuiz | undefined> {
		if (cache.has(quizId)) return cache.get(quizId);
		let quiz: KnownQuiz | undefined;
		const shared = await this.store.getSharedQuiz(quizId);
		if (shared)
			quiz = {
				title: shared.title,
				questions: shared.questions.map((q) => ({ id: q.id, prompt: q.prompt }))
			};
		else {
			const parsed = parseQuizKey(quizId);
			const deck =
				parsed && isCuratedDeck(parsed.deckId) ? await loadCuratedDeck(parsed.deckId) : undefined;
			if (parsed && deck)
				quiz = {
					title: deck.title,
					questions: assembleQuiz(
						buildQuestions(deck, parsed.spec.seed),
						parsed.spec,
						factImportance(deck)
					).map((q) => ({ id: q.id, prompt: q.prompt }))
				};
		}
		cache.set(quizId, quiz);
		return quiz;
	}

	/**
	 * A quiz's questions whole (for a GIFT or Aiken file): from the link it was shared with, or
	 * rebuilt from a built-in deck's quiz key. Undefined when this device cannot know them.
	 */
	async fullQuestions(quizId: string): Promise<Question[] | undefined> {
		const shared = await this.store.getSharedQuiz(quizId);
		if (shared) {
			const fragment = new URL(shared.link, 'https://factdeck.invalid').hash;
			if (fragment) {
				const decoded = await decodeSharedQuiz(fragment);
				return decoded.ok ? decoded.quiz.questions : undefined;
			}
		}
		const parsed = parseQuizKey(quizId);
		const deck =
			parsed && isCuratedDeck(parsed.deckId) ? await loadCuratedDeck(parsed.deckId) : undefined;
		if (!parsed || !deck) return undefined;
		return assembleQuiz(buildQuestions(deck, parsed.spec.seed), parsed.spec, factImportance(deck));
	}
}
