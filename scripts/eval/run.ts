/**
 * npm run eval [-- --split tune|held-out|held-out-2|dev] [--article <id>] [--show] [--record]
 *
 * Generates a deck from each evaluation article, as the app does, and prints per article: the
 * questions shown per 250 words, what the linter dropped per rule, the labelled key facts that
 * some question asks, the true/false balance, near-copies in quizzes, and the share of questions
 * a person judged acceptable (tests/eval/judgements). Then the same figures for each split.
 *
 * --show prints every question shown with its verdict; --record adds questions nobody has read
 * yet to the judgement files as `unread`, for a person to judge.
 */
import { generateDeck, withDefaultFacts } from '../../src/lib/generate/generate.ts';
import { reviewQuestions } from '../../src/lib/questions/engine.ts';
import { LINT_RULES, lintQuiz, trueShare } from '../../src/lib/questions/lint/index.ts';
import { assembleQuiz, factImportance } from '../../src/lib/questions/quiz-assembly.ts';
import { readSplit, SPLITS, type Article, type Split } from './corpus.ts';
import { coverage } from './coverage.ts';
import {
	describeQuestion,
	judgementFile,
	questionHash,
	readJudgements,
	recordJudgements,
	REJECT_CLASSES
} from './judgements.ts';

const SEED = 1;
const QUIZ_SEEDS = [1, 2, 3, 4, 5];

interface Figures {
	words: number;
	questions: number;
	dropped: Record<string, number>;
	keyFacts: number;
	asked: number;
	strict: number;
	trueFalse: number;
	trueAnswers: number;
	nearCopies: number;
	judged: number;
	ok: number;
	unread: number;
	rejects: Record<string, number>;
	ms: number;
}

function empty(): Figures {
	return {
		words: 0,
		questions: 0,
		dropped: Object.fromEntries(LINT_RULES.map((r) => [r, 0])),
		keyFacts: 0,
		asked: 0,
		strict: 0,
		trueFalse: 0,
		trueAnswers: 0,
		nearCopies: 0,
		judged: 0,
		ok: 0,
		unread: 0,
		rejects: Object.fromEntries(REJECT_CLASSES.map((r) => [r, 0])),
		ms: 0
	};
}

function add(total: Figures, f: Figures): void {
	for (const key of Object.keys(f) as (keyof Figures)[]) {
		const value = f[key];
		if (typeof value === 'number') (total[key] as number) += value;
		else for (const [k, n] of Object.entries(value)) (total[key] as Record<string, number>)[k] += n;
	}
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)} %` : '–');
const counts = (record: Record<string, number>) =>
	Object.entries(record)
		.filter(([, n]) => n)
		.map(([k, n]) => `${k} ${n}`)
		.join(', ') || 'none';

function evaluate(article: Article, options: { show: boolean; record: boolean }): Figures {
	const f = empty();
	const started = performance.now();
	const { deck } = generateDeck(article.text);
	const shown = withDefaultFacts(deck);
	const review = reviewQuestions(shown, SEED);
	f.ms = Math.round(performance.now() - started);
	const questions = review.questions;
	f.words = article.words;
	f.questions = questions.length;
	for (const d of review.dropped)
		for (const finding of d.findings.slice(0, 1)) f.dropped[finding.rule]++;
	const covered = coverage(article.keyFacts, questions, shown);
	f.keyFacts = covered.length;
	f.asked = covered.filter((c) => c.asked).length;
	f.strict = covered.filter((c) => c.strict).length;
	const tf = questions.filter((q) => q.type === 'true-false');
	f.trueFalse = tf.length;
	f.trueAnswers = Math.round((trueShare(tf) ?? 0) * tf.length);
	for (const seed of QUIZ_SEEDS)
		f.nearCopies += lintQuiz(
			assembleQuiz(questions, { seed, n: 10 }, factImportance(shown))
		).filter((x) => x.rule === 'near-copies').length;

	const file = judgementFile(article.split, article.id);
	const known = readJudgements(file);
	for (const q of questions) {
		const verdict = known.get(questionHash(q))?.verdict ?? 'unread';
		if (verdict === 'unread') f.unread++;
		else {
			f.judged++;
			if (verdict === 'ok') f.ok++;
			else f.rejects[verdict]++;
		}
	}
	if (options.record) recordJudgements(file, questions, known);

	console.log(
		`\n${article.split} · ${article.id} (${article.genre}, ${article.words} words, ${f.ms} ms)`
	);
	console.log(
		`  ${f.questions} questions shown, ${((250 * f.questions) / f.words).toFixed(1)} per 250 words, from ${shown.facts.length} facts; ` +
			`true/false ${f.trueFalse}, ${pct(f.trueAnswers, f.trueFalse)} true`
	);
	console.log(`  dropped by the linter: ${review.dropped.length} (${counts(f.dropped)})`);
	console.log(
		`  key facts asked: ${f.asked}/${f.keyFacts} (${pct(f.asked, f.keyFacts)}), as a blank ${f.strict}/${f.keyFacts}` +
			(f.asked < f.keyFacts
				? `; not asked: ${covered
						.filter((c) => !c.asked)
						.map((c) => c.fact.id)
						.join(', ')}`
				: '')
	);
	console.log(`  near-copies in ${QUIZ_SEEDS.length} quizzes of 10: ${f.nearCopies}`);
	console.log(
		`  judged acceptable: ${f.ok}/${f.judged} (${pct(f.ok, f.judged)})${f.unread ? `, ${f.unread} unread` : ''}; rejected: ${counts(f.rejects)}`
	);
	if (options.show)
		for (const q of questions) {
			const j = known.get(questionHash(q));
			console.log(
				`    [${j?.verdict ?? 'unread'}] ${q.id}  ${describeQuestion(q)}${j?.note ? `  (${j.note})` : ''}`
			);
		}
	return f;
}

function summary(split: Split, f: Figures, articles: number): void {
	console.log(`\n== ${split}: ${articles} articles, ${f.words} words ==`);
	console.log(
		`  questions shown: ${f.questions}, ${((250 * f.questions) / f.words).toFixed(1)} per 250 words`
	);
	console.log(
		`  acceptable (judged by a person): ${f.ok}/${f.judged} = ${pct(f.ok, f.judged)}${f.unread ? ` (${f.unread} not yet read)` : ''}`
	);
	console.log(`  rejected, per class: ${counts(f.rejects)}`);
	console.log(
		`  key facts asked: ${f.asked}/${f.keyFacts} = ${pct(f.asked, f.keyFacts)} (as a blank: ${pct(f.strict, f.keyFacts)})`
	);
	console.log(`  true/false: ${f.trueFalse}, ${pct(f.trueAnswers, f.trueFalse)} true`);
	console.log(
		`  near-copies in quizzes of 10 (${QUIZ_SEEDS.length} seeds an article): ${f.nearCopies}`
	);
	console.log(`  dropped by the linter, per rule: ${counts(f.dropped)}`);
	console.log(`  generation and linting: ${f.ms} ms in all`);
}

function main(argv: string[]): void {
	const arg = (name: string) => {
		const at = argv.indexOf(name);
		return at >= 0 ? argv[at + 1] : undefined;
	};
	const split = arg('--split');
	if (split !== undefined && ![...SPLITS, 'dev'].includes(split))
		throw new Error(`--split takes ${[...SPLITS, 'dev'].join(', ')}`);
	const only = arg('--article');
	const options = { show: argv.includes('--show'), record: argv.includes('--record') };
	for (const s of split === 'dev' ? (['dev'] as const) : SPLITS) {
		if (split && s !== split) continue;
		const articles = readSplit(s).filter((a) => !only || a.id === only);
		if (!articles.length) continue;
		const total = empty();
		for (const article of articles) add(total, evaluate(article, options));
		summary(s, total, articles.length);
	}
}

main(process.argv.slice(2));
