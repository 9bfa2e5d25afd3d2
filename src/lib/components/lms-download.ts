/**
 * A quiz as a file for a learning platform: Moodle's GIFT or Aiken text, downloaded, and what
 * happened in words. One path for /teach and /teach/results.
 *
 * The exporter ships with the page (1.2 KB gzip) rather than loading on the click: a chunk
 * fetched while the service worker was still precaching once never arrived in CI, and the
 * teacher's button then did nothing at all.
 */
import type { Question } from '$lib/questions/types';
import { fileNameFrom } from '$lib/format/file-name';
import { toGift, toAiken, describeExport } from '$lib/teach/lms-export';
import { downloadText } from './download';

export type LmsFormat = 'GIFT' | 'Aiken';

export function downloadForLms(
	title: string,
	questions: readonly Question[],
	format: LmsFormat
): string {
	const name = title.trim() || 'Factdeck quiz';
	const result = format === 'GIFT' ? toGift(name, questions) : toAiken(questions);
	const file = fileNameFrom(name, `.${format.toLowerCase()}.txt`);
	if (result.written) downloadText(file, result.text, 'text/plain');
	return describeExport(result, format, file);
}
