/**
 * Read aloud (issue 23): with the Web Speech API mocked (two voices that arrive late, as Chrome's
 * do, and a speak() that records each utterance), study cards and quiz questions have a speaker
 * button and the R key, which read the corrected text the card shows, then its answer; the voice
 * and speed chosen in Settings are used. Without voices, or without speechSynthesis at all, no
 * button and no settings section are shown.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { markResponse } from '../../src/lib/questions/grade.ts';
import { cardSpeech } from '../../src/lib/speech/card-speech.ts';
import { feedbackSpeech, questionSpeech } from '../../src/lib/speech/question-speech.ts';
import { cards, expectedQuiz, readSetting } from './engine';
import { DECK_ID, open } from './helpers';

interface Spoken {
	text: string;
	rate: number;
	voice: string | null;
	lang: string;
}

const VOICES = [
	{ voiceURI: 'urn:test:anna', name: 'Anna', lang: 'de-DE', default: true, localService: true },
	{ voiceURI: 'urn:test:daniel', name: 'Daniel', lang: 'en-GB', default: false, localService: true }
];

/**
 * Replaces speechSynthesis before the app runs: `voices` arrive 50 ms after the first getVoices()
 * (with `voiceschanged`), each utterance is recorded in window.__spoken and ends 1.5 s later; null
 * removes speechSynthesis altogether.
 */
async function mockSpeech(page: Page, voices: typeof VOICES | null): Promise<void> {
	await page.addInitScript((voices) => {
		const w = window as unknown as Record<string, unknown>;
		if (voices === null) {
			delete w.speechSynthesis;
			return;
		}
		type Utterance = {
			text: string;
			rate: number;
			lang: string;
			voice: { voiceURI: string } | null;
			onend: (() => void) | null;
			onerror: (() => void) | null;
		};
		const spoken: unknown[] = [];
		const listeners = new Set<() => void>();
		let ready = false;
		let loading = false;
		let current: Utterance | null = null;
		w.__spoken = spoken;
		w.__voiceCalls = 0;
		const synth = {
			getVoices: () => {
				w.__voiceCalls = (w.__voiceCalls as number) + 1;
				// As in Chrome, the first call starts loading them: none yet, voiceschanged later.
				if (!loading) {
					loading = true;
					setTimeout(() => {
						ready = true;
						for (const fn of listeners) fn();
					}, 50);
				}
				return ready ? voices : [];
			},
			speak(u: Utterance) {
				spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.voiceURI ?? null, lang: u.lang });
				current = u;
				setTimeout(() => {
					if (current !== u) return;
					current = null;
					u.onend?.();
				}, 1500);
			},
			cancel() {
				const u = current;
				current = null;
				if (u) setTimeout(() => u.onerror?.());
			},
			pause() {},
			resume() {},
			addEventListener: (type: string, fn: () => void) => {
				if (type === 'voiceschanged') listeners.add(fn);
			},
			removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn)
		};
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
		w.SpeechSynthesisUtterance = class {
			rate = 1;
			lang = '';
			voice = null;
			onend = null;
			onerror = null;
			constructor(public text: string) {}
		};
	}, voices);
}

const spoken = (page: Page) =>
	page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

/** The last utterance, once there are `count` of them. */
async function said(page: Page, count: number): Promise<Spoken> {
	await expect.poll(async () => (await spoken(page)).length).toBe(count);
	return (await spoken(page))[count - 1];
}

/** Reads aloud with the button, and waits until the mock has finished reading. */
async function readWithButton(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Read aloud' }).click();
	await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
}

test.describe('with voices', () => {
	test.beforeEach(({ page }) => mockSpeech(page, VOICES));

	test('a study card reads its front, then its answer, by button and by R', async ({ page }) => {
		await open(page, `/study/${DECK_ID}`);
		const front = (await page.locator('#card-front').textContent())?.trim();
		const card = cards.find((c) => c.front === front);
		expect(card, `a card reads “${front}”`).toBeDefined();
		const question = cardSpeech(card!, false);
		if (card!.front.includes('_____')) expect(question).toContain('blank');

		await readWithButton(page);
		// The default English voice (Anna, German, is the browser's default), at normal speed.
		expect(await said(page, 1)).toEqual({
			text: question,
			rate: 1,
			voice: 'urn:test:daniel',
			lang: 'en-GB'
		});

		// R reads too, but not while typing an answer (it may hold an r).
		await page.keyboard.press('r');
		expect((await said(page, 2)).text).toBe(question);
		await page.keyboard.press('r'); // Again while it reads: stops.
		await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
		await page.getByLabel('Type your answer (optional)').press('r');
		await expect(page.getByLabel('Type your answer (optional)')).toHaveValue('r');
		expect(await spoken(page)).toHaveLength(2);
		await page.getByLabel('Type your answer (optional)').fill('');

		await page.getByRole('button', { name: /Show answer/ }).click();
		await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
		await page.keyboard.press('r');
		const answer = cardSpeech(card!, true);
		expect(answer).toContain(card!.back);
		expect((await said(page, 3)).text).toBe(answer);
	});

	test('a quiz question reads its prompt and choices, then the feedback', async ({ page }) => {
		const seed = 7;
		const [question] = expectedQuiz(seed, 3, ['multiple-choice']);
		await open(page, `/quiz/${DECK_ID}?seed=${seed}&n=3&types=multiple-choice`);
		await expect(page.getByRole('group').first()).toContainText(question.prompt.slice(0, 40));

		await readWithButton(page);
		expect((await said(page, 1)).text).toBe(questionSpeech(question));
		expect(questionSpeech(question)).toMatch(/ A, .+; B, /);
		await page.keyboard.press('r');
		expect((await said(page, 2)).text).toBe(questionSpeech(question));

		// Answering stops the question; R then reads the verdict and the right answer.
		const wrong = question.options!.find((o) => o !== question.answer)!;
		await page.getByRole('button', { name: wrong, exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Not quite.' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Read aloud' })).toBeVisible();
		await page.keyboard.press('r');
		const feedback = feedbackSpeech(
			question,
			markResponse(question, { kind: 'choice', option: wrong })
		);
		expect(feedback).toContain(`The answer is ${question.answer}.`);
		expect((await said(page, 3)).text).toBe(feedback);
	});

	test('the voice and speed chosen in Settings read the cards', async ({ page }) => {
		await open(page, '/settings');
		const section = page.getByRole('region', { name: 'Read aloud' });
		await expect(section).toBeVisible();
		await section.getByLabel('Voice').selectOption({ label: 'Anna (de-DE)' });
		await section.getByLabel('Reading speed').fill('1.5');
		await expect(section.locator('output')).toHaveText('1.5×');
		await expect.poll(() => readSetting(page, 'readAloudRate')).toBe(1.5);
		expect(await readSetting(page, 'readAloudVoice')).toBe('urn:test:anna');
		await section.getByRole('button', { name: 'Try it' }).click();
		expect(await said(page, 1)).toMatchObject({ voice: 'urn:test:anna', rate: 1.5 });

		// Another screen, a fresh page: the saved choice, read from storage.
		await open(page, `/study/${DECK_ID}`);
		await readWithButton(page);
		expect(await said(page, 1)).toMatchObject({ voice: 'urn:test:anna', rate: 1.5, lang: 'de-DE' });
	});

	test('axe finds no violations with the speaker button shown', async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const path of [`/study/${DECK_ID}`, `/quiz/${DECK_ID}?seed=7&n=3`, '/settings']) {
				await open(page, path);
				await expect(
					page.getByRole('button', { name: 'Read aloud' }).or(page.getByText('Try it'))
				).toBeVisible();
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				expect(results.violations.map((v) => `${path} (${colorScheme}): ${v.id}`)).toEqual([]);
			}
		}
	});
});

/** Study, a quiz and Settings, each fully shown, with nothing to read aloud with. */
async function expectNoReadAloud(page: Page, voicesAsked: boolean): Promise<void> {
	const screens = [
		{ path: `/study/${DECK_ID}`, shown: page.locator('#card-front') },
		{ path: `/quiz/${DECK_ID}?seed=7&n=3`, shown: page.getByText('Question 1 of 3') },
		{ path: '/settings', shown: page.getByRole('group', { name: 'Theme' }) }
	];
	for (const { path, shown } of screens) {
		await open(page, path);
		await expect(shown).toBeVisible();
		if (voicesAsked)
			// Asked once on start and again after voiceschanged, which brought none.
			await expect
				.poll(() =>
					page.evaluate(() => (window as unknown as { __voiceCalls: number }).__voiceCalls)
				)
				.toBeGreaterThanOrEqual(2);
		await expect(page.getByRole('button', { name: /Read aloud|Stop reading/ })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Read aloud' })).toHaveCount(0);
	}
}

test('no voices: no speaker button and no Read aloud settings', async ({ page }) => {
	await mockSpeech(page, []);
	await expectNoReadAloud(page, true);
});

test('no speechSynthesis at all: no speaker button and no Read aloud settings', async ({
	page
}) => {
	await mockSpeech(page, null);
	await open(page, '/');
	expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
	await expectNoReadAloud(page, false);
});
