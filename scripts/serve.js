// Serves build/ on 127.0.0.1. Usage: node scripts/serve.js [--port N]  (default $PORT or 4173)
import { existsSync } from 'node:fs';
import { serveStatic } from './static-server.js';

const flag = process.argv.indexOf('--port');
const port = Number(flag > -1 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));

if (!existsSync('build/index.html')) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}

try {
	const { url } = await serveStatic('build', port);
	console.log(`Factdeck is being served on ${url}`);
} catch (error) {
	console.error(`Cannot serve on port ${port}: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
