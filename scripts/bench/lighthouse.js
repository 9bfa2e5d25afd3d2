// Lighthouse 12, mobile preset (default config: phone emulation, simulated slow 4G and CPU),
// each run in its own fresh Chromium so no cache or service worker carries over.
import { launch } from 'chrome-launcher';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { lighthouseCategories } from './budgets.js';
import { CHROMIUM_FLAGS } from './browser.js';

/** @typedef {import('./budgets.js').LighthouseCategory} LighthouseCategory */
/** @typedef {Record<LighthouseCategory, number | null>} Scores 0–100, null when not scored */

/** Lab metrics kept from each run (Lighthouse audit ids). */
const METRICS = /** @type {const} */ ([
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index'
]);

/** @typedef {Record<(typeof METRICS)[number], number | null>} Metrics ms, CLS unitless */

/**
 * @param {(id: (typeof METRICS)[number]) => number | null} value
 * @returns {Metrics}
 */
const metricsOf = (value) =>
	/** @type {Metrics} */ (Object.fromEntries(METRICS.map((id) => [id, value(id)])));

/**
 * An audit that did not pass, with what Lighthouse says about it.
 * @typedef {object} AuditMiss
 * @property {string} id
 * @property {LighthouseCategory} category
 * @property {string} title
 * @property {number | null} score
 * @property {string} [displayValue]
 * @property {string[]} items a few of the failing elements or messages
 * @property {number} runs in how many runs it did not pass
 */

/**
 * @typedef {object} RunResult
 * @property {Scores} scores
 * @property {Metrics} metrics
 * @property {AuditMiss[]} misses
 * @property {string[]} warnings
 * @property {{ id: string, message: string }[]} erroredAudits audits that could not be computed
 * @property {number | null} benchmarkIndex Lighthouse's measure of the host CPU (higher is faster)
 * @property {string} [error]
 * @property {number} ms
 */

/**
 * @typedef {object} LighthouseSummary
 * @property {Scores} median
 * @property {Metrics} medianMetrics
 * @property {RunResult[]} runs
 * @property {AuditMiss[]} misses audits failing in any run, merged
 * @property {string[]} warnings
 * @property {{ id: string, message: string, runs: number }[]} erroredAudits merged over the runs
 * @property {number | null} benchmarkIndex median
 * @property {string} [lighthouseVersion]
 * @property {string} [userAgent]
 */

/** How to stop each Lighthouse run in progress. */
/** @type {Set<() => Promise<void>>} */
const running = new Set();

/** @param {number[]} values */
export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A short text for one row of an audit's details table.
 * @param {unknown} item
 * @returns {string}
 */
function describeItem(item) {
	if (!item || typeof item !== 'object') return String(item);
	const row = /** @type {Record<string, unknown>} */ (item);
	const node = /** @type {{ snippet?: string, nodeLabel?: string } | undefined} */ (row.node);
	const source = /** @type {{ url?: string } | undefined} */ (row.source);
	const text =
		(typeof row.description === 'string' && row.description) ||
		(node && (node.snippet ?? node.nodeLabel)) ||
		(typeof row.url === 'string' && row.url) ||
		(source?.url ?? '') ||
		JSON.stringify(row);
	return text
		.replace(/^https?:\/\/(127\.0\.0\.1|localhost):\d+/, '')
		.replace(/\s+/g, ' ')
		.slice(0, 200);
}

/**
 * The audits of the measured categories that did not pass: every scored accessibility and
 * best-practices audit below 1, and performance metrics and diagnostics that Lighthouse's report
 * shows in orange or red (score below 0.9).
 * @param {import('lighthouse').Result} lhr
 * @returns {AuditMiss[]}
 */
function failingAudits(lhr) {
	/** @type {AuditMiss[]} */
	const misses = [];
	for (const category of lighthouseCategories) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.group === 'hidden' || audit.score === null) continue;
			if (['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
			if (audit.score >= (category === 'performance' ? 0.9 : 1)) continue;
			if (category !== 'performance' && ref.weight === 0) continue;
			// Tables of offending elements and files help; debug data does not.
			const details = /** @type {{ type?: string, items?: unknown[] } | undefined} */ (
				audit.details
			);
			const items = details?.type === 'debugdata' ? [] : (details?.items ?? []);
			misses.push({
				id: ref.id,
				category,
				title: audit.title,
				score: audit.score,
				displayValue: audit.displayValue,
				items: items.slice(0, 3).map(describeItem),
				runs: 1
			});
		}
	}
	return misses;
}

/**
 * Audits Lighthouse could not compute (their scores are missing, not failed).
 * @param {import('lighthouse').Result} lhr
 * @returns {{ id: string, message: string }[]}
 */
function erroredAudits(lhr) {
	return Object.values(lhr.audits)
		.filter((audit) => audit.scoreDisplayMode === 'error')
		.map((audit) => ({ id: audit.id, message: audit.errorMessage ?? 'error' }));
}

/** Set by stopLighthouse(): no new run starts. */
let stopped = false;

/** Stops the Lighthouse runs in progress and their Chromiums, and starts no more (for Ctrl-C). */
export async function stopLighthouse() {
	stopped = true;
	await Promise.all([...running].map((stop) => stop()));
}

/**
 * One Lighthouse run of url in a freshly launched Chromium.
 * @param {string} chromePath
 * @param {string} url
 * @returns {Promise<RunResult & { lhr?: import('lighthouse').Result }>}
 */
export async function lighthouseOnce(chromePath, url) {
	const started = performance.now();
	/** @type {Scores} */
	const scores = { performance: null, accessibility: null, 'best-practices': null };
	const metrics = metricsOf(() => null);
	// Our own profile folder, removed once Chromium has exited (chrome-launcher removes its own
	// while the browser may still be writing to it).
	const userDataDir = mkdtempSync(join(tmpdir(), 'factdeck-bench-lighthouse-'));
	const launching = launch({
		chromePath,
		userDataDir,
		chromeFlags: CHROMIUM_FLAGS,
		logLevel: 'silent',
		// bench.js stops the server and browsers itself on Ctrl-C.
		handleSIGINT: false
	});
	/** @type {Promise<void> | undefined} */
	let stopping;
	// Registered before Chromium is up, so a Ctrl-C during the launch still stops it.
	const stop = () => {
		stopping ??= (async () => {
			const chrome = await launching.catch(() => undefined);
			if (chrome) {
				const closed = once(chrome.process);
				chrome.kill();
				await closed;
			}
			rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
		})();
		return stopping;
	};
	running.add(stop);
	try {
		const chrome = await launching;
		if (stopped) throw new Error('stopped');
		const result = await lighthouse(
			url,
			{ port: chrome.port, logLevel: 'error', onlyCategories: [...lighthouseCategories] },
			{
				extends: 'lighthouse:default',
				settings: { formFactor: 'mobile', throttlingMethod: 'simulate' }
			}
		);
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		for (const category of lighthouseCategories) {
			const score = lhr.categories[category]?.score;
			scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
		}
		for (const id of METRICS) {
			const value = lhr.audits[id]?.numericValue;
			metrics[id] = typeof value === 'number' ? value : null;
		}
		return {
			scores,
			metrics,
			misses: failingAudits(lhr),
			warnings: [...lhr.runWarnings],
			erroredAudits: erroredAudits(lhr),
			benchmarkIndex: lhr.environment.benchmarkIndex,
			error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
			ms: Math.round(performance.now() - started),
			lhr
		};
	} catch (error) {
		return {
			scores,
			metrics,
			misses: [],
			warnings: [],
			erroredAudits: [],
			benchmarkIndex: null,
			error: error instanceof Error ? error.message : String(error),
			ms: Math.round(performance.now() - started)
		};
	} finally {
		await stop();
		running.delete(stop);
	}
}

/**
 * Resolves when a child process has exited (at once if it already has).
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
function once(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
}

/**
 * The runs of one route, put together: the median of each score and metric, and what the runs
 * reported, merged.
 * @param {RunResult[]} results
 * @param {{ lighthouseVersion?: string, userAgent?: string }} about the Lighthouse and browser that ran them
 * @returns {LighthouseSummary}
 */
export function summarizeRuns(results, { lighthouseVersion, userAgent }) {
	/** @type {Map<string, AuditMiss>} */
	const misses = new Map();
	/** @type {Set<string>} */
	const warnings = new Set();
	/** @type {Map<string, { id: string, message: string, runs: number }>} */
	const errored = new Map();
	for (const run of results) {
		for (const miss of run.misses) {
			const seen = misses.get(miss.id);
			if (seen) seen.runs++;
			else misses.set(miss.id, { ...miss });
		}
		for (const warning of run.warnings) warnings.add(warning);
		for (const audit of run.erroredAudits) {
			const seen = errored.get(audit.id);
			if (seen) seen.runs++;
			else errored.set(audit.id, { ...audit, runs: 1 });
		}
	}
	/** @type {Scores} */
	const medianScores = { performance: null, accessibility: null, 'best-practices': null };
	for (const category of lighthouseCategories) {
		const values = results.map((run) => run.scores[category]).filter((v) => v !== null);
		const value = median(values);
		medianScores[category] = value === null ? null : Math.round(value);
	}
	const medianMetrics = metricsOf((id) =>
		median(results.map((run) => run.metrics[id]).filter((v) => v !== null))
	);
	return {
		median: medianScores,
		medianMetrics,
		runs: results,
		misses: [...misses.values()],
		warnings: [...warnings],
		erroredAudits: [...errored.values()],
		benchmarkIndex: median(
			results.map((run) => run.benchmarkIndex).filter((value) => value !== null)
		),
		lighthouseVersion,
		userAgent
	};
}

/**
 * `runs` Lighthouse runs of each url, taken in rounds: the first run of every url, then the
 * second of every url, and so on. A host's slow spell (on a shared machine it can last minutes)
 * then lands on one run of several routes, which their medians absorb, rather than on every run
 * of one route.
 * @param {string} chromePath
 * @param {string[]} urls
 * @param {number} runs
 * @param {(position: number, run: RunResult, index: number) => void} [onRun] position in urls, and the round
 * @returns {Promise<LighthouseSummary[]>} one per url, in order
 */
export async function lighthouseRounds(chromePath, urls, runs, onRun) {
	/** @type {RunResult[][]} */
	const perUrl = urls.map(() => []);
	/** @type {{ lighthouseVersion?: string, userAgent?: string }} */
	const about = {};
	for (let index = 0; index < runs && !stopped; index++) {
		for (const [position, url] of urls.entries()) {
			if (stopped) break;
			const { lhr, ...run } = await lighthouseOnce(chromePath, url);
			about.lighthouseVersion ??= lhr?.lighthouseVersion;
			about.userAgent ??= lhr?.environment.hostUserAgent;
			perUrl[position].push(run);
			onRun?.(position, run, index);
		}
	}
	return perUrl.map((results) => summarizeRuns(results, about));
}
