/**
 * Crashes in the middle of writing. The page is closed, and separately the whole browser process
 * is killed (SIGKILL), during a burst of grades and during a large import. After a restart the
 * database is consistent: every review row has its card update, an import is all or nothing, and
 * the study session resumes.
 */
import { chromium, expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DECK_ID } from './helpers';
import { checkConsistency } from './db-inspect';
import { countRows } from './engine';
import { budget } from '../load';

/** Presses Space and a grade again and again, without waiting for the app: grades in flight. */
async function burstOfGrades(page: Page, count: number) {
	for (let i = 0; i < count; i++) {
		await page.keyboard.press('Space');
		await page.keyboard.press(i % 4 === 0 ? '1' : '3');
	}
}

async function expectResumes(page: Page, base = '') {
	await page.goto(`${base}/study/${DECK_ID}`);
	await expect(page.locator('#card-front')).toBeVisible();
	await expect(page.getByLabel('Cards left in this session')).toBeVisible();
	const state = await checkConsistency(page);
	expect(state.problems).toEqual([]);
	return state;
}

test('closing the page during a burst of grades leaves a consistent database', async ({
	context
}) => {
	const page = await context.newPage();
	await page.goto(`/study/${DECK_ID}`);
	await expect(page.locator('#card-front')).toBeVisible();
	await burstOfGrades(page, 12);
	await page.close({ runBeforeUnload: false });

	const after = await expectResumes(await context.newPage());
	expect(after.reviews).toBeGreaterThan(0);
	expect(after.graded).toBeGreaterThan(0);
});

/** A Chromium we start and kill ourselves, with its profile on disk so data outlives it. */
class KillableBrowser {
	process: ChildProcess | undefined;
	browser: Browser | undefined;

	constructor(
		readonly profile: string,
		readonly executable: string,
		readonly args: string[]
	) {}

	async start(): Promise<Page> {
		const child = spawn(
			this.executable,
			[
				'--headless=new',
				'--remote-debugging-port=0',
				`--user-data-dir=${this.profile}`,
				...this.args,
				'about:blank'
			],
			// Its own process group, so a kill takes the renderer, GPU and network processes too,
			// as a real crash or power loss would, and none is left writing into the profile.
			{ stdio: ['ignore', 'ignore', 'pipe'], detached: true }
		);
		this.process = child;
		let output = '';
		const endpoint = await new Promise<string>((resolve, reject) => {
			child.stderr?.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
				if (match) resolve(match[1]);
			});
			child.once('exit', () => reject(new Error(`Chromium exited: ${output.slice(-500)}`)));
		});
		this.browser = await chromium.connectOverCDP(endpoint);
		return this.browser.contexts()[0].newPage();
	}

	async kill() {
		const child = this.process!;
		const running = child.exitCode === null && child.signalCode === null;
		const exited = running ? once(child, 'exit') : Promise.resolve();
		process.kill(-child.pid!, 'SIGKILL');
		await exited;
		await expect.poll(() => groupAlive(child.pid!), { timeout: 10_000 }).toBe(false);
		this.browser = undefined;
	}

	async stop() {
		await this.browser?.close().catch(() => undefined);
		if (this.process && groupAlive(this.process.pid!)) await this.kill();
	}
}

/** Whether any process of the group led by `pid` is still running. */
function groupAlive(pid: number): boolean {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Removes a profile; retries because Chromium's last helper may still be closing files. */
function removeProfile(profile: string) {
	return rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

async function killable(): Promise<KillableBrowser> {
	const { executablePath, args = [] } = test.info().project.use.launchOptions ?? {};
	const profile = await mkdtemp(join(tmpdir(), 'factdeck-crash-'));
	return new KillableBrowser(profile, executablePath ?? chromium.executablePath(), args);
}

test('killing the browser during a burst of grades leaves a consistent database', async ({
	baseURL
}) => {
	const chrome = await killable();
	try {
		let page = await chrome.start();
		await page.goto(`${baseURL}/study/${DECK_ID}`);
		await expect(page.locator('#card-front')).toBeVisible();
		await burstOfGrades(page, 10);
		await chrome.kill();

		page = await chrome.start();
		const after = await expectResumes(page, baseURL);
		expect(after.cards).toBeGreaterThan(0);
	} finally {
		await chrome.stop();
		await removeProfile(chrome.profile);
	}
});

const REVIEWS = 20_000;

/** A backup file of one card with 20,000 reviews: an import that takes a while to write. */
async function largeBackupFile(info: TestInfo): Promise<string> {
	const card = `${DECK_ID}/crash-test.cloze.s`;
	const memory = {
		due: 1_800_000_000_000,
		stability: 10,
		difficulty: 5,
		scheduledDays: 10,
		learningSteps: 0,
		reps: REVIEWS,
		lapses: 0,
		state: 2,
		lastReview: 1_700_000_000_000 + REVIEWS
	};
	const backup = {
		app: 'factdeck',
		format: 1,
		schemaVersion: 3,
		appVersion: '0.1.0',
		exportedAt: new Date().toISOString(),
		tables: {
			decks: [],
			cards: [
				{
					id: card,
					deckId: DECK_ID,
					cardId: 'crash-test.cloze.s',
					factId: 'crash-test',
					queue: 1,
					suspended: false,
					position: 0,
					addedAt: 1_700_000_000_000,
					...memory
				}
			],
			reviews: Array.from({ length: REVIEWS }, (_, i) => ({
				cardKey: card,
				deckId: DECK_ID,
				factId: 'crash-test',
				rating: 3,
				reviewedAt: 1_700_000_000_000 + i + 1,
				durationMs: 1000,
				prev: {
					...memory,
					reps: i,
					lastReview: i ? 1_700_000_000_000 + i : null,
					queue: i ? 1 : 0
				},
				next: { ...memory, reps: i + 1, lastReview: 1_700_000_000_000 + i + 1 }
			})),
			attempts: [],
			settings: []
		}
	};
	const file = info.outputPath('large-backup.json');
	await writeFile(file, JSON.stringify(backup));
	return file;
}

/** Opens settings and imports `file`, returning as soon as the import has started writing. */
async function startImport(page: Page, settingsUrl: string, file: string) {
	await page.goto(settingsUrl);
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await page.getByLabel('Import a backup file').setInputFiles(file);
	const confirm = page.getByRole('button', { name: 'Import', exact: true });
	await expect(confirm).toBeEnabled({ timeout: budget(30_000) });
	await confirm.click();
	await expect(confirm).toBeDisabled();
}

/** Reviews and cards after an interrupted import: all of it or none of it. */
async function expectAllOrNothing(page: Page, info: TestInfo, label: string) {
	const reviews = await countRows(page, 'reviews');
	expect([0, REVIEWS]).toContain(reviews);
	const cards = await countRows(page, 'cards');
	expect(cards).toBe(reviews ? 1 : 0);
	info.annotations.push({ type: label, description: reviews ? 'committed' : 'rolled back' });
}

test('closing the page during a large import leaves all of it or none of it', async ({
	context
}, info) => {
	test.setTimeout(budget(120_000));
	const file = await largeBackupFile(info);
	const page = await context.newPage();
	await startImport(page, '/settings', file);
	await page.close({ runBeforeUnload: false });

	const after = await context.newPage();
	await after.goto('/settings');
	await expect(after.locator('html[data-hydrated]')).toBeAttached();
	await expectAllOrNothing(after, info, 'import at close');
});

test('killing the browser during a large import leaves all of it or none of it', async ({
	baseURL
}, info) => {
	test.setTimeout(budget(120_000));
	const file = await largeBackupFile(info);

	const chrome = await killable();
	try {
		let page = await chrome.start();
		await startImport(page, `${baseURL}/settings`, file);
		await chrome.kill();

		page = await chrome.start();
		await page.goto(`${baseURL}/settings`);
		await expect(page.locator('html[data-hydrated]')).toBeAttached();
		await expectAllOrNothing(page, info, 'import at kill');
	} finally {
		await chrome.stop();
		await removeProfile(chrome.profile);
	}
});
