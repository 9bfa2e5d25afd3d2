import { describe, expect, it } from 'vitest';
import { askWorker } from './ask-worker.ts';

/** A stand-in for a worker: answers with `reply`, or fails to start with `error`. */
function fakeWorker(behaviour: { reply?: unknown; error?: string }) {
	const worker = {
		terminated: false,
		onmessage: null as ((event: { data: unknown }) => void) | null,
		onerror: null as ((event: { message: string; preventDefault(): void }) => void) | null,
		postMessage(message: unknown) {
			queueMicrotask(() => {
				if (behaviour.error !== undefined)
					worker.onerror?.({ message: behaviour.error, preventDefault() {} });
				else worker.onmessage?.({ data: { echo: message, reply: behaviour.reply } });
			});
		},
		terminate() {
			worker.terminated = true;
		}
	};
	return worker;
}

describe('askWorker', () => {
	it('settles with the first reply and stops the worker', async () => {
		const worker = fakeWorker({ reply: 42 });
		await expect(askWorker(worker as unknown as Worker, 'hi', 'failed')).resolves.toEqual({
			echo: 'hi',
			reply: 42
		});
		expect(worker.terminated).toBe(true);
	});

	it('rejects with the failure, or the caller’s words when it has none, and stops the worker', async () => {
		const broken = fakeWorker({ error: 'Script error' });
		await expect(askWorker(broken as unknown as Worker, 1, 'failed')).rejects.toThrow(
			'Script error'
		);
		expect(broken.terminated).toBe(true);
		const silent = fakeWorker({ error: '' });
		await expect(askWorker(silent as unknown as Worker, 1, 'It could not start.')).rejects.toThrow(
			'It could not start.'
		);
	});
});
