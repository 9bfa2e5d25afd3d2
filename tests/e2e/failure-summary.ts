/**
 * Prints, after everything else a run prints, each failed test's title and the first lines of each
 * of its errors. CI keeps only the end of a run's output, and the list reporter puts a failed
 * test's errors before its attachments (the screens test attaches dozens of screenshots), so
 * without this the reason for a failure can fall out of what CI kept.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const LINES_PER_ERROR = 12;
const MAX_ERRORS_PER_TEST = 8;
// eslint-disable-next-line no-control-regex -- the terminal's colour codes are control characters
const COLOURS = /\u001b\[[0-9;]*m/g;

export default class FailureSummary implements Reporter {
	#failed: string[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		if (result.status === 'passed' || result.status === 'skipped') return;
		const lines = [`✘ ${test.titlePath().filter(Boolean).join(' › ')} (${result.status})`];
		for (const error of result.errors.slice(0, MAX_ERRORS_PER_TEST)) {
			const text = (error.message ?? error.value ?? 'no message').replace(COLOURS, '');
			const shown = text.split('\n').filter((line) => line.trim());
			lines.push(...shown.slice(0, LINES_PER_ERROR).map((line) => `    ${line}`));
			if (shown.length > LINES_PER_ERROR) lines.push('    …');
		}
		if (result.errors.length > MAX_ERRORS_PER_TEST)
			lines.push(`    and ${result.errors.length - MAX_ERRORS_PER_TEST} more errors`);
		this.#failed.push(lines.join('\n'));
	}

	onEnd(): void {
		if (!this.#failed.length) return;
		console.log(`\nFailures in brief (${this.#failed.length}):\n${this.#failed.join('\n')}`);
	}

	printsToStdio(): boolean {
		return true;
	}
}
