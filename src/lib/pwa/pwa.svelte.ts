/**
 * Service worker registration with the *prompt* update strategy, and the install button.
 * A new version waits until the student presses "Reload"; nothing reloads on its own, so a quiz
 * in progress is never interrupted (see `state/activity.svelte.ts`).
 */
import { activity } from '$lib/state/activity.svelte';
import {
	installOffer,
	isIos,
	readDismissed,
	rememberDismissed,
	type InstallOffer
} from './install-offer';

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class Pwa {
	/** A new version is installed and waiting. */
	updateReady = $state(false);
	/** Another tab activated the new version: this tab runs old code until it reloads. */
	updatedElsewhere = $state(false);
	offlineReady = $state(false);
	/** The browser offers to install the app (`beforeinstallprompt` came and is unused). */
	canInstall = $state(false);
	/** "Not now" on the install offer, kept in this browser (see install-offer.ts). */
	installDismissed = $state(false);
	/** iOS Safari has no install prompt: the offer explains Share → Add to Home Screen instead. */
	ios = $state(false);
	standalone = $state(false);

	#installEvent: BeforeInstallPromptEvent | undefined;
	#update: ((reload?: boolean) => Promise<void>) | undefined;
	#reloadRequested = false;

	async start() {
		this.#watchInstall();
		if (!('serviceWorker' in navigator)) return;
		// Register once the page has loaded and gone quiet: the worker's precaching then never
		// competes with the first visit for the network or the CPU.
		if (document.readyState !== 'complete')
			await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
		await new Promise((resolve) =>
			'requestIdleCallback' in window
				? requestIdleCallback(resolve, { timeout: 2_000 })
				: setTimeout(resolve, 200)
		);
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateReady = true),
			onOfflineReady: () => (this.offlineReady = true),
			// The new worker took control. Reload only if this tab asked for it; otherwise say so
			// and let the student reload when it suits them.
			onNeedReload: () => {
				if (this.#reloadRequested) this.#reload();
				else this.updatedElsewhere = true;
			}
		});
	}

	/** True while the update banner should be offered (held back during a quiz). */
	get showUpdate(): boolean {
		return (this.updateReady || this.updatedElsewhere) && !activity.busy;
	}

	async applyUpdate() {
		this.#reloadRequested = true;
		if (this.updatedElsewhere || !this.#update) return this.#reload();
		// The plugin only reloads for updates of a page that was controlled when it loaded; a page
		// updated in the session that first installed the app must reload when control changes.
		navigator.serviceWorker.addEventListener('controllerchange', () => this.#reload(), {
			once: true
		});
		await this.#update(true);
	}

	#reloading = false;
	#reload() {
		if (this.#reloading) return;
		this.#reloading = true;
		location.reload();
	}

	/**
	 * What the home page offers, once, in its own place (never over the page's controls). Settings
	 * keeps an "Install app" button for a student who said "Not now".
	 */
	get installOffer(): InstallOffer {
		return installOffer({
			canPrompt: this.canInstall,
			ios: this.ios,
			standalone: this.standalone,
			dismissed: this.installDismissed
		});
	}

	async install() {
		const event = this.#installEvent;
		if (!event) return;
		this.#installEvent = undefined;
		this.canInstall = false;
		await event.prompt();
		// Installed, or refused in the browser's own dialog: either way, the offer was answered.
		await event.userChoice;
		this.dismissInstall();
	}

	/** "Not now": the home page stops offering, in this browser, from now on. */
	dismissInstall() {
		this.installDismissed = true;
		try {
			rememberDismissed(localStorage, Date.now());
		} catch {
			// No localStorage at all: the offer comes back next visit, which is harmless.
		}
	}

	#watchInstall() {
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		addEventListener('appinstalled', () => {
			this.canInstall = false;
			this.#installEvent = undefined;
		});
		this.ios = isIos(navigator.userAgent, navigator.maxTouchPoints);
		this.standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as { standalone?: boolean }).standalone === true;
		try {
			this.installDismissed = readDismissed(localStorage);
		} catch {
			this.installDismissed = false;
		}
	}
}

export const pwa = new Pwa();
