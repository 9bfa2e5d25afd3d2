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
