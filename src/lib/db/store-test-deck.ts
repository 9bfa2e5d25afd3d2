/** For the store's specs: a fixed time, and a curated deck of three cards (unit tests only). */
export const NOW = Date.UTC(2026, 0, 15, 9);
export const deck = { id: 'demo', title: 'Demo', kind: 'curated' as const };
export const templates = ['a', 'b', 'c'].map((id) => ({ cardId: id, factId: `fact-${id}` }));
