import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fittedOver, parseSettings, SettingValueSchemas, undoneFit, type Fit } from './settings.ts';

const fit = (n: number): Fit => ({
	params: Array.from({ length: 21 }, (_, i) => i + n / 10),
	fittedAt: 1_780_000_000_000 + n,
	reviews: 400 + n,
	before: { logLoss: 0.4, rmse: 0.1 },
	after: { logLoss: 0.3, rmse: 0.05 }
});

describe('scheduleFit', () => {
	it('keeps one fit back for Undo, and Undo of the first fit is the defaults', () => {
		const first = fittedOver(null, fit(1));
		expect(first.previous).toBeNull();
		const second = fittedOver(first, fit(2));
		expect(second.previous).toEqual(fit(1));
		expect(undoneFit(second)).toEqual({ ...fit(1), previous: null });
		expect(undoneFit(first)).toBeNull();
	});

	it('is read strictly from a backup and falls back to the defaults when unreadable', () => {
		const schema = SettingValueSchemas.scheduleFit;
		expect(v.safeParse(schema, fittedOver(null, fit(1))).success).toBe(true);
		expect(v.safeParse(schema, null).success).toBe(true);
		expect(v.safeParse(schema, { ...fit(1), params: [1, 2, 3], previous: null }).success).toBe(
			false
		);
		expect(
			v.safeParse(schema, { ...fit(1), params: fit(1).params.map(() => NaN), previous: null })
				.success
		).toBe(false);
		expect(parseSettings([{ key: 'scheduleFit', value: 'garbage' }]).scheduleFit).toBeNull();
	});
});
