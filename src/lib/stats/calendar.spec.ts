import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, startOfWeek, weekdayIndex } from './calendar.ts';

describe('calendar', () => {
	it('steps whole local days and finds Monday', () => {
		const thu = new Date(2026, 0, 15, 18).getTime(); // Thursday
		expect(addDays(thu, 1)).toBe(new Date(2026, 0, 16).getTime());
		expect(addDays(thu, -15)).toBe(new Date(2025, 11, 31).getTime());
		expect(weekdayIndex(thu)).toBe(3);
		expect(startOfWeek(thu)).toBe(new Date(2026, 0, 12).getTime());
		expect(startOfWeek(new Date(2026, 0, 18, 23, 59).getTime())).toBe(
			new Date(2026, 0, 12).getTime()
		);
		expect(daysBetween(thu, new Date(2026, 1, 1, 0, 30).getTime())).toBe(17);
		expect(daysBetween(thu, thu)).toBe(0);
	});

	describe('across a daylight-saving change (Europe/London, 29 March 2026)', () => {
		const saved = process.env.TZ;
		beforeAll(() => {
			process.env.TZ = 'Europe/London';
		});
		afterAll(() => {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		});

		it('keeps days at midnight although that day has 23 hours', () => {
			const before = new Date(2026, 2, 28, 12).getTime();
			const next = addDays(before, 1);
			const after = addDays(before, 2);
			expect(new Date(next).getHours()).toBe(0);
			expect(new Date(after).getHours()).toBe(0);
			expect(after - next).toBe(23 * 3_600_000);
			expect(daysBetween(before, after)).toBe(2);
		});
	});
});
