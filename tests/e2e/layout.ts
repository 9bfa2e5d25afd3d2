/**
 * Layout facts a person sees at a glance and a test otherwise never looks at (issue 20): nothing
 * wider than the screen, no text squeezed into a tall sliver, controls on screen and not under
 * another element, charts with a size. Each check is soft, so one run lists every screen at fault,
 * and each is asked again until it holds or the wait ends: a screen still settling (a late font, a
 * slow machine's next frame) is not a screen at fault, and one that stays wrong still fails.
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** A text that wraps keeps at least this many letters on a line (a squeezed box has fewer). */
const MIN_LETTERS_PER_LINE = 12;
/** An SVG label this many times taller than its font is drawn scaled up. */
const MAX_SVG_TEXT_RATIO = 2.5;

/** Asks `problems` until it finds none; soft, so the test goes on to the next screen. */
async function expectNone(problems: () => Promise<string[]>, where: string): Promise<void> {
	await expect.soft.poll(problems, { message: where }).toEqual([]);
}

/** No element sticks out to the right of the viewport, and the page does not scroll sideways. */
export async function expectFitsWidth(page: Page, where: string): Promise<void> {
	await expectNone(() => fitsWidthProblems(page), `${where}: wider than the viewport`);
}

async function fitsWidthProblems(page: Page): Promise<string[]> {
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const wide = [...document.querySelectorAll('body *')]
			.filter((el) => {
				const box = el.getBoundingClientRect();
				// Content inside a box that scrolls sideways (the review calendar) is allowed to.
				return box.width > 0 && box.right > width + 1 && !el.closest('.scroller, nav');
			})
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return { by: document.documentElement.scrollWidth - width, wide };
	});
	return [
		...(overflow.by > 0 ? [`the page scrolls sideways by ${overflow.by} px`] : []),
		...overflow.wide.map((el) => `${el} sticks out to the right`)
	];
}

/**
 * Every rendered text: a one-word text on one line; a longer one, when it wraps, with a fair
 * number of letters on each line (not a column of one-word lines); an SVG label no taller than
 * its font allows (a label drawn scaled up is not).
 */
export async function expectTextBoxes(page: Page, where: string): Promise<void> {
	await expectNone(() => textBoxProblems(page), `${where}: text boxes taller than they should be`);
}

export function textBoxProblems(page: Page): Promise<string[]> {
	return page.evaluate(
		({ minPerLine, maxRatio }) => {
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const svgLabels = new Set<Element>();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement;
				const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ');
				if (!el || !text) continue;
				if (el.closest('.visually-hidden, script, style, noscript, template, title, option'))
					continue;
				if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
					continue;
				const label = `“${text.slice(0, 40)}” (${el.tagName.toLowerCase()})`;
				if (el instanceof SVGElement) {
					if (svgLabels.has(el)) continue;
					svgLabels.add(el);
					const font = parseFloat(getComputedStyle(el).fontSize);
					const box = el.getBoundingClientRect();
					if (box.height > font * maxRatio)
						out.push(`${label} is ${Math.round(box.height)} px tall for an ${font} px font`);
					continue;
				}
				// One line box per distinct top: the lines this text really takes.
				const range = document.createRange();
				range.selectNodeContents(node);
				const rects = [...range.getClientRects()].filter((r) => r.width > 0);
				const tops = new Set(rects.map((r) => Math.round(r.top)));
				const lines = tops.size;
				if (lines <= 1) continue;
				// Text that starts partway along a line ("US Army Europe → The command Ben Hodges once
				// led") has a short first and last line; squeezed text is narrow on every line.
				const widest = Math.max(...rects.map((r) => r.width));
				const narrow = widest < document.documentElement.clientWidth * 0.4;
				const oneWord = !text.includes(' ') && text.length <= 16;
				if (oneWord) out.push(`${label} is one word broken over ${lines} lines`);
				else if (narrow && lines > 2 && text.length / lines < minPerLine)
					out.push(
						`${label} is squeezed into ${lines} lines of ${Math.round(text.length / lines)} letters`
					);
			}
			return out;
		},
		{ minPerLine: MIN_LETTERS_PER_LINE, maxRatio: MAX_SVG_TEXT_RATIO }
	);
}

interface Hit {
	name: string;
	/** The box is wholly inside the viewport. */
	inside: boolean;
	/** The element found at the control's centre when it is not the control or inside it. */
	coveredBy?: string;
	box: string;
	/** Where the page had it, when its centre was on screen there: what covered it, if any. */
	here?: { coveredBy?: string; box: string };
}

/**
 * Runs in the page, on every element a locator matches, in one round trip: `now` tests each where
 * it stands; `reach` tests it where it stands (when its centre is on screen) and again scrolled
 * to the middle of the screen. `shownOnly` skips hidden and disabled ones. Self-contained: it is
 * sent to the browser as text.
 */
function probe(
	elements: Element[],
	{ mode, shownOnly }: { mode: 'now' | 'reach'; shownOnly: boolean }
): Hit[] {
	const width = document.documentElement.clientWidth;
	const height = window.innerHeight;
	const describe = (e: Element) => {
		const classes = typeof e.className === 'string' ? e.className.trim().split(/\s+/) : [];
		const text = e.textContent?.trim().slice(0, 30);
		return `${e.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}${text ? ` “${text}”` : ''}`;
	};
	const test = (el: Element) => {
		const box = el.getBoundingClientRect();
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			inside:
				box.width > 0 &&
				box.height > 0 &&
				box.top >= -0.5 &&
				box.left >= -0.5 &&
				box.bottom <= height + 0.5 &&
				box.right <= width + 0.5,
			coveredBy:
				top && (top === el || el.contains(top)) ? undefined : top ? describe(top) : 'nothing',
			box: `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${width}×${height}`
		};
	};
	return elements
		.filter((el) => !shownOnly || (el.checkVisibility() && !(el as HTMLButtonElement).disabled))
		.map((el) => {
			const name = (el.getAttribute('aria-label') ?? el.textContent ?? '?')
				.trim()
				.replace(/\s+/g, ' ')
				.slice(0, 40);
			if (mode === 'now') return { name, ...test(el) };
			const box = el.getBoundingClientRect();
			const y = box.top + box.height / 2;
			const here = y >= 0 && y <= height ? test(el) : undefined;
			el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
			return { name, here, ...test(el) };
		});
}

/**
 * Controls a student must reach: where the page has them (when their centre is on screen), and
 * again once scrolled to the middle of the screen (as far as the page scrolls), they are inside
 * the viewport and `elementFromPoint` at their centre is the control itself.
 */
export async function expectReachable(
	controls: Locator,
	where: string,
	shownOnly = false
): Promise<void> {
	await expectNone(async () => {
		const hits = await controls.evaluateAll(probe, { mode: 'reach' as const, shownOnly });
		if (!shownOnly && !hits.length) return ['no controls to check'];
		return hits.flatMap((hit) => [
			...(hit.here?.coveredBy
				? [`“${hit.name}” is covered where it stands by ${hit.here.coveredBy} (${hit.here.box})`]
				: []),
			...(hit.inside ? [] : [`“${hit.name}” is not inside the viewport (${hit.box})`]),
			...(hit.coveredBy
				? [`“${hit.name}” is covered once scrolled to by ${hit.coveredBy} (${hit.box})`]
				: [])
		]);
	}, `${where}: controls out of reach`);
}

/** On screen as the page stands, without scrolling, and not under anything. */
export async function expectOnScreenNow(target: Locator, where: string): Promise<void> {
	await expectNone(async () => {
		const hits = await target.evaluateAll(probe, { mode: 'now' as const, shownOnly: false });
		if (!hits.length) return ['nothing to check'];
		return hits.flatMap((hit) =>
			!hit.inside
				? [`“${hit.name}” is not on screen without scrolling (${hit.box})`]
				: hit.coveredBy
					? [`“${hit.name}” is covered by ${hit.coveredBy} (${hit.box})`]
					: []
		);
	}, `${where}: not on screen now`);
}

/** The page's primary buttons and links: the filled ones, a screen's main way on. */
const PRIMARY = 'main :is(button, a).primary';

/** Every stats chart has a box, and the review calendar's latest day can be seen and pointed at. */
export async function expectChartsDrawn(page: Page, where: string): Promise<void> {
	await expectNone(() => chartsWithNoSize(page), `${where}: charts with no size`);
	const today = page.locator('[data-chart="heatmap"] rect.today');
	if (await today.count()) {
		await today.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
		await expectOnScreenNow(today, `${where} (the calendar's today)`);
	}
}

function chartsWithNoSize(page: Page): Promise<string[]> {
	return page
		.locator('section[data-chart] svg, section[data-chart] .scroller')
		.evaluateAll((elements) =>
			elements
				.map((el) => {
					const box = el.getBoundingClientRect();
					const chart = el.closest('[data-chart]')?.getAttribute('data-chart');
					return { chart, what: el.getAttribute('class') ?? 'svg', w: box.width, h: box.height };
				})
				.filter((s) => s.w < 1 || s.h < 1)
				.map((s) => `${s.chart} ${s.what}: ${Math.round(s.w)}×${Math.round(s.h)}`)
		);
}

/** Saves what the screen shows in test-results/, and attaches it so the HTML report keeps it. */
export async function keepScreenshot(
	page: Page,
	testInfo: TestInfo,
	name: string,
	fullPage = true
): Promise<void> {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage, animations: 'disabled', caret: 'hide' });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/**
 * Every layout fact for one screen, then its screenshot, in each colour scheme: the page is not
 * reloaded between them, so a state reached once (a quiz's feedback) is checked in both.
 */
export async function checkScreen(
	page: Page,
	testInfo: TestInfo,
	name: string,
	options: {
		controls?: Locator[];
		fullPage?: boolean;
		end?: boolean;
		schemes?: readonly Scheme[];
	} = {}
): Promise<void> {
	const path = page
		.url()
		.replace(/^https?:\/\/[^/]+/, '')
		.slice(0, 60);
	for (const scheme of options.schemes ?? SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		const where = `${name}, ${scheme} (${path})`;
		await expectFitsWidth(page, where);
		await expectTextBoxes(page, where);
		await expectReachable(page.locator(PRIMARY), where, true);
		for (const controls of options.controls ?? []) await expectReachable(controls, where);
		// From the top, or (`end`) the screen a student sees scrolled to the end.
		await page.evaluate(
			(end) => window.scrollTo(0, end ? document.body.scrollHeight : 0),
			options.end
		);
		// The whole page once (light); the dark scheme's colours show on the first screen.
		const fullPage = (options.fullPage ?? !options.end) && scheme === 'light';
		await keepScreenshot(page, testInfo, `${name}-${scheme}`, fullPage);
	}
}
