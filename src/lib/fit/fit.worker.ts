/**
 * The FSRS optimiser off the main thread: fsrs-browser (FSRS's own Rust optimiser, fsrs-rs,
 * built to WASM). Loaded only when the learner asks for a fit.
 */
import * as wasm from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { runFit, wasmOptimiser } from './fit.ts';
import type { FitReply, FitRequest } from './protocol.ts';

let ready: Promise<unknown> | undefined;

self.onmessage = async ({ data }: MessageEvent<FitRequest>) => {
	const started = performance.now();
	let reply: FitReply;
	try {
		ready ??= wasm.default({ module_or_path: wasmUrl }).catch((error: unknown) => {
			ready = undefined;
			throw new Error(
				`The optimiser could not be loaded (${String(error)}). It downloads once, the first time it is used: connect to the internet and try again.`
			);
		});
		await ready;
		const outcome = runFit(data.log, data.current, data.retention, data.now, wasmOptimiser(wasm));
		reply = { ok: true, outcome, ms: Math.round(performance.now() - started) };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
