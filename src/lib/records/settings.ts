/** The student's settings: parsed with a schema when read, because an older version wrote them. */
import * as v from 'valibot';
import { NEW_PER_DAY_MAX, REVIEWS_PER_DAY_MAX, STUDY_DEFAULTS } from '../srs/counts.ts';

export { NEW_PER_DAY_MAX, REVIEWS_PER_DAY_MAX };

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;

const finite = v.pipe(v.number(), v.finite());
const FitFiguresSchema = v.object({ logLoss: finite, rmse: finite });

/** FSRS-6 parameters fitted to one learner's reviews, with the figures shown when they were. */
const FitSchema = v.object({
	params: v.pipe(v.array(finite), v.length(21)),
	fittedAt: finite,
	reviews: v.pipe(v.number(), v.integer(), v.minValue(0)),
	before: FitFiguresSchema,
	after: FitFiguresSchema
});
export type Fit = v.InferOutput<typeof FitSchema>;

/** How fast "Read aloud" speaks, as the Web Speech API's rate (1 is the voice's normal pace). */
export const READ_ALOUD_RATE_MIN = 0.5;
export const READ_ALOUD_RATE_MAX = 2;

/** Each setting's valid values, strictly (a backup file is checked against these). */
export const SettingValueSchemas = {
	theme: v.picklist(THEMES),
	retention: v.pipe(v.number(), v.minValue(RETENTION_MIN), v.maxValue(RETENTION_MAX)),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(NEW_PER_DAY_MAX)),
	reviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(REVIEWS_PER_DAY_MAX)),
	/** Whether the other cards of a fact wait until tomorrow once one of them is studied. */
	burySiblings: v.boolean(),
	/** Whether we already asked the browser to keep our storage (after the first study session). */
	persistAsked: v.boolean(),
	lastBackupAt: v.nullable(v.pipe(v.number(), v.finite())),
	/** Set once the welcome screen has been passed. */
	welcomed: v.boolean(),
	/** The learner's own parameters (null: FSRS-6's defaults), and those before them for Undo. */
	scheduleFit: v.nullable(v.object({ ...FitSchema.entries, previous: v.nullable(FitSchema) })),
	/** The voice "Read aloud" uses (its voiceURI); null for the browser's English default. */
	readAloudVoice: v.nullable(v.pipe(v.string(), v.maxLength(500))),
	readAloudRate: v.pipe(
		v.number(),
		v.minValue(READ_ALOUD_RATE_MIN),
		v.maxValue(READ_ALOUD_RATE_MAX)
	)
};

export type SettingKey = keyof typeof SettingValueSchemas;

/** As read from the database: a missing or invalid value becomes its default. */
export const SettingsSchema = v.object({
	theme: v.fallback(SettingValueSchemas.theme, 'system'),
	retention: v.fallback(SettingValueSchemas.retention, 0.9),
	newPerDay: v.fallback(SettingValueSchemas.newPerDay, STUDY_DEFAULTS.newPerDay),
	reviewsPerDay: v.fallback(SettingValueSchemas.reviewsPerDay, STUDY_DEFAULTS.reviewsPerDay),
	burySiblings: v.fallback(SettingValueSchemas.burySiblings, STUDY_DEFAULTS.burySiblings),
	persistAsked: v.fallback(SettingValueSchemas.persistAsked, false),
	lastBackupAt: v.fallback(SettingValueSchemas.lastBackupAt, null),
	welcomed: v.fallback(SettingValueSchemas.welcomed, false),
	scheduleFit: v.fallback(SettingValueSchemas.scheduleFit, null),
	readAloudVoice: v.fallback(SettingValueSchemas.readAloudVoice, null),
	readAloudRate: v.fallback(SettingValueSchemas.readAloudRate, 1)
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(rows: { key: string; value: unknown }[]): Settings {
	const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
	for (const row of rows) if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) raw[row.key] = row.value;
	return v.parse(SettingsSchema, raw);
}

export type ScheduleFit = NonNullable<Settings['scheduleFit']>;

/** A new fit over the one in use (null: FSRS-6's defaults), which Undo brings back. */
export function fittedOver(current: ScheduleFit | null, fit: Fit): ScheduleFit {
	return { ...pickFit(fit), previous: current ? pickFit(current) : null };
}

/** What Undo of a fit leaves: the parameters before it (FSRS-6's defaults when there were none). */
export function undoneFit(fit: ScheduleFit): ScheduleFit | null {
	return fit.previous ? { ...pickFit(fit.previous), previous: null } : null;
}

function pickFit({ params, fittedAt, reviews, before, after }: Fit): Fit {
	return { params, fittedAt, reviews, before, after };
}
