// What a route's first load fetches on a phone, cold: JS and CSS bytes (raw and gzip -9), requests.
import { gzipSync } from 'node:zlib';
import { PHONE_CONTEXT } from './browser.js';

/** @typedef {'js' | 'css' | 'html' | 'image' | 'font' | 'json' | 'other'} Kind */

/**
 * @typedef {object} FileRecord
 * @property {string} url path (and query) for same-origin files, the full URL otherwise
 * @property {Kind} kind
 * @property {number} status
 * @property {number} raw decoded body bytes
 * @property {number} gzip bytes after gzip -9
 */

/** @typedef {{ raw: number, gzip: number, files: number }} Totals */

/**
 * @typedef {object} RouteResources
 * @property {number} status HTTP status of the page itself
 * @property {Totals} js
 * @property {Totals} css
 * @property {Totals} all every response, whatever its type
 * @property {number} requests requests the page made (service workers blocked)
 * @property {number} serviceWorkerRequests requests made by or answered from a service worker
 * @property {string[]} failed requests that failed or answered 4xx/5xx
 * @property {string[]} pageErrors uncaught errors and console errors on the page
 * @property {FileRecord[]} files
 * @property {number} ms time until the network was idle
 */

/**
 * @param {string} contentType
 * @param {string} resourceType
 * @param {string} pathname
 * @returns {Kind}
 */
function kindOf(contentType, resourceType, pathname) {
	const type = contentType.toLowerCase();
	if (/javascript|ecmascript/.test(type) || /\.m?js$/.test(pathname)) return 'js';
	if (type.includes('text/css') || pathname.endsWith('.css')) return 'css';
	if (type.includes('text/html') || resourceType === 'document') return 'html';
	if (type.startsWith('image/') || resourceType === 'image') return 'image';
	if (type.startsWith('font/') || resourceType === 'font') return 'font';
	if (type.includes('json')) return 'json';
	return 'other';
}

/** @param {Buffer} body */
export function gzipSize(body) {
	return body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
}

/** @returns {Totals} */
const empty = () => ({ raw: 0, gzip: 0, files: 0 });

/**
 * Loads baseURL + route.path in a fresh phone context and records every response.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {import('./types.js').Route} route
 * @returns {Promise<RouteResources>}
 */
export async function measureRoute(browser, baseURL, route) {
	const context = await browser.newContext(PHONE_CONTEXT);
	try {
		const page = await context.newPage();
		const origin = new URL(baseURL).origin;
		/** @param {string} url */
		const short = (url) => {
			const parsed = new URL(url);
			return parsed.origin === origin ? parsed.pathname + parsed.search : url;
		};

		let requests = 0;
		let serviceWorkerRequests = 0;
		/** @type {string[]} */
		const failed = [];
		/** @type {string[]} */
		const pageErrors = [];
		/** @type {Promise<FileRecord | undefined>[]} */
		const pending = [];

		// Context-level events also see requests a service worker makes (none while blocked).
		context.on('request', (request) => {
			if (request.serviceWorker()) serviceWorkerRequests++;
			else requests++;
		});
		context.on('requestfailed', (request) => {
			failed.push(`${short(request.url())} (${request.failure()?.errorText ?? 'failed'})`);
		});
		context.on('response', (response) => {
			const request = response.request();
			if (request.serviceWorker() || response.fromServiceWorker()) return;
			if (response.status() >= 400) failed.push(`${short(response.url())} (${response.status()})`);
			pending.push(
				(async () => {
					// Redirects and aborted loads have no body to count.
					const body = await response.body().catch(() => undefined);
					if (!body) return undefined;
					const url = new URL(response.url());
					return {
						url: short(response.url()),
						kind: kindOf(
							response.headers()['content-type'] ?? '',
							request.resourceType(),
							url.pathname
						),
						status: response.status(),
						raw: body.length,
						gzip: gzipSize(body)
					};
				})()
			);
		});
		page.on('pageerror', (error) => pageErrors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
		});

		const started = performance.now();
		const response = await page.goto(baseURL + route.path, {
			waitUntil: 'networkidle',
			timeout: 60_000
		});
		const ms = Math.round(performance.now() - started);
		const records = /** @type {FileRecord[]} */ ((await Promise.all(pending)).filter(Boolean));

		const js = empty();
		const css = empty();
		const all = empty();
		for (const record of records) {
			for (const totals of [all, record.kind === 'js' ? js : record.kind === 'css' ? css : null]) {
				if (!totals) continue;
				totals.raw += record.raw;
				totals.gzip += record.gzip;
				totals.files++;
			}
		}
		records.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
		return {
			status: response?.status() ?? 0,
			js,
			css,
			all,
			requests,
			serviceWorkerRequests,
			failed,
			pageErrors,
			files: records,
			ms
		};
	} finally {
		await context.close();
	}
}
