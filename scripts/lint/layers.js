// The one-way layers of src/lib, enforced by ESLint's no-restricted-imports (docs/architecture.md).
// Top to bottom: routes → components → app state (*.svelte.ts, decks/, state/, pwa/) → db →
// domain → format/main-thread. A module may import its own layer or any layer below, never above;
// the domain folders are ordered too, so two domains never import each other.

/** Domain folders, lowest first: each may import only the folders before it (and its own). */
export const DOMAIN_ORDER = [
	'format',
	'main-thread',
	'language',
	'content',
	'answers',
	'srs',
	'records',
	'fit',
	'questions',
	'share',
	'stats',
	'study',
	'teach',
	'backup',
	'generate',
	'drafts',
	'quiz-run',
	'speech'
];

/** App-state folders: above the storage layer, below the screens. */
const STATE_FOLDERS = ['decks', 'state', 'pwa'];

/**
 * Matches an import of one of `folders` under src/lib, by `$lib/x/…` or a relative `…/x/…`.
 * @param {string[]} folders
 */
const folderImport = (folders) => `(^\\$lib/|(^|/)\\.\\.?/|^\\.\\./.*/)(${folders.join('|')})/`;

/** @param {string} regex @param {string} why */
const ban = (regex, why) => ({
	regex,
	message: `Layers run one way (docs/architecture.md): ${why}`
});

const screens = ban('(^|/)routes/', 'nothing in src/lib imports a route.');
const components = ban(folderImport(['components']), 'only screens import components.');
const state = ban(
	folderImport(STATE_FOLDERS),
	'app state (decks/, state/, pwa/) is imported by screens and components only.'
);
const svelteState = ban(
	'\\.svelte(\\.ts)?$',
	'domain modules are plain TypeScript: no components or *.svelte.ts state.'
);
const storage = ban(
	`${folderImport(['db'])}|^dexie$`,
	'domain modules know nothing of storage; take rows as arguments (types: records/).'
);
const framework = ban(
	'^(svelte|\\$app)(/|$)',
	'domain modules do not depend on Svelte or SvelteKit.'
);

/**
 * @param {{ regex: string, message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({
	'no-restricted-imports': [
		'error',
		{ patterns: patterns.map(({ regex, message }) => ({ regex, message })) }
	]
});

/** @returns {import('eslint').Linter.Config[]} */
export function layerConfigs() {
	const domain = DOMAIN_ORDER.map((folder, i) => {
		const higher = DOMAIN_ORDER.slice(i + 1);
		const patterns = [screens, components, state, svelteState, storage, framework];
		if (higher.length)
			patterns.push(
				ban(
					folderImport(higher),
					`${folder}/ may import only ${DOMAIN_ORDER.slice(0, i).join(', ') || 'nothing else in src/lib'}.`
				)
			);
		return { files: [`src/lib/${folder}/**/*.ts`], rules: restrict(patterns) };
	});
	return [
		...domain,
		{ files: ['src/lib/db/**/*.ts'], rules: restrict([screens, components, state]) },
		{
			files: [
				'src/lib/**/*.svelte.ts',
				'src/lib/**/*.svelte.spec.ts',
				...STATE_FOLDERS.map((f) => `src/lib/${f}/**/*.ts`)
			],
			rules: restrict([screens, components])
		},
		{ files: ['src/lib/components/**/*.{ts,svelte}'], rules: restrict([screens]) }
	];
}
