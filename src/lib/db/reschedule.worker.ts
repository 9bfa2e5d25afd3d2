/// <reference lib="webworker" />
/**
 * Setting the learner's parameters off the main thread: rescheduling every card replays every
 * review through the scheduler (10,000 reviews: a task of most of a second on the page). One
 * worker per change; the page terminates it after the reply. Client: reschedule-client.ts.
 */
import { sendableError } from './backup-import-protocol.ts';
import { FactdeckDB } from './database.ts';
import { withOwnConnection } from './own-connection.ts';
import { applyScheduleFit } from './reschedule.ts';
import type { RescheduleReply, RescheduleRequest } from './reschedule-client.ts';

self.onmessage = async ({ data }: MessageEvent<RescheduleRequest>) => {
	let reply: RescheduleReply;
	try {
		const changed = await withOwnConnection(
			() => new FactdeckDB(),
			(db) => applyScheduleFit(db, data.fit, data.now)
		);
		reply = { ok: true, changed };
	} catch (error) {
		reply = { ok: false, error: sendableError(error) };
	}
	self.postMessage(reply);
};
