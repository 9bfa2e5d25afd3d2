/**
 * Reads a curated deck folder's facts file. Used at build time (the Vite plugin) and by the CLI,
 * never in the browser: a broken facts file fails the build with file, line, field and reason.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { shorten } from '../format/shorten.ts';
import { formatPath, parseDeck } from './parse.ts';
import type { Deck } from './deck-schema.ts';

export class DeckFileError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		// Each message may quote the file (a value valibot received): shortened, as backups' are.
		// The yaml library repeats a message for each level of `{{{{`: each is listed once.
		const short = [...new Set(problems.map((problem) => shorten(problem)))];
		super(short.join('\n'));
		this.problems = short;
		this.name = 'DeckFileError';
	}
}

/** Where the file's first alias (`*name`) starts, or 0. */
function firstAliasAt(doc: Document): number {
	let at = 0;
	visit(doc, {
		Alias(_key, node) {
			at = node.range?.[0] ?? 0;
			return visit.BREAK;
		}
	});
	return at;
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
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: 100 });
	} catch (error) {
		// The yaml library throws here, not in doc.errors, for an alias with no anchor, an alias
		// bomb ("billion laughs", past maxAliasCount) and a `<<` merge of a non-map: all aliases.
		const { line, col } = lineCounter.linePos(firstAliasAt(doc));
		const reason = error instanceof Error ? error.message : String(error);
		throw new DeckFileError([`${file}:${line}:${col}: ${reason.split('\n')[0]}`]);
	}
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
