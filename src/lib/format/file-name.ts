/** A file name made from a title a teacher typed: letters and digits kept, the rest one hyphen. */
export function fileNameFrom(title: string, ending: string): string {
	const stem = title
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `${stem || 'quiz'}${ending}`;
}
