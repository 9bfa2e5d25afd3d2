import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { countWords, decodeEntities, htmlToText, markdownToText } from './readable-text.ts';

const PAGE = `<!doctype html>
<html><head><title>Site name</title><style>p { color: red }</style>
<script>globalThis.__ran = true; document.write("INJECTED")</script></head>
<body>
<header><h1>Daily Gazette</h1><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<aside>Most read: celebrity gossip</aside>
<main>
<h2>Bridge reopens after repairs</h2>
<p>The Severn Bridge reopened on <b>Monday</b> after &pound;4.5&nbsp;million of repairs.</p>
<p>Engineers said it was &ldquo;as good as new&rdquo; &amp; safe.<br>Traffic flowed by 6am.</p>
<script type="module">alert("x")</script>
<ul><li>First point</li><li>Second point</li></ul>
<p onclick="steal()">Caf&eacute; owners &#8220;welcomed&#8221; it &#x2014; finally.</p>
<!-- an <p>old</p> comment -->
</main>
<footer>© Gazette 2025 · Privacy</footer>
</body></html>`;

function checkPage(text: string) {
	expect(text).toContain('Bridge reopens after repairs');
	expect(text).toContain('The Severn Bridge reopened on Monday after £4.5 million of repairs.');
	expect(text).toContain('Engineers said it was “as good as new” & safe.');
	expect(text).toContain('Café owners “welcomed” it — finally.');
	expect(text).toContain('First point');
	for (const dropped of [
		'INJECTED',
		'alert',
		'color: red',
		'Home',
		'celebrity',
		'Privacy',
		'Site name',
		'old'
	])
		expect(text).not.toContain(dropped);
	// Paragraphs stay paragraphs.
	expect(text.split(/\n\n/).length).toBeGreaterThanOrEqual(5);
}

describe('htmlToText without a DOM (Node)', () => {
	it('keeps the article’s paragraphs and drops scripts, styles, navigation, header, footer, asides', () => {
		checkPage(htmlToText(PAGE));
	});

	it('copes with unclosed tags, stray brackets and unknown entities', () => {
		const text = htmlToText('<p>5 < 6 and &bogus; stays<script>never closed');
		expect(text).toContain('5 6 and &bogus; stays');
		expect(text).not.toContain('never closed');
	});
});

describe('htmlToText with DOMParser (browsers)', () => {
	const original = (globalThis as { DOMParser?: unknown }).DOMParser;
	afterEach(() => {
		(globalThis as { DOMParser?: unknown }).DOMParser = original;
		delete (globalThis as { __ran?: boolean }).__ran;
	});

	it('gives the same text and never runs the page’s scripts', () => {
		const window = new Window();
		(globalThis as { DOMParser?: unknown }).DOMParser = window.DOMParser;
		checkPage(htmlToText(PAGE));
		expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
		void window.happyDOM.close();
	});
});

describe('markdownToText', () => {
	it('keeps the prose and drops the markup', () => {
		const md = `---
title: Front matter
---
# The *Great* Stink

In **1858** the [River Thames](https://example.org/thames) smelled foul.
![a picture](pic.png)

> Parliament met beside the river.

- Joseph Bazalgette built \`82 miles\` of sewers.
1. Crossness opened in 1865.

\`\`\`js
const code = true;
\`\`\`

[ref]: https://example.org`;
		const text = markdownToText(md);
		expect(text).toContain('The Great Stink');
		expect(text).toContain('In 1858 the River Thames smelled foul.');
		expect(text).toContain('Parliament met beside the river.');
		expect(text).toContain('Joseph Bazalgette built 82 miles of sewers.');
		expect(text).toContain('Crossness opened in 1865.');
		for (const dropped of ['title:', 'https://', 'pic.png', 'const code', '**', '#', '>'])
			expect(text).not.toContain(dropped);
	});
});

describe('countWords', () => {
	it.each([
		['', 0],
		['  \n ', 0],
		['One two three.', 3],
		["Don't count 3,000 or 1.3 as two words each.", 9],
		['Gravitational-wave — signal', 2]
	])('%j has %i words', (text, n) => {
		expect(countWords(text)).toBe(n);
	});
});

describe('decodeEntities', () => {
	it('decodes named and numeric references and leaves bad ones', () => {
		expect(decodeEntities('&amp;&lt;&#65;&#x42;&#0;&#xD800;&nope;')).toBe('&<AB&#0;&#xD800;&nope;');
	});
});
