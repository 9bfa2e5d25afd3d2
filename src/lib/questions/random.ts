/**
 * Deterministic randomness for the engine: a seed and a key (a question id) always give the same
 * sequence, on any device. Never `Math.random` or the clock in here.
 */

/** cyrb53-style 53-bit string hash, stable across engines. */
export function hashString(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export type Random = () => number;

/** mulberry32: a small, fast PRNG with a 32-bit state. Returns numbers in [0, 1). */
export function randomFrom(seed: number, key = ''): Random {
	let state = (hashString(`${seed}:${key}`) >>> 0) ^ 0x9e3779b9;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

export function pick<T>(items: readonly T[], random: Random): T | undefined {
	return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

/** A fresh seed for "shuffle per student": the one place randomness enters, outside the engine. */
export function newSeed(): number {
	const values = new Uint32Array(1);
	crypto.getRandomValues(values);
	return values[0] % 1_000_000_000;
}
