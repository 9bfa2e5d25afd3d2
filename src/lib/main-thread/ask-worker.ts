/**
 * One question to a worker made for it: posts `message`, settles with the first reply (or the
 * worker's failure to start, as `failed`), and terminates the worker either way. The caller
 * creates the worker, so that Vite sees each `new Worker(new URL(…))` and bundles it.
 */
export function askWorker<Reply>(worker: Worker, message: unknown, failed: string): Promise<Reply> {
	return new Promise<Reply>((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<Reply>) => resolve(data);
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || failed));
		};
		worker.postMessage(message);
	}).finally(() => worker.terminate());
}
