import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script of app.html (the theme, before first paint), allowed by its hash.
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
if (!inlineScript) throw new Error('src/app.html: the theme script is missing');
/** @type {`sha256-${string}`} */
const inlineScriptHash = `sha256-${createHash('sha256').update(inlineScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered; 200.html is the shell for decks that exist only on one device.
		adapter: adapter({ fallback: '200.html', strict: true, precompress: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', inlineScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: { pollInterval: 0 },
		// Page CSS goes inline: no render-blocking stylesheet requests before the first paint.
		inlineStyleThreshold: 40_000,
		typescript: {
			// Type-check (and lint with types) the tooling around the app too.
			config(tsconfig) {
				tsconfig.include.push(
					'../playwright.config.ts',
					'../scripts/**/*.js',
					'../scripts/**/*.ts',
					'../svelte.config.js',
					'../eslint.config.js'
				);
			}
		}
	}
};

export default config;
