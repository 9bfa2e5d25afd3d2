/// <reference types="vite-plugin-pwa/client" />
/// <reference types="vite-plugin-pwa/info" />
// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** package.json's version, set by vite.config.ts. */
	const __APP_VERSION__: string;
	namespace App {
		// interface Error {}
		// interface PageData {}
		// interface PageState {}
	}
}

export {};
