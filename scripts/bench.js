// `npm run bench`: builds the app, serves build/, and measures each route of scripts/bench/routes.js
// on a phone: JS/CSS bytes (raw and gzip -9) and requests of a cold first load (Playwright), and
// the median Lighthouse 12 mobile scores. Adds the precache size from build/sw.js and any extra
// benchmarks in scripts/bench/extra/*.js. Prints Markdown to stdout (progress goes to stderr),
// writes bench/results.json, and exits 0 even when budgets are missed.
//
// Options: --runs N (Lighthouse runs per route, default 3, taken in rounds over the routes;
//                    0 skips Lighthouse)
//          --only <name> (one route of routes.js, or one extra benchmark by file name)
//          --no-build (measure the existing build/)
// Environment: CHROMIUM_PATH (browser), BENCH_PORT (server port; default 4180 or any free one)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchError, PHONE_CONTEXT, launchPlaywright, requireChromium } from './bench/browser.js';
import { makeCertificate } from './bench/certificate.js';
import { listExtras, runExtra } from './bench/extras.js';
import { lighthouseRounds, stopLighthouse } from './bench/lighthouse.js';
import { measurePrecache } from './bench/precache.js';
import { budgetMisses, renderMarkdown } from './bench/report.js';
import { measureRoute } from './bench/resources.js';
import { routes } from './bench/routes.js';
import { pickPort, runQuietly, startServer } from './bench/server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
const resultsFile = join(root, 'bench', 'results.json');
const started = performance.now();

/** @param {string} message */
const progress = (message) =>
	console.error(
		`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`
	);

const USAGE = 'Usage: npm run bench -- [--runs N] [--only <route or extra>] [--no-build]';

function parseOptions() {
	try {
		return parseArgs({
			options: {
				runs: { type: 'string', default: '3' },
				only: { type: 'string' },
				'no-build': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		throw new BenchError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
	}
}

function options() {
	const values = parseOptions();
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 0)
		throw new BenchError(`--runs ${values.runs}: give a whole number ≥ 0.`);
	return { runs, only: values.only, build: !values['no-build'] };
}

/** @param {string[]} args */
function git(args) {
	try {
		return execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return undefined;
	}
}

function lighthouseVersion() {
	const require = createRequire(import.meta.url);
	const pkg = /** @type {{ version: string }} */ (
		JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8'))
	);
	return pkg.version;
}

/** Cleanups to run at the end, on error and on Ctrl-C, newest first. */
/** @type {(() => Promise<void>)[]} */
const cleanups = [];
async function cleanUp() {
	while (cleanups.length > 0) {
		const cleanup = /** @type {() => Promise<void>} */ (cleanups.pop());
		await cleanup().catch((error) => console.error(`cleanup failed: ${error}`));
	}
}
let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.once(signal, () => {
		interrupted = true;
		progress(`${signal}: stopping`);
		// Tools whose browser is being closed under them fail loudly: that is expected now.
		process.on('unhandledRejection', () => {});
		process.on('uncaughtException', () => {});
		void cleanUp().finally(() => process.exit(130));
	});
}

async function main() {
	const { runs, only, build } = options();
	const host = { cores: availableParallelism(), loadAverage: loadavg()[0] };
	const extrasDir = join(root, 'scripts', 'bench', 'extra');
	const allExtras = listExtras(extrasDir);
	const names = routes.map((route) => route.name);
	if (new Set(names).size !== names.length)
		throw new BenchError(
			`Route names in scripts/bench/routes.js must be unique: ${names.join(', ')}`
		);
	if (only && !names.includes(only) && !allExtras.some((extra) => extra.id === only))
		throw new BenchError(
			`--only ${only}: no such route or extra benchmark. Routes: ${names.join(', ')}` +
				(allExtras.length ? `; extras: ${allExtras.map((extra) => extra.id).join(', ')}` : '')
		);
	const selectedRoutes = only ? routes.filter((route) => route.name === only) : routes;
	const selectedExtras = only ? allExtras.filter((extra) => extra.id === only) : allExtras;

	const chromePath = await requireChromium();
	if (build) {
		progress('npm run build');
		await runQuietly('npm', ['run', 'build'], root);
	}
	cleanups.push(stopLighthouse);
	const port = await pickPort();
	// HTTPS over HTTP/2, as a static host serves the app; HTTP/1.1 when no certificate can be made.
	const certificate = makeCertificate();
	const tls = 'error' in certificate ? undefined : certificate;
	if (tls) cleanups.push(async () => tls.remove());
	const protocol =
		'error' in certificate
			? `HTTP/1.1 (no HTTPS: ${certificate.error})`
			: 'HTTPS, HTTP/2 (a certificate made for this run)';
	const server = await startServer(root, port, tls);
	cleanups.push(server.stop);
	progress(`serving build/ on ${server.baseURL} over ${protocol}`);

	const browser = await launchPlaywright(chromePath);
	cleanups.push(() => browser.close());
	const chromiumVersion = browser.version();

	/** @type {import('./bench/report.js').RouteOutcome[]} */
	const outcomes = [];
	for (const route of selectedRoutes) {
		progress(`${route.name}: first load on a phone`);
		try {
			outcomes.push({ route, resources: await measureRoute(browser, server.baseURL, route) });
		} catch (error) {
			outcomes.push({
				route,
				resourcesError: error instanceof Error ? error.message : String(error)
			});
		}
	}

	/** @type {import('./bench/extras.js').ExtraOutcome[]} */
	const extras = [];
	for (const extra of selectedExtras) {
		progress(`extra: ${relative(root, extra.file)}`);
		extras.push(
			await runExtra(extra, { browser, baseURL: server.baseURL, contextOptions: PHONE_CONTEXT })
		);
	}
	// Lighthouse gets both cores to itself.
	await browser.close();

	if (runs > 0) {
		const summaries = await lighthouseRounds(
			chromePath,
			outcomes.map((outcome) => server.baseURL + outcome.route.path),
			runs,
			(position, run, index) => {
				const scores = Object.values(run.scores)
					.map((score) => score ?? 'err')
					.join('/');
				progress(
					`${outcomes[position].route.name}: Lighthouse run ${index + 1}/${runs}: ${scores} in ${(run.ms / 1000).toFixed(1)} s` +
						(run.error ? ` (${run.error})` : '')
				);
			}
		);
		outcomes.forEach((outcome, position) => (outcome.lighthouse = summaries[position]));
	}

	if (interrupted) return;

	/** @type {import('./bench/report.js').Results['precache']} */
	let precache;
	try {
		precache = measurePrecache(buildDir);
	} catch (error) {
		precache = { error: error instanceof Error ? error.message : String(error) };
	}

	/** @type {import('./bench/report.js').Results} */
	const results = {
		timestamp: new Date().toISOString(),
		chromium: { path: chromePath, version: chromiumVersion },
		lighthouse: {
			version: lighthouseVersion(),
			runs,
			preset: 'mobile, simulated throttling'
		},
		host,
		protocol,
		routes: outcomes,
		precache,
		extras
	};
	const misses = budgetMisses(results);
	console.log(renderMarkdown(results, misses));

	const durationMs = Math.round(performance.now() - started);
	mkdirSync(dirname(resultsFile), { recursive: true });
	const json = {
		...results,
		durationMs,
		node: process.version,
		git: {
			commit: git(['rev-parse', 'HEAD']),
			dirty: Boolean(git(['--no-optional-locks', 'status', '--porcelain']))
		},
		baseURL: server.baseURL,
		options: { runs, only: only ?? null, build },
		measurement: {
			context: PHONE_CONTEXT,
			waitUntil: 'networkidle',
			sizes: 'bytes; raw = decoded body, gzip = gzip -9 of the body (node:zlib)',
			serviceWorkers: 'blocked while measuring bytes and requests'
		},
		misses
	};
	writeFileSync(resultsFile, `${JSON.stringify(json, null, '\t')}\n`);
	progress(
		`done in ${(durationMs / 1000).toFixed(0)} s; results in ${relative(root, resultsFile)}`
	);
}

try {
	await main();
} catch (error) {
	console.error(error instanceof BenchError ? `bench: ${error.message}` : error);
	process.exitCode = 1;
} finally {
	await cleanUp();
}
