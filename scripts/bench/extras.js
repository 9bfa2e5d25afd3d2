// Extra benchmarks: every scripts/bench/extra/*.js exports `async function run({ browser, baseURL,
// contextOptions })` returning `{ name, rows: [{ metric, value, unit, goal? }] }` (see types.js).
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {object} ExtraModule
 * @property {string} id the file name without .js (what `--only` matches)
 * @property {string} file
 */

/**
 * @typedef {object} ExtraOutcome
 * @property {string} id
 * @property {string} name
 * @property {import('./types.js').ExtraRow[]} rows
 * @property {string} [error]
 * @property {number} ms
 */

/**
 * The extra benchmark files, sorted by name.
 * @param {string} dir
 * @returns {ExtraModule[]}
 */
export function listExtras(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.sort()
		.map((name) => ({ id: basename(name, '.js'), file: join(dir, name) }));
}

/**
 * Imports and runs one extra benchmark; a failure becomes an `error`, not a crash.
 * @param {ExtraModule} extra
 * @param {import('./types.js').ExtraContext} context
 * @returns {Promise<ExtraOutcome>}
 */
export async function runExtra(extra, context) {
	const started = performance.now();
	const ms = () => Math.round(performance.now() - started);
	try {
		const module = /** @type {{ run?: unknown }} */ (await import(pathToFileURL(extra.file).href));
		if (typeof module.run !== 'function')
			throw new Error(`${extra.file} does not export \`async function run({ browser, baseURL })\``);
		const run = /** @type {import('./types.js').ExtraRun} */ (module.run);
		const result = await run(context);
		if (!result || typeof result.name !== 'string' || !Array.isArray(result.rows))
			throw new Error('run() must return { name, rows: [{ metric, value, unit, goal? }] }');
		return { id: extra.id, name: result.name, rows: result.rows, ms: ms() };
	} catch (error) {
		return {
			id: extra.id,
			name: extra.id,
			rows: [],
			error: error instanceof Error ? (error.stack ?? error.message) : String(error),
			ms: ms()
		};
	}
}

/**
 * Checks a value against a goal such as '≤ 16 ms' or '>= 60'. Undefined when the goal is only text.
 * @param {number | string} value
 * @param {string | undefined} goal
 * @returns {boolean | undefined}
 */
export function meetsGoal(value, goal) {
	if (goal === undefined) return undefined;
	const match = /^\s*(<=|>=|≤|≥|<|>|==?)\s*(-?\d+(?:\.\d+)?)/.exec(String(goal));
	const number = typeof value === 'number' ? value : Number(value);
	if (!match || !Number.isFinite(number)) return undefined;
	const target = Number(match[2]);
	switch (match[1]) {
		case '<':
			return number < target;
		case '<=':
		case '≤':
			return number <= target;
		case '>':
			return number > target;
		case '>=':
		case '≥':
			return number >= target;
		default:
			return number === target;
	}
}
