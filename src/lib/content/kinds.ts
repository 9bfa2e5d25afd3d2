/**
 * Fine kinds: what makes two named things the same kind of thing, so that one can stand as a
 * wrong answer for the other. The same kind (person, organisation, place…) and the same category
 * within it (a leader for a leader, a river for a river, a club for a club). People whose class
 * the article does not say ("person") may stand for people of any class; a player never for a
 * coach, a politician never for a judge.
 */
import type { EntityKind } from './deck-schema.ts';

export interface Kinded {
	kind: EntityKind;
	category?: string;
	name?: string;
}

/** A generated person's category: "person" or "person-<class>" (player, politician…). */
const GENERIC_PERSON = 'person';

/** Categories that are no kind of body at all: an event stands only for an event. */
const APART = new Set(['event']);

/**
 * The trade a body's name ends in, when it says one plainly: "Ravel Water", "Westmarch Rail"; a
 * café with no helicopters, an air ambulance selling no bacon rolls.
 */
export function tradeOf(name: string | undefined): string | undefined {
	const last = name?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
	return TRADES.test(last) ? last.replace(/(ies|y|s)$/, '') : undefined;
}
const TRADES =
	/^(water|rail|railways?|bakery|bakeries|airways|airlines?|buses|coaches|ferries|brewery|builders|homes|foods|energy|power|café|cafe|ambulance)$/;

export function sameFineKind(a: Kinded, b: Kinded): boolean {
	if (a.kind !== b.kind) return false;
	// "Westmarch Rail announced a hosepipe ban": no firm for one of another trade its name says.
	const [ta, tb] = [tradeOf(a.name), tradeOf(b.name)];
	if (a.kind === 'organisation' && ta && tb && ta !== tb) return false;
	// "beat _____ by two lengths": the Ashmere Regatta is no crew, known or not.
	if (APART.has(a.category ?? '') !== APART.has(b.category ?? '')) return false;
	if (a.category === undefined || b.category === undefined || a.category === b.category)
		return true;
	if (a.kind !== 'person') return false;
	const generic = (c: string) => c === GENERIC_PERSON;
	const classed = (c: string) => c.startsWith(`${GENERIC_PERSON}-`);
	return (
		(generic(a.category) && classed(b.category)) || (generic(b.category) && classed(a.category))
	);
}
