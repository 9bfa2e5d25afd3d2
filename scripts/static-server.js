// A static host for the built app, as any CDN would serve it: prerendered pages by clean URL,
// 200.html for the rest (decks that exist only on one device), long caching for hashed files.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * @param {string} dir folder holding the build
 * @param {number} port 0 picks a free port
 * @param {{ host?: string, live?: boolean }} [options] live: re-read files on every request
 *   (tests that publish a new release into the folder); otherwise file stats are cached at start
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, port, { host = '127.0.0.1', live = false } = {}) {
	const assets = sirv(dir, {
		single: '200.html',
		extensions: ['html'],
		etag: true,
		// adapter-static writes .br and .gz beside every file (precompress), as a CDN would serve.
		gzip: true,
		brotli: true,
		dev: live,
		setHeaders(res, pathname) {
			if (pathname.startsWith('/_app/immutable/'))
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			else res.setHeader('Cache-Control', 'no-cache');
		}
	});
	const server = createServer((req, res) => assets(req, res));
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `http://${host}:${actual}`,
				close: () => new Promise((done) => server.close(() => done(undefined)))
			});
		});
	});
}
