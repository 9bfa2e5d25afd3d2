/**
 * "The heritage centre said…" after "the Saltmarrow Heritage Centre", "with the scheme" after the
 * Regional Finds Recording Scheme: the last words of one name the text gave before, written in
 * lower case, are that thing. So are a kind's other words: "the theatre" of the Kelderby
 * Playhouse, "the practice" of Harbour Lane Dental Care.
 */
import type { Sentence } from './analyse.ts';
import { antecedentOrganisation, type AntecedentContext } from './antecedents.ts';
import { bodyNoun, campaignName, PLACE_FIRST } from '../language/lexicon.ts';
import type { EntityDraft } from './entities.ts';

/** The ends of names a word of kind may stand for, besides the word itself. */
const KIND_TAILS: Record<string, string[]> = {
	theatre: ['playhouse', 'hippodrome', 'opera house'],
	practice: ['surgery', 'dental care', 'dental practice', 'medical centre', 'health centre'],
	surgery: ['practice', 'medical centre', 'health centre'],
	// Only in a text about a care home: "the home" of Larchfield House.
	home: ['house', 'lodge', 'court', 'manor', 'grange', 'hall']
};

/** Whether the text tells of a care or nursing home, so that "the home" is one. */
function careHome(ctx: AntecedentContext): boolean {
	return ctx.sentences.some((s) =>
		s.tokens.some(
			(t, k) =>
				t.normal === 'home' && /^(care|nursing|residential)$/.test(s.tokens[k - 1]?.normal ?? '')
		)
	);
}

/**
 * The one body or place named before `sentence` whose name is longer than `words` and ends in
 * them ("heritage centre" of "Saltmarrow Heritage Centre") or, for one word, in another word of
 * its kind, or undefined when none or several.
 */
export function namedByItsTail(
	words: string[],
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	const tail = words.join(' ').toLowerCase();
	if (tail === 'home' && !careHome(ctx)) return undefined;
	const tails = [tail, ...(words.length === 1 ? (KIND_TAILS[tail] ?? []) : [])];
	const named = ctx.index.entities.filter((e) => {
		const name = e.name.toLowerCase();
		return (
			(e.kind === 'organisation' || e.kind === 'place') &&
			tails.some(
				(t) =>
					name.split(/\s+/).length > t.split(' ').length &&
					// "the station" is not the Friends of Pellingford Station: a name's head comes before "of".
					!name.includes(' of ') &&
					// "the depot" is not the campaign Marshby Against the Depot.
					!campaignName(name.split(/\s+/)) &&
					// "River Wendle … the river", "Lake Carra … the lake": a kind its name begins with.
					(name.endsWith(` ${t}`) || (PLACE_FIRST[t] !== undefined && name.startsWith(`${t} `)))
			) &&
			e.mentions.some((m) => m.sentence < sentence.index)
		);
	});
	return named.length === 1 ? named[0] : undefined;
}

/** The one event (a festival, a show, a tournament) named before `sentence`, if only one. */
export function namedEvent(sentence: Sentence, ctx: AntecedentContext): EntityDraft | undefined {
	const events = ctx.index.entities.filter(
		(e) =>
			e.kind === 'organisation' &&
			e.category === 'event' &&
			e.mentions.some((m) => m.sentence < sentence.index)
	);
	return events.length === 1 ? events[0] : undefined;
}

/** Words an event named before is called by. */
const EVENT_NOUNS =
	/^(event|tournament|competition|festival|show|fair|championships?|contest|regatta|gala|cup|games)$/;

/**
 * "The tournament is organised by volunteers" after the Gwyn Morrow Memorial Cup: the one event
 * named before, for "the <noun>" with `after` the word that follows, unless a body the noun is
 * the head of was named ("the festival" of the Wrensholm Food Festival) or the sentence names it.
 */
export function eventByItsKind(
	noun: string,
	after: string,
	sentence: Sentence,
	ctx: AntecedentContext
): EntityDraft | undefined {
	if (!EVENT_NOUNS.test(noun) || /^(of|for|at|in)$/.test(after)) return undefined;
	if (bodyNoun(noun) && antecedentOrganisation(noun, sentence, ctx)) return undefined;
	const event = namedEvent(sentence, ctx);
	const here = ctx.index.mentionsIn(sentence.index).some((m) => m.entity === event);
	return here ? undefined : event;
}
