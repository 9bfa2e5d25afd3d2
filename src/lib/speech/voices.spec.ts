import { describe, expect, it } from 'vitest';
import { READ_ALOUD_RATE_MAX, READ_ALOUD_RATE_MIN } from '../records/settings.ts';
import { RATE_RANGE, chooseVoice, clampRate, voiceOrder, type VoiceInfo } from './voices.ts';

const voice = (name: string, lang: string, isDefault = false): VoiceInfo => ({
	voiceURI: `urn:${name}`,
	name,
	lang,
	default: isDefault
});
const german = voice('Anna', 'de-DE', true);
const british = voice('Daniel', 'en-GB');
const american = voice('Samantha', 'en_US');

describe('chooseVoice', () => {
	it('keeps the saved voice while the browser still has it', () => {
		expect(chooseVoice([german, british], 'urn:Anna')).toBe(german);
	});

	it('falls back to the default English voice, then any English one, then the default', () => {
		const defaultEnglish = { ...american, default: true };
		expect(chooseVoice([german, british, defaultEnglish], 'urn:gone')).toBe(defaultEnglish);
		expect(chooseVoice([german, british, american], null)).toBe(british);
		expect(chooseVoice([voice('Amélie', 'fr-FR'), german], null)).toBe(german);
		expect(chooseVoice([], 'urn:Anna')).toBeUndefined();
	});
});

describe('voiceOrder', () => {
	it('lists English voices first, each group by name', () => {
		expect(voiceOrder([german, american, british]).map((v) => v.name)).toEqual([
			'Daniel',
			'Samantha',
			'Anna'
		]);
	});
});

describe('clampRate', () => {
	it('keeps a rate within the settings’ bounds, 0.5–2, and 1 for no number', () => {
		expect(RATE_RANGE).toEqual([READ_ALOUD_RATE_MIN, READ_ALOUD_RATE_MAX]);
		expect([0.1, 0.5, 1.3, 2, 9, Number.NaN].map(clampRate)).toEqual([0.5, 0.5, 1.3, 2, 2, 1]);
	});
});
