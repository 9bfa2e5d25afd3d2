/**
 * The Factdeck command line. It calls the same modules the app does.
 *
 *   factdeck deck <deck-id> [--seed N] [--quiz N] [--types a,b]
 *   factdeck generate <file> [--seed N] [--quiz N] [--types a,b] [--all]
 *   factdeck lint <deck-id | deck file | article> [--seed N] [--json]
 *
 * `generate` makes a deck from an article (.txt, .md or .html) with the same generator the app
 * runs on the device, and prints its questions like `deck` does: those of the facts shown by
 * default, or of every suggestion with --all.
 *
 * `lint` runs the question linter over a curated deck, a deck file (.yaml) or the deck generated
 * from an article, and prints its findings per rule: each question it keeps from students, and
 * the quiz-wide checks on a 10-question quiz. It exits 1 when anything was found.
 *
 * Prints JSON on stdout (lint: a report, or JSON with --json). Bad input prints one line on
 * stderr and exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDeckFolder } from '../../scripts/vite/deck-folder.ts';
import type { Deck } from '../lib/content/deck-schema.ts';
import { generateDeck, withDefaultFacts } from '../lib/generate/generate.ts';
import { htmlToText, markdownToText } from '../lib/generate/readable-text.ts';
import { buildQuestions, reviewQuestions } from '../lib/questions/engine.ts';
import { LINT_RULES, lintQuiz, QUIZ_RULES } from '../lib/questions/lint/index.ts';
import { DeckFileError, parseDeckYaml } from '../lib/content/yaml.ts';
import { toPublicQuestion } from '../lib/questions/export.ts';
import {
	assembleQuiz,
	factImportance,
	MAX_QUIZ_QUESTIONS
} from '../lib/questions/quiz-assembly.ts';
import { QUESTION_TYPES, type QuestionType } from '../lib/questions/types.ts';

class UsageError extends Error {}

const USAGE =
	'usage: factdeck deck <deck-id> | generate <file> [--seed N] [--quiz N] [--types t1,t2] [--all] | lint <deck-id|file> [--seed N] [--json]';
const QUESTIONS_DIR = join(import.meta.dirname, '..', '..', 'questions');

interface Flags {
	seed: number;
	quiz?: number;
	types?: QuestionType[];
	/** generate: every suggested fact, not only those shown by default. */
	all?: boolean;
	/** lint: JSON instead of a report. */
	json?: boolean;
}

function parseInteger(flag: string, value: string | undefined, min: number, max: number): number {
	if (value === undefined || !/^-?\d+$/.test(value))
		throw new UsageError(`${flag} needs a whole number`);
	const n = Number(value);
	if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}`);
	return n;
}

function parseFlags(args: string[], allowed: string[] = []): Flags {
	const flags: Flags = { seed: 1 };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--all' && allowed.includes(arg)) flags.all = true;
		else if (arg === '--json' && allowed.includes(arg)) flags.json = true;
		else if (arg === '--seed') flags.seed = parseInteger('--seed', args[++i], 0, 2 ** 31 - 1);
		else if (arg === '--quiz')
			flags.quiz = parseInteger('--quiz', args[++i], 1, MAX_QUIZ_QUESTIONS);
		else if (arg === '--types') {
			const list = (args[++i] ?? '').split(',').filter(Boolean);
			const bad = list.find((t) => !(QUESTION_TYPES as readonly string[]).includes(t));
			if (!list.length || bad)
				throw new UsageError(
					`--types takes a comma-separated list of: ${QUESTION_TYPES.join(', ')}`
				);
			flags.types = list as QuestionType[];
		} else throw new UsageError(`unknown option "${arg}" (${USAGE})`);
	}
	return flags;
}

function loadDeck(id: string | undefined): Deck {
	if (!id) throw new UsageError(USAGE);
	if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !existsSync(join(QUESTIONS_DIR, id, 'facts.yaml')))
		throw new UsageError(`no deck "${id}" in questions/`);
	return readDeckFolder(join(QUESTIONS_DIR, id));
}

function questionsOf(deck: Deck, flags: Flags) {
	let questions = buildQuestions(deck, flags.seed);
	if (flags.types) questions = questions.filter((q) => flags.types?.includes(q.type));
	if (flags.quiz !== undefined)
		questions = assembleQuiz(
			questions,
			{ seed: flags.seed, n: flags.quiz, types: flags.types },
			factImportance(deck)
		);
	return { deck: deck.id, title: deck.title, questions: questions.map(toPublicQuestion) };
}

export function deckCommand(args: string[]): unknown {
	const [id, ...rest] = args;
	const flags = parseFlags(rest);
	return questionsOf(loadDeck(id), flags);
}

/** The article's text: HTML and Markdown files are reduced to their prose. */
function readArticle(file: string | undefined): string {
	if (!file) throw new UsageError(USAGE);
	let raw: string;
	try {
		raw = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new UsageError(
			code === 'ENOENT'
				? `cannot read "${file}": no such file`
				: code === 'EISDIR'
					? `cannot read "${file}": it is a folder`
					: `cannot read "${file}"${code ? ` (${code})` : ''}`
		);
	}
	const ext = extname(file).toLowerCase();
	const text =
		ext === '.html' || ext === '.htm'
			? htmlToText(raw)
			: ext === '.md' || ext === '.markdown'
				? markdownToText(raw)
				: raw;
	if (!text.trim()) throw new UsageError(`"${file}" is empty`);
	return text;
}

export function generateCommand(args: string[]): unknown {
	const [file, ...rest] = args;
	const flags = parseFlags(rest, ['--all']);
	const { deck } = generateDeck(readArticle(file), { seed: flags.seed });
	return questionsOf(flags.all ? deck : withDefaultFacts(deck), flags);
}

/** The deck a lint target names: a curated deck's id, a deck file, or an article to generate from. */
function lintTarget(target: string | undefined): Deck {
	if (!target) throw new UsageError(USAGE);
	if (
		/^[a-z0-9][a-z0-9-]{0,63}$/.test(target) &&
		existsSync(join(QUESTIONS_DIR, target, 'facts.yaml'))
	)
		return loadDeck(target);
	if (/\.ya?ml$/i.test(target)) {
		const text = readArticle(target);
		try {
			return parseDeckYaml(text, target);
		} catch (error) {
			throw new UsageError(
				error instanceof DeckFileError ? error.problems[0] : `cannot read "${target}" as a deck`
			);
		}
	}
	return withDefaultFacts(generateDeck(readArticle(target)).deck);
}

export interface LintReport {
	deck: string;
	questions: number;
	dropped: number;
	/** Findings per rule (question rules and quiz rules). */
	counts: Record<string, number>;
	findings: { question: string; prompt: string; rule: string; message: string }[];
}

export function lintDeck(deck: Deck, seed: number): LintReport {
	const review = reviewQuestions(deck, seed);
	const counts: Record<string, number> = Object.fromEntries(
		[...LINT_RULES, ...QUIZ_RULES].map((rule) => [rule, 0])
	);
	const findings: LintReport['findings'] = [];
	for (const { question, findings: found } of review.dropped)
		for (const f of found) {
			counts[f.rule]++;
			findings.push({
				question: question.id,
				prompt: question.prompt,
				rule: f.rule,
				message: f.message
			});
		}
	const quiz = assembleQuiz(review.questions, { seed, n: 10 }, factImportance(deck));
	for (const f of lintQuiz(quiz)) {
		counts[f.rule]++;
		findings.push({
			question: f.questions.join(' '),
			prompt: '(a 10-question quiz)',
			rule: f.rule,
			message: f.message
		});
	}
	return {
		deck: deck.id,
		questions: review.questions.length,
		dropped: review.dropped.length,
		counts,
		findings
	};
}

function formatLintReport(report: LintReport): string {
	const lines = [
		`${report.deck}: ${report.questions} questions shown, ${report.dropped} dropped by the linter`,
		'',
		'findings per rule:',
		...Object.entries(report.counts).map(([rule, n]) => `  ${String(n).padStart(4)}  ${rule}`)
	];
	if (report.findings.length) lines.push('', 'findings:');
	for (const f of report.findings)
		lines.push(`  [${f.rule}] ${f.question}: ${f.message}`, `      ${f.prompt}`);
	return `${lines.join('\n')}\n`;
}

export function lintCommand(args: string[], io: Output): number {
	const [target, ...rest] = args;
	const flags = parseFlags(rest, ['--json']);
	const report = lintDeck(lintTarget(target), flags.seed);
	io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatLintReport(report));
	return report.findings.length ? 1 : 0;
}

interface Output {
	out(text: string): void;
	err(text: string): void;
}

const STDIO: Output = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text)
};

/** Runs one command line; returns the exit code (0, or 2 for bad input). */
export function main(argv: string[], io: Output = STDIO): number {
	const [command, ...args] = argv;
	try {
		if (command === 'lint') return lintCommand(args, io);
		const run =
			command === 'deck' ? deckCommand : command === 'generate' ? generateCommand : undefined;
		if (run) {
			io.out(`${JSON.stringify(run(args), null, 2)}\n`);
			return 0;
		}
		throw new UsageError(command ? `unknown command "${command}" (${USAGE})` : USAGE);
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		io.err(`factdeck: ${message}\n`);
		return 2;
	}
}

// Run when started as a program (not when a test imports it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
	process.exitCode = main(process.argv.slice(2));
