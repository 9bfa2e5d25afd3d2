// The pages `npm run bench` measures, one row each. Add a row to bench another page; `name` is
// what `--only <name>` selects. Budgets in KB of 1024 bytes (gzip -9 of the decoded bodies).

/** @type {import('./types.js').Route[]} */
export const routes = [
	{ path: '/', name: 'home', budget: { jsGzipKB: 50 } },
	{ path: '/study/ukraine-security-guarantees', name: 'study' },
	{ path: '/quiz/ukraine-security-guarantees?seed=7&n=10', name: 'quiz' },
	{ path: '/deck/ukraine-security-guarantees', name: 'deck' },
	{ path: '/teach', name: 'teach' },
	{ path: '/create', name: 'create' },
	{ path: '/stats', name: 'stats' },
	{ path: '/settings', name: 'settings' }
];
