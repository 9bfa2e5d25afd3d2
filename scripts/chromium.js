// Finds a Chromium for the browser tests: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own download. Run directly, it stops `npm test` with one line when there is none.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const path of candidates) if (path && existsSync(path)) return path;
	return undefined;
}

async function playwrightChromium() {
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

export async function resolveChromium() {
	return findChromium() ?? (await playwrightChromium());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const path = await resolveChromium();
	if (!path) {
		console.error(
			'No Chromium found for the browser tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.'
		);
		process.exit(1);
	}
}
