/**
 * A teacher shares a quiz and collects results, with no server: two separate browser contexts
 * (two devices). The student gets exactly the teacher's quiz, edits included; quiz text is only
 * ever text; a built-in-deck link keeps working offline; the quiz stays through reloads.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	DECK_ID,
	DECK_TITLE,
	expectNoHorizontalScroll,
	open,
	quizSeed,
	waitForServiceWorker
} from './helpers';
import { budget } from '../load';
import { answer, expectedQuiz, readSetting } from './engine';

const XSS = '<img src=x onerror=alert(1)>';

async function teacherQuiz(teacher: Page, n: number) {
	await teacher.goto('/teach');
	const preview = teacher.getByRole('heading', { name: 'Preview and answer key (10 questions)' });
	await expect(preview).toBeVisible();
	// The preview renders as the teacher heads for it.
	await preview.scrollIntoViewIfNeeded();
	await teacher.getByLabel('Number of questions').fill(String(n));
	await teacher.getByLabel('Title students will see').fill('Year 10 check-in');
	await expect(
		teacher.getByRole('heading', { name: `Preview and answer key (${n} questions)` })
	).toBeVisible();
	await expect(teacher.getByLabel('Share link')).toHaveValue(new RegExp(`[?&]n=${n}&`));
	return expectedQuiz(await quizSeed(teacher), n);
}

test('teacher edits and shares; the student gets the same quiz; the result code comes back', async ({
	browser
}) => {
	const teacherContext = await browser.newContext({
		permissions: ['clipboard-read', 'clipboard-write']
	});
	const studentContext = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const teacher = await teacherContext.newPage();
	const student = await studentContext.newPage();
	const dialogs: string[] = [];
	student.on('dialog', async (d) => {
		dialogs.push(d.message());
		await d.dismiss();
	});

	const questions = await teacherQuiz(teacher, 5);
	// The teacher rewords question 2 (with markup a browser would run) and checks the preview.
	await teacher.getByRole('button', { name: 'Edit question 2' }).click();
	await teacher.getByLabel('Question', { exact: true }).fill(`${XSS} ${questions[1].prompt}`);
	await teacher.getByRole('button', { name: 'Save' }).click();
	await expect(teacher.getByRole('heading', { name: 'Question 2 (edited)' })).toBeVisible();
	await teacher.getByRole('button', { name: 'Copy', exact: true }).click();
	await expect(teacher.getByRole('button', { name: 'Copied' })).toBeVisible();
	const link = await teacher.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(await teacher.getByLabel('Share link').inputValue());
	expect(link).toMatch(/\/shared#1\./);

	await student.goto(link);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Year 10 check-in');
	await expect(student.locator('dd').first()).toHaveText('5');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	for (const [i, question] of questions.entries()) {
		await expect(student.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		if (i === 1) {
			// Shown literally, as text; nothing runs.
			await expect(student.getByRole('group').first()).toContainText(XSS);
			expect(await student.locator('img[src="x"]').count()).toBe(0);
			const edited = { ...question, prompt: `${XSS} ${question.prompt}` };
			await answer(student, edited, false);
		} else await answer(student, question, true);
		await student.getByRole('button', { name: i < 4 ? 'Next question' : 'See results' }).click();
	}
	await expect(student.locator('.big')).toContainText('4 / 5');
	// Issue 20 (11): the result-code card sat inside the score card, touching its buttons. It is
	// a card of its own now, below the score card, with the page's usual 16 px between them.
	const scoreCard = student
		.locator('.card')
		.filter({ has: student.getByRole('heading', { name: 'Your score' }) });
	const codeCard = student.getByRole('region', { name: 'Send your result to your teacher' });
	await expect(scoreCard.locator('.card')).toHaveCount(0);
	const scoreBox = (await scoreCard.boundingBox())!;
	const codeBox = (await codeCard.boundingBox())!;
	expect(codeBox.y - (scoreBox.y + scoreBox.height)).toBeGreaterThanOrEqual(16);
	await student.getByLabel('Your name').fill('Ada Lovelace');
	await student.getByRole('button', { name: 'Get my result code' }).click();
	const code = (await student.getByRole('textbox', { name: 'Result code' }).inputValue()).replace(
		/\s+/g,
		''
	);
	expect(code).toMatch(/^FD1-/);
	expect(dialogs).toEqual([]);

	await teacher.goto('/teach/results');
	await teacher.getByLabel('Result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(teacher.locator('form').getByRole('status')).toContainText('1 result added.');
	const row = teacher.getByRole('row', { name: /Ada Lovelace/ });
	await expect(row).toContainText('4 / 5');
	await expect(row).toContainText('80%');
	// The hardest question is the one the student missed, named as the teacher edited it.
	await expect(teacher.locator('.hardest li').first()).toContainText('0% right');
	await expect(teacher.locator('.hardest li').first()).toContainText(XSS);

	// Pasting the same code again adds nothing, and says why; a mistyped code is refused with a reason.
	const broken = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
	await teacher.getByLabel('Result codes').fill(`${code}\n\n${broken}`);
	await teacher.getByRole('button', { name: 'Add results' }).click();
	await expect(teacher.locator('form').getByRole('status')).toHaveText(
		'No new results: that code was already added.'
	);
	await expect(teacher.getByRole('alert')).toContainText('Code 2');
	await expect(teacher.getByRole('row', { name: /Ada Lovelace/ })).toHaveCount(1);

	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export to CSV' }).click();
	const csv = await (await (await download).createReadStream()).toArray();
	const [header, ada] = Buffer.concat(csv).toString().trim().split('\r\n');
	// One row per student; after name, score, total, percent and time, one column per question.
	expect(header.startsWith('Name,Score,Total,Percent,Finished,')).toBe(true);
	expect(ada).toMatch(/^Ada Lovelace,4,5,80,[^,]+(,[01]){5}$/);
	expect(
		ada
			.split(',')
			.slice(5)
			.map(Number)
			.reduce((a, b) => a + b)
	).toBe(4);

	// The quiz itself, for the school's platform, from the results page too: as edited.
	const lms = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Quiz for Moodle (GIFT)' }).click();
	const gift = Buffer.concat(await (await (await lms).createReadStream()).toArray()).toString();
	expect(gift.match(/^::Q\d+:: /gm)?.length).toBeGreaterThan(0);
	expect(gift).toContain('onerror');
	await expect(teacher.getByRole('status').filter({ hasText: /^Saved “/ })).toContainText(
		'.gift.txt'
	);

	await teacherContext.close();
	await studentContext.close();
});

test('a teacher downloads the quiz for Moodle (GIFT) and as Aiken text, and both files parse', async ({
	page
}) => {
	const questions = await teacherQuiz(page, 12);
	const status = page
		.getByRole('region', { name: 'Export for a learning platform' })
		.getByRole('status');
	const saved = async (button: string) => {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: button }).click();
		const file = await download;
		return {
			name: file.suggestedFilename(),
			text: Buffer.concat(await (await file.createReadStream()).toArray()).toString()
		};
	};

	// GIFT: a comment, then one paragraph per question with exactly one answer block, in order.
	const gift = await saved('Download for Moodle (GIFT)');
	expect(gift.name).toBe('Year-10-check-in.gift.txt');
	const paragraphs = gift.text.trim().split('\n\n');
	expect(paragraphs[0]).toMatch(/^\/\/ Year 10 check-in/);
	const giftQuestions = paragraphs.slice(1);
	await expect(status).toContainText(
		`Saved “Year-10-check-in.gift.txt”: ${giftQuestions.length} questions.`
	);
	expect(giftQuestions.length).toBeGreaterThan(0);
	for (const [i, p] of giftQuestions.entries()) {
		expect(p).toMatch(/^::Q\d+:: /);
		const unescaped = p.replace(/\\./g, '');
		expect(unescaped.match(/\{[^{}]*\}/g), p).toHaveLength(1);
		expect(
			i === 0 ||
				Number(/^::Q(\d+)::/.exec(p)?.[1]) > Number(/^::Q(\d+)::/.exec(giftQuestions[i - 1])?.[1])
		).toBe(true);
	}

	// Aiken: question, lettered options, ANSWER: a letter among them; the rest left out and said.
	const aiken = await saved('Download Aiken text');
	expect(aiken.name).toBe('Year-10-check-in.aiken.txt');
	const blocks = aiken.text.trim().split('\n\n');
	const choiceQuestions = questions.filter((q) =>
		['multiple-choice', 'true-false', 'who-said'].includes(q.type)
	);
	expect(blocks).toHaveLength(choiceQuestions.length);
	for (const [i, block] of blocks.entries()) {
		const lines = block.split('\n');
		const options = lines.slice(1, -1);
		expect(
			options.every((o, k) => o.startsWith(`${'ABCDEFGH'[k]}. `)),
			block
		).toBe(true);
		const answer = /^ANSWER: ([A-H])$/.exec(lines.at(-1) ?? '')?.[1];
		expect(answer && 'ABCDEFGH'.indexOf(answer) < options.length, block).toBe(true);
		const q = choiceQuestions[i];
		const right = q.type === 'true-false' ? (q.answer === 'true' ? 'True' : 'False') : q.answer;
		expect(options['ABCDEFGH'.indexOf(answer ?? '')]).toBe(`${answer}. ${right}`);
	}
	if (blocks.length < questions.length)
		await expect(status).toContainText(
			'Aiken holds only multiple-choice and true-or-false questions'
		);
});

test('an unedited built-in quiz has a short readable link that works offline once opened', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await teacherQuiz(teacher, 10);
	await teacher.getByLabel('Time limit (minutes, 0 = none)').fill('12');
	await expect(teacher.getByLabel('Share link')).toHaveValue(/time=12/);
	const link = await teacher.getByLabel('Share link').inputValue();
	expect(link).toMatch(
		new RegExp(`/quiz/${DECK_ID}\\?seed=\\d+&n=10&title=Year\\+10\\+check-in&time=12$`)
	);
	// Far down the page until the teacher scrolls there; the QR code is made on the way.
	await expect(teacher.getByText(/QR version \d+/)).toHaveCount(0);
	await teacher.getByRole('heading', { name: 'Share with your class' }).scrollIntoViewIfNeeded();
	await expect(teacher.getByText(/QR version \d+/)).toBeVisible();
	await teacherContext.close();

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await waitForServiceWorker(student);
	await studentContext.setOffline(true);
	await student.reload();
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Year 10 check-in');
	await expect(student.locator('dd').nth(1)).toHaveText('12 min');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(student.getByText('Question 1 of 10')).toBeVisible();
	await expect(student.getByText(/Time left/)).toBeAttached();
	await studentContext.close();
});

test('broken, truncated and hostile shared links show a clear message and a way home', async ({
	page
}) => {
	for (const [hash, message] of [
		['', /incomplete|empty|missing/i],
		['#1.', /incomplete|cut off/i],
		['#1.!!!notbase64', /damaged|corrupt|cannot be read/i],
		['#9.abc', /newer version/i],
		[`#1.${'A'.repeat(70_000)}`, /too (long|large)/i]
	] as const) {
		await page.goto(`/shared${hash}`);
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	}
});

test('a 2 MB link is cut before the router copies it, and refused as too large', async ({
	page
}) => {
	// Chromium itself takes seconds to navigate to a 2 MB address (under Playwright, ~15 s).
	test.setTimeout(budget(120_000));
	await page.goto('/shared#1.!!!notbase64');
	await expect(page.getByRole('alert')).toContainText(/damaged|corrupt/i);
	// Typed into the address bar of the open page: the fragment changes without a load.
	await page.evaluate(() => {
		location.hash = `1.${'A'.repeat(2_000_000)}`;
	});
	await expect(page.getByRole('alert')).toContainText(/too large/i, { timeout: budget(60_000) });
	expect(await page.evaluate(() => location.hash)).toBe('#too-large');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('on a phone the preview waits below the options until the teacher heads for it or asks', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const show = page.getByRole('button', { name: 'Show the 10 questions' });
	const editors = page.getByRole('button', { name: /^Edit question \d+$/ });

	// Scrolling there renders every question, then sharing and printing, all within the phone.
	await page.goto('/teach');
	await expect(show).toBeAttached();
	await expect(editors).toHaveCount(0);
	await page.getByRole('heading', { name: /^Preview and answer key/ }).scrollIntoViewIfNeeded();
	await expect(editors).toHaveCount(10);
	await expect(show).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Share with your class' })).toBeAttached();
	await expectNoHorizontalScroll(page, '/teach with its preview');

	// The button does the same without scrolling (from the keyboard, say), on a fresh page at the top.
	const second = await context.newPage();
	await second.goto('/teach');
	const showAgain = second.getByRole('button', { name: 'Show the 10 questions' });
	await expect(showAgain).toBeAttached();
	await showAgain.evaluate((button: HTMLButtonElement) => button.focus({ preventScroll: true }));
	await second.keyboard.press('Enter');
	await expect(second.getByRole('button', { name: /^Edit question \d+$/ })).toHaveCount(10);
	expect(await second.evaluate(() => scrollY)).toBe(0);
	await context.close();
});

// Issue 20: a reload forgot the title, count and question set, so a later sheet differed from the link.
test('Teach keeps the quiz through reloads, edits and all, until the teacher starts a new one', async ({
	page
}) => {
	const preview = page.getByRole('heading', { name: /^Preview and answer key/ });
	const title = page.getByLabel('Title students will see');
	const count = page.getByLabel('Number of questions');
	const time = page.getByLabel('Time limit (minutes, 0 = none)');
	const matching = page.getByRole('checkbox', { name: 'Matching' });
	const shuffle = page.getByRole('radio', { name: /^Shuffle the order/ });
	const link = page.getByLabel('Share link');

	await open(page, '/teach');
	await preview.scrollIntoViewIfNeeded();
	await title.fill('Year 9 revision');
	await count.fill('6');
	await time.fill('15');
	await matching.uncheck();
	await shuffle.check();
	await page.getByRole('button', { name: 'Pick other questions' }).click();
	await expect(
		page.getByRole('heading', { name: 'Preview and answer key (6 questions)' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Edit question 2' }).click();
	await page.getByLabel('Question', { exact: true }).fill('Reworded by the teacher?');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 (edited)' })).toBeVisible();
	await expect(link).toHaveValue(/\/shared#1\./);
	const shared = await link.inputValue();
	await expect
		.poll(async () => JSON.stringify(await readSetting(page, 'teachQuiz')))
		.toContain('Reworded by the teacher?');
	expect(await readSetting(page, 'teachQuiz')).toMatchObject({
		deckId: DECK_ID,
		title: 'Year 9 revision',
		n: 6,
		timeLimit: 15,
		shuffle: true
	});

	for (let reload = 0; reload < 2; reload++) {
		await page.reload();
		await expect(title).toHaveValue('Year 9 revision');
		await expect(count).toHaveValue('6');
		await expect(time).toHaveValue('15');
		await expect(matching).not.toBeChecked();
		await expect(shuffle).toBeChecked();
		await preview.scrollIntoViewIfNeeded();
		await expect(page.getByRole('heading', { name: 'Question 2 (edited)' })).toBeVisible();
		// The very quiz already shared: the same link, and the same sheet.
		await expect(link).toHaveValue(shared);
	}
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(page.locator('.sheet')).toContainText('Reworded by the teacher?');
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });

	// Plain words: no seeds and no numbered "Selection" anywhere on the screen.
	await expect(page.locator('main')).not.toContainText(/\bseed|selection/i);
	await expect(page.locator('main')).toContainText("this quiz's question set");

	// "New quiz": the deck's title, ten questions of every kind, another set. Undo takes it back.
	await page.getByRole('button', { name: 'New quiz' }).click();
	await expect(title).toHaveValue(DECK_TITLE);
	await expect(count).toHaveValue('10');
	await expect(time).toHaveValue('0');
	await expect(matching).toBeChecked();
	await expect(shuffle).not.toBeChecked();
	await expect(link).toHaveValue(/\/quiz\/.*[?&]n=10&/);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(link).toHaveValue(shared);
	await expect(title).toHaveValue('Year 9 revision');

	// The new quiz is kept in its turn.
	await page.getByRole('button', { name: 'New quiz' }).click();
	await expect(link).toHaveValue(/\/quiz\/.*[?&]n=10&/);
	const fresh = await link.inputValue();
	// Wait for this quiz itself to be kept: the first "New quiz" left one with the same options.
	const seed = Number(new URL(fresh).searchParams.get('seed'));
	await expect.poll(() => readSetting(page, 'teachQuiz')).toMatchObject({ n: 10, edits: {}, seed });
	await page.reload();
	// Hydrated, kept quiz read: SvelteKit's own scroll restore would undo an earlier scroll.
	await expect(title).toHaveValue(DECK_TITLE);
	await preview.scrollIntoViewIfNeeded();
	await expect(link).toHaveValue(fresh);
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
});
