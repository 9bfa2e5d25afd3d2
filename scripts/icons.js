// Draws the app's PNG icons from the SVG sources in assets/ (run: npm run icons; commit the PNGs).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const out = 'static/icons';
mkdirSync(out, { recursive: true });

/** @type {[string, string, number][]} */
const targets = [
	['assets/icon.svg', 'icon-192.png', 192],
	['assets/icon.svg', 'icon-512.png', 512],
	['assets/icon-maskable.svg', 'maskable-512.png', 512],
	// iOS ignores transparency and rounds corners itself: use the full-bleed artwork.
	['assets/icon-maskable.svg', 'apple-touch-icon-180.png', 180],
	// The tab's icon. A PNG, not the SVG: Chrome decodes a page's icon on the page's main thread,
	// and an SVG icon is a whole SVG document to build there (9-20 ms on our test machine).
	['assets/icon.svg', 'favicon-48.png', 48]
];

for (const [source, name, size] of targets) {
	const png = new Resvg(readFileSync(source, 'utf8'), { fitTo: { mode: 'width', value: size } })
		.render()
		.asPng();
	writeFileSync(`${out}/${name}`, png);
	console.log(`${out}/${name}\t${size}x${size}\t${png.length} bytes`);
}
