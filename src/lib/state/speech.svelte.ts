/**
 * Read aloud through the browser's speechSynthesis: its voices (they arrive late, with
 * `voiceschanged`), the student's voice and speed, and one utterance at a time. `available` is
 * false without speechSynthesis or without voices, and then no screen shows anything for it.
 */
import { existingStore } from '$lib/db/open';
import { chooseVoice, clampRate } from '$lib/speech/voices';

class ReadAloud {
	voices = $state.raw<readonly SpeechSynthesisVoice[]>([]);
	speaking = $state(false);
	/** The saved voice (its voiceURI); null for the default English voice. */
	voiceURI = $state<string | null>(null);
	rate = $state(1);
	/** The saved voice and speed are known too: the button never reads with the wrong ones. */
	#ready = $state(false);
	readonly available = $derived(this.voices.length > 0 && this.#ready);
	#synth: SpeechSynthesis | undefined;
	#current: SpeechSynthesisUtterance | undefined;
	#asked = false;
	/** Set once the student picks a voice or speed here: a late read of storage must not undo it. */
	#picked = false;

	/** Starts listening for voices (once; in the browser only). */
	start() {
		if (this.#synth || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
		const synth = window.speechSynthesis;
		this.#synth = synth;
		const update = () => {
			this.voices = synth.getVoices();
			// Storage is asked only where there is something to read with.
			if (!this.voices.length || this.#asked) return;
			this.#asked = true;
			void this.#loadPreferences();
		};
		synth.addEventListener('voiceschanged', update);
		update();
	}

	async #loadPreferences() {
		try {
			const settings = await (await existingStore())?.readSettings();
			if (settings && !this.#picked) this.#use(settings.readAloudVoice, settings.readAloudRate);
		} catch {
			// Unreadable storage: the default voice and speed, and the app's banner elsewhere.
		} finally {
			this.#ready = true;
		}
	}

	/** The voice and speed to read with (as the settings page saves them). */
	prefer(voiceURI: string | null, rate: number) {
		this.#picked = true;
		this.#use(voiceURI, rate);
	}

	#use(voiceURI: string | null, rate: number) {
		this.voiceURI = voiceURI;
		this.rate = clampRate(rate);
	}

	/** Reads `text`, cutting off whatever was being read. */
	speak(text: string) {
		const synth = this.#synth;
		if (!synth || !text) return;
		synth.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		const voice = chooseVoice(this.voices, this.voiceURI);
		if (voice) utterance.voice = voice;
		utterance.lang = voice?.lang ?? 'en';
		utterance.rate = this.rate;
		// Only the utterance being read may say it ended: a cancelled one reports late.
		utterance.onend = utterance.onerror = () => {
			if (this.#current !== utterance) return;
			this.#current = undefined;
			this.speaking = false;
		};
		this.#current = utterance;
		this.speaking = true;
		synth.speak(utterance);
	}

	stop() {
		if (!this.#current) return;
		this.#current = undefined;
		this.speaking = false;
		this.#synth?.cancel();
	}

	/** The speaker button and the `r` key: read, or stop reading. */
	toggle(text: string) {
		if (this.speaking) this.stop();
		else this.speak(text);
	}
}

export const readAloud = new ReadAloud();
