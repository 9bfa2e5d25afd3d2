/** Saves text as a file through the browser's download (a Blob and an `<a download>`). */
export function downloadText(fileName: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers read the URL only after click() has returned.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type Handed = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a file to the system's share sheet (to send it to another device: AirDrop, Nearby Share,
 * mail, a chat) where the browser can share files, else downloads it. The student closing the
 * sheet is not an error; a share refused for any other reason (no user gesture left after a long
 * export, a file type the platform will not share) falls back to the download.
 */
export async function shareOrDownload(
	fileName: string,
	text: string,
	type: string
): Promise<Handed> {
	const file = new File([text], fileName, { type });
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: fileName });
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	downloadText(fileName, text, type);
	return 'downloaded';
}
