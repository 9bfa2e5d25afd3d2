/**
 * Reads a curated deck folder's facts file. Used at build time (the Vite plugin) and by the CLI,
 * never in the browser: a broken facts file fails the build with file, line, field and reason.
 */
import { LineCounter, parseDocument } from 'yaml';
import { formatPath, parseDeck } from './parse.ts';
import type { Deck } from './schema.ts';

export class DeckFileError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'DeckFileError';
	}
}

/** Parses facts YAML (plus the article text kept beside it) or throws a `DeckFileError`. */
export function parseDeckYaml(yamlText: string, file: string, article?: string): Deck {
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length) {
		throw new DeckFileError(
			doc.errors.map((error) => {
				const { line, col } = lineCounter.linePos(error.pos[0]);
				return `${file}:${line}:${col}: ${error.message.split('\n')[0]}`;
			})
		);
	}
	const data: unknown = doc.toJS({ maxAliasCount: 100 });
	const input =
		article !== undefined && data !== null && typeof data === 'object'
			? { ...data, article }
			: data;
	const result = parseDeck(input);
	if (result.ok) return result.deck;
	throw new DeckFileError(
		result.problems.map((problem) => {
			// Point at the deepest node of the path that exists in the file.
			let line = 1;
			let col = 1;
			for (let depth = problem.path.length; depth >= 0; depth--) {
				const node: unknown = doc.getIn(problem.path.slice(0, depth), true);
				const range = (node as { range?: [number, number, number] } | undefined)?.range;
				if (range) {
					({ line, col } = lineCounter.linePos(range[0]));
					break;
				}
			}
			const field = formatPath(problem.path) || '(top level)';
			return `${file}:${line}:${col}: ${field} ${problem.message}`;
		})
	);
}
