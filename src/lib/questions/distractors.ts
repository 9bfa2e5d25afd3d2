/**
 * Wrong answers of the right kind: hand-written ones first, then names of the same kind from the
 * deck (people of the same category), then numeric neighbours. Never the answer under another
 * name, and never something the statement already mentions.
 */
import type { Entity, Fact, Slot } from '../content/deck-schema.ts';
import { normalizeAnswer } from '../answers/normalize.ts';
import { sameFineKind } from '../content/kinds.ts';
import { isEntityKind, type DeckIndex } from './deck-index.ts';
import { shuffled, type Random } from './random.ts';
import { formatNumberLike, wholeWordIndex } from './wording.ts';

export interface DistractorPool {
	/** Written by a person for this slot: the most plausible. */
	curated: string[];
	/** Drawn from the deck. */
	drawn: string[];
}

/** Nouns that label a name written after them: "the charity X", "the firm X". */
const LABEL_NOUNS =
	'charity|company|firm|group|union|association|council|agency|club|party|trust|organisation|organization|campaign|body|regulator|operator|retailer|manufacturer|maker|supermarket|chain|bank|broadcaster|newspaper|team|airline|insurer|supplier|developer|builder|carrier|network|society|foundation|institute|university|school|hospital|festival|band|publisher';
const LABEL_BEFORE = new RegExp(`\\b(${LABEL_NOUNS})\\s+$`, 'i');
/** "its only remaining airline, X": the sentence says what the answer is. */
const LABEL_APPOSITION = new RegExp(`\\b(${LABEL_NOUNS}),\\s+$`, 'i');
/** What a name of each such label has in it, where it is not the label itself. */
const LABEL_IN_NAME: Record<string, RegExp> = {
	airline: /\bair(ways|lines?)?\b/i,
	school: /\b(school|academy|college)\b/i,
	hospital: /\b(hospital|infirmary)\b/i,
	organization: /\borgani[sz]ation\b/i,
	organisation: /\borgani[sz]ation\b/i
};

/**
 * Whether a wrong name fits after "<label>, " as the answer does: a wrong answer to "its only
 * remaining airline, _____" must be an airline by its name, or the false statement is false from
 * its own wording ("its only remaining airline, the North Shore Growth Partnership").
 */
function fitsLabel(label: string, name: string): boolean {
	const key = label.toLowerCase();
	return (LABEL_IN_NAME[key] ?? new RegExp(`\\b${key}`, 'i')).test(name);
}

export function distractorPool(index: DeckIndex, fact: Fact, slot: Slot): DistractorPool {
	const entity = index.entity(slot.entity);
	const titles = slot.kind === 'person';
	const forbidden = new Set(
		[slot.answer, ...slot.accept, ...(entity ? [entity.name, ...entity.aliases] : [])].map((t) =>
			normalizeAnswer(t, { titles })
		)
	);
	// The statement without the answer itself: "firm enough" is a fine distractor for "not firm enough".
	const at = fact.statement.indexOf(slot.answer);
	const rest =
		at < 0
			? fact.statement
			: `${fact.statement.slice(0, at)} | ${fact.statement.slice(at + slot.answer.length)}`;
	const statement = normalizeAnswer(rest, { titles });
	const seen = new Set<string>();
	const usable = (text: string) => {
		const key = normalizeAnswer(text, { titles });
		if (!key || forbidden.has(key) || seen.has(key)) return false;
		// Something the statement already names would make a confusing (or true) option.
		if (` ${statement} `.includes(` ${key} `)) return false;
		seen.add(key);
		return true;
	};
	// "the conservation charity Coastal Restoration Trust": after a label noun, a name is written
	// without "the", so a wrong name is too ("the charity the Maddock Fishermen's Association").
	const before = at < 0 ? '' : fact.statement.slice(Math.max(0, at - 24), at);
	const labelled = !/^the\s/i.test(slot.answer) && LABEL_BEFORE.test(before);
	const fit = (text: string) => (labelled ? text.replace(/^the\s+/i, '') : text);
	const label = LABEL_APPOSITION.exec(before)?.[1];
	const lead = at < 0 ? '' : fact.statement.slice(Math.max(0, at - 60), at);
	const fitting = (name: string) => label === undefined || fitsLabel(label, name);
	const curated = slot.distractors.filter(fitting).map(fit).filter(usable);
	// "said Dr _____": only someone the article calls a doctor or a professor (or an expert), or
	// the false statement gives a minister the title and is false from its wording.
	const doctor = /\b(Dr|Prof|Professor)\.?\s+$/.test(before);
	// "Judge _____", "Detective Inspector _____", "Councillor _____": people of the answer's class.
	// So is "The managing director of Westmarch Rail, _____", "Station manager _____": the role the
	// article gives the answer, written just before the blank.
	const roleWord = (
		entity?.role
			?.split(/\s+of\s+|,/)[0]
			.trim()
			.split(/\s+/)
			.at(-1) ?? ''
	)
		.toLowerCase()
		.replace(/[^a-z-]/g, '');
	const ownRole =
		roleWord.length > 2 &&
		new RegExp(`\\b${roleWord}\\b[^.;]{0,40}$`, 'i').test(lead) &&
		entity?.category !== 'person-public';
	const office =
		(TITLED_SLOT.test(before) || ownRole) && entity?.category?.startsWith('person-')
			? entity.category
			: '';
	// "The _____ has raised interest rates" (the National Bank of Estravia): no name the article
	// never writes with "the" ("The Kordan Bank").
	const afterThe = isEntityKind(slot.kind) && slot.kind !== 'person' && /\bthe\s+$/i.test(before);
	const article = (index.deck.article ?? '').toLowerCase();
	// "_____ KC said": only someone the article gives those letters.
	const letters =
		at < 0
			? undefined
			: /^\s+(KC|QC|MP|MEP|MSP)\b/.exec(fact.statement.slice(at + slot.answer.length))?.[1];
	const drawn = drawnCandidates(index, fact, slot, entity)
		.filter((name) => !afterThe || article.includes(`the ${name.toLowerCase()}`))
		.filter(
			(name) => !letters || article.includes(`${name.toLowerCase()} ${letters.toLowerCase()}`)
		)
		.filter((name) => !doctor || titled(index, name))
		.filter((name) => !office || index.entityNamed(name)?.category === office)
		.filter(fitting)
		.map(fit)
		.filter(usable);
	// "Ines Maalouf's teammate, _____" in a women's race: no one of the other sex (a man there is
	// guessed wrong from his sex alone), nor elsewhere when three of the answer's sex will do.
	// "ahead of her nearest rival, _____", "he passed the Scottish runner _____": a rival is of
	// the sex of the one they raced, whatever the text says of the rival.
	const rivalOf =
		(/\b(her|his)\s+(?:[a-z-]+\s+){0,2}(?:rival|team-?mate|opponent|partner)s?,?\s*$/i.exec(lead) ??
			/\b(she|he)\s+(?:passed|beat|overtook|caught|edged|defeated|outsprinted)\s+(?:\S+\s+){0,4}$/i.exec(
				lead
			))?.[1];
	const sex =
		entity?.gender ?? (rivalOf ? (/^(her|she)$/i.test(rivalOf) ? 'female' : 'male') : undefined);
	const sameSex = drawn.filter((name) => sex && index.entityNamed(name)?.gender === sex);
	const keep =
		slot.kind === 'person' &&
		sex !== undefined &&
		(sameSex.length >= 3 || SPORTING.test(fact.statement) || rivalOf !== undefined);
	const chosen = keep ? sameSex : drawn;
	// "_____ pulled a goal back": in a match report, a player; the club's chair is guessed wrong.
	const players = chosen.filter(
		(name) => !OFF_THE_FIELD.test(index.entityNamed(name)?.category ?? '')
	);
	const sporting =
		slot.kind === 'person' && (SPORTING.test(fact.statement) || rivalOf !== undefined);
	const onField = sporting && !OFF_THE_FIELD.test(entity?.category ?? '');
	return { curated, drawn: onField ? players : chosen };
}

/** People who do not play: "Club chair Susan Whitlock", a coach, a minister, a supporter. */
const OFF_THE_FIELD = /^person-(official|politician|public|expert|legal|coach)$/;

/** A title written before the blank that only people of one standing hold. */
const TITLED_SLOT =
	/\b(Judge|Prosecutor|Inspector|Insp|Det|DI|DS|DC|Sergeant|Sgt|Constable|PC|Superintendent|Supt|Councillor|Cllr|Mayor|Minister|President|Coach|Captain|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Ss]pokesman|[Ss]pokeswoman)\.?\s+$/;

/** Whether the article gives a person "Dr" or "Prof", or says they are an expert. */
function titled(index: DeckIndex, name: string): boolean {
	const person = index.entityNamed(name);
	if (person?.category === 'person-expert') return true;
	const article = index.deck.article ?? '';
	return [name, ...(person?.aliases ?? [])].some(
		(form) =>
			article.includes(`Dr ${form}`) ||
			article.includes(`Prof ${form}`) ||
			article.includes(`Professor ${form}`)
	);
}

/** Words of a sports report, where men and women compete apart. */
const SPORTING =
	/\b(teammates?|team-mates?|riders?|race|finished|standings|winner|champions?|try|tries|goals?|scored|match|final|semi-final|tournament|league|medal|squad|players?|play(s|ed|ing)?|captain|striker|winger|lap|stage|points|singles|doubles)\b/i;

function drawnCandidates(
	index: DeckIndex,
	fact: Fact,
	slot: Slot,
	entity: Entity | undefined
): string[] {
	if (slot.kind === 'number') return numericNeighbours(slot, fact.statement);
	// Other people's roles are plausible wrong roles.
	if (slot.kind === 'role') return index.personRoles();
	if (isEntityKind(slot.kind)) {
		const sameKind = index.entitiesOfKind(slot.kind).filter((e) => e !== entity);
		// Only things of the same standing: leaders with leaders, seas with seas.
		const pool = entity ? sameKind.filter((e) => sameFineKind(e, entity)) : sameKind;
		// "Suri" and "Bayu", tapirs called by one name, are no wrong answers for "Helen Marchbank",
		// nor she for them.
		const fullName = (name: string) => /\s/.test(name.trim());
		return pool
			.filter(
				(e) => slot.kind !== 'person' || !entity || fullName(e.name) === fullName(entity.name)
			)
			.map((e) => e.name);
	}
	// Phrases and dates are only as good as the person who wrote them: no drawing from other facts.
	return [];
}

/**
 * Plausible wrong numbers: written like the answer, clearly outside the tolerance, on both sides
 * of it (so the right one is not always the smallest or the largest), and never true by accident
 * ("over 600 miles" is also true of 300, so only larger numbers are offered). Small counts step
 * by one; rates step by their own grain (3.75 % → 3.5 %, 4 %); larger numbers scale by a quarter,
 * a half, double.
 */
export function numericNeighbours(slot: Slot, statement = ''): string[] {
	const figureText = /\d[\d,]*(\.\d+)?/.exec(slot.answer)?.[0];
	const figure = figureText === undefined ? Number.NaN : Number(figureText.replace(/,/g, ''));
	const value = slot.value ?? figure;
	if (!Number.isFinite(value) || !Number.isFinite(figure) || figure === 0) return [];
	// "£6.8 million": the figure is 6.8 of a value of 6,800,000.
	const scale = value / figure;
	const tolerance = slot.tolerance ?? 0;
	const at = wholeWordIndex(statement, slot.answer);
	const before = at < 0 ? '' : statement.slice(Math.max(0, at - 24), at).toLowerCase();
	const after = at < 0 ? '' : statement.slice(at + slot.answer.length, at + slot.answer.length + 8);
	const atLeast =
		/(over|more than|at least|above|exceeds?)\s*$/.test(before) ||
		/-?plus\b|\+/.test(slot.answer + after);
	// "fewer than 200 fish": 120 may be true as well, and anything larger is. No wrong number is
	// surely wrong, so none is offered. ("up to 15 years" states a maximum: others are wrong.)
	if (/(under|less than|fewer than|at most|below|no more than)\s*$/.test(before)) return [];
	const atMost = false;
	const decimals = figureText?.split('.')[1]?.length ?? 0;
	const percent = /%/.test(slot.answer) || /^\s*per ?cent/i.test(after);
	let candidates: number[];
	const temperature = /°|\d[CF]\b/.test(slot.answer) || /^\s*degrees?\b/i.test(after);
	if (temperature) {
		// Degrees step: 19C → 15C, 22C; scaling a temperature makes nonsense (38C rivers).
		const step = Math.max(2, Math.round(Math.abs(figure) / 5));
		candidates = [1, -1, 2, -2, 3].map((d) => figure + d * step);
	} else if (Number.isInteger(figure) && figure < 10 && !percent) {
		candidates = [1, 2, -1, 3, -2, 4].map((d) => figure + d);
	} else if (percent && (!Number.isInteger(figure) || figure < 20)) {
		// A quarter point for rates like 3.75 %; half a point for 3.1 % or 11.4 % (a tenth is too
		// close to tell apart); for whole percentages, about a fifth of the figure (15 % → 12 %,
		// 18 %), so that no wrong answer is within a rounding of the right one.
		const grain =
			Number.isInteger(figure * 4) && !Number.isInteger(figure)
				? 0.25
				: Number.isInteger(figure)
					? Math.max(1, Math.round(figure / 5))
					: figure >= 1
						? 0.5
						: 10 ** -decimals;
		candidates = [1, -1, 2, -2, 3, -3, 4].map((d) =>
			Number((figure + d * grain).toFixed(Math.max(decimals, grain < 1 ? 2 : 0)))
		);
	} else {
		candidates = [1.5, 0.5, 2, 0.75, 1.25, 0.6, 1.75, 1.4].map((f) =>
			roundLike(figure * f, figure)
		);
	}
	// "below minus 2C": the word carries the sign, so "minus 0C" and "minus -2C" are no readings.
	const signed = /\bminus\s*$/.test(before);
	const usable = candidates.filter(
		(n) =>
			(n > 0 || (temperature && !signed)) &&
			n !== figure &&
			// "1.3 million" homes: "0.7 million" is not how anyone writes 700,000.
			(scale === 1 || figure < 1 || n >= 1) &&
			Math.abs(n * scale - value) > tolerance &&
			(!atLeast || n > figure) &&
			(!atMost || n < figure)
	);
	const digits = figureText ?? String(figure);
	// Written with the answer's separators and at least its decimals ("3.75" → "3.5" stays 3.50).
	const like = (n: number) => {
		const own = /\.(\d+)/.exec(String(n))?.[1].length ?? 0;
		return own > decimals ? `${digits.split('.')[0]}.${'0'.repeat(Math.min(own, 2))}` : digits;
	};
	return [...new Set(usable)].map((n) => slot.answer.replace(digits, formatNumberLike(n, like(n))));
}

function roundLike(n: number, like: number): number {
	// Rounded as the answer is ("48,260" → "72,390", "19,000" → "28,000"); a fraction keeps its own
	// decimals. No round thousands beside an exact answer: the exact one would give itself away.
	const decimals = /\.(\d+)/.exec(String(like))?.[1].length ?? 0;
	if (decimals) return Number(n.toFixed(decimals));
	const zeros = /0*$/.exec(String(Math.round(Math.abs(like))))?.[0].length ?? 0;
	const magnitude = 10 ** Math.min(zeros, Math.max(0, Math.floor(Math.log10(Math.abs(like))) - 1));
	return Math.round(n / magnitude) * magnitude;
}

const figureOf = (text: string) => {
	const match = /\d[\d,]*(\.\d+)?/.exec(text);
	return match ? Number(match[0].replace(/,/g, '')) : Number.NaN;
};

/**
 * Wrong numbers in `ordered` with the first `count` not all on one side of the answer, when the
 * rest has one on the other side: "95 minutes" among 133, 143 and 166 is found as the odd one
 * out, without reading the article. The first wrong number whose side is already taken makes
 * way for the first of the other side; the order is otherwise kept.
 */
export function spreadAround(answer: string, ordered: string[], count: number): string[] {
	const value = figureOf(answer);
	const sideOf = (text: string) => Math.sign(figureOf(text) - value);
	const chosen = ordered.slice(0, count);
	if (!Number.isFinite(value) || chosen.length < count || chosen.some((d) => !sideOf(d)))
		return ordered;
	const side = sideOf(chosen[0]);
	if (chosen.some((d) => sideOf(d) !== side)) return ordered;
	const other = ordered.slice(count).find((d) => sideOf(d) === -side);
	if (other === undefined) return ordered;
	const out = ordered.filter((d) => d !== other);
	out.splice(count - 1, 0, other);
	return out;
}

/** `count` distractors: curated ones first (in random order), then drawn ones. */
export function chooseDistractors(pool: DistractorPool, count: number, random: Random): string[] {
	return [...shuffled(pool.curated, random), ...shuffled(pool.drawn, random)].slice(0, count);
}
