import type { Attachment } from 'svelte/attachments';

/**
 * Calls `onnear` once, when the element comes within `margin` of the viewport (by default a
 * screen's height): work for something far down a page (a QR code) waits until the reader heads
 * that way.
 */
export function whenNear(onnear: () => void, margin = '100% 0px'): Attachment<Element> {
	return (element) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				onnear();
			},
			{ rootMargin: margin }
		);
		observer.observe(element);
		return () => observer.disconnect();
	};
}
