/**
 * The page's side of a backup import: starts its worker (backup-import.worker.ts, bundled by Vite)
 * and turns each request into a promise of its outcome. Imported when a file is chosen, like the
 * worker itself: the settings page carries none of the import.
 */
import {
	outcomeOf,
	type ApplyReply,
	type ImportChannel,
	type ImportReply,
	type ImportRequest,
	type PreviewOutcome,
	type PreviewReply
} from './backup-import-protocol.ts';

interface Waiting {
	resolve: (reply: ImportReply) => void;
	reject: (error: unknown) => void;
}

export class ImportWorker implements ImportChannel {
	#worker = new Worker(new URL('./backup-import.worker.ts', import.meta.url), { type: 'module' });
	#waiting: Waiting | undefined;

	constructor() {
		this.#worker.onmessage = (event: MessageEvent<ImportReply>) =>
			this.#settle((waiting) => waiting.resolve(event.data));
		this.#worker.onerror = (event: ErrorEvent) => {
			this.#settle((waiting) =>
				waiting.reject(new Error(event.message || 'The backup import stopped unexpectedly.'))
			);
			this.#worker.terminate();
		};
		this.#worker.onmessageerror = () =>
			this.#settle((waiting) =>
				waiting.reject(new Error('The backup import sent a message that could not be read.'))
			);
	}

	async preview(file: File): Promise<PreviewOutcome> {
		return outcomeOf((await this.#ask({ type: 'preview', file })) as PreviewReply);
	}

	async apply(): Promise<string> {
		return outcomeOf((await this.#ask({ type: 'apply' })) as ApplyReply);
	}

	close() {
		this.#worker.terminate();
		this.#settle((waiting) =>
			waiting.reject(new DOMException('The backup import was stopped.', 'AbortError'))
		);
	}

	/** One request at a time: the page waits for each reply before it asks again. */
	#ask(request: ImportRequest): Promise<ImportReply> {
		if (this.#waiting) return Promise.reject(new Error('The backup import is busy.'));
		return new Promise((resolve, reject) => {
			this.#waiting = { resolve, reject };
			this.#worker.postMessage(request);
		});
	}

	#settle(how: (waiting: Waiting) => void) {
		const waiting = this.#waiting;
		this.#waiting = undefined;
		if (waiting) how(waiting);
	}
}
