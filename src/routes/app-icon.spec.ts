/** The header draws the app icon inline: the same shapes as assets/icon.svg, the icons' source. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The shapes inside the first <svg> of some markup, with comments and layout whitespace gone. */
function shapes(markup: string): string {
	const inner = /<svg[^>]*>([\s\S]*?)<\/svg>/.exec(markup)?.[1];
	if (inner === undefined) throw new Error('no <svg> found');
	return inner
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s*(\/?>)\s*/g, '$1')
		.replace(/\s*</g, '<')
		.trim();
}

describe('the header icon', () => {
	it('draws exactly what assets/icon.svg draws', () => {
		const source = shapes(readFileSync('assets/icon.svg', 'utf8'));
		const header = readFileSync('src/routes/AppHeader.svelte', 'utf8');
		const brand = header.slice(header.indexOf('class="brand"'));
		expect(source).toContain('<path');
		expect(shapes(brand)).toBe(source);
	});
});
