/** Which voice reads aloud, and how fast: plain data, so the choice is tested without a browser. */

/** The parts of a SpeechSynthesisVoice the choice looks at. */
export interface VoiceInfo {
	voiceURI: string;
	name: string;
	lang: string;
	default: boolean;
}

/**
 * The settings' bounds (READ_ALOUD_RATE_MIN/MAX in records/settings.ts, which voices.spec.ts holds
 * equal): written here too so that study and quiz load no settings schema, nor a chunk of two numbers.
 */
export const RATE_RANGE = [0.5, 2] as const;

/** The page's language (app.html's `lang`). */
const PAGE_LANG = 'en';

const speaksPageLang = (voice: VoiceInfo) =>
	voice.lang.toLowerCase().replace('_', '-').split('-')[0] === PAGE_LANG;

/**
 * The saved voice while this browser still has it; else the browser's default voice if it speaks
 * English, else its first English voice, else its default, else none (no voices at all).
 */
export function chooseVoice<V extends VoiceInfo>(
	voices: readonly V[],
	saved: string | null
): V | undefined {
	const english = voices.filter(speaksPageLang);
	return (
		voices.find((v) => v.voiceURI === saved) ??
		english.find((v) => v.default) ??
		english[0] ??
		voices.find((v) => v.default) ??
		voices[0]
	);
}

/** Voices as the settings list them: English ones first, each group by name. */
export function voiceOrder<V extends VoiceInfo>(voices: readonly V[]): V[] {
	return [...voices].sort(
		(a, b) =>
			Number(speaksPageLang(b)) - Number(speaksPageLang(a)) || a.name.localeCompare(b.name, 'en')
	);
}

/** A rate the Web Speech API accepts and a student can follow: 0.5–2, 1 when it is no number. */
export function clampRate(rate: number): number {
	if (!Number.isFinite(rate)) return 1;
	return Math.min(RATE_RANGE[1], Math.max(RATE_RANGE[0], rate));
}
