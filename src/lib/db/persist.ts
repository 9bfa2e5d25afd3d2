/** Persistent storage: asked for after the first study session, shown in Settings. */

export async function requestPersistentStorage(): Promise<boolean | undefined> {
	if (!navigator.storage?.persist) return undefined;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export async function isStoragePersistent(): Promise<boolean | undefined> {
	if (!navigator.storage?.persisted) return undefined;
	return navigator.storage.persisted();
}
