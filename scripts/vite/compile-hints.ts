/**
 * Build plugin: V8's explicit compile hint at the top of every chunk the browser loads. With
 * `//# allFunctionsCalledOnLoad` first in a file, Chrome (136+) compiles all of its functions on a
 * background thread while the file downloads, instead of one at a time on the main thread as the
 * page starts; other engines read a comment. The app's chunks run nearly all their code as a page
 * opens (the lazy ones, such as storage and the QR encoder, as soon as they load), so little is
 * compiled for nothing. Added to the written files: minification would drop the comment, and
 * Vite puts its preload map in front of anything added earlier.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
	return {
		name: 'factdeck:compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		writeBundle(options, bundle) {
			const dir = options.dir ?? '';
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk') continue;
				const path = join(dir, file.fileName);
				const code = readFileSync(path, 'utf8');
				if (code.startsWith(COMPILE_HINT)) continue;
				writeFileSync(path, `${COMPILE_HINT}\n${code}`);
				// One more line at the top, mapped to nothing: the rest still maps where it did.
				if (existsSync(`${path}.map`)) {
					const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { mappings: string };
					map.mappings = `;${map.mappings}`;
					writeFileSync(`${path}.map`, JSON.stringify(map));
				}
			}
		}
	};
}
