/**
 * A private copy of the build on its own server, so a test can publish a "new release" (change
 * files) without disturbing the tests that share the main server.
 */
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/static-server.js';

export interface Release {
	url: string;
	dir: string;
	/** Changes the service worker script, as a new deploy would. */
	publishNewWorker(): Promise<void>;
	close(): Promise<void>;
}

export async function serveOwnRelease(): Promise<Release> {
	const dir = await mkdtemp(join(tmpdir(), 'factdeck-release-'));
	await cp('build', dir, { recursive: true });
	const server = await serveStatic(dir, 0, { live: true });
	let release = 1;
	return {
		url: server.url,
		dir,
		async publishNewWorker() {
			release += 1;
			await appendFile(join(dir, 'sw.js'), `\n// release ${release}\n`);
			// The host would otherwise keep serving the precompressed copies of the old file.
			await rm(join(dir, 'sw.js.br'), { force: true });
			await rm(join(dir, 'sw.js.gz'), { force: true });
		},
		async close() {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		}
	};
}
