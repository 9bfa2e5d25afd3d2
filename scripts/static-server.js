// A static host for the built app, as any CDN would serve it: prerendered pages by clean URL,
// 200.html for the rest (decks that exist only on one device), long caching for hashed files.
// With a certificate it serves HTTPS over HTTP/2, as static hosts serve a PWA in production.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import sirv from 'sirv';

/**
 * @param {string} dir folder holding the build
 * @param {number} port 0 picks a free port
 * @param {{ host?: string, live?: boolean, tls?: { key: Buffer, cert: Buffer } }} [options]
 *   live: re-read files on every request (tests that publish a new release into the folder);
 *   otherwise file stats are cached at start. tls: serve HTTPS (HTTP/2, HTTP/1.1 for old clients)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, port, { host = '127.0.0.1', live = false, tls } = {}) {
	const assets = sirv(dir, {
		single: '200.html',
		extensions: ['html'],
		etag: true,
		// adapter-static writes .br and .gz beside every file (precompress), as a CDN would serve.
		gzip: true,
		brotli: true,
		dev: live,
		setHeaders(res, pathname) {
			// No other site may frame the app (a Reset button under a decoy): see README, Deploying.
			res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
			res.setHeader('X-Frame-Options', 'DENY');
			if (pathname.startsWith('/_app/immutable/'))
				res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			else res.setHeader('Cache-Control', 'no-cache');
		}
	});
	/** @type {import('node:http').RequestListener} */
	const handle = (req, res) => assets(req, res);
	const server = tls
		? createSecureServer({ ...tls, allowHTTP1: true }, /** @type {any} */ (handle))
		: createServer(handle);
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `${tls ? 'https' : 'http'}://${host}:${actual}`,
				close: () => new Promise((done) => server.close(() => done(undefined)))
			});
		});
	});
}
