// A throwaway certificate for 127.0.0.1, so the benchmark can serve the app over HTTPS and HTTP/2
// as static hosts do (a PWA is always served over HTTPS). Lighthouse models request round trips
// by protocol: over HTTP/1.1 it allows six connections, so a page's thirty-odd small modules
// queue up in rounds of 150 ms, which no production host of this app would do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes a self-signed certificate with openssl in a new temporary folder.
 * @returns {{ dir: string, cert: Buffer, remove: () => void } | { error: string }}
 */
export function makeCertificate() {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-bench-tls-'));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	try {
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'rsa:2048',
				'-nodes',
				'-days',
				'2',
				'-subj',
				'/CN=127.0.0.1',
				'-addext',
				'subjectAltName=IP:127.0.0.1',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem')
			],
			{ stdio: 'ignore' }
		);
		return { dir, cert: readFileSync(join(dir, 'cert.pem')), remove };
	} catch (error) {
		remove();
		const missing = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
		return { error: missing ? 'openssl is not installed' : `openssl failed: ${String(error)}` };
	}
}
