/**
 * Whether to offer installing the app, and how. The offer is made in one place (the end of the
 * home page) until the student answers it; "Not now" is kept in localStorage, because it is a
 * fact about this browser (installing is per device, so it must not travel in a backup) and the
 * layout must know it on every page without loading the database.
 */

/** The browser's own install dialog, the steps for iOS Safari (which has none), or nothing. */
export type InstallOffer = 'prompt' | 'ios-steps' | 'none';

export const DISMISSED_KEY = 'factdeck:install-offer-dismissed';
/** Where versions before the remembered offer kept "Got it" on the iOS steps. */
const OLD_IOS_KEY = 'factdeck:ios-hint-dismissed';

export function installOffer(state: {
	/** The browser sent `beforeinstallprompt` and the event is still unused. */
	canPrompt: boolean;
	ios: boolean;
	/** Already running as an installed app. */
	standalone: boolean;
	dismissed: boolean;
}): InstallOffer {
	if (state.dismissed || state.standalone) return 'none';
	if (state.canPrompt) return 'prompt';
	return state.ios ? 'ios-steps' : 'none';
}

/** iPhone, iPod, or an iPad (which reports itself as a Mac with a touch screen). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
	return /iPad|iPhone|iPod/.test(userAgent) || (userAgent.includes('Mac') && maxTouchPoints > 1);
}

type FlagStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readDismissed(storage: FlagStorage): boolean {
	try {
		return storage.getItem(DISMISSED_KEY) !== null || storage.getItem(OLD_IOS_KEY) === '1';
	} catch {
		// Storage blocked: offer again; the student can say "Not now" again.
		return false;
	}
}

/** Keeps "Not now"; false when storage refused (the offer then comes back next visit). */
export function rememberDismissed(storage: FlagStorage, now: number): boolean {
	try {
		storage.setItem(DISMISSED_KEY, new Date(now).toISOString());
		return true;
	} catch {
		return false;
	}
}
