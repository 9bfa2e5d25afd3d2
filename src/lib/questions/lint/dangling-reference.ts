/**
 * Class 4, stems that need the sentence before them: "The agency hopes to halve that number by
 * 2030" (which number? which agency?). A statement must name what it speaks of. Quotations are
 * left alone (a speaker's "this" is theirs), and so is "this year" (the article's own time).
 */
import { FRONTED_CLAUSE } from '../../language/lexicon.ts';
import type { DeckIndex } from '../deck-index.ts';
import { pointingPhrase } from './pointing-phrases.ts';
import { thingBefore } from './thing-before.ts';
import { objectItPointsBack } from './object-it.ts';
import { organisationHeads, unnamedBody } from './unnamed-body.ts';
import { namedOnlyByKind } from './kind-of-named.ts';
import { BLANK } from '../wording.ts';
import type { Rule } from './finding.ts';
import { unquoted } from './wrong-answers.ts';
import {
	afterOpeningTime,
	COMPARED_WITHOUT_AS,
	DEFINING,
	DEFINING_AFTER_THOSE,
	describesNext,
	EXISTENTIAL,
	FINITE_VERBS,
	PART_WORDS,
	PURPOSE_ITS,
	MONTH_WORD,
	BLANK_WORD,
	onlyOtherSex,
	otherSex,
	PAST_VERB,
	PERSON_PRONOUN,
	PERSONAL,
	POINTING_NOUNS,
	QUANTIFIERS,
	relativeTime,
	saidBefore,
	THING_PRONOUN,
	thatPointsBack,
	TIME_WORDS,
	words,
	type Word
} from './pointing-words.ts';

/** Words that rank a noun without saying what it is: "the true figure", "the main reason". */
const RANKING =
	/^(true|real|actual|main|chief|final|overall|official|original|latest|lower|higher|revised|earlier|previous)$/;
/** Openings before "its" that tell an earlier time of the subject after them… */
const FRONTED = /^(at|in|since|during|after|before|until|throughout)$/;
/** …by these words after "its": "At its previous inspection", "Since its opening". */
const EARLIER = /^(previous|last|latest|first|opening|founding|launch|inspection|early|earliest)$/;
/** Whether the words after the first comma past `from` open with a name (or "the"). */
function namedSubjectAfterComma(ws: Word[], from: number, nameOnly = false): boolean {
	const comma = ws.slice(from + 1).find((x) => /^,/.test(x.post));
	const subject = comma && ws[comma.i + 1];
	return (
		subject !== undefined &&
		((!nameOnly && subject.lower === 'the') ||
			(/^\p{Lu}/u.test(subject.text) && subject.lower !== 'the'))
	);
}
/** A count with no noun, which a plural verb after it makes the subject: "Five were taken". */
const COUNT = /^(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
/** Words for what is counted, which "the figure" later in the sentence stands for. */
const MEASURES = /^(number|rate|proportion|share|total|count|percentage)$/;

/** Words that open a clause of "-ing" with no subject: "After stepping down…, he". */
const OPENERS = /^(after|before|since|while|whilst|on|when|despite|following|until|by|in|without)$/;

/** Family ties after which "their" is the couple: "his wife, June, … their three children". */
const KIN = new Set(['wife', 'husband', 'partner', 'widow', 'widower']);

/** A statement's first sentence: up to a full stop followed by a capital or an opening quote. */
export function firstSentence(text: string): string {
	const end = /[.!?]["”’)]?\s+(?=[\p{Lu}"“‘(\d])/u.exec(text);
	return end ? text.slice(0, end.index + 1) : text;
}

/** Why a statement leans on the sentence before it, or undefined when it stands alone. */
export function pointsBack(
	statement: string,
	index?: DeckIndex,
	central: ReadonlySet<string> = index?.central ?? new Set()
): string | undefined {
	const text = unquoted(statement);
	const ws = words(text);
	if (!ws.length) return undefined;
	// A statement taught after the sentence it leans on ("The fire started on 3 May. The detectors
	// were disabled three weeks earlier") is read as the article's reader read it: only its first
	// sentence must stand alone.
	const first = firstSentence(text);
	const relative = relativeTime(first);
	if (relative) return `“${relative}” needs the sentence before it`;
	// "more than four times as much": as much as what, when no "as" follows?
	const compared = COMPARED_WITHOUT_AS.exec(first);
	if (compared) return `“${compared[0]}” does not say as what`;
	// "A public meeting to discuss its future": not the meeting's own future.
	// "The rest was put down to higher steel prices": the rest of what the sentence before counted.
	if (/^the rest\b(?! of)/i.test(first)) return '“The rest” points back';
	const phrase = pointingPhrase(first);
	if (phrase) return phrase;
	const purpose = PURPOSE_ITS.exec(first);
	if (purpose) return `“${purpose[1]}” does not say whose`;
	const heads = index ? organisationHeads(index) : new Set<string>();
	const standing = words(first).length;
	for (const w of ws) {
		// A later sentence leans on the first, as the article's reader read it.
		if (w.i >= standing) break;
		const next = ws[w.i + 1];
		const prev = ws[w.i - 1];
		if (PERSONAL.test(w.text)) {
			const before = ws.slice(0, w.i);
			// "The last of them closed in 1961": at the start, a part of things named before
			// ("37 residents, most of them living with dementia" names them).
			if (
				/^(them|these|those)$/.test(w.lower) &&
				prev?.lower === 'of' &&
				PART_WORDS.has(ws[w.i - 2]?.lower ?? '') &&
				w.i - 2 <= (ws[0].lower === 'the' ? 1 : 0)
			)
				return `“${ws[w.i - 2].text} of ${w.text}” does not say of what`;
			// "After stepping down as coxswain, he spent 12 years…": an opening word is no name.
			const named = before.some(
				(b, k) =>
					/^\p{Lu}/u.test(b.text) &&
					(k > 0 ||
						(before.length > 1 &&
							!(OPENERS.test(b.lower) && /^\p{Ll}+ing$/u.test(before[1].text)))) &&
					b.lower !== 'the'
			);
			// "Because he has passed the age limit, Mr Pengarrow stepped back": named just after.
			const ahead = FRONTED_CLAUSE.test(ws[0].lower) && namedSubjectAfterComma(ws, w.i, true);
			if (!before.length || (PERSON_PRONOUN.test(w.text) && !named && !ahead))
				return `“${w.text}” does not say who or what`;
			// "Ms Isla Marwick said … that his condition was stable": not hers, so someone's before.
			if (
				PERSON_PRONOUN.test(w.text) &&
				(otherSex(w.lower, before) || (index && onlyOtherSex(w.lower, before, index)))
			)
				return `“${w.text}” is not the one the sentence names: who?`;
			// "Cllr Priya Raman said it would open": no thing before "it" for it to be; "Under its
			// terms, …": nothing before "its".
			// "…, making it the deadliest accident": "it" is the event the sentence tells.
			// "At its height, 75 firefighters were at the scene": the event the article tells.
			const eventIt =
				(w.lower === 'it' && prev !== undefined && /^(making|made|make|makes)$/.test(prev.lower)) ||
				(w.lower === 'its' &&
					w.i === 1 &&
					ws[0].lower === 'at' &&
					/^(height|peak)$/.test(next?.lower ?? '') &&
					// "At its peak in the late 1980s it had 2,300 staff": a thing, not the event.
					!ws.some((x, k) => x.lower === 'it' && FINITE_VERBS.has(ws[k + 1]?.lower ?? '')));
			// "At its previous inspection in 2022, the school was judged…": the subject after the
			// opening phrase, of which "its" tells an earlier time.
			const cataphoric =
				/^(its|their)$/.test(w.lower) &&
				w.i <= 2 &&
				FRONTED.test(ws[0].lower) &&
				EARLIER.test(next?.lower ?? '') &&
				namedSubjectAfterComma(ws, w.i);
			const singular = /^(it|its)$/i.test(w.text);
			// "his wife, June, …, their three children": the couple.
			const couple = !singular && before.some((b) => KIN.has(b.lower));
			if (
				(THING_PRONOUN.test(w.text) || /^(its|their)$/i.test(w.text)) &&
				!eventIt &&
				!couple &&
				!cataphoric &&
				!thingBefore(before, index, singular, w.lower === 'its')
			)
				return `“${w.text}” does not say what`;
			if (!eventIt && objectItPointsBack(ws, w.i, index, singular))
				return `“${w.text}” does not say what`;
		}
		// "The average across all services was 54%": the average of what the sentence before
		// measured ("as much as the average across the country" says of what: the costs before).
		if (
			w.i === 0 &&
			w.lower === 'the' &&
			next?.lower === 'average' &&
			!/^(of|for)$/.test(ws[2]?.lower ?? '') &&
			!describesNext(next, ws[2])
		)
			return '“the average” does not say of what';
		// "Every hour spent in such a queue": one like that of the sentence before, unless the
		// sentence says like what ("such a queue as…", "such a long queue that…").
		if (
			w.lower === 'such' &&
			next !== undefined &&
			/^(a|an)$/.test(next.lower) &&
			!ws.slice(w.i + 2, w.i + 8).some((x) => /^(as|that)$/.test(x.lower))
		)
			return `“such ${next.text} ${ws[w.i + 2]?.text ?? ''}” points back`;
		if (/^(this|these|those)$/.test(w.lower)) {
			const time = next !== undefined && TIME_WORDS.has(next.lower.replace(/['’]s$/, ''));
			// "those on placebo", "those who voted": defined by what follows.
			const defined =
				w.lower === 'those' && next !== undefined && DEFINING_AFTER_THOSE.has(next.lower);
			if (!time && !defined && !saidBefore(ws, w.i, next))
				return `“${w.text}${next ? ` ${next.text}` : ''}” points back`;
		}
		// "many would have sunk", "some were taken", "Half wore the glove": a quantity of things
		// named before.
		if (
			QUANTIFIERS.has(w.lower) &&
			next !== undefined &&
			(FINITE_VERBS.has(next.lower) || (w.i === 0 && PAST_VERB.test(next.text))) &&
			!(prev !== undefined && /^(of|the)$/.test(prev.lower))
		)
			return `“${w.text} ${next.text}” does not say of what`;
		// "Five were taken to hospital", "Last spring all six were lowered": a count of things
		// named before, at the start of the statement or after "all" ("of which only nine have" says).
		if (
			COUNT.test(w.lower) &&
			next !== undefined &&
			w.post === ' ' &&
			/^(were|are|have|had|will|would)$/.test(next.lower) &&
			(w.i === 0 ||
				afterOpeningTime(ws, w.i) || // "By mid-morning 12 had been cut down".
				(/^(all|only|just)$/.test(prev?.lower ?? '') &&
					!/^(which|whom)$/.test(ws[w.i - 2]?.lower ?? '')))
		)
			return `“${w.text} ${next.text}” does not say of what`;
		// "Kate Sumner converted both to put the Ravens ahead": both of the things before.
		if (w.lower === 'both' && prev !== undefined && (!next || next.lower === 'to'))
			return `“${prev.text} both” does not say both of what`;
		// "The new sewers cut off that route", "said losing that information would…": "that" after
		// a preposition or an object-taking "-ing" points back.
		if (w.lower === 'that' && thatPointsBack(ws, w.i)) return `“that ${next?.text}” points back`;
		// "To stop that happening again": "that" is the event told before.
		if (
			w.lower === 'that' &&
			prev !== undefined &&
			next !== undefined &&
			/^(stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|repeat|repeats|repeated|repeating)$/.test(
				prev.lower
			) &&
			(/^\p{Ll}+ing$/u.test(next.text) || /^(again|from)$/.test(next.lower))
		)
			return `“${prev.text} that ${next.text}” points back`;
		// "spend $120 million on new lines there": where? ("there is", "there will be" point nowhere.)
		// "joined the NRBO in 1958 and spent her career there": a name inside the sentence is where.
		const nameBefore = ws
			.slice(1, w.i)
			.some((b) => /^\p{Lu}/u.test(b.text) && /^\p{Ll}/u.test(ws[b.i - 1].text));
		if (
			w.lower === 'there' &&
			!nameBefore &&
			!(next !== undefined && EXISTENTIAL.test(next.lower)) &&
			!(prev !== undefined && /^(over|out|in|up|down)$/.test(prev.lower) && w.i === ws.length - 1)
		)
			return '“there” does not say where';
		// "Work began in 1859": work on what? "Voting is due to close on 14 May": on what?
		if (
			w.i === 0 &&
			/^(work|construction|building|repairs|voting|polling|counting|talks|negotiations|demolition)$/.test(
				w.lower
			) &&
			next &&
			/^(began|started|begins|starts|is|was|are|were|will|has|had|finished|ended|closes|opens|resumes|resume)$/.test(
				next.lower
			)
		)
			return `“${w.text} ${next.text}” does not say on what`;
		// "said that money pays for the roads": that sum, or money at large?
		// "had earlier said that 31,000 … but revised that figure to 26,500": a figure just given
		// ("By 1930, that figure had fallen": a year is no figure).
		const figureBefore =
			/^(figure|number|total|sum|amount|estimate)$/.test(next?.lower ?? '') &&
			!/^towards?$/.test(prev?.lower ?? '') &&
			ws.slice(0, w.i).some((b) => /\d/.test(b.text) && !/^(1[5-9]|20)\d\d\W*$/.test(b.text));
		if (
			w.lower === 'that' &&
			next &&
			!figureBefore &&
			(POINTING_NOUNS.has(next.lower) || next.lower === 'money' || w.i === 0)
		)
			return `“that ${next.text}” points back`;
		// "the true figure", "the main reason": a pointing noun behind a word that only ranks it.
		if (
			w.lower === 'the' &&
			next !== undefined &&
			RANKING.test(next.lower) &&
			POINTING_NOUNS.has(ws[w.i + 2]?.lower ?? '') &&
			!central.has(ws[w.i + 2].lower) &&
			!DEFINING.has(ws[w.i + 3]?.lower ?? '')
		)
			return `“the ${next.text} ${ws[w.i + 2].text}” points back`;
		if (w.lower === 'the' && next) {
			const after = ws[w.i + 2];
			// "the plan to build…", and "the number 22 service": defined by what follows.
			const defined =
				after !== undefined &&
				(DEFINING.has(after.lower) || (next.lower === 'number' && /^\d/.test(after.text)));
			// "the same change", "the same point last year": the one of the sentence before, unless
			// the sentence says what it is the same as ("the same rate as in 2019").
			// "on 14 March… on the same day" is that day; "the thefts followed the same pattern" is
			// one they share.
			// ("…over the same period, as shoppers faced higher prices": an "as" after a comma is not.)
			const sameAs = ws
				.slice(w.i + 2, w.i + 8)
				.some((x) => /^(as|that|which)$/.test(x.lower) && !/,/.test(ws[x.i - 1].post));
			const dated =
				after !== undefined &&
				/^(day|night|week|weekend|month|year|season|time|morning|afternoon|evening)$/.test(
					after.lower
				) &&
				ws.slice(0, w.i).some((x) => /^\d/.test(x.text) || x.lower === BLANK_WORD);
			// "At the end of September, 6,420 … compared with 5,440 at the same point last year".
			const datedPoint =
				after !== undefined &&
				/^(point|period|stage|date|months|weeks|quarter)$/.test(after.lower) &&
				ws.slice(0, w.i).some((x) => MONTH_WORD.test(x.text) || /^\d{4}$/.test(x.text));
			const shared =
				(prev !== undefined &&
					/^(follow|followed|follows|share|shared|shares)$/.test(prev.lower)) ||
				// "has played at the same ground for 130 years": one ground all along.
				ws.slice(w.i + 3, w.i + 5).some((x) => /^(for|since|throughout)$/.test(x.lower));
			// "The other two were demolished in 2008": the other two of what was counted before.
			if (
				next.lower === 'other' &&
				after !== undefined &&
				/^(two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(after.lower) &&
				ws[w.i + 3]?.lower !== 'of' &&
				!(
					ws[w.i + 3] !== undefined &&
					!FINITE_VERBS.has(ws[w.i + 3].lower) &&
					saidBefore(ws, w.i, ws[w.i + 3])
				)
			)
				return `“the other ${after.text}” points back`;
			// "a family of four … while the same family would pay": the one the statement named.
			const named = after !== undefined && saidBefore(ws, w.i, after);
			if (next.lower === 'same' && !sameAs && !dated && !datedPoint && !shared && !named)
				return `“the same${after ? ` ${after.text}` : ''}” points back`;
			// "the former mining town" describes; "the former said" points.
			const describing =
				/^(former|latter)$/.test(next.lower) &&
				after !== undefined &&
				!FINITE_VERBS.has(after.lower);
			const modifier = describesNext(next, after);
			// "the number of patients waiting … fell by 3%, and … where the figure went up".
			const measured =
				/^figures?$/.test(next.lower) &&
				ws.slice(0, w.i).some((x, k) => MEASURES.test(x.lower) && ws[k + 1]?.lower === 'of');
			// "nine bakeries in the group": a firm's group of businesses, not one told before.
			const firmGroup = next.lower === 'group' && prev?.lower === 'in';
			if (
				(POINTING_NOUNS.has(next.lower) || /^(couple|pair|duo|trio)['’]s$/.test(next.lower)) &&
				next.lower !== 'same' && // judged above
				!measured &&
				!firmGroup &&
				!central.has(next.lower) &&
				!defined &&
				!describing &&
				!modifier &&
				!saidBefore(ws, w.i, next)
			)
				return `“the ${next.text}” points back`;
			// "the agency" when the article named the agency: name it.
			const possessed = prev !== undefined && /['’]s$/.test(prev.text);
			const bare = next.lower.replace(/['’]s$/, '');
			// "Calderwick County Council because … the council's sea defences": named just before.
			const namedHere = ws.slice(0, w.i).some((b) => b.lower === bare && /^\p{Lu}/u.test(b.text));
			// "the party's 19 seats" beside other parties ("the bank's independence" of a finance
			// minister is the central bank's, whatever other bank the article names).
			const owner = bare !== next.lower;
			if (
				heads.has(bare) &&
				(!owner || bare === 'party') &&
				!possessed &&
				!namedHere &&
				!/^\p{Lu}/u.test(next.text) &&
				!defined &&
				!modifier
			)
				return `“the ${next.text}” does not say which ${bare}`;
		}
	}
	return undefined;
}

export const danglingReference: Rule = ({ question, fact, slot }, { index }) => {
	if (question.type === 'who-said' || question.type === 'matching') return [];
	// A blank for a person names them: "_____ praised her side" does not point back, unless the
	// one it names cannot be "her" ("The prosecutor, _____, said she had exploited…" of a man).
	const blank = slot?.kind === 'person' ? slot.answer : BLANK_WORD;
	// "disabled _____ weeks earlier": the blank hides the words that point back ("three weeks
	// earlier"), so the time words of the statement itself count too.
	const statementWords = words(firstSentence(unquoted(fact.statement)));
	const relative = relativeTime(firstSentence(unquoted(fact.statement)));
	const reason =
		pointsBack(question.prompt.replace(BLANK, blank), index) ??
		unnamedBody(statementWords, index) ??
		(index ? namedOnlyByKind(statementWords, index.deck, fact.source[0]) : undefined) ??
		(relative ? `“${relative}” needs the sentence before it` : undefined);
	return reason ? [{ rule: 'dangling-reference', message: reason }] : [];
};
