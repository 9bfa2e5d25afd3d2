import { describe, expect, it } from 'vitest';
import { heatLevel, heatmapStart, reviewHeatmap } from './heatmap.ts';

const at = (month: number, day: number, hour = 12, minute = 0) =>
	new Date(2026, month, day, hour, minute).getTime();
// Thursday 15 January 2026, evening.
const NOW = at(0, 15, 18);

describe('reviewHeatmap', () => {
	it('has a full grid of empty days for no reviews', () => {
		const map = reviewHeatmap([], NOW, 4);
		expect(map.start).toBe(new Date(2025, 11, 22).getTime()); // a Monday, 3 weeks before this one
		expect(map.days).toHaveLength(3 * 7 + 4); // three full weeks and Mon–Thu of this one
		expect(map.days.every((d) => d.count === 0 && d.level === 0)).toBe(true);
		expect(map).toMatchObject({ total: 0, activeDays: 0, max: 0, today: 0 });
		expect(map.busiest).toBeUndefined();
		expect(map.days.at(-1)).toMatchObject({ weekday: 3, week: 3 });
	});

	it('counts per local day, splitting at midnight', () => {
		const reviews = [
			at(0, 14, 23, 59),
			at(0, 15, 0, 0),
			at(0, 15, 0, 1),
			at(0, 15, 17),
			at(0, 12, 9),
			// Outside the range: before the first Monday, and after now.
			at(11, 21, 12) - 365 * 86_400_000,
			at(0, 16, 9)
		].map((reviewedAt) => ({ reviewedAt }));
		const map = reviewHeatmap(reviews, NOW, 4);
		const byDay = new Map(map.days.map((d) => [d.date, d]));
		expect(byDay.get(new Date(2026, 0, 14).getTime())?.count).toBe(1);
		expect(byDay.get(new Date(2026, 0, 15).getTime())).toMatchObject({ count: 3, level: 4 });
		expect(byDay.get(new Date(2026, 0, 12).getTime())).toMatchObject({
			count: 1,
			level: 2,
			weekday: 0,
			week: 3
		});
		expect(map).toMatchObject({ total: 5, activeDays: 3, max: 3, today: 3 });
		expect(map.busiest?.date).toBe(new Date(2026, 0, 15).getTime());
	});

	it('starts 26 weeks back on a Monday by default', () => {
		const start = heatmapStart(NOW);
		expect(new Date(start).getDay()).toBe(1);
		expect(reviewHeatmap([], NOW).days).toHaveLength(25 * 7 + 4);
	});
});

describe('heatLevel', () => {
	it('scales to the busiest day in four steps', () => {
		expect([0, 1, 2, 3, 4, 5, 8].map((c) => heatLevel(c, 8))).toEqual([0, 1, 1, 2, 2, 3, 4]);
		expect(heatLevel(1, 1)).toBe(4);
		expect(heatLevel(0, 0)).toBe(0);
	});
});
