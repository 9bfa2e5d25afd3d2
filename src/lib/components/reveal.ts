/**
 * Brings the top of a block back on screen when the reader has scrolled past it (a new quiz
 * question after a long feedback), smoothly unless they asked for less motion.
 */
export function revealTop(element: Element): void {
	if (element.getBoundingClientRect().top >= 0) return;
	const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
	element.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
}
