import { describe, expect, it } from 'vitest';
import { sameFineKind } from './kinds.ts';

describe('sameFineKind', () => {
	it('is true for the same kind and category', () => {
		expect(
			sameFineKind({ kind: 'place', category: 'water' }, { kind: 'place', category: 'water' })
		).toBe(true);
		expect(
			sameFineKind(
				{ kind: 'person', category: 'person-player' },
				{ kind: 'person', category: 'person-player' }
			)
		).toBe(true);
	});

	it('is true for the same kind when either says no category', () => {
		expect(sameFineKind({ kind: 'organisation' }, { kind: 'organisation', category: 'team' })).toBe(
			true
		);
		expect(sameFineKind({ kind: 'organisation', category: 'team' }, { kind: 'organisation' })).toBe(
			true
		);
	});

	it('is false for the same kind in different categories', () => {
		expect(
			sameFineKind({ kind: 'place', category: 'water' }, { kind: 'place', category: 'street' })
		).toBe(false);
		expect(
			sameFineKind(
				{ kind: 'organisation', category: 'team' },
				{ kind: 'organisation', category: 'public' }
			)
		).toBe(false);
	});

	it('is false for different kinds, whatever their categories', () => {
		expect(sameFineKind({ kind: 'person' }, { kind: 'organisation' })).toBe(false);
		expect(
			sameFineKind(
				{ kind: 'place', category: 'settlement' },
				{ kind: 'country', category: 'settlement' }
			)
		).toBe(false);
	});

	it('lets a person of no stated class stand for a player, either way round', () => {
		expect(
			sameFineKind(
				{ kind: 'person', category: 'person' },
				{ kind: 'person', category: 'person-player' }
			)
		).toBe(true);
		expect(
			sameFineKind(
				{ kind: 'person', category: 'person-player' },
				{ kind: 'person', category: 'person' }
			)
		).toBe(true);
	});

	it('never lets a player stand for a coach', () => {
		expect(
			sameFineKind(
				{ kind: 'person', category: 'person-player' },
				{ kind: 'person', category: 'person-coach' }
			)
		).toBe(false);
	});

	it('keeps a historic person and a style apart from people of today', () => {
		expect(
			sameFineKind(
				{ kind: 'person', category: 'historic-person' },
				{ kind: 'person', category: 'person' }
			)
		).toBe(false);
		expect(
			sameFineKind(
				{ kind: 'person', category: 'historic-person' },
				{ kind: 'person', category: 'person-expert' }
			)
		).toBe(false);
		expect(
			sameFineKind({ kind: 'person', category: 'style' }, { kind: 'person', category: 'person' })
		).toBe(false);
	});

	it('takes "person" as a generic category only for people', () => {
		expect(
			sameFineKind({ kind: 'term', category: 'person' }, { kind: 'term', category: 'person-x' })
		).toBe(false);
	});

	it('keeps an event apart from any body, of a known category or not', () => {
		expect(
			sameFineKind({ kind: 'organisation', category: 'event' }, { kind: 'organisation' })
		).toBe(false);
		expect(
			sameFineKind(
				{ kind: 'organisation', category: 'event' },
				{ kind: 'organisation', category: 'event' }
			)
		).toBe(true);
		expect(sameFineKind({ kind: 'organisation', category: 'team' }, { kind: 'organisation' })).toBe(
			true
		);
	});

	it('keeps a café apart from an air ambulance by the trades their names end in', () => {
		const cafe = { kind: 'organisation' as const, name: 'Carlow Bay Café', category: 'business' };
		const ambulance = { kind: 'organisation' as const, name: 'Northern Fells Air Ambulance' };
		expect(sameFineKind(cafe, ambulance)).toBe(false);
		expect(
			sameFineKind(ambulance, { kind: 'organisation', name: 'Hollinmere Parish Council' })
		).toBe(true);
	});
});
