/** The student's settings: parsed with a schema when read, because an older version wrote them. */
import * as v from 'valibot';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;

export const SettingsSchema = v.object({
	theme: v.fallback(v.picklist(THEMES), 'system'),
	retention: v.fallback(
		v.pipe(v.number(), v.minValue(RETENTION_MIN), v.maxValue(RETENTION_MAX)),
		0.9
	),
	newPerDay: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999)), 20),
	reviewsPerDay: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99999)), 200),
	/** Whether we already asked the browser to keep our storage (after the first study session). */
	persistAsked: v.fallback(v.boolean(), false),
	lastBackupAt: v.fallback(v.nullable(v.number()), null),
	/** Set once the welcome screen has been passed. */
	welcomed: v.fallback(v.boolean(), false)
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(rows: { key: string; value: unknown }[]): Settings {
	const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const row of rows) if (row.key in DEFAULT_SETTINGS) raw[row.key] = row.value;
	return v.parse(SettingsSchema, raw);
}
