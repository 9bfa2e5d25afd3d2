// Shared JSDoc types of the benchmark (scripts/bench.js). Nothing runs here.

/**
 * One page to benchmark. Add a row to scripts/bench/routes.js to bench another page.
 * @typedef {object} Route
 * @property {string} path path and query on the served app, e.g. '/quiz/some-deck?seed=7&n=10'
 * @property {string} name short unique name: the table's row label and the value for `--only`
 * @property {RouteBudget} [budget] limits for this route (Lighthouse limits apply to every route)
 */

/**
 * Byte sizes in KB of 1024 bytes, gzip -9 of the decoded bodies.
 * @typedef {object} RouteBudget
 * @property {number} [jsGzipKB] most JavaScript (gzip) the first load may fetch
 * @property {number} [cssGzipKB] most CSS (gzip) the first load may fetch
 * @property {number} [requests] most requests the first load may make
 */

/**
 * What an extra benchmark (a module in scripts/bench/extra/*.js) gets.
 * @typedef {object} ExtraContext
 * @property {import('@playwright/test').Browser} browser a running Chromium (close what you open)
 * @property {string} baseURL where the fresh build is served, e.g. 'http://127.0.0.1:4180'
 * @property {import('@playwright/test').BrowserContextOptions} contextOptions the phone
 *   profile the route measurements use (360×740, DPR 2, touch); pass it to browser.newContext()
 */

/**
 * One measured value of an extra benchmark.
 * @typedef {object} ExtraRow
 * @property {string} metric what was measured, e.g. 'review 20 cards (median)'
 * @property {number | string} value the measurement
 * @property {string} unit e.g. 'ms', 'KB', 'cards'
 * @property {string} [goal] a target such as '≤ 16' or '>= 60': when it starts with a comparison
 *   (<, <=, ≤, >, >=, ≥, =) and a number, the value is checked against it and a miss is reported;
 *   any other text is only shown
 */

/**
 * What an extra benchmark returns.
 * @typedef {object} ExtraResult
 * @property {string} name the section title
 * @property {ExtraRow[]} rows
 */

/**
 * The contract of scripts/bench/extra/*.js: `export async function run(context)`.
 * @typedef {(context: ExtraContext) => Promise<ExtraResult>} ExtraRun
 */

export {};
