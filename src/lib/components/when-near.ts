import type { Attachment } from 'svelte/attachments';

/**
 * Calls `onnear` once, when the element comes within a screen's height of the viewport: work
 * for something far down a page (a QR code) waits until the reader heads that way.
 */
export function whenNear(onnear: () => void): Attachment<Element> {
	return (element) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				onnear();
			},
			{ rootMargin: '100% 0px' }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
