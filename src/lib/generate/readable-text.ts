/**
 * Readable text from what people paste or open: an .html page (without its scripts, menus, headers
 * and footers), a Markdown file, plain text. Nothing here runs any of the input: DOMParser builds an
 * inert document (scripts never execute in it) and the fallback only uses regular expressions.
 */

/** Elements whose content is never article text. */
const DROPPED = [
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'iframe',
	'svg',
	'button',
	'select',
	'textarea',
	'object',
	'canvas',
	'head',
	'title'
];

/** Elements that end a paragraph. */
const BLOCKS = [
	'p',
	'div',
	'section',
	'article',
	'main',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'blockquote',
	'pre',
	'figure',
	'figcaption',
	'table',
	'tr',
	'td',
	'th',
	'hr',
	'address',
	'body'
];

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	sbquo: '‚',
	bdquo: '„',
	hellip: '…',
	pound: '£',
	euro: '€',
	yen: '¥',
	cent: '¢',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	middot: '·',
	bull: '•',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	eacute: 'é',
	egrave: 'è',
	ecirc: 'ê',
	euml: 'ë',
	aacute: 'á',
	agrave: 'à',
	acirc: 'â',
	auml: 'ä',
	aring: 'å',
	ccedil: 'ç',
	iacute: 'í',
	iuml: 'ï',
	ntilde: 'ñ',
	oacute: 'ó',
	ocirc: 'ô',
	ouml: 'ö',
	oslash: 'ø',
	uacute: 'ú',
	uuml: 'ü',
	szlig: 'ß',
	shy: ''
};

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isInteger(code) &&
				code > 0 &&
				code <= 0x10ffff &&
				(code < 0xd800 || code > 0xdfff)
				? String.fromCodePoint(code)
				: whole;
		}
		return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

/** Tidies whitespace: one space inside lines, one blank line between paragraphs. */
function tidy(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.map((p) =>
			p
				.replace(/[ \t\f\v\u00a0]+/g, ' ')
				.replace(/ ?\n ?/g, '\n')
				.trim()
		)
		.filter(Boolean)
		.join('\n\n');
}

interface DomLike {
	querySelector(selector: string): ElementLike | null;
	body: ElementLike | null;
}
interface ElementLike {
	querySelectorAll(
		selector: string
	): ArrayLike<{ remove(): void; before(t: string): void; after(t: string): void }>;
	textContent: string | null;
}

function htmlWithDom(
	html: string,
	Parser: new () => { parseFromString(s: string, t: string): unknown }
): string {
	const doc = new Parser().parseFromString(html, 'text/html') as DomLike;
	for (const el of Array.from(doc.body?.querySelectorAll(DROPPED.join(',')) ?? [])) el.remove();
	const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
	if (!root) return '';
	for (const el of Array.from(root.querySelectorAll(BLOCKS.join(',')))) {
		el.before('\n\n');
		el.after('\n\n');
	}
	for (const el of Array.from(root.querySelectorAll('br'))) el.after('\n');
	return tidy(root.textContent ?? '');
}

function htmlWithoutDom(html: string): string {
	let text = html
		.replace(/<!--[\s\S]*?(-->|$)/g, ' ')
		.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ')
		.replace(/<!doctype[^>]*>/gi, ' ');
	for (const tag of DROPPED)
		text = text.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(</${tag}\\s*>|$)`, 'gi'), ' ');
	// Prefer the article (or the main content) when the page marks it.
	const main =
		/<article\b[^>]*>([\s\S]*?)<\/article\s*>/i.exec(text) ??
		/<main\b[^>]*>([\s\S]*?)<\/main\s*>/i.exec(text);
	if (main) text = main[1];
	text = text
		.replace(new RegExp(`</?(${BLOCKS.join('|')})\\b[^>]*>`, 'gi'), '\n\n')
		.replace(/<br\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/</g, ' ');
	return tidy(decodeEntities(text));
}

/**
 * The readable text of an HTML document: no script, style, navigation, header, footer or aside;
 * one paragraph per block. Uses DOMParser where there is one (browsers), else careful regular
 * expressions (Node).
 */
export function htmlToText(html: string): string {
	const Parser = (
		globalThis as { DOMParser?: new () => { parseFromString(s: string, t: string): unknown } }
	).DOMParser;
	return Parser ? htmlWithDom(html, Parser) : htmlWithoutDom(html);
}

/** The prose of a Markdown document: no code, images, link targets, markup or front matter. */
export function markdownToText(md: string): string {
	const text = md
		.replace(/\r\n?/g, '\n')
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(\n\1[^\n]*|$)/gm, '\n')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
		.replace(/^\s{0,3}\[[^\]]+\]:\s+\S.*$/gm, '')
		.replace(/<[^>\n]+>/g, '')
		.replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '\n$1\n')
		.replace(/^\s{0,3}(?:[-*_]\s*){3,}$/gm, '\n')
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
		.replace(/^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, '')
		.replace(/\s*\|\s*/g, ' ')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, '$1$3')
		.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
	return tidy(decodeEntities(text));
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: "3,000" and "don't" are one word each. */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}
