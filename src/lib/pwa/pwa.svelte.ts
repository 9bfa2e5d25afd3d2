/**
 * Service worker registration with the *prompt* update strategy, and the install button.
 * A new version waits until the student presses "Reload"; nothing reloads on its own, so a quiz
 * in progress is never interrupted (see `activity.svelte.ts`).
 */
import { activity } from '$lib/activity.svelte';

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
	canInstall = $state(false);
	/** "Not now" on the install offer: hidden for this visit. */
	installDismissed = $state(false);
	/** iOS Safari has no install prompt: explain Share → Add to Home Screen instead. */
	showIosHint = $state(false);

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

	async install() {
		const event = this.#installEvent;
		if (!event) return;
		this.#installEvent = undefined;
		this.canInstall = false;
		await event.prompt();
		await event.userChoice;
	}

	dismissIosHint() {
		this.showIosHint = false;
		try {
			localStorage.setItem('factdeck:ios-hint-dismissed', '1');
		} catch {
			// Storage blocked: the hint will come back next time, which is harmless.
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
		const ua = navigator.userAgent;
		const ios = /iPad|iPhone|iPod/.test(ua) || (ua.includes('Mac') && navigator.maxTouchPoints > 1);
		const standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as { standalone?: boolean }).standalone === true;
		let dismissed: boolean;
		try {
			dismissed = localStorage.getItem('factdeck:ios-hint-dismissed') === '1';
		} catch {
			dismissed = false;
		}
		this.showIosHint = ios && !standalone && !dismissed;
	}
}

export const pwa = new Pwa();
