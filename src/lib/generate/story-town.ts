/**
 * The town a story is about, for words that mean it without naming it: "The council said…" in an
 * article that never names its council ("Brackenmoor council"), "Unemployment in the town"
 * ("in Selbridge"), "the village's only shop".
 */
import { hasTag, isCommonNoun, type Sentence, type Token } from './analyse.ts';
import type { AntecedentContext } from './antecedents.ts';
import type { EntityDraft } from './entities.ts';
import { possessiveOf } from './name-in-place.ts';
import { escapeRegExp } from '../format/regexp.ts';
import { ORGANISATION_HEADS, PLACE_HEADS } from '../language/lexicon.ts';

/**
 * The one town the headline (or the opening, under a headline with none) is about, or undefined
 * when it names none, or more than one, or a name the tagger did not know ("in Tarrow and Bexby").
 */
function storyTown(ctx: AntecedentContext): EntityDraft | undefined {
	const heading = ctx.sentences.find((s) => s.heading);
	const opening = ctx.sentences.find((s) => !s.heading);
	for (const s of [heading, opening]) {
		if (!s) continue;
		const towns = new Set(
			ctx.index
				.mentionsIn(s.index)
				.filter((m) => m.entity.kind === 'place' && m.entity.category === 'settlement')
				.map((m) => m.entity)
		);
		const [town] = towns;
		if (!town) continue;
		const named = ctx.index.mentionsIn(s.index);
		const other = s.tokens.some(
			(t, k) =>
				k > 0 &&
				/^\p{Lu}/u.test(t.text) &&
				!hasTag(t, 'Date') &&
				!named.some((m) => m.start <= k && k < m.end)
		);
		return towns.size > 1 || other || !aTown(town, ctx) ? undefined : town;
	}
	return undefined;
}

/**
 * Whether a place taken for a town is one, and the only one the text calls a town: not a club
 * ("Holtby Town"), not a province ("the northern province of Harrowdale"), and no other place
 * brought in as "the market town of Wenlow".
 */
function aTown(town: EntityDraft, ctx: AntecedentContext): boolean {
	const last = town.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
	// Not "Linden Ward", "Brookfield Park": a ward, a building or a street is no town.
	const other = ORGANISATION_HEADS[last] ?? PLACE_HEADS[last];
	if (/^(town|city|village|ward)$/.test(last) || other !== undefined) return false;
	const first = town.name.split(/\s+/)[0];
	return !ctx.sentences.some((s) =>
		s.tokens.some((t, k) => {
			const of = t.normal === 'of' && /^\p{Lu}/u.test(s.tokens[k + 1]?.text ?? '');
			const kind = s.tokens[k - 1]?.normal ?? '';
			if (!of) return false;
			const named = s.tokens[k + 1].text;
			if (/^(province|county|region|state|country|kingdom|republic)$/.test(kind))
				return named === first;
			return /^(town|village|city)$/.test(kind) && named !== first;
		})
	);
}

/**
 * "The council said…" in an article that never names its council but says it is a town's
 * ("the borough council", "Cllr Denise Okafor"): the story's town's council, as "Brackenmoor
 * council". Undefined when any council is named, or the town is not clear.
 */
function storyCouncil(ctx: AntecedentContext): string | undefined {
	const councils = ctx.index.entities.filter(
		(e) => e.kind === 'organisation' && /\b(council|authority)$/i.test(e.name)
	);
	if (councils.length) return undefined;
	// A town's own council: "the borough council", "Cllr Denise Okafor", "councillors voted".
	const local = ctx.sentences.some((s) =>
		s.tokens.some(
			(t, k) =>
				/^(cllr|councillor|councillors)$/.test(t.normal) ||
				(t.normal === 'council' &&
					/^(borough|town|city|district|county|parish)$/.test(s.tokens[k - 1]?.normal ?? ''))
		)
	);
	const town = local ? storyTown(ctx) : undefined;
	return town && `${town.name} council`;
}

/**
 * "Unemployment in the town", "the village's only shop": the story's town, when neither this
 * sentence nor the one before names another place where people live.
 */
function townMeant(sentence: Sentence, ctx: AntecedentContext): EntityDraft | undefined {
	const town = storyTown(ctx);
	if (!town) return undefined;
	const elsewhere = [sentence.index - 1, sentence.index].some((k) =>
		ctx.index
			.mentionsIn(k)
			.some(
				(m) => m.entity !== town && m.entity.kind === 'place' && m.entity.category === 'settlement'
			)
	);
	return elsewhere ? undefined : town;
}

/**
 * The words written for the noun after the "the" at `i` when it is "council" (of a council the
 * text never names) or "town", "village", "city" and means the story's town; else undefined.
 * "the council's" → "Brackenmoor council's", "the town centre" → "Brackenmoor town centre".
 */
export function storyWords(
	tokens: Token[],
	i: number,
	sentence: Sentence,
	ctx: AntecedentContext
): string | undefined {
	const next = tokens[i + 1];
	const noun = next?.normal.replace(/['’]s$/, '') ?? '';
	const after = tokens[i + 2]?.normal ?? '';
	if (!next || after === 'of') return undefined;
	const possessive = /['’]s$/.test(next.text);
	if (noun === 'council') {
		const council = /^(tax|house|houses|homes|estate)$/.test(after) ? undefined : storyCouncil(ctx);
		return council && (possessive ? `${council}'s` : council);
	}
	if (noun === 'county') {
		const county = namedCounty(sentence, ctx);
		return county && (possessive ? possessiveOf(county.name) : county.name);
	}
	if (!/^(town|village|city)$/.test(noun)) return undefined;
	const town = townMeant(sentence, ctx);
	if (!town || ctx.index.mentionsIn(sentence.index).some((m) => m.entity === town))
		return undefined;
	if (otherPlace(town.name, noun, ctx)) return undefined;
	if (possessive) return possessiveOf(town.name);
	return /^\s+$/.test(next.post) && isCommonNoun(tokens[i + 2])
		? `${town.name} ${next.text}`
		: town.name;
}

/**
 * "between Corvenham and the city": the text sets "the city" beside the story's town, so it is
 * another place; so is "the city" of a text that calls its own place a town.
 */
function otherPlace(town: string, noun: string, ctx: AntecedentContext): boolean {
	const name = escapeRegExp(town);
	const beside = new RegExp(`\\b${name} and the ${noun}\\b|\\bthe ${noun} and ${name}\\b`, 'i');
	if (ctx.sentences.some((s) => beside.test(s.text))) return true;
	return noun === 'city' && ctx.sentences.some((s) => /\b(the|this|market) town\b/i.test(s.text));
}

/**
 * "across the county" after "riding 104 miles across Darrowshire": the one county the text names
 * before (a "-shire", or a region), unless the sentence names it.
 */
function namedCounty(sentence: Sentence, ctx: AntecedentContext): EntityDraft | undefined {
	const counties = ctx.index.entities.filter(
		(e) =>
			e.kind === 'place' &&
			(/shire$/.test(e.name) || e.category === 'region') &&
			e.mentions.some((m) => m.sentence < sentence.index)
	);
	const [county] = counties;
	const here = ctx.index.mentionsIn(sentence.index).some((m) => m.entity === county);
	return counties.length === 1 && !here ? county : undefined;
}
