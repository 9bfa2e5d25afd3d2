/**
 * Test helpers for the property-based (fuzz) tests of every parser that reads outside data
 * (Node unit tests only): a fixed seed, structured mutations of valid JSON documents, hostile
 * values and keys, time measurement and prototype-pollution checks.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { budget } from '../load.ts';

/** One seed for every fuzz property, so CI runs exactly the same cases every time. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_260_115);
/** `FUZZ_SCALE=20 FUZZ_SEED=7 npx vitest run fuzz` searches deeper, off CI. */
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** fast-check parameters: the fixed seed and this property's documented number of cases. */
export function runs(numRuns: number): { seed: number; numRuns: number } {
	return { seed: FUZZ_SEED, numRuns: Math.ceil(numRuns * FUZZ_SCALE) };
}

// Timing -----------------------------------------------------------------------------------------

export { budget } from '../load.ts';

export type Outcome<T> =
	{ ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number };

async function once<T>(work: () => T | Promise<T>): Promise<Outcome<T>> {
	const start = performance.now();
	try {
		const value = await work();
		return { ok: true, value, ms: performance.now() - start };
	} catch (error) {
		return { ok: false, error, ms: performance.now() - start };
	}
}

/**
 * Runs `work` (which must have no side effects), returning its value or what it threw, and how
 * long it took. A run over `limitMs` is repeated up to twice and the fastest counts: a loaded
 * machine pauses now and then, while a slow algorithm is slow every time.
 */
export async function timed<T>(work: () => T | Promise<T>, limitMs: number): Promise<Outcome<T>> {
	const first = await once(work);
	let ms = first.ms;
	for (let retry = 0; retry < 2 && ms >= budget(limitMs); retry++)
		ms = Math.min(ms, (await once(work)).ms);
	return { ...first, ms };
}

// Prototype pollution ---------------------------------------------------------------------------

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

function prototypeKeys(): string[][] {
	return PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort());
}

/** Call before a property; call the function it returns after every case. */
export function watchPrototypes(): () => void {
	const before = prototypeKeys();
	return () => {
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(prototypeKeys()).toEqual(before);
	};
}

export const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Asserts that a parser's output is plain data: every object is a plain object or array, and
 * none has an own `__proto__`, `constructor` or `prototype` key.
 */
export function expectPlainData(value: unknown): void {
	const problems: string[] = [];
	const stack: unknown[] = [value];
	const seen = new Set<unknown>();
	while (stack.length) {
		const item = stack.pop();
		if (item === null || typeof item !== 'object' || seen.has(item)) continue;
		seen.add(item);
		const proto: unknown = Object.getPrototypeOf(item);
		if (proto !== Object.prototype && proto !== Array.prototype)
			problems.push('an object with another prototype');
		for (const key of UNSAFE_KEYS) if (Object.hasOwn(item, key)) problems.push(`own key ${key}`);
		stack.push(...(Object.values(item) as unknown[]));
	}
	// One assertion for the whole tree: thousands of expect() calls would dominate the run time.
	expect(problems).toEqual([]);
}

// JSON documents as trees we can damage ------------------------------------------------------------

/**
 * A JSON document as a tree that can hold what a JS value cannot: duplicate keys, own
 * `__proto__` keys, and raw tokens such as `1e999` (which JSON.parse reads as Infinity) or `-0`.
 */
export type JsonNode =
	| { kind: 'raw'; text: string }
	/** A string of `length` characters repeating `piece` (kept short, so failures print short). */
	| { kind: 'long'; piece: string; length: number }
	/** `depth` nested arrays or objects. */
	| { kind: 'deep'; depth: number; array: boolean }
	| { kind: 'array'; items: JsonNode[] }
	| { kind: 'object'; entries: [string, JsonNode][] };

export const raw = (text: string): JsonNode => ({ kind: 'raw', text });

export function toNode(value: unknown): JsonNode {
	if (Array.isArray(value)) return { kind: 'array', items: value.map(toNode) };
	if (value !== null && typeof value === 'object')
		return {
			kind: 'object',
			entries: Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.map(([k, v]) => [k, toNode(v)])
		};
	return raw(JSON.stringify(value) ?? 'null');
}

export function writeJson(node: JsonNode): string {
	switch (node.kind) {
		case 'raw':
			return node.text;
		case 'long':
			return JSON.stringify(node.piece.repeat(Math.ceil(node.length / node.piece.length)));
		case 'deep':
			return node.array
				? '['.repeat(node.depth) + ']'.repeat(node.depth)
				: '{"a":'.repeat(node.depth) + '1' + '}'.repeat(node.depth);
		case 'array':
			return `[${node.items.map(writeJson).join(',')}]`;
		case 'object':
			return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${writeJson(v)}`).join(',')}}`;
	}
}

function copyNode(node: JsonNode): JsonNode {
	switch (node.kind) {
		case 'raw':
		case 'long':
		case 'deep':
			return { ...node };
		case 'array':
			return { kind: 'array', items: node.items.map(copyNode) };
		case 'object':
			return { kind: 'object', entries: node.entries.map(([k, v]) => [k, copyNode(v)]) };
	}
}

/** Every key used anywhere in the document (renames pick from these, so fields trade places). */
export function keysOf(value: unknown, out = new Set<string>()): string[] {
	if (Array.isArray(value)) for (const item of value) keysOf(item, out);
	else if (value !== null && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			out.add(k);
			keysOf(v, out);
		}
	return [...out];
}

const SPECIAL_NUMBERS = [
	'0',
	'-0',
	'-1',
	'0.5',
	'1e999', // Infinity once parsed
	'-1e999', // -Infinity
	'1e-400', // 0
	'4294967296',
	'9007199254740993',
	'1e21',
	'3'
];

const SPECIAL_STRINGS = [
	'',
	' ',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'1e999',
	'null',
	'true',
	'{}',
	'[]',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'\u0000',
	'\uFEFF',
	'\uD800',
	'\u202E',
	'<script>alert(1)</script>',
	'../../etc/passwd'
];

const POLLUTERS = [
	'{"__proto__":{"polluted":true}}',
	'{"constructor":{"prototype":{"polluted":true}}}',
	'{"prototype":{"polluted":true}}',
	'[{"__proto__":{"polluted":true}}]'
];

/**
 * Any one code point, lone surrogates included, biased to ASCII. (fast-check's own 'binary' unit
 * spends two seconds building its tables: too slow for a fast test run.)
 */
export const anyChar: fc.Arbitrary<string> = fc
	.oneof(
		fc.integer({ min: 0, max: 0x7f }),
		fc.integer({ min: 0x80, max: 0xffff }),
		fc.integer({ min: 0x10000, max: 0x10ffff })
	)
	.map((code) => String.fromCodePoint(code));

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom(...UNSAFE_KEYS, 'toString', 'valueOf', 'hasOwnProperty', '', 'polluted'),
	fc.string({ maxLength: 12 })
);

/** Values that break naive readers: wrong types, special numbers, huge or deep data, polluters. */
export function hostileValue(options: { maxString?: number; maxDepth?: number } = {}) {
	const { maxString = 20_000, maxDepth = 5_000 } = options;
	return fc.oneof(
		fc.constantFrom(...SPECIAL_NUMBERS, 'null', 'true', 'false', '[]', '{}').map(raw),
		fc.constantFrom(...SPECIAL_STRINGS).map((s) => raw(JSON.stringify(s))),
		fc.constantFrom(...POLLUTERS).map(raw),
		fc.oneof(fc.integer(), fc.double()).map((n) => raw(JSON.stringify(n))),
		fc.string({ maxLength: 20, unit: anyChar }).map((s) => toNode(s)),
		// A huge string, repeated from a short random piece.
		fc.record({
			kind: fc.constant('long' as const),
			piece: fc.string({ minLength: 1, maxLength: 4, unit: anyChar }),
			length: fc.nat({ max: maxString })
		}),
		// Deep nesting, as arrays or objects.
		fc.record({
			kind: fc.constant('deep' as const),
			depth: fc.integer({ min: 1, max: maxDepth }),
			array: fc.boolean()
		}),
		fc.jsonValue({ maxDepth: 2 }).map(toNode)
	);
}

export const MUTATIONS = [
	'delete',
	'replace',
	'renumber',
	'rename',
	'add',
	'duplicate-key',
	'clone',
	'wrap',
	'stringify'
] as const;

export interface JsonMutation {
	op: (typeof MUTATIONS)[number];
	/** Which node (an index into the document's nodes, modulo their number). */
	at: number;
	key: string;
	value: JsonNode;
}

/** One to `max` structured mutations of a document whose keys are `keys`. */
export function jsonMutations(
	keys: string[],
	options: { max?: number; maxString?: number; maxDepth?: number; ops?: JsonMutation['op'][] } = {}
): fc.Arbitrary<JsonMutation[]> {
	const mutation = fc.record({
		op: fc.constantFrom(...(options.ops ?? MUTATIONS)),
		at: fc.nat(),
		key: fc.oneof(hostileKey, fc.constantFrom(...keys)),
		value: hostileValue(options)
	});
	return fc.array(mutation, { minLength: 1, maxLength: options.max ?? 4 });
}

interface Located {
	node: JsonNode;
	/** Replaces this node where it stands. */
	set: (next: JsonNode) => void;
	parent?: { node: JsonNode & { kind: 'array' | 'object' }; index: number };
}

function locate(root: { value: JsonNode }): Located[] {
	const out: Located[] = [];
	const visit = (node: JsonNode, set: (next: JsonNode) => void, parent?: Located['parent']) => {
		out.push({ node, set, parent });
		if (node.kind === 'array')
			node.items.forEach((item, i) =>
				visit(item, (next) => (node.items[i] = next), { node, index: i })
			);
		else if (node.kind === 'object')
			node.entries.forEach((entry, i) =>
				visit(entry[1], (next) => (entry[1] = next), { node, index: i })
			);
	};
	visit(root.value, (next) => (root.value = next));
	return out;
}

function isNumberToken(node: JsonNode): boolean {
	return node.kind === 'raw' && /^-?\d/.test(node.text);
}

function applyMutation(root: { value: JsonNode }, m: JsonMutation): void {
	const all = locate(root);
	const numbers = all.filter((l) => isNumberToken(l.node));
	const pool = m.op === 'renumber' && numbers.length ? numbers : all;
	const target = pool[m.at % pool.length];
	const { node, parent } = target;
	const value = copyNode(m.value);
	switch (m.op) {
		case 'delete':
			if (parent?.node.kind === 'array') parent.node.items.splice(parent.index, 1);
			else if (parent?.node.kind === 'object') parent.node.entries.splice(parent.index, 1);
			else target.set(value);
			return;
		case 'renumber':
			target.set(raw(SPECIAL_NUMBERS[Math.floor(m.at / pool.length) % SPECIAL_NUMBERS.length]));
			return;
		case 'rename':
			if (parent?.node.kind === 'object') parent.node.entries[parent.index][0] = m.key;
			else target.set(value);
			return;
		case 'add':
			if (node.kind === 'object') node.entries.push([m.key, value]);
			else if (node.kind === 'array') node.items.splice(m.at % (node.items.length + 1), 0, value);
			else target.set(value);
			return;
		case 'duplicate-key':
			// The same key again, before (the original wins) or after (the new value wins).
			if (parent?.node.kind === 'object') {
				const key = parent.node.entries[parent.index][0];
				parent.node.entries.splice(parent.index + (m.at % 2), 0, [key, value]);
			} else target.set(value);
			return;
		case 'clone':
			if (parent?.node.kind === 'array') parent.node.items.splice(parent.index, 0, copyNode(node));
			else if (parent?.node.kind === 'object')
				parent.node.entries.splice(parent.index, 0, [
					parent.node.entries[parent.index][0],
					copyNode(node)
				]);
			else target.set(value);
			return;
		case 'wrap':
			target.set(
				m.at % 2 ? { kind: 'array', items: [node] } : { kind: 'object', entries: [[m.key, node]] }
			);
			return;
		case 'stringify':
			target.set(raw(JSON.stringify(node.kind === 'raw' ? node.text : writeJson(node))));
			return;
		case 'replace':
			target.set(value);
			return;
	}
}

/** The document's JSON text after the mutations, applied in order to a copy of `base`. */
export function mutateJson(base: JsonNode, mutations: JsonMutation[]): string {
	const root = { value: copyNode(base) };
	for (const m of mutations) applyMutation(root, m);
	return writeJson(root.value);
}
