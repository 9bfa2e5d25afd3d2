/*
 * Issue 24 defect 3: a deck file whose id matched a user deck was saved with `put`, replacing the
 * deck without a word and leaving its cards and reviews on another deck's content. Now the student
 * is asked: keep both (the file's deck under a new id) or replace, told what progress is lost.
 */
import { describe, expect, it } from 'vitest';
import { userDeck } from '$lib/backup/backup-fixtures';
import { deckToYaml } from '$lib/content/deck-file';
import { freshStore } from '$lib/db/test-db';
import { DeckFileImport, describeLoss } from './deck-file-import.svelte';

const NOW = Date.UTC(2026, 0, 15, 9);

async function deckFile(title: string): Promise<File> {
	const yaml = await deckToYaml({ ...userDeck('my-notes'), title });
	return new File([yaml], 'my-notes.yaml');
}

describe('issue 24 defect 3: a deck file with the id of a deck here', () => {
	it('saves a deck file with a new id straight away', async () => {
		const store = freshStore();
		const importer = new DeckFileImport(() => Promise.resolve(store));
		expect(await importer.open(await deckFile('Mine'))).toBe('my-notes');
		expect(importer.collision).toBeUndefined();
	});

	it('asks before replacing, and keeping both saves the file under a new id', async () => {
		const store = freshStore();
		await store.addUserDeck({ ...userDeck('my-notes'), title: 'Original' }, NOW);
		await store.ensureCards(
			{ id: 'my-notes', title: 'Original', kind: 'user' },
			[{ cardId: 'a', factId: 'f' }],
			NOW
		);
		await store.db.cards.update('my-notes/a', { state: 2, queue: 1 });
		const importer = new DeckFileImport(() => Promise.resolve(store));

		expect(await importer.open(await deckFile('From a friend'))).toBeUndefined();
		expect(importer.collision).toMatchObject({ title: 'Original', studied: 1, reviews: 0 });
		expect(describeLoss(importer.collision!)).toBe(
			'Replacing it deletes the progress of 1 studied card and 0 reviews.'
		);
		expect((await store.getDeckRow('my-notes'))?.title).toBe('Original');

		expect(await importer.keepBoth()).toBe('my-notes-2');
		expect((await store.getDeckRow('my-notes'))?.title).toBe('Original');
		expect((await store.getDeckRow('my-notes-2'))?.deck?.title).toBe('From a friend');
		expect(await store.db.cards.where('deckId').equals('my-notes').count()).toBe(1);
	});

	it('replaces the deck, with its progress, only when asked to', async () => {
		const store = freshStore();
		await store.addUserDeck({ ...userDeck('my-notes'), title: 'Original' }, NOW);
		const importer = new DeckFileImport(() => Promise.resolve(store));
		await importer.open(await deckFile('From a friend'));
		expect(await importer.replace()).toBe('my-notes');
		expect((await store.getDeckRow('my-notes'))?.deck?.title).toBe('From a friend');
		expect(await store.listDecks()).toHaveLength(1);
	});
});
