/**
 * A quiz as a file for a learning platform: Moodle's GIFT or Aiken text, downloaded, and what
 * happened in words. One path for /teach and /teach/results; the exporter loads when first used.
 */
import type { Question } from '$lib/questions/types';
import { fileNameFrom } from '$lib/format/file-name';
import { downloadText } from './download';

export type LmsFormat = 'GIFT' | 'Aiken';

export async function downloadForLms(
	title: string,
	questions: readonly Question[],
	format: LmsFormat
): Promise<string> {
	const { toGift, toAiken, describeExport } = await import('$lib/teach/lms-export');
	const name = title.trim() || 'Factdeck quiz';
	const result = format === 'GIFT' ? toGift(name, questions) : toAiken(questions);
	const file = fileNameFrom(name, `.${format.toLowerCase()}.txt`);
	if (result.written) downloadText(file, result.text, 'text/plain');
	return describeExport(result, format, file);
}
