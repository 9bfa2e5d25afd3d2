import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

describe('formatDuration', () => {
	it('says seconds, minutes and seconds, or hours and minutes', () => {
		expect(formatDuration(0)).toBe('0 s');
		expect(formatDuration(44_600)).toBe('45 s');
		expect(formatDuration(60_000)).toBe('1 min');
		expect(formatDuration(185_000)).toBe('3 min 5 s');
		expect(formatDuration(3_720_000)).toBe('1 h 2 min');
	});
});
