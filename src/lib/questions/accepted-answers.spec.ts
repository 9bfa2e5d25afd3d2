/**
 * Every typed answer a curated deck accepts, listed and justified (issue 21). A slot's `accept`
 * entry, and an entity's alias (the answer key accepts those for any slot that names the entity),
 * must be one of:
 *
 * (a) a name form of the thing: another of its names (an alias of an entity, within a phrase too:
 *     "occupied areas" for "occupied territories"), a person's surname or titled name, an acronym
 *     of its words ("CDS", "WW3");
 * (b) a spelling variant: the same words after normalizeAnswer (case, accents, punctuation,
 *     hyphens, articles), British or American spelling, a plural, doubled letters of a long word
 *     ("Odessa"), spaces ("airpower"), or the same list in another order;
 * (c) an equivalent form: the same number (in the same unit), the same date, or a line of
 *     EQUIVALENTS (accept-equivalents.ts), with its reason.
 *
 * Anything else fails, naming the deck, fact, slot and entry. A garbled phrase is never accepted;
 * a garbled spelling of a person's name may be (`garbled`), and the feedback shows the true one.
 */
import { describe, expect, it } from 'vitest';
import { equivalentsOf } from './accept-equivalents.ts';
import {
	aliasReasons,
	aliasTargets,
	canon,
	decks,
	justification,
	slotTargets,
	unjustified,
	type Target
} from './accept-justification.ts';

describe.each(decks.map((d) => [d.id, d] as const))('the accepted answers of %s', (_, deck) => {
	const slots = slotTargets(deck);
	const aliases = aliasTargets(deck);

	it('are listed: every slot’s accept entries and every entity’s aliases', () => {
		expect(slots.length + aliases.length).toBeGreaterThan(0);
	});

	it.each(slots.map((t) => [`${t.where}: “${t.entry}”`, t] as const))('%s', (_, target) => {
		expect(justification(target), unjustified(target)).toBeDefined();
	});

	it.each(aliases.map((a) => [`${a.target.where}: “${a.target.entry}”`, a] as const))(
		'%s',
		(_, { target, why }) => {
			expect(why, unjustified(target)).toBeDefined();
		}
	);

	it('use every EQUIVALENTS entry, where it says', () => {
		const all = [...slots, ...aliases.map((a) => a.target)];
		const table = equivalentsOf(deck);
		const unused = table.filter((q) => {
			const here = all.filter((t) => t.scope === q.at);
			const form = canon(q.form, here[0]?.person);
			return !here.some((t) => ` ${canon(t.entry, t.person)} `.includes(` ${form} `));
		});
		expect(unused.map((q) => `${q.at}: “${q.form}”`)).toEqual([]);
		for (const q of table) expect(q.why.length, q.form).toBeGreaterThan(5);
	});
});

describe('the accept rules', () => {
	const deck = decks.find((d) => d.id === 'ukraine-security-guarantees');
	if (!deck) throw new Error('the curated deck ukraine-security-guarantees is missing');
	const at = (factId: string, slotId: string, entry: string): Target => {
		const s = deck.facts.find((f) => f.id === factId)?.slots.find((x) => x.id === slotId);
		if (!s) throw new Error(`no slot ${factId}.${slotId}`);
		const scope = `${factId}.${slotId}`;
		return { deck, where: scope, scope, entry, seeds: [s.answer], person: false, slot: s };
	};

	it('are met by the deck’s entries: each with a reason (what the listing above checks)', () => {
		expect(slotTargets(deck).length).toBeGreaterThan(50);
		expect(aliasTargets(deck).length).toBeGreaterThan(40);
		expect(equivalentsOf(deck).length).toBeGreaterThan(0);
	});

	it('refuse what nothing justifies: a reversed sense, a wrong unit, another list', () => {
		const outcome = (entry: string) =>
			justification(at('wallace-little-achieved', 'outcome', entry));
		expect(outcome('a little will be achieved')).toBeUndefined();
		expect(outcome('much will be achieved')).toBeUndefined();
		expect(outcome('Little will be achieved!')).toBeDefined();
		expect(justification(at('hodges-doubts-us', 'attitude', 'suspects'))).toBeUndefined();
		expect(justification(at('wallace-west-not-firm', 'verdict', 'firm enough'))).toBeUndefined();
		expect(justification(at('air-policing-option', 'bases', 'Hungary or Romania'))).toBeUndefined();
		const km = (entry: string) => justification(at('front-line-length', 'km', entry));
		expect(km('1000 miles')).toBeUndefined();
		expect(km('600')).toBeUndefined();
		expect(km('over 600 miles')).toBeDefined();
	});

	it('let no two unjustified aliases vouch for each other', () => {
		const nato = deck.entities.find((e) => e.id === 'nato');
		if (!nato) throw new Error('no entity nato');
		const reasons = aliasReasons(deck, {
			...nato,
			aliases: [...nato.aliases, 'the Warsaw Pact', 'Foo Bar', 'foo-bar']
		});
		expect(reasons.get('the Warsaw Pact')).toBeUndefined();
		expect(reasons.get('Foo Bar')).toBeUndefined();
		expect(reasons.get('foo-bar')).toBeUndefined();
		expect(reasons.get('North Atlantic Treaty Organization')).toBeDefined();
	});
});
