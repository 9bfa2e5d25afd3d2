/**
 * Importing a backup file: read and check it, show what would change, and write only when the
 * student confirms. All of that runs in a Web Worker (src/lib/db/backup-import.worker.ts), started
 * when a file is chosen: a 44 MB backup is seconds of work that would otherwise freeze the page.
 */
import { ImportWorker } from '$lib/db/backup-import-client';
import {
	receivedError,
	type ImportChannel,
	type PreviewText
} from '$lib/db/backup-import-protocol';
import { storageStatus } from '$lib/db/status.svelte';

export type ImportStatus = 'idle' | 'reading' | 'preview' | 'importing' | 'done';

export interface ImportPreview extends PreviewText {
	fileName: string;
}

export class BackupImport {
	status = $state<ImportStatus>('idle');
	error = $state<string | undefined>(undefined);
	preview = $state.raw<ImportPreview | undefined>(undefined);
	result = $state<string | undefined>(undefined);
	/** The import under way: it holds the parsed backup and its plan until confirmed or dropped. */
	#channel: ImportChannel | undefined;
	#start: () => ImportChannel;

	/** `start` begins an import (unit tests run one in-process). */
	constructor(start: () => ImportChannel = () => new ImportWorker()) {
		this.#start = start;
	}

	async choose(file: File) {
		this.cancel();
		this.status = 'reading';
		let channel: ImportChannel | undefined;
		try {
			channel = this.#channel = this.#start();
			const reply = await channel.preview(file);
			// Cancelled, or another file chosen, while this one was read.
			if (channel !== this.#channel) return;
			if (reply.type === 'preview') {
				this.preview = { fileName: file.name, ...reply.preview };
				this.status = 'preview';
			} else if (reply.type === 'refused') this.#fail(reply.message);
			else this.#fail(storageStatus.report(receivedError(reply.error)).message);
		} catch (error) {
			if (channel && channel !== this.#channel) return;
			this.#fail(storageStatus.report(error).message);
		}
	}

	/** Writes the previewed import; true when it was written. */
	async confirm(): Promise<boolean> {
		const channel = this.#channel;
		if (!channel || this.status !== 'preview') return false;
		this.status = 'importing';
		try {
			const reply = await channel.apply();
			if (reply.type === 'failed') throw receivedError(reply.error);
			this.result = reply.result;
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
