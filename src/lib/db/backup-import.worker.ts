/// <reference lib="webworker" />
/**
 * The backup import in a module Web Worker: reading, parsing and checking a file of up to 50 MB,
 * and writing its rows, would otherwise freeze the page for seconds. One worker per import; the
 * page terminates it when the import is done or dropped. Protocol: backup-import-protocol.ts.
 */
import type { ImportRequest } from './backup-import-protocol.ts';
import { BackupImportSession } from './backup-import-session.ts';

const session = new BackupImportSession();

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	void session.handle(event.data).then((reply) => self.postMessage(reply));
};
