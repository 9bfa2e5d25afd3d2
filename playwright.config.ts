import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium.js';
import { budget } from './tests/load';

const port = Number(process.env.E2E_PORT ?? 4179);
// Debian's Chromium when present; otherwise Playwright's own (executablePath undefined).
const executablePath = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	forbidOnly: true,
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	retries: 0,
	// Limits for a quiet machine, stretched by the load when the run starts (tests/load.ts).
	timeout: budget(60_000),
	expect: { timeout: budget(10_000) },
	// The reasons for failures come last, where CI's log keeps them (tests/e2e/failure-summary.ts).
	reporter: [
		['list'],
		...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
		['./tests/e2e/failure-summary.ts']
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// A fresh server of build/ for every run, as a static host would serve it.
		command: `node scripts/serve.js --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
