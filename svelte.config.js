import adapter from '@sveltejs/adapter-static';

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
				'script-src': ['self'],
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
