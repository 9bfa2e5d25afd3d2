// Turns the benchmark's results into Markdown tables and a list of budget misses.
import { KB, lighthouseBudgets, lighthouseCategories } from './budgets.js';
import { meetsGoal } from './extras.js';

/**
 * @typedef {object} RouteOutcome
 * @property {import('./types.js').Route} route
 * @property {import('./resources.js').RouteResources} [resources]
 * @property {string} [resourcesError]
 * @property {import('./lighthouse.js').LighthouseSummary} [lighthouse]
 */

/**
 * @typedef {object} Results
 * @property {string} timestamp
 * @property {{ path: string, version: string }} chromium
 * @property {{ version: string, runs: number, preset: string }} lighthouse
 * @property {{ cores: number, loadAverage: number }} host load average (1 min) at the start
 * @property {string} protocol how build/ was served
 * @property {RouteOutcome[]} routes
 * @property {import('./precache.js').PrecacheSummary | { error: string }} [precache]
 * @property {import('./extras.js').ExtraOutcome[]} extras
 */

const PASS = '✓';
const MISS = '✗';

/** @param {number} bytes */
export const kb = (bytes) => (bytes / KB).toFixed(1);

/** @param {unknown} value */
const cell = (value) =>
	String(value ?? '')
		.replace(/\|/g, '\\|')
		.replace(/\s*\n\s*/g, ' ');

/**
 * A Markdown table, padded so it also reads well as plain text.
 * @param {string[]} headers
 * @param {unknown[][]} rows
 * @param {number[]} [right] indexes of the right-aligned (numeric) columns
 */
export function table(headers, rows, right = []) {
	const all = [headers, ...rows.map((row) => row.map(cell))];
	const widths = headers.map((_, column) => Math.max(3, ...all.map((row) => row[column].length)));
	/** @param {string[]} row */
	const line = (row) =>
		`| ${row
			.map((text, column) =>
				right.includes(column) ? text.padStart(widths[column]) : text.padEnd(widths[column])
			)
			.join(' | ')} |`;
	const rule = `| ${widths
		.map((width, column) =>
			right.includes(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)
		)
		.join(' | ')} |`;
	return [line(headers), rule, ...all.slice(1).map(line)].join('\n');
}

/** @param {string} label */
const shortLabel = (label) =>
	label === 'performance' ? 'perf' : label === 'accessibility' ? 'a11y' : 'best practices';

/**
 * Every budget the results miss, one readable line each.
 * @param {Results} results
 * @returns {string[]}
 */
export function budgetMisses(results) {
	/** @type {string[]} */
	const misses = [];
	for (const { route, resources, resourcesError, lighthouse } of results.routes) {
		const budget = route.budget ?? {};
		if (resourcesError)
			misses.push(`${route.name}: page could not be measured (${resourcesError})`);
		if (resources) {
			if (resources.status >= 400) misses.push(`${route.name}: page answered ${resources.status}`);
			if (budget.jsGzipKB !== undefined && resources.js.gzip > budget.jsGzipKB * KB)
				misses.push(`${route.name}: JS gzip ${kb(resources.js.gzip)} KB > ${budget.jsGzipKB} KB`);
			if (budget.cssGzipKB !== undefined && resources.css.gzip > budget.cssGzipKB * KB)
				misses.push(
					`${route.name}: CSS gzip ${kb(resources.css.gzip)} KB > ${budget.cssGzipKB} KB`
				);
			if (budget.requests !== undefined && resources.requests > budget.requests)
				misses.push(`${route.name}: ${resources.requests} requests > ${budget.requests}`);
		}
		if (lighthouse) {
			for (const category of lighthouseCategories) {
				const score = lighthouse.median[category];
				const floor = lighthouseBudgets[category];
				if (score === null) misses.push(`${route.name}: no ${shortLabel(category)} score`);
				else if (score < floor)
					misses.push(
						`${route.name}: ${shortLabel(category)} ${score} ${floor === 100 ? '≠' : '<'} ${floor}`
					);
			}
		}
	}
	for (const extra of results.extras) {
		if (extra.error) misses.push(`${extra.name}: failed (${extra.error.split('\n')[0]})`);
		for (const row of extra.rows)
			if (meetsGoal(row.value, row.goal) === false)
				misses.push(`${extra.name}: ${row.metric} ${row.value} ${row.unit} misses ${row.goal}`);
	}
	return misses;
}

/**
 * @param {number} bytes
 * @param {number | undefined} budgetKB
 */
function sizeCell(bytes, budgetKB) {
	if (budgetKB === undefined) return kb(bytes);
	return `${kb(bytes)} ${bytes <= budgetKB * KB ? PASS : MISS}`;
}

/**
 * @param {number | null | undefined} score
 * @param {number} floor
 */
function scoreCell(score, floor) {
	if (score === undefined) return '–';
	if (score === null) return `err ${MISS}`;
	return `${score} ${score >= floor ? PASS : MISS}`;
}

/**
 * @param {number | null} value
 * @param {'ms' | 'cls'} unit
 */
function metricCell(value, unit) {
	if (value === null) return '–';
	return unit === 'cls' ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`;
}

/**
 * The whole report as Markdown.
 * @param {Results} results
 * @param {string[]} misses
 */
export function renderMarkdown(results, misses) {
	/** @type {string[]} */
	const out = [];
	const runs = results.lighthouse.runs;
	out.push(`# Factdeck benchmark, ${results.timestamp}`);
	out.push('');
	out.push(
		`Chromium ${results.chromium.version} · Lighthouse ${results.lighthouse.version} ` +
			(runs > 0
				? `(${results.lighthouse.preset}, median of ${runs} run${runs === 1 ? '' : 's'})`
				: '(not run)') +
			` · Node ${process.version} · load average ${results.host.loadAverage.toFixed(1)} on ${results.host.cores} cores at start`
	);
	out.push('', `Served over ${results.protocol}.`);
	if (results.host.loadAverage > results.host.cores)
		out.push(
			'',
			'> The machine was busy when the benchmark started: timings (and Lighthouse TBT) may be worse than usual.'
		);

	if (results.routes.length > 0) {
		out.push('', '## Routes', '');
		out.push(
			table(
				[
					'route',
					'JS raw',
					'JS gzip',
					'CSS raw',
					'CSS gzip',
					'requests',
					'perf',
					'a11y',
					'best practices'
				],
				results.routes.map(({ route, resources: r, lighthouse: lh }) => [
					route.path === '/' ? `${route.name} (/)` : `${route.name} (${route.path})`,
					r ? kb(r.js.raw) : 'error',
					r ? sizeCell(r.js.gzip, route.budget?.jsGzipKB) : 'error',
					r ? kb(r.css.raw) : 'error',
					r ? sizeCell(r.css.gzip, route.budget?.cssGzipKB) : 'error',
					r
						? route.budget?.requests === undefined
							? r.requests
							: `${r.requests} ${r.requests <= route.budget.requests ? PASS : MISS}`
						: 'error',
					...lighthouseCategories.map((category) =>
						scoreCell(lh?.median[category], lighthouseBudgets[category])
					)
				]),
				[1, 2, 3, 4, 5, 6, 7, 8]
			)
		);
		out.push('');
		out.push(
			'Sizes in KB (1 KB = 1024 bytes) of decoded bodies; gzip = gzip -9 of each body (server ' +
				'compression does not matter). First load in a fresh 360×740 phone context (DPR 2, touch), ' +
				'cold cache, waited for network idle; service workers blocked, so requests are the ' +
				"page's own (no precaching)."
		);
		const byteBudgets = results.routes
			.filter(({ route }) => route.budget?.jsGzipKB !== undefined)
			.map(({ route }) => `${route.name} JS gzip ≤ ${route.budget?.jsGzipKB} KB`);
		out.push(
			`Budgets: ${[
				...byteBudgets,
				`perf ≥ ${lighthouseBudgets.performance}`,
				`a11y = ${lighthouseBudgets.accessibility}`,
				`best practices = ${lighthouseBudgets['best-practices']} on every route`
			].join('; ')}.`
		);

		const withLighthouse = results.routes.filter((outcome) => outcome.lighthouse);
		if (withLighthouse.length > 0) {
			out.push('', '## Lighthouse lab metrics (median, simulated slow 4G)', '');
			out.push(
				table(
					['route', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'CPU index', 'run times'],
					withLighthouse.map(({ route, lighthouse: lh }) => {
						const m = /** @type {import('./lighthouse.js').LighthouseSummary} */ (lh).medianMetrics;
						return [
							route.name,
							metricCell(m['first-contentful-paint'], 'ms'),
							metricCell(m['largest-contentful-paint'], 'ms'),
							m['total-blocking-time'] === null
								? '–'
								: `${Math.round(m['total-blocking-time'])} ms`,
							metricCell(m['cumulative-layout-shift'], 'cls'),
							metricCell(m['speed-index'], 'ms'),
							lh?.benchmarkIndex === null || lh?.benchmarkIndex === undefined
								? '–'
								: Math.round(lh.benchmarkIndex),
							lh?.runs.map((run) => `${(run.ms / 1000).toFixed(0)} s`).join(', ')
						];
					}),
					[1, 2, 3, 4, 5, 6]
				)
			);
			out.push(
				'',
				"CPU index: Lighthouse's benchmarkIndex of the host (higher is faster); simulated " +
					'timings scale with it, so compare runs made on similar machines.'
			);

			const audits = withLighthouse.flatMap(({ route, lighthouse: lh }) =>
				(lh?.misses ?? []).map((miss) => [
					route.name,
					shortLabel(miss.category),
					`${miss.title} (${miss.id})`,
					`${miss.runs}/${lh?.runs.length}`,
					[miss.displayValue, ...miss.items].filter(Boolean).join('; ')
				])
			);
			out.push('', '## Lighthouse audits not passing', '');
			out.push(
				audits.length > 0
					? table(['route', 'category', 'audit', 'runs', 'details'], audits, [3])
					: 'None: every scored audit passes (performance metrics scoring ≥ 0.9 are not listed).'
			);
			const problems = withLighthouse.flatMap(({ route, lighthouse: lh }) => [
				...(lh?.warnings ?? []).map((warning) => `${route.name}: warning: ${warning}`),
				...(lh?.runs ?? [])
					.filter((run) => run.error)
					.map((run) => `${route.name}: run failed: ${run.error}`)
			]);
			if (problems.length > 0) out.push('', ...problems.map((problem) => `- ${problem}`));

			// Grouped by root cause: one failing gatherer usually takes several audits with it.
			/** @type {Map<string, { audits: Set<string>, routes: Set<string> }>} */
			const causes = new Map();
			for (const { route, lighthouse: lh } of withLighthouse)
				for (const audit of lh?.erroredAudits ?? []) {
					const cause = audit.message.split(/exception: |error: /).pop() ?? audit.message;
					const entry = causes.get(cause) ?? { audits: new Set(), routes: new Set() };
					entry.audits.add(audit.id);
					entry.routes.add(route.name);
					causes.set(cause, entry);
				}
			if (causes.size > 0) {
				out.push('', '## Lighthouse audits that could not run (no score, not counted)', '');
				out.push(
					table(
						['error', 'audits', 'routes'],
						[...causes].map(([cause, { audits, routes }]) => [
							cause.length > 120 ? `${cause.slice(0, 117)}...` : cause,
							[...audits].join(', '),
							[...routes].join(', ')
						])
					)
				);
			}
		}

		out.push('', '## Files loaded (JS and CSS, first load)', '');
		out.push(
			table(
				['route', 'file', 'type', 'raw KB', 'gzip KB'],
				results.routes.flatMap(({ route, resources }) =>
					(resources?.files ?? [])
						.filter((file) => file.kind === 'js' || file.kind === 'css')
						.map((file) => [route.name, file.url, file.kind, kb(file.raw), kb(file.gzip)])
				),
				[3, 4]
			)
		);
		const notes = results.routes.flatMap(({ route, resources, resourcesError }) => [
			...(resourcesError ? [`${route.name}: could not be measured: ${resourcesError}`] : []),
			...(resources?.failed ?? []).map((failure) => `${route.name}: request failed: ${failure}`),
			...(resources?.pageErrors ?? []).map((error) => `${route.name}: page error: ${error}`)
		]);
		if (notes.length > 0) out.push('', ...notes.map((note) => `- ${cell(note)}`));
	}

	if (results.precache) {
		out.push('', '## Precache (build/sw.js)', '');
		if ('error' in results.precache) out.push(`Could not measure: ${results.precache.error}`);
		else {
			const p = results.precache;
			out.push(
				table(
					['type', 'entries', 'raw KB', 'gzip KB'],
					[
						...Object.entries(p.byType)
							.sort(([, a], [, b]) => b.gzip - a.gzip)
							.map(([type, t]) => [type, t.entries, kb(t.raw), kb(t.gzip)]),
						['**total**', `**${p.entries}**`, `**${kb(p.raw)}**`, `**${kb(p.gzip)}**`]
					],
					[1, 2, 3]
				)
			);
			if (p.missing.length > 0) out.push('', `- Listed but not in build/: ${p.missing.join(', ')}`);
		}
	}

	for (const extra of results.extras) {
		out.push('', `## ${extra.name}`, '');
		if (extra.error) out.push(`Failed: ${extra.error.split('\n')[0]}`);
		if (extra.rows.length > 0)
			out.push(
				table(
					['metric', 'value', 'unit', 'goal'],
					extra.rows.map((row) => {
						const met = meetsGoal(row.value, row.goal);
						return [
							row.metric,
							row.value,
							row.unit,
							row.goal === undefined
								? ''
								: `${row.goal}${met === undefined ? '' : ` ${met ? PASS : MISS}`}`
						];
					}),
					[1]
				)
			);
	}

	out.push('');
	out.push(
		misses.length === 0
			? `Budgets: all met ${PASS}`
			: `Budget misses (${misses.length}) ${MISS}: ${misses.join('; ')}`
	);
	return out.join('\n');
}
