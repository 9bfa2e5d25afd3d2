// What the service worker precaches on install: the manifest in build/sw.js, sized from build/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSize } from './resources.js';

/**
 * @typedef {object} PrecacheEntry
 * @property {string} url as listed in the manifest
 * @property {string | null} file the file in build/ it stands for, null when none was found
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * @typedef {object} PrecacheSummary
 * @property {number} entries
 * @property {number} raw
 * @property {number} gzip
 * @property {Record<string, { entries: number, raw: number, gzip: number }>} byType by extension
 * @property {string[]} missing manifest URLs with no file in build/
 * @property {PrecacheEntry[]} files
 */

/**
 * The manifest URLs in a Workbox service worker: entries `{url:"…",revision:…}`.
 * @param {string} source the text of sw.js
 * @returns {string[]}
 */
export function precacheUrls(source) {
	const entry = /\{\s*"?url"?\s*:\s*(["'])(.*?)\1\s*,\s*"?revision"?\s*:/g;
	return [...source.matchAll(entry)].map((match) => match[2]);
}

/**
 * The file in buildDir a precached URL is served from (clean URLs: 'settings' is settings.html).
 * @param {string} buildDir
 * @param {string} url
 */
function fileFor(buildDir, url) {
	const path = decodeURIComponent(url.replace(/[?#].*$/, '').replace(/^\/+/, ''));
	const candidates =
		path === '' ? ['index.html'] : [path, `${path}.html`, join(path, 'index.html')];
	return candidates.find((candidate) => {
		const full = join(buildDir, candidate);
		return existsSync(full) && statSync(full).isFile();
	});
}

/**
 * @param {string} buildDir
 * @returns {PrecacheSummary}
 */
export function measurePrecache(buildDir) {
	const swPath = join(buildDir, 'sw.js');
	if (!existsSync(swPath)) throw new Error(`${swPath} does not exist`);
	const urls = precacheUrls(readFileSync(swPath, 'utf8'));
	if (urls.length === 0)
		throw new Error(`no precache manifest ({url, revision} entries) in ${swPath}`);

	/** @type {PrecacheSummary} */
	const summary = { entries: urls.length, raw: 0, gzip: 0, byType: {}, missing: [], files: [] };
	for (const url of urls) {
		const file = fileFor(buildDir, url);
		if (!file) {
			summary.missing.push(url);
			summary.files.push({ url, file: null, raw: 0, gzip: 0 });
			continue;
		}
		const body = readFileSync(join(buildDir, file));
		const entry = { url, file, raw: body.length, gzip: gzipSize(body) };
		summary.files.push(entry);
		summary.raw += entry.raw;
		summary.gzip += entry.gzip;
		const type = extname(file).slice(1) || 'other';
		const bucket = (summary.byType[type] ??= { entries: 0, raw: 0, gzip: 0 });
		bucket.entries++;
		bucket.raw += entry.raw;
		bucket.gzip += entry.gzip;
	}
	summary.files.sort((a, b) => b.gzip - a.gzip);
	return summary;
}
