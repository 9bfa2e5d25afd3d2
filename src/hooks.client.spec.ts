import { describe, expect, it } from 'vitest';
import { init } from './hooks.client';

describe('client start-up hook', () => {
	it('ends the task that evaluated the code before the router starts', async () => {
		let laterTaskRan = false;
		setTimeout(() => (laterTaskRan = true), 0);
		await init();
		expect(laterTaskRan).toBe(true);
	});
});
