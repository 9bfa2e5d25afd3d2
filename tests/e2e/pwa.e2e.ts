/**
 * The app is an installable PWA: its manifest has every field stores and browsers look for,
 * Chrome itself reports it installable, and updates wait for the student's "Reload".
 */
import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installApp, waitForServiceWorker } from './helpers';
import { serveOwnRelease } from './release';

interface ManifestImage {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
	form_factor?: string;
}

test('the manifest parses and has the fields an installable app needs', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	const manifest = (await response.json()) as Record<string, unknown>;
	for (const field of [
		'id',
		'name',
		'short_name',
		'description',
		'start_url',
		'scope',
		'theme_color',
		'background_color'
	])
		expect(manifest[field], field).toEqual(expect.any(String));
	expect(manifest.display).toBe('standalone');

	const icons = manifest.icons as ManifestImage[];
	const icon = (size: string, purpose: string) =>
		icons.find((i) => i.sizes === size && (i.purpose ?? 'any').split(' ').includes(purpose));
	expect(icon('192x192', 'any')).toBeTruthy();
	expect(icon('512x512', 'any')).toBeTruthy();
	expect(icon('512x512', 'maskable')).toBeTruthy();

	const screenshots = manifest.screenshots as ManifestImage[];
	expect(screenshots.some((s) => s.form_factor === 'narrow')).toBe(true);
	expect((manifest.shortcuts as { name: string }[]).map((s) => s.name)).toContain(
		'Review due cards'
	);

	// The tab's icon is a PNG too: Chrome decodes it on the page's main thread, where an SVG
	// would be a whole document to build.
	const favicon = page.locator('link[rel="icon"]');
	await expect(favicon).toHaveCount(1);
	const tabIcon = {
		src: (await favicon.getAttribute('href')) ?? '',
		sizes: (await favicon.getAttribute('sizes')) ?? ''
	};

	// Every image the manifest and the page name exists, is a PNG and has the size it claims.
	for (const image of [...icons, ...screenshots, tabIcon]) {
		const file = await request.get(new URL(image.src, page.url()).href);
		expect(file.ok(), image.src).toBe(true);
		const bytes = await file.body();
		expect(bytes.subarray(1, 4).toString('latin1'), image.src).toBe('PNG');
		const size = `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
		expect(size, image.src).toBe(image.sizes);
	}

	await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /\.png$/);
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute(
		'content',
		'yes'
	);
});

// Issue 20 (11): every page logged "Manifest: Enctype should be set to either
// application/x-www-form-urlencoded or multipart/form-data": the share target named no enctype.
// Chromium parses the manifest only when asked (DevTools, install), so the test asks it.
test('Chromium reads the manifest with no warning', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/manifest/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
	});
	await page.goto('/');
	const cdp = await page.context().newCDPSession(page);
	const { errors, url } = (await cdp.send('Page.getAppManifest')) as {
		url: string;
		errors: { message: string }[];
	};
	expect(url).toMatch(/\/manifest\.webmanifest$/);
	expect(errors.map((e) => e.message)).toEqual([]);
	// The parser's warnings reach the console too; the page's own script logs none of its own.
	await page.goto('/create');
	await cdp.detach();
	expect(warnings).toEqual([]);
});

test('Chrome reports the app installable', async ({ baseURL }) => {
	// Installability answers "in-incognito" in Playwright's default contexts: use a profile on disk.
	const dir = await mkdtemp(join(tmpdir(), 'factdeck-install-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: test.info().project.use.launchOptions?.executablePath,
		args: test.info().project.use.launchOptions?.args,
		baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await installApp(page);
		const cdp = await context.newCDPSession(page);
		await expect
			.poll(async () => {
				const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
					installabilityErrors: { errorId: string }[];
				};
				return installabilityErrors.map((e) => e.errorId);
			})
			.toEqual([]);
	} finally {
		await context.close();
		await rm(dir, { recursive: true, force: true });
	}
});

test('a new version waits and is offered with a Reload button', async ({ page }) => {
	const release = await serveOwnRelease();
	try {
		await page.goto(release.url);
		await waitForServiceWorker(page);
		await expect(page.getByText('A new version is ready')).toHaveCount(0);

		await release.publishNewWorker();
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
		await expect(banner).toBeVisible();
		// It waits: the old worker keeps control until the student chooses to reload.
		expect(
			await page.evaluate(
				async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state
			)
		).toBe('installed');

		await Promise.all([
			page.waitForEvent('framenavigated'),
			banner.getByRole('button', { name: 'Reload' }).click()
		]);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return `${registration?.waiting ? 'waiting' : 'none'}/${registration?.active?.state}`;
				})
			)
			.toBe('none/activated');
		await expect(page.getByText('A new version is ready')).toHaveCount(0);
	} finally {
		await release.close();
	}
});
