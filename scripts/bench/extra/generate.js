// The question generator in Chromium: how long generateDeck takes for the curated deck's article
// (about 1,000 words; goal ≤ 300 ms) and for a 10,000-word text (goal ≤ 3 s), and how big the
// generator is once bundled (compromise included: it is what the /create page's worker loads).
//
// The app has no page that exposes the generator by itself, so this builds src/lib/generate/
// generate.ts as one ES module with Vite's library mode, serves it through page.route on a blank
// page of the app's origin, imports it there and times it: after the warm-up the worker does as
// it starts (how the app runs it: the article arrives a second later), the same with no pause,
// on a cold page without it, and warm.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const WARM_RUNS = 5;
const FRESH_PAGES = 3;
const BIG_WORDS = 10_000;
/**
 * How long after the worker starts the first article arrives. /create starts the worker as it
 * opens; pasting an article and pressing "Make questions" takes longer than this. In that time
 * V8 finishes compiling, on its background threads, the code the warm-up made hot: the article
 * that arrives with no pause at all is timed too.
 */
const PASTE_MS = 1000;

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** @param {number} n */
const round = (n) => Math.round(n * 10) / 10;

/** @param {string} text */
const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * About 10,000 words of varied prose: the three test articles again and again, with every year
 * shifted on each pass so that no two copies are the same text.
 */
function bigText() {
	const dir = join(root, 'tests', 'fixtures');
	const articles = readdirSync(dir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => readFileSync(join(dir, name), 'utf8'));
	const parts = [];
	for (let pass = 0; countWords(parts.join('\n\n')) < BIG_WORDS; pass++) {
		const article = articles[pass % articles.length];
		parts.push(article.replace(/\b(1[5-9]|20)(\d\d)\b/g, (year) => String(Number(year) - pass)));
	}
	return parts.join('\n\n');
}

/** Bundles the generator (and compromise) into one minified ES module. */
async function bundleGenerator() {
	const outDir = mkdtempSync(join(tmpdir(), 'factdeck-generate-'));
	try {
		await build({
			configFile: false,
			root,
			logLevel: 'silent',
			build: {
				outDir,
				emptyOutDir: true,
				minify: true,
				lib: {
					entry: join(root, 'src', 'lib', 'generate', 'generate.ts'),
					formats: ['es'],
					fileName: () => 'generate.js'
				}
			}
		});
		return readFileSync(join(outDir, 'generate.js'));
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

/**
 * What runs in the page: imports the bundle, optionally warms it up as the worker does, then times
 * generateDeck on each text in turn.
 * @param {{ url: string, warmUp: boolean, pauseMs: number, texts: string[] }} args
 */
async function timeInPage({ url, warmUp, pauseMs, texts }) {
	const generator = /** @type {typeof import('../../../src/lib/generate/generate.ts')} */ (
		await import(url)
	);
	const t0 = performance.now();
	if (warmUp) generator.warmUp();
	const warmUpMs = performance.now() - t0;
	if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
	const runs = texts.map((text) => {
		const started = performance.now();
		const { stats } = generator.generateDeck(text);
		return { ms: performance.now() - started, words: stats.words };
	});
	return { warmUpMs, runs };
}

/** @type {import('../types.js').ExtraRun} */
export async function run({ browser, baseURL, contextOptions }) {
	const bundle = await bundleGenerator();
	const seedArticle = readFileSync(
		join(root, 'questions', 'ukraine-security-guarantees', 'article.txt'),
		'utf8'
	);
	const big = bigText();
	const context = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
	try {
		const url = `${baseURL}/__bench/generate.js`;
		await context.route(url, (route) =>
			route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle })
		);
		/**
		 * Times the texts on a fresh blank page of the app's origin (a plain file of the build, so
		 * the import is same-origin and nothing is compiled yet).
		 * @param {boolean} warmUp
		 * @param {string[]} texts
		 * @param {number} pauseMs between the warm-up and the first text
		 */
		const measure = async (warmUp, texts, pauseMs = warmUp ? PASTE_MS : 0) => {
			const page = await context.newPage();
			try {
				await page.goto(`${baseURL}/manifest.webmanifest`);
				return await page.evaluate(timeInPage, { url, warmUp, pauseMs, texts });
			} finally {
				await page.close();
			}
		};
		// A cold page, then the same article again and again.
		const cold = await measure(false, Array(1 + WARM_RUNS).fill(seedArticle));
		// As the app runs it: the worker warms up as it starts, then gets the article (on fresh
		// pages: the median of a few, as one first run varies a lot).
		const workers = [];
		for (let i = 0; i < FRESH_PAGES; i++) workers.push(await measure(true, [seedArticle]));
		const worker = {
			ms: median(workers.map((w) => w.runs[0].ms)),
			warmUpMs: median(workers.map((w) => w.warmUpMs))
		};
		const hurried = [];
		for (let i = 0; i < FRESH_PAGES; i++) hurried.push(await measure(true, [seedArticle], 0));
		const bigRuns = await measure(true, [big, big]);
		const seedWords = cold.runs[0].words;
		const bigWords = bigRuns.runs[0].words;
		return {
			name: 'Question generator in Chromium (generateDeck, compromise included)',
			rows: [
				{
					metric: `seed article (${seedWords} words), ${PASTE_MS / 1000} s after the worker’s warm-up, median of ${FRESH_PAGES} fresh pages`,
					value: round(worker.ms),
					unit: 'ms',
					goal: '≤ 300'
				},
				{
					metric: 'seed article, at once after the warm-up (no time to paste)',
					value: round(median(hurried.map((w) => w.runs[0].ms))),
					unit: 'ms'
				},
				{
					metric: 'seed article, first run on a cold page (no warm-up)',
					value: round(cold.runs[0].ms),
					unit: 'ms'
				},
				{
					metric: `seed article, warm, median of ${WARM_RUNS}`,
					value: round(median(cold.runs.slice(1).map((r) => r.ms))),
					unit: 'ms',
					goal: '≤ 300'
				},
				{
					metric: `${bigWords.toLocaleString('en')}-word text, after the worker’s warm-up`,
					value: round(bigRuns.runs[0].ms),
					unit: 'ms',
					goal: '≤ 3000'
				},
				{
					metric: `${bigWords.toLocaleString('en')}-word text, second run`,
					value: round(bigRuns.runs[1].ms),
					unit: 'ms',
					goal: '≤ 3000'
				},
				{
					metric: 'warm-up as the worker starts (before any text arrives)',
					value: round(worker.warmUpMs),
					unit: 'ms'
				},
				{
					metric: 'generator bundle, compromise included (gzip -9)',
					value: round(gzipSync(bundle, { level: 9 }).length / 1024),
					unit: 'KB'
				},
				{
					metric: 'generator bundle (minified)',
					value: round(bundle.length / 1024),
					unit: 'KB'
				}
			]
		};
	} finally {
		await context.close();
	}
}
