/**
 * Whether a four-figure number is a year by the words around it: "in 1985", "the 1942
 * observations", "the town's 1921 flood", "In a 2005 interview", "compared with 2022"; "the 2000
 * workers" count.
 */
import { hasTag, type Token } from './analyse.ts';

/** Words after which a year is a date: "in 1985", "until spring 2026", "mid 2024". */
const YEAR_PREPOSITIONS = new Set(
	`in since until till by from of to between and before after during around early late mid
	spring summer autumn fall winter`.split(/\s+/)
);
/** What a year has that others do not: "the 1942 observations", "the 2019 elections". */
const YEAR_EVENTS =
	/^(observations|records|measurements|figures|results|accounts|elections|floods|riots|games|olympics|championships|finals|exams|protests|strikes|storms|fires|reforms|talks|celebrations)$/;

export function yearByItsWords(tokens: Token[], i: number): boolean {
	const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
	if (YEAR_PREPOSITIONS.has(prev?.normal ?? '')) return true;
	// "The document, dated 1287,": what a date is written on.
	if (/^(dated|founded|built|established)$/.test(prev?.normal ?? '')) return true;
	// "rose by a third compared with 2022" (not "compared with 1500 people").
	if (
		prev?.normal === 'with' &&
		/^compared?$/.test(tokens[i - 2]?.normal ?? '') &&
		!hasTag(next, 'Plural')
	)
		return true;
	if (!/^(1[89]|20)\d\d$/.test(t.text)) return false;
	// "cancelled in both 2023 and 2024": a year paired with the next one.
	if (
		/^(both|either|neither)$/.test(prev?.normal ?? '') &&
		YEAR_PREPOSITIONS.has(tokens[i - 2]?.normal ?? '')
	)
		return true;
	// "the 1985 eruption", "the 1942 observations" (a year's records), "the town's 1921 flood" (a
	// noun the tagger may call a verb).
	if (
		/^(the|its|their|this|last|next)$/.test(prev?.normal ?? '') &&
		(hasTag(next, 'Singular') || YEAR_EVENTS.test(next?.normal ?? ''))
	)
		return true;
	const lower = /^\p{Ll}+$/u.test(next?.text ?? '') && !hasTag(next, 'Plural');
	if (/['’]s$/.test(prev?.text ?? '') && lower) return true;
	// "In a 2005 interview", "Her 1984 production": one thing, so no count.
	return /^(a|an|his|her|our|my)$/.test(prev?.normal ?? '') && lower;
}
