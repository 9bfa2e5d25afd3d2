import { describe, expect, it } from 'vitest';
import {
	DISMISSED_KEY,
	installOffer,
	isIos,
	readDismissed,
	rememberDismissed
} from './install-offer.ts';

function memoryStorage(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		map,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value)
	};
}

const blocked = {
	getItem(): string | null {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem(): void {
		throw new DOMException('full', 'QuotaExceededError');
	}
};

describe('the install offer', () => {
	const base = { canPrompt: false, ios: false, standalone: false, dismissed: false };

	it("offers the browser's dialog when there is one, the iOS steps on iOS, else nothing", () => {
		expect(installOffer({ ...base, canPrompt: true })).toBe('prompt');
		expect(installOffer({ ...base, ios: true })).toBe('ios-steps');
		expect(installOffer(base)).toBe('none');
	});

	it('is never made again once dismissed, nor inside the installed app', () => {
		expect(installOffer({ ...base, canPrompt: true, dismissed: true })).toBe('none');
		expect(installOffer({ ...base, ios: true, dismissed: true })).toBe('none');
		expect(installOffer({ ...base, ios: true, standalone: true })).toBe('none');
	});

	it('remembers "Not now", and reads the "Got it" of earlier versions on iOS', () => {
		const storage = memoryStorage();
		expect(readDismissed(storage)).toBe(false);
		expect(rememberDismissed(storage, Date.UTC(2026, 0, 5))).toBe(true);
		expect(storage.map.get(DISMISSED_KEY)).toBe('2026-01-05T00:00:00.000Z');
		expect(readDismissed(storage)).toBe(true);
		expect(readDismissed(memoryStorage({ 'factdeck:ios-hint-dismissed': '1' }))).toBe(true);
	});

	it('offers again rather than failing where storage is blocked', () => {
		expect(readDismissed(blocked)).toBe(false);
		expect(rememberDismissed(blocked, 0)).toBe(false);
	});

	it('recognises iPhones and iPads (which say they are Macs), not Macs or Android', () => {
		expect(isIos('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 5)).toBe(true);
		expect(isIos('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 5)).toBe(true);
		expect(isIos('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', 0)).toBe(false);
		expect(isIos('Mozilla/5.0 (Linux; Android 14; Pixel 8)', 5)).toBe(false);
	});
});
