/**
 * Importing a backup file: read and check it, show what would change, and write only when the
 * student confirms. All of that runs in a Web Worker (src/lib/db/backup-import.worker.ts), started
 * when a file is chosen: a 44 MB backup is seconds of work that would otherwise freeze the page.
 * The worker's client loads then too, not with the page.
 */
import type { ImportChannel, PreviewText } from '$lib/db/backup-import-protocol';
import { storageStatus } from '$lib/db/status.svelte';

export type ImportStatus = 'idle' | 'reading' | 'preview' | 'importing' | 'done';

export interface ImportPreview extends PreviewText {
	fileName: string;
}

async function startWorker(): Promise<ImportChannel> {
	const { ImportWorker } = await import('$lib/db/backup-import-client');
	return new ImportWorker();
}

export class BackupImport {
	status = $state<ImportStatus>('idle');
	error = $state<string | undefined>(undefined);
	preview = $state.raw<ImportPreview | undefined>(undefined);
	result = $state<string | undefined>(undefined);
	/** The import under way: it holds the parsed backup and its plan until confirmed or dropped. */
	#channel: ImportChannel | undefined;
	/** Counts imports begun and dropped: a reply for an import no longer current is ignored. */
	#run = 0;
	#start: () => Promise<ImportChannel>;

	/** `start` begins an import (unit tests run one in-process). */
	constructor(start: () => Promise<ImportChannel> = startWorker) {
		this.#start = start;
	}

	async choose(file: File) {
		this.cancel();
		this.status = 'reading';
		const run = this.#run;
		try {
			const channel = await this.#start();
			if (run !== this.#run) return channel.close();
			this.#channel = channel;
			const outcome = await channel.preview(file);
			if (run !== this.#run) return;
			if (outcome.type === 'refused') this.#fail(outcome.message);
			else {
				this.preview = { fileName: file.name, ...outcome.preview };
				this.status = 'preview';
			}
		} catch (error) {
			if (run === this.#run) this.#fail(storageStatus.report(error).message);
		}
	}

	/** Writes the previewed import; true when it was written. */
	async confirm(): Promise<boolean> {
		const channel = this.#channel;
		if (!channel || this.status !== 'preview') return false;
		this.status = 'importing';
		try {
			this.result = await channel.apply();
			this.preview = undefined;
			this.#close();
			this.status = 'done';
			return true;
		} catch (error) {
			// One transaction: nothing of the import was written.
			this.#fail(`${storageStatus.report(error).message} Nothing was imported.`);
			return false;
		}
	}

	cancel() {
		this.status = 'idle';
		this.error = undefined;
		this.preview = undefined;
		this.result = undefined;
		this.#close();
	}

	/** The screen is gone: drop an import not confirmed (one being written finishes first). */
	dispose() {
		if (this.status !== 'importing') this.#close();
	}

	#close() {
		this.#run += 1;
		this.#channel?.close();
		this.#channel = undefined;
	}

	#fail(message: string) {
		this.error = message;
		this.preview = undefined;
		this.#close();
		this.status = 'idle';
	}
}
