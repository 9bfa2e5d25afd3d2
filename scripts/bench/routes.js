// The pages `npm run bench` measures, one row each. Add a row to bench another page; `name` is
// what `--only <name>` selects. Budgets in KB of 1024 bytes (gzip -9 of the decoded bodies).

/** @type {import('./types.js').Route[]} */
export const routes = [
	{ path: '/', name: 'home', budget: { jsGzipKB: 50 } },
	{ path: '/stats', name: 'stats' },
	{ path: '/settings', name: 'settings' }
];
