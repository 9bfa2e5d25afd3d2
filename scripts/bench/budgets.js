// Budgets that hold for every route. Per-route byte budgets live on the rows of ./routes.js.

/** The Lighthouse categories measured, in table order, with their lowest acceptable score. */
export const lighthouseBudgets = /** @type {const} */ ({
	performance: 98,
	accessibility: 100,
	'best-practices': 100
});

/** @typedef {keyof typeof lighthouseBudgets} LighthouseCategory */

/** @type {LighthouseCategory[]} */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices'];

/** Bytes in the tables' "KB". */
export const KB = 1024;
