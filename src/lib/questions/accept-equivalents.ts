/**
 * For accepted-answers.spec.ts and garbled-forms.spec.ts: the table of equivalent forms a curated
 * deck may accept (with the reason for each), and the forms no deck may accept. Not used by the
 * app.
 */
import type { Deck } from '../content/deck-schema.ts';

export interface Equivalent {
	/** Where it holds: a slot ("fact-id.slot-id") or an entity's names ("entity:id"). */
	at: string;
	/** These words (an accepted entry, or part of one) … */
	form: string;
	/** … mean the same as these (in the answer, a name, or a form already justified). */
	means: string;
	why: string;
}

/**
 * Forms that mean the same but share no spelling, under the slot ("[fact-id.slot-id]") or the
 * entity ("[entity:id]") they hold for: "form ≡ means — why". A form may stand for part of an
 * answer ("prevent ≡ stop"), and may mean a form justified above it. Every line must be used.
 */
const EQUIVALENTS: Record<string, Equivalent[]> = {
	'ukraine-security-guarantees': parseEquivalents(`
[entity:starmer]
Sir Keir ≡ Keir Starmer — how a knight is named (the article: "Sir Kir")
[entity:arnold]
Edward Arnold ≡ Ed Arnold — Ed is short for Edward (the article's form)
[entity:usa]
United States of America ≡ United States — its full name
America ≡ United States — the article’s own name for the US ("America will join")
[entity:uk]
Britain ≡ United Kingdom — its usual short name ("Britain has sent …")
Great Britain ≡ Britain — the long form of that short name, used for the state (GB)
[entity:russia]
the Russian Federation ≡ Russia — Russia’s official name
[entity:nato]
the transatlantic alliance ≡ NATO — the article’s own name for NATO
[entity:us-army-europe]
US Army forces in Europe ≡ US Army Europe — the article’s own name for the command
[entity:washington]
Washington DC ≡ Washington — the city’s full name
[entity:commentators]
many commentators ≡ commentators — the article’s own words for the group
[entity:military-experts]
many military experts ≡ military experts — the article’s own words for the group
[entity:sanctions]
sanctions ≡ economic sanctions — the usual short name
crippling economic sanctions ≡ economic sanctions — the article’s adjective; the same measure
restrictions ≡ sanctions — the article’s own word ("economic restrictions on Russia oil exports")
[entity:line-of-contact]
front line ≡ line of contact — the article calls the same line both
[entity:world-war-three]
third world war ≡ World War Three — the same war named by its ordinal
[entity:occupied-territories]
areas ≡ territories — the article’s own word ("the occupied areas")
[entity:air-policing]
policing Ukraine's airspace ≡ air policing — what air policing is, in the article’s words
[radakin-sent-to-washington.role]
head of the armed forces ≡ Chief of the Defence Staff — what the post is (the deck’s role for Radakin)
[cogs-turning.verdict]
cogs are turning ≡ cogs are clearly turning — the idiom without the author’s "clearly"
wheels ≡ cogs — the same idiom with its other word
things are moving ≡ cogs are turning — what the idiom means (the fact’s explanation)
[slovakia-opposes-membership.reason]
war with Russia ≡ shooting war with Russia — a shooting war is a war: the same risk
[deter-second-or-third-bite.purpose]
prevent ≡ stop — the same verb here
to stop Russia coming back ≡ to stop Russia coming back for a second, or third, bite — coming back is the bite
attacking again ≡ coming back — what coming back for a bite means (the fact’s explanation)
invading ≡ attacking — a bite is another invasion (the fact’s explanation)
to deter Russia from attacking again ≡ to stop Russia attacking again — deterring is how a guarantee stops it
[air-policing-option.bases]
and ≡ or — bases in either country or both: each answers the question
[rules-of-engagement.pilots-question]
if ≡ whether — the same indirect question
may ≡ can — the same permission
fire back ≡ shoot back — the same act
[kremlin-opposes-nato-troops.condition]
flag ≡ badge — the colours troops serve under: the same idea
under another badge ≡ even under another badge — "even" only stresses it
under any badge ≡ under another badge — any badge other than NATO’s: the same condition
whatever badge they wear ≡ under any badge — the same condition
[military-support.areas]
logistic support ≡ logistics — the article’s own words
[military-support.supplies]
arms ≡ weapons — the same thing
ammo ≡ ammunition — its short word
[russia-and-moscow-say.view]
no say ≡ should have no say — the same verdict without its verb
should not have a say ≡ should have no say — the same, negated on the verb
should have no say at all ≡ should have no say — "at all" only stresses it
[foreman-role.role]
military attaché ≡ defence attaché — the post’s general name (the article: "military attachment")
British defence attaché ≡ defence attaché — he was Britain’s (the statement says so)
[foreman-quote.price]
recognition ≡ formal recognition — the same recognition; "formal" only stresses it
[hodges-doubts-us.attitude]
is sceptical ≡ doubts — the same view
doubts it ≡ doubts — "it" is the same doubt
[hodges-europeans-quote.until]
until he is forced to do so ≡ until he is forced to — the article’s own words
until forced to ≡ until he is forced to — the same, without the pronoun
[underlying-contradiction.aim]
strong enough to deter Russia ≡ strong enough to deter Russia from attacking Ukraine again — deterring Russia is deterring that attack
from attacking again ≡ from attacking Ukraine again — the attack meant is on Ukraine
[underlying-contradiction.threat]
property ≡ assets — the article’s own word
attack ≡ target — to target assets is to threaten to attack them
[wallace-west-not-firm.role]
Secretary of State for Defence ≡ Defence Secretary — the post’s formal title
UK Defence Secretary ≡ Defence Secretary — the statement says UK
[wallace-west-not-firm.verdict]
not sufficiently firm ≡ not firm enough — the article’s own words
too soft ≡ not firm enough — the same verdict
[wallace-little-achieved.outcome]
not much ≡ little — the same amount
little will happen ≡ little will be achieved — the same outcome
[arnold-role.role]
Fellow for European Security ≡ Senior Research Fellow for European Security — the article’s own title for him
research fellow ≡ senior research fellow — his post without its grade
[arnold-warning.nature]
a political aspiration ≡ a political aspiration rather than a rigorous military construct — the half of the contrast that is his point
[front-line-length.km]
600 miles ≡ 1,000 km — the article gives both ("over 600 miles or 1000 km-plus")
`)
};

export function equivalentsOf(deck: Deck): Equivalent[] {
	return EQUIVALENTS[deck.id] ?? [];
}

function parseEquivalents(table: string): Equivalent[] {
	let at = '';
	return table
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.flatMap((line) => {
			const scope = /^\[(.+)\]$/.exec(line);
			if (scope) {
				at = scope[1];
				return [];
			}
			const entry = /^(.+?) ≡ (.+?) — (.+)$/.exec(line);
			if (!entry || !at) throw new Error(`EQUIVALENTS: cannot read “${line}”`);
			return [{ at, form: entry[1], means: entry[2], why: entry[3] }];
		});
}

/**
 * Forms that change the meaning, which the deck once accepted (issue 21 and the garbled phrases
 * of the deck before it): none may be accepted anywhere.
 */
export const MEANING_CHANGING: [string, string][] = [
	['suspect', 'the opposite of "doubts"'],
	['a little will be achieved', 'reverses "little will be achieved"'],
	['in Russian', 'no think tank’s name'],
	['has decided that', 'not "has ruled it out"'],
	['coalition of alliance', 'a garbled term'],
	['coalition of the alliance', 'a garbled term'],
	['alliance of the interested', 'a garbled term'],
	['interested alliance', 'a garbled term'],
	['alliance of the alliance', 'a garbled term'],
	['should not say anything', 'staying silent is not having no say'],
	['keep the Russian fleet in the Gulf', 'no gulf: the fleet is kept at bay'],
	['keep the Russian fleet in port', 'narrower than the source'],
	['which is also under the badge', 'a garbled phrase'],
	['reconstruct the army of his injury', 'a garbled phrase'],
	['military attachment', 'an attachment is not an attaché']
];
