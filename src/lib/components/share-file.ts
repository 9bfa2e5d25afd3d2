/**
 * A file handed to the share sheet, or downloaded where it cannot be shared. Kept out of
 * download.ts, so the pages that only download (a deck, a class's results) do not load it.
 */
import { downloadText } from './download';

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
