// Which Chromium the benchmark drives, and how it is started (see /work/shared/TOOLCHAIN.md).
import { resolveChromium } from '../chromium.js';

/** Flags for every Chromium the benchmark starts: headless, and no calls to the closed network. */
export const CHROMIUM_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// The benchmark serves over HTTPS with a certificate made for the run (bench/certificate.js).
	'--ignore-certificate-errors'
];

/**
 * The phone the route measurements emulate (Lighthouse uses its own mobile emulation).
 * Service workers are blocked so the counts are the page's own first load, not precaching.
 * @type {import('@playwright/test').BrowserContextOptions}
 */
export const PHONE_CONTEXT = {
	viewport: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
	serviceWorkers: 'block'
};

/** A failure the benchmark cannot go on after, reported as one readable message. */
export class BenchError extends Error {}

/**
 * $CHROMIUM_PATH, Debian's Chromium or Playwright's own; a clear error when there is none.
 * @returns {Promise<string>}
 */
export async function requireChromium() {
	const path = await resolveChromium();
	if (!path)
		throw new BenchError(
			'No Chromium found for the benchmark: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.'
		);
	return path;
}

/**
 * Starts Chromium with Playwright. Playwright sets the headless switch itself.
 * @param {string} executablePath
 */
export async function launchPlaywright(executablePath) {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({
		executablePath,
		headless: true,
		// bench.js closes it (after stopping its own work) on Ctrl-C.
		handleSIGINT: false,
		handleSIGTERM: false,
		args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless'))
	});
}
