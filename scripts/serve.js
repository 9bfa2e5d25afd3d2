// Serves build/ on 127.0.0.1.
// Usage: node scripts/serve.js [--port N] [--tls <folder with key.pem and cert.pem>]
// (default port $PORT or 4173; --tls serves HTTPS over HTTP/2 with that certificate)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './static-server.js';

/** @param {string} name */
const option = (name) => {
	const at = process.argv.indexOf(name);
	return at > -1 ? process.argv[at + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.PORT ?? 4173);
const tlsDir = option('--tls');

if (!existsSync('build/index.html')) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}

try {
	const tls = tlsDir
		? { key: readFileSync(join(tlsDir, 'key.pem')), cert: readFileSync(join(tlsDir, 'cert.pem')) }
		: undefined;
	const { url } = await serveStatic('build', port, { tls });
	console.log(`Factdeck is being served on ${url}`);
} catch (error) {
	console.error(`Cannot serve on port ${port}: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
