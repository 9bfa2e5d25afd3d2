/** The web app manifest, kept in one place so tests can check the built file against it. */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#f8fafc';

export const webManifest: Partial<ManifestOptions> = {
	id: '/',
	name: 'Factdeck: study the news offline',
	short_name: 'Factdeck',
	description:
		'Turn a news article into quizzes and spaced-repetition flashcards. Works offline; your progress stays on your device.',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	lang: 'en',
	dir: 'ltr',
	categories: ['education', 'news'],
	theme_color: THEME_COLOR,
	background_color: BACKGROUND_COLOR,
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	screenshots: [
		{
			src: '/screenshots/narrow.png',
			sizes: '720x1480',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'Reviewing a flashcard on a phone'
		},
		{
			src: '/screenshots/wide.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'Your decks and what is due today'
		}
	],
	// "Share → Factdeck" from a browser or notes app on a phone opens /create with the text.
	// The enctype is GET's only one, but Chromium warns on every parse when it is left out.
	share_target: {
		action: '/create',
		method: 'GET',
		enctype: 'application/x-www-form-urlencoded',
		params: { title: 'title', text: 'text', url: 'url' }
	},
	shortcuts: [
		{
			name: 'Review due cards',
			short_name: 'Review',
			url: '/study',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		},
		{
			name: 'Take a quiz',
			short_name: 'Quiz',
			url: '/quiz',
			icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }]
		}
	]
};
