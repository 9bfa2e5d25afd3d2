/**
 * A thing's name written where a word pointed to it ("the council", "its", "his"): with "the" as
 * the text writes the name, and in the possessive where the word was one.
 */
import { hasTag } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import { takesThe, type EntityDraft } from './entities.ts';

/**
 * Whether a name put in for "the board" keeps its "the": as the text writes it, or, when the text
 * never puts "the" right before it ("the bank's Monetary Policy Board"), unless it starts with a
 * place's name ("Wrenford Borough Council").
 */
function withThe(entity: EntityDraft, ctx: Pick<AntecedentContext, 'sentences'>): boolean {
	// "Haddlestone Rovers expects…": a team takes "the" only where the text always gives it one.
	if (entity.category === 'team') return entity.mentions.every((m) => m.afterThe);
	if (entity.mentions.some((m) => m.afterThe)) return takesThe(entity);
	// A firm the text never writes with "the" takes none: "cost Brightfield Renewables £2.6m".
	if (entity.category === 'business') return false;
	// Never after "the": written bare after a preposition or a verb ("control of Lowbridge
	// District Council"), or after other words that need one ("the bank's nine-member …").
	// "plans to shut Kirkhallow Primary School": after an infinitive, whatever the tagger made of it;
	// "On Monday, Corvenham City Council voted": after a comma, where a clause starts.
	return !entity.mentions.some((m) => {
		const tokens = ctx.sentences[m.sentence]?.tokens ?? [];
		const before = tokens[m.start - 1];
		return (
			before === undefined ||
			/[,;:]/.test(before.post) ||
			hasTag(before, 'Preposition', 'Verb', 'Conjunction') ||
			// "a crash near Crossford Primary School": prepositions the tagger reads as other words.
			/^(near|opposite|outside|inside|beside|behind|past)$/.test(before.normal) ||
			(tokens[m.start - 2]?.normal === 'to' && /^[a-z]+$/.test(before.text))
		);
	});
}

/**
 * "Alun Pritchard's", but "Dunmore Rovers'" and "the Liberal Democrats'" (a plural name), and
 * "Marrable's" as it stands (a name that is a possessive already: "Marrable's chief executive").
 */
export function possessiveOf(name: string): string {
	if (/['’]s$/.test(name)) return name;
	return /[^s]s$/.test(name) && /\s/.test(name) ? `${name}'` : `${name}'s`;
}

/** A thing's name put in for "the council" or "its": with "the" as the text writes it. */
export function nameInPlace(
	entity: EntityDraft,
	ctx: Pick<AntecedentContext, 'sentences'>,
	possessive: boolean
): string {
	const name = withThe(entity, ctx) ? `the ${entity.name}` : entity.name;
	return possessive ? possessiveOf(name) : name;
}
