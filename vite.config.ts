import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { curatedDecks } from './scripts/vite/curated-decks.ts';
import { compileHints } from './scripts/vite/compile-hints.ts';
import { shellChunk } from './scripts/vite/shell-chunk.ts';
import { webManifest } from './src/lib/pwa/manifest.ts';

const port = Number(process.env.PORT ?? 4173);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	// Backups record the app version that wrote them (src/app.d.ts declares it).
	define: { __APP_VERSION__: JSON.stringify(version) },
	// SOURCEMAP=1 npm run build: source maps, to profile the built app against its sources.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	plugins: [
		curatedDecks(),
		compileHints(),
		shellChunk(),
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// Absolute, so a page deep in the app registers /sw.js, not ./sw.js relative to itself.
			base: '/',
			scope: '/',
			// The app registers the worker itself (src/lib/pwa) so it can hold updates mid-quiz.
			injectRegister: false,
			manifest: webManifest,
			kit: { adapterFallback: '200.html', spa: true, includeVersionFile: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					'prerendered/**/*.{html,json}'
				],
				globIgnores: ['server/**', 'client/screenshots/**'],
				// The FSRS optimiser (1.7 MB, 436 KB gzip) is not precached: most learners never fit.
				// Kept once fetched, so a second fit works offline too.
				runtimeCaching: [
					{
						urlPattern: /\/_app\/immutable\/.*\.wasm$/,
						handler: 'CacheFirst',
						options: { cacheName: 'factdeck-optimiser', expiration: { maxEntries: 2 } }
					}
				],
				// Deep links carry their quiz in the query (?seed=…&n=…): the page is the same file.
				ignoreURLParametersMatching: [/.*/],
				navigateFallback: '/200.html',
				// First install takes control at once; later versions wait for the student's "Reload".
				clientsClaim: true,
				skipWaiting: false,
				cleanupOutdatedCaches: true
			}
		})
	],
	preview: { host: '127.0.0.1', port, strictPort: true },
	server: { host: '127.0.0.1', port: 5173 },
	test: {
		expect: { requireAssertions: true },
		testTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				// Rune-based state classes need Svelte's client runtime (effects run), not the SSR one.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: { name: 'svelte', environment: 'happy-dom', include: ['src/**/*.svelte.spec.ts'] }
			}
		]
	}
});
