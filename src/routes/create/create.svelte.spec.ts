/**
 * A draft is kept on the device from the moment it is made: it survives a reload, a closed browser
 * (a new CreateState reading the same keeper), and every edit, as it was: the same facts shown,
 * and the sentences that became no fact still listed. Regression: CreateState's threshold started
 * at 0.65 while the generator shows facts from DEFAULT_CONFIDENCE (0.55) up, so after a reload a
 * draft hid the facts between the two that the teacher had just reviewed.
 */
import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder';
import type { SavedDraft } from '$lib/drafts/draft';
import { DEFAULT_CONFIDENCE } from '$lib/generate/thresholds';
import { CreateState, type DraftKeeper } from './create.svelte';

const curated = readDeckFolder('questions/ukraine-security-guarantees');
// A generated deck's facts carry a confidence; one just above the generator's threshold.
const deck = {
	...curated,
	facts: curated.facts.map((f, i) => ({ ...f, confidence: i === 0 ? DEFAULT_CONFIDENCE : 0.9 }))
};
const skipped = [{ text: 'What happens next is unclear.', reason: 'too short to be a fact' }];

/** The device's store, in memory: what one CreateState saves, the next one reads. */
function memoryKeeper(initial?: unknown): DraftKeeper & { value: unknown; saves: number } {
	const keeper = {
		value: initial,
		saves: 0,
		read: () => Promise.resolve(keeper.value),
		save: (draft: SavedDraft) => {
			keeper.saves++;
			keeper.value = JSON.parse(JSON.stringify(draft));
			return Promise.resolve();
		},
		clear: () => {
			keeper.value = undefined;
			return Promise.resolve();
		}
	};
	return keeper;
}

describe('a draft kept on the device', () => {
	it('shows the facts the generator showed, and keeps its skipped sentences', async () => {
		const create = new CreateState(memoryKeeper({ deck, skipped }));
		await create.restoreDraft();
		expect(create.stage).toBe('draft');
		expect(create.threshold).toBe(DEFAULT_CONFIDENCE);
		expect(create.draft?.facts.every((f) => create.shown(f.confidence))).toBe(true);
		expect(create.skipped).toEqual(skipped);
	});

	it('restores a draft saved as a bare deck, with no skipped sentences', async () => {
		const create = new CreateState(memoryKeeper(deck));
		await create.restoreDraft();
		expect(create.stage).toBe('draft');
		expect(create.draft?.id).toBe(deck.id);
		expect(create.skipped).toEqual([]);
	});

	it('restores nothing from a damaged draft, and never over text already pasted', async () => {
		const damaged = new CreateState(memoryKeeper({ deck: { id: 'x' }, skipped }));
		await damaged.restoreDraft();
		expect(damaged.stage).toBe('input');
		const pasting = new CreateState(memoryKeeper({ deck, skipped }));
		pasting.text = 'A new article being pasted.';
		await pasting.restoreDraft();
		expect(pasting.stage).toBe('input');
	});

	it('saves every change with the skipped sentences, and forgets them on starting again', async () => {
		const keeper = memoryKeeper({ deck, skipped });
		const create = new CreateState(keeper);
		await create.restoreDraft();
		create.remove(deck.facts[1].id);
		create.omit(deck.facts[2].id, `${deck.facts[2].id}.tf`);
		await create.saved();
		expect(keeper.saves).toBe(2);
		const again = new CreateState(keeper);
		await again.restoreDraft();
		expect(again.draft?.facts).toHaveLength(deck.facts.length - 1);
		expect(again.draft?.facts[1].omit).toEqual([`${deck.facts[2].id}.tf`]);
		expect(again.skipped).toEqual(skipped);
		again.startOver();
		await again.saved();
		expect(again.skipped).toEqual([]);
		expect(keeper.value).toBeUndefined();
	});

	it('reports a failed save and keeps the draft on screen', async () => {
		const keeper = memoryKeeper({ deck, skipped });
		const create = new CreateState(keeper);
		await create.restoreDraft();
		keeper.save = () =>
			Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
		create.remove(deck.facts[1].id);
		await create.saved();
		expect(create.draft?.facts).toHaveLength(deck.facts.length - 1);
		const { storageStatus } = await import('$lib/db/status.svelte');
		expect(storageStatus.message).toMatch(/\S/);
	});
});
