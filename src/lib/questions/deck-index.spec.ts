import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, SLOT_KINDS } from '../content/deck-schema.ts';
import { isEntityKind } from './deck-index.ts';

describe('isEntityKind', () => {
	it('is true for exactly the schema’s entity kinds', () => {
		expect(SLOT_KINDS.filter(isEntityKind)).toEqual([...ENTITY_KINDS]);
	});
});
