/**
 * The Factdeck command line. It calls the same modules the app does.
 *
 *   factdeck deck <deck-id> [--seed N] [--quiz N] [--types a,b]
 *
 * Prints JSON on stdout. Bad input prints one line on stderr and exits 2.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDeckFolder } from '../lib/content/folder.ts';
import type { Deck } from '../lib/content/schema.ts';
import { buildQuestions } from '../lib/questions/engine.ts';
import { toPublicQuestion } from '../lib/questions/export.ts';
import { assembleQuiz, MAX_QUIZ_QUESTIONS } from '../lib/questions/quiz.ts';
import { QUESTION_TYPES, type QuestionType } from '../lib/questions/types.ts';

class UsageError extends Error {}

const USAGE = 'usage: factdeck deck <deck-id> [--seed N] [--quiz N] [--types t1,t2]';
const QUESTIONS_DIR = join(import.meta.dirname, '..', '..', 'questions');

interface Flags {
	seed: number;
	quiz?: number;
	types?: QuestionType[];
}

function parseInteger(flag: string, value: string | undefined, min: number, max: number): number {
	if (value === undefined || !/^-?\d+$/.test(value))
		throw new UsageError(`${flag} needs a whole number`);
	const n = Number(value);
	if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}`);
	return n;
}

function parseFlags(args: string[]): Flags {
	const flags: Flags = { seed: 1 };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--seed') flags.seed = parseInteger('--seed', args[++i], 0, 2 ** 31 - 1);
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

export function deckCommand(args: string[]): unknown {
	const [id, ...rest] = args;
	const flags = parseFlags(rest);
	const deck = loadDeck(id);
	let questions = buildQuestions(deck, flags.seed);
	if (flags.types) questions = questions.filter((q) => flags.types?.includes(q.type));
	if (flags.quiz !== undefined)
		questions = assembleQuiz(questions, { seed: flags.seed, n: flags.quiz, types: flags.types });
	return { deck: deck.id, title: deck.title, questions: questions.map(toPublicQuestion) };
}

function main(argv: string[]): number {
	const [command, ...args] = argv;
	try {
		if (command === 'deck') {
			process.stdout.write(`${JSON.stringify(deckCommand(args), null, 2)}\n`);
			return 0;
		}
		throw new UsageError(command ? `unknown command "${command}" (${USAGE})` : USAGE);
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		process.stderr.write(`factdeck: ${message}\n`);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));
