// Serves the built app (build/) as any static host would: prerendered pages by their clean URLs,
// 200.html for everything else (decks that exist only on one device), long caching for hashed files.
// Usage: node scripts/serve.js [--port N]   (default: $PORT or 4173; always 127.0.0.1)
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

const flag = process.argv.indexOf('--port');
const port = Number(flag > -1 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));
const host = '127.0.0.1';

if (!existsSync('build/index.html')) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}

const assets = sirv('build', {
	single: '200.html',
	extensions: ['html'],
	etag: true,
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		else res.setHeader('Cache-Control', 'no-cache');
	}
});

const server = createServer((req, res) => assets(req, res));
server.on('error', (error) => {
	console.error(`Cannot serve on http://${host}:${port}: ${error.message}`);
	process.exit(1);
});
server.listen(port, host, () => console.log(`Factdeck is being served on http://${host}:${port}`));
