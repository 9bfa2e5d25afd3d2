import { describe, expect, it } from 'vitest';
import { dueForecast } from './forecast.ts';

const at = (month: number, day: number, hour = 12) => new Date(2026, month, day, hour).getTime();
const NOW = at(0, 15, 18);

describe('dueForecast', () => {
	it('has 30 empty days for no cards', () => {
		const forecast = dueForecast([], NOW);
		expect(forecast.days).toHaveLength(30);
		expect(forecast.days[0]).toEqual({
			date: new Date(2026, 0, 15).getTime(),
			offset: 0,
			count: 0
		});
		expect(forecast.days[29].date).toBe(new Date(2026, 1, 13).getTime());
		expect(forecast).toMatchObject({ total: 0, dueNow: 0, later: 0, max: 0 });
	});

	it('counts overdue cards today, skips new cards, and splits at midnight', () => {
		const cards = [
			{ queue: 1, due: at(0, 1) }, // overdue: today
			{ queue: 1, due: at(0, 15, 17) }, // due earlier today
			{ queue: 1, due: at(0, 15, 23) }, // later today
			{ queue: 1, due: new Date(2026, 0, 16, 0, 0).getTime() }, // tomorrow at midnight
			{ queue: 1, due: at(1, 13) }, // the last day shown
			{ queue: 1, due: at(1, 14) }, // beyond
			{ queue: 0, due: at(0, 1) } // new: not scheduled
		];
		const forecast = dueForecast(cards, NOW);
		expect(forecast.days[0].count).toBe(3);
		expect(forecast.days[1].count).toBe(1);
		expect(forecast.days[29].count).toBe(1);
		expect(forecast).toMatchObject({ total: 5, dueNow: 2, later: 1, max: 3 });
	});

	it('takes another horizon', () => {
		const forecast = dueForecast([{ queue: 1, due: at(0, 20) }], NOW, 7);
		expect(forecast.days.map((d) => d.count)).toEqual([0, 0, 0, 0, 0, 1, 0]);
	});
});
