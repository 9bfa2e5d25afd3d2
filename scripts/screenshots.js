// Takes the manifest's screenshots (and the README's) from the built app in Chromium.
// Usage: npm run build && node scripts/screenshots.js   (commit the PNGs it writes)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolveChromium } from './chromium.js';
import { serveStatic } from './static-server.js';

const executablePath = await resolveChromium();
if (!executablePath) {
	console.error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
	process.exit(1);
}
mkdirSync('static/screenshots', { recursive: true });
mkdirSync('docs', { recursive: true });

const server = await serveStatic('build', 0);
const browser = await chromium.launch({
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking'
	]
});

// What each screenshot shows: a flashcard on a phone (the app's core), and the teacher's quiz
// builder on a desktop. Override a path with SHOT_NARROW / SHOT_WIDE.
/** @type {{ file: string, path: string, ready: string, viewport: { width: number, height: number }, scale: number, mobile: boolean, scheme: 'light' | 'dark' }[]} */
const shots = [
	{
		file: 'static/screenshots/narrow.png',
		path: process.env.SHOT_NARROW ?? '/study/ukraine-security-guarantees',
		ready: '#card-front',
		viewport: { width: 360, height: 740 },
		scale: 2,
		mobile: true,
		scheme: 'light'
	},
	{
		file: 'static/screenshots/wide.png',
		path: process.env.SHOT_WIDE ?? '/teach',
		ready: 'article.item',
		viewport: { width: 1280, height: 800 },
		scale: 1,
		mobile: false,
		scheme: 'light'
	},
	{
		file: 'docs/screenshot.png',
		path: process.env.SHOT_NARROW ?? '/study/ukraine-security-guarantees',
		ready: '#card-front',
		viewport: { width: 360, height: 740 },
		scale: 2,
		mobile: true,
		scheme: 'dark'
	}
];

try {
	for (const shot of shots) {
		const context = await browser.newContext({
			viewport: shot.viewport,
			deviceScaleFactor: shot.scale,
			isMobile: shot.mobile,
			hasTouch: shot.mobile,
			colorScheme: shot.scheme,
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
		await page.locator(shot.ready).first().waitFor();
		if (process.env.SHOT_SCRIPT) await page.evaluate(process.env.SHOT_SCRIPT);
		await page.screenshot({ path: shot.file });
		console.log(
			`${shot.file}\t${shot.viewport.width * shot.scale}x${shot.viewport.height * shot.scale}`
		);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
