/**
 * Class 7, answers not worth knowing: the day of the week or the hour of a minor event, "today",
 * a pronoun. What matters gets asked instead: the generator ranks sentences by importance and
 * never blanks the article's own subject.
 */
import { tenureOnly } from './tenure.ts';
import { relativeForColour } from './relatives.ts';
import { hasOpposite } from '../../language/opposites.ts';
import { ARRANGEMENTS, streetVenue } from './arrangements.ts';
import { trivialAnswer } from './trivial-answers.ts';

export { trivialAnswer };
import type { Rule } from './finding.ts';
import { escapeRegExp } from '../../format/regexp.ts';

/**
 * A piece of a length of time: the hours of "2 hours 19 minutes 42 seconds", the 19 of "2:19:42".
 * The whole time is worth knowing; one of its parts alone is not.
 */
export function partOfATime(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const before = statement.slice(Math.max(0, at - 30), at);
	const after = statement.slice(at + answer.length, at + answer.length + 30);
	const unit = /^\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b/i;
	// "73 days and nine hours" of a record time: the hours, in words or figures, after the days.
	if (/\d+\s*days?\s*(and\s*)?$/i.test(before) && unit.test(after)) return true;
	if (!/\d/.test(answer)) return false;
	// "two hours and _____ minutes": a part in words counts as in figures.
	const partBefore =
		/(\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(hours?|hrs?|h|minutes?|mins?|m)\s*(and\s*)?$/i.test(
			before
		);
	const partAfter =
		unit.test(after) &&
		/^\s*\w+\s*(and\s*)?\d+\s*(minutes?|mins?|m|seconds?|secs?|s)\b/i.test(after);
	const clock = /\d:\s*$/.test(before) || /^:\d/.test(after);
	return partBefore || partAfter || clock;
}

/**
 * A year that only dates a yardstick or a namesake: "the wettest October since records began in
 * 1891", "its lowest level since the dam was completed in 1956", "the trophy, named after the
 * runner who won the first race in 1979". The comparison or the name is the news; its date is not.
 */
export function backgroundDate(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const clause =
		statement
			.slice(0, at)
			.split(/[.;:!?]/)
			.at(-1) ?? '';
	const since =
		/\bsince\s+(the\s+)?[\p{L}'’ -]{0,40}?\b(began|begun|started|was (completed|built|opened|founded|set up|established|introduced))\s+(in|on)\s+$/iu;
	// "named after the runner who won the first race in": the namesake's own deeds.
	const namesake = /\bnamed after\b[^,]*\bwho\b[^,]*\b(in|on|from)\s+$/i;
	return since.test(clause) || namesake.test(clause);
}

/** What an article says of a member of the public it quotes: "a retired teacher from Tallford". */
const PUBLIC = String.raw`(?:resident|pensioner|mother|father|parent|grandmother|grandfather|shopper|commuter|customer|passenger|neighbour|teacher|nurse|driver|student|volunteer|fan|patient|postman|postwoman|lobsterman|fisherman|baker|shopkeeper|cleaner|builder|mum|dad)`;
const ORDINARY = new RegExp(
	String.raw`^(an? (\d+-year-old )?((retired|local|regular|long-serving|former) )?([\w-]+ ){0,2}${PUBLIC}\b|who (runs an?|has run an?|owns an?|lives|has lived|keeps|farms|grows|works nights|works (at|in|for) an?)\b|who (has )?(runs?|owns?|owned|kept|keeps) (the )?[\p{L}'’ -]{0,30}\b(shop|supermarket|store|cafe|café|pub|bakery|farm|hotel|inn|garage|restaurant|guest house|b&b)(?!\p{L})|whose ([\w-]+ )?(sons?|daughters?|children|husband|wife|home|house|family)\b)`,
	'iu'
);
/** A role just before a name that makes its bearer more than a voice from the street. */
const LEADS =
	/\b(chairwoman|chairman|chair|founder|leader|organiser|president|secretary|treasurer|director|co-?ordinator|spokeswoman|spokesman|spokesperson|captain|coach|manager),\s*$/i;
/** "Its chairwoman, Margaret Adeyemi, 68, a retired head teacher,": she leads something. */
const leads = (statement: string, name: string) =>
	LEADS.test(statement.slice(0, Math.max(0, statement.indexOf(name))));
/** "Retired postman Colin Ashworth, 74, …", "Mother-of-two Priya Saunders said…": the name it opens with. */
const DESCRIBED = new RegExp(
	String.raw`^(?:(?:retired|local|regular|long-serving) )?(?:${PUBLIC}|(?:mother|father|grand(?:mother|father))-of-\w+) ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)\b`,
	'u'
);
const describedLead = (statement: string) =>
	DESCRIBED.exec(statement.charAt(0).toLowerCase() + statement.slice(1))?.[1];

/**
 * "Janet Orr, a retired teacher from Tallford, said she had spent hours on the phone": a member of
 * the public quoted for colour. What they said may matter; their name, street and town do not.
 */
export function voxPop(
	statement: string,
	answer: string,
	article = '',
	isPerson: (name: string) => boolean = () => true
): boolean {
	const at = statement.indexOf(answer);
	if (leads(statement, answer)) return false;
	if (describedLead(statement) === answer) return !protagonist(answer, article);
	const within = (m: RegExpExecArray) =>
		at >= m.index && at + answer.length <= m.index + m[0].length;
	const m =
		/\b((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+), ([^,]{3,90}), (said|says|told|added|recalled|has|had|is|was)\b/u.exec(
			statement
		);
	if (m && ORDINARY.test(m[2]) && within(m)) return !protagonist(m[1], article);
	// "Margaret Quill, 78, who has kept an account at the branch since 1969, said…", "For Gareth
	// Pascoe, who runs a 400-acre dairy farm, …": an age or an ordinary life in apposition.
	const aged =
		/\b(?!(?:For|But|And|The|In|On|At|As|When|After|Among|With|Like)\b)((?:\p{Lu}[\p{L}'’-]+ ){1,3}(\p{Lu}[\p{L}'’-]+)),(?: (\d{1,3})[,.])?(?: ([^,]{3,120})[,.])?/u.exec(
			statement
		);
	// "The Asthma Alliance, a patient charity, …" is no one.
	if (!aged || !within(aged) || !isPerson(aged[1]) || protagonist(aged[1], article)) return false;
	if (aged[4] !== undefined && ORDINARY.test(aged[4].replace(/^(a|an) \d+-year-old /, 'a ')))
		return true;
	return aged[3] !== undefined && onlyInPassing(aged[2], aged[1], article);
}

/**
 * "Joan Petherick, 68, a former bus driver, was diagnosed … in 2023": the year of what befell a
 * member of the public the sentence opens with is their own story, not the news.
 */
export function ownStoryYear(
	statement: string,
	answer: string,
	article: string,
	isPerson: (name: string) => boolean
): boolean {
	if (!/^(1[5-9]|20)\d\d$|^\p{L}+ (1[5-9]|20)\d\d$/u.test(answer.trim())) return false;
	const name = /^((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+),/u.exec(statement)?.[1];
	return name !== undefined && voxPop(statement, name, article, isPerson);
}

/**
 * "One of those customers, retired nurse Margaret Tilney, 78,", "Among those affected was Arthur
 * Pennington, 87,", "His daughter, Karen Whitlow,": someone the article brings in as one of those
 * it affects, or as their relative. What they did and said is their own story.
 */
export function introducedAsPublic(name: string, article: string): boolean {
	if (!article) return false;
	const one = String.raw`\b(?:(?:One of|Among) (?:those|them|the)\b[^.,]{0,40}?|One (?:victim|resident|customer|patient|parent|passenger|tenant|neighbour))(?:,\s+|\s+(?:was|were)\s+)(?:[\p{Ll}-]+ ){0,3}`;
	const kin = String.raw`\b(?:His|Her|Their|\p{Lu}[\p{L}'’-]+['’]s) (?:daughter|son|wife|husband|mother|father|partner|widow|brother|sister|grandson|granddaughter),\s+`;
	return (
		new RegExp(String.raw`(?:${one}|${kin})${escapeRegExp(name)}\b`, 'u').test(article) ||
		ownStoryOpener(name, article)
	);
}

/** Where one sentence of a text or a statement ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;

/** What happens to someone that makes them the news, not one of those it affects. */
const NEWS_OF_A_PERSON =
	/\b(jailed|sentenced|charged|convicted|guilty|acquitted|died|killed|dead|appointed|elected|won|named|awarded|arrested|admitted|denied|pleaded)\b/i;

/**
 * "Edith Farraday, 87, waited six hours…", "Kieran Blythe, 46, was driving to a bakery…", "Dorothy
 * Grewcock, 88, of Chantry Close, has had milk from Hartley's for 62 years": a sentence that first
 * names someone, by full name and age, with no role, past the opening.
 */
function ownStoryOpener(name: string, article: string): boolean {
	const sentences = article.split(SENTENCE_BREAK);
	const first = sentences.findIndex((s) => s.includes(name));
	if (first < 3 || !/\s/.test(name)) return false;
	const sentence = sentences[first];
	const opens = new RegExp(
		String.raw`^${escapeRegExp(name)}, \d{1,3}, (?:(?:of|from) \p{Lu}[\p{L}'’ ]+, )?(?:waited|spent|fell|lost|was (?:driving|trapped|told|left)|had (?:been|waited|to)|(?:who )?has (?:had|borrowed|used|shopped|bought)|whose (?:home|house|farm|shop|car|flat|garden))\b`,
		'u'
	);
	return opens.test(sentence) && !NEWS_OF_A_PERSON.test(sentence);
}

/**
 * A person the statement's own sentence opens with or has speak, brought in as one of the public
 * (a sentence put before it for context, "… ," Margaret Lumsden said.", is not its subject).
 */
function publicSubject(statement: string, article: string): string | undefined {
	const own = statement.split(SENTENCE_BREAK).at(-1) ?? statement;
	const names = [
		/^((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}-]+)(?:['’]s)?\b/u.exec(own)?.[1],
		/\b((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}-]+) said\b/u.exec(own)?.[1]
	];
	return names.find((n) => n !== undefined && introducedAsPublic(n, article));
}

/** "One mother, who asked not to be named, told the survey she had spent £612": one voice. */
const UNNAMED_VOICE = new RegExp(
	String.raw`^(?:One|Another) ((?:[\w-]+ )?${PUBLIC})(?:,| said| told)`,
	'iu'
);
export function unnamedVoice(statement: string): string | undefined {
	const voice = UNNAMED_VOICE.exec(statement)?.[1];
	return voice && `one unnamed ${voice}`;
}

/** How many times the article gives a surname. */
function mentionsOf(surname: string, article: string): number {
	return article.match(new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'g'))?.length ?? 0;
}

/**
 * "Tom Wheatcroft, whose family has farmed at Lower Brambles Farm …" in a story about his maze:
 * someone the article names four times or more is what it is about, not a voice for colour.
 */
function protagonist(name: string, article: string): boolean {
	const surname = /(\p{Lu}[\p{L}'’-]+)$/u.exec(name)?.[1];
	return surname !== undefined && article !== '' && mentionsOf(surname, article) >= 4;
}

/**
 * Whether the article names a person once, and not in its opening two sentences: someone met in
 * passing ("Lee Corcoran, 52, a press operator…"), not the finder or the accused it follows.
 */
function onlyInPassing(surname: string, name: string, article: string): boolean {
	if (!article) return false;
	const opening = article.split(SENTENCE_BREAK).slice(0, 3).join(' ');
	return mentionsOf(surname, article) === 1 && !opening.includes(name);
}

const SMALL = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** "two or three routes", "four or five years": an answer that is one end of such a range. */
export function endOfARange(statement: string, answer: string): boolean {
	const range = new RegExp(String.raw`\b(${SMALL}) or (${SMALL})\b`, 'gi');
	return [...statement.matchAll(range)].some(
		(m) =>
			m[1].toLowerCase() === answer.toLowerCase() || m[2].toLowerCase() === answer.toLowerCase()
	);
}

/** "The winning numbers, 4, 11, 19, 27, 38 and 45": one of four or more bare numbers in a row. */
export function oneOfAList(statement: string, answer: string): boolean {
	const list = /\b\d{1,3}(?:, \d{1,3}){2,},? and \d{1,3}\b/g;
	return [...statement.matchAll(list)].some((m) => m[0].split(/,? and |, /).includes(answer));
}

/** "Declan, who is 24,", "aged 43": a person's age in passing, not in an obituary's "died aged". */
export function ageInPassing(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const before = statement.slice(Math.max(0, at - 20), at);
	const after = statement.slice(at + answer.length, at + answer.length + 12);
	return (
		(/\b(who is|who was|, aged)\s+$/i.test(before) && !/\bdied\b/i.test(before)) ||
		// "Gunnar Eklund, was 12 years old in 1985": a person's; "a boat about 2,600 years old" is news.
		(/^\s+years? old\b/i.test(after) &&
			/(\p{Lu}\p{Ll}+,?|\b(he|she)) (was|is)\s+$/u.test(before)) ||
		// "said Ms Bethany Cole, 29.", "Walter Hume, 94, whose wife…": an age beside a name.
		(/\p{Lu}\p{Ll}+,\s+$/u.test(before) && /^[.,]/.test(after) && /^\d{2,3}$/.test(answer))
	);
}

/** "only slightly lower than three months earlier": the span a figure is set against. */
export function yardstickSpan(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const before = statement.slice(Math.max(0, at - 14), at);
	const after = statement.slice(at + answer.length, at + answer.length + 24);
	// "stolen more than six years ago" is how long ago; "dearer than three years ago" a yardstick.
	return (
		/\bthan\s+$/.test(before) &&
		!/\b(more|less|fewer|over|under) than\s+$/.test(before) &&
		/^\s+(weeks|months|years)\s+(earlier|before|ago)\b/.test(after)
	);
}

/** "in the competition's 94-year history", "in its 80-year history": a yardstick, not news. */
export function ageOfABody(statement: string, answer: string): boolean {
	const at = statement.indexOf(answer);
	if (at < 0) return false;
	const after = statement.slice(at + answer.length);
	return /-year$/.test(answer) ? /^\s+history\b/.test(after) : /^-year\s+history\b/.test(after);
}

/**
 * "Harold Bennett, 71, a retired bus driver…, said he had learned to use email there": a whole
 * statement about a member of the public quoted for colour, or a role fact that says only that
 * ("Gemma Prowse runs a bakery on Bridge Street…").
 */
export function colourOnly(
	statement: string,
	article: string,
	isPerson: (name: string) => boolean,
	role = false
): boolean {
	const described = describedLead(statement);
	if (described && isPerson(described)) return true;
	const lead = /^((?:\p{Lu}[\p{L}'’-]+ ){1,3}(\p{Lu}[\p{L}'’-]+))(,| )/u.exec(statement);
	if (!lead || !isPerson(lead[1])) return false;
	if (lead[3] === ',') return voxPop(statement, lead[1], article, isPerson);
	const said = statement.slice(lead[0].length);
	return role && ORDINARY.test(`who ${said}`) && onlyInPassing(lead[2], lead[1], article);
}

export const notWorthAsking: Rule = ({ question, fact, slot }, { index }) => {
	const isPerson = (name: string) => index.entityNamed(name)?.kind === 'person';
	const article = index.deck.article ?? '';
	const roleFact = fact.id.endsWith('-role');
	if (
		question.type === 'true-false' &&
		(!slot || roleFact) &&
		colourOnly(fact.statement, article, isPerson, roleFact)
	)
		return [{ rule: 'not-worth-asking', message: 'it only tells of someone quoted for colour' }];
	if (question.type !== 'matching' && ARRANGEMENTS.test(fact.statement))
		return [{ rule: 'not-worth-asking', message: 'it only says when and where to go' }];
	if (question.type === 'matching' || question.type === 'who-said') return [];
	// "Margaret Tilney said she had handed over £7,200…", after "One of those customers, …".
	const own = publicSubject(fact.statement, article) ?? unnamedVoice(fact.statement);
	if (own)
		return [
			{ rule: 'not-worth-asking', message: `it tells ${own}'s own story, one of the public` }
		];
	if (!slot) return [];
	if (slot.kind === 'number' && tenureOnly(fact.statement, slot.answer))
		return [
			{ rule: 'not-worth-asking', message: 'how long someone has done a job is their story' }
		];
	// "said Mr Kehoe, who is 67", after "Martin Kehoe, a retired postman from Carrickfane,…".
	if (slot.kind === 'person' && relativeForColour(slot.answer, fact.statement))
		return [{ rule: 'not-worth-asking', message: `${slot.answer} is named only as a relative` }];
	const role = slot.kind === 'person' ? index.entity(slot.entity)?.role : undefined;
	if (
		voxPop(fact.statement, slot.answer, article, isPerson) ||
		(role !== undefined && ORDINARY.test(role) && !leads(fact.statement, slot.answer)) ||
		(roleFact && colourOnly(fact.statement, article, isPerson, true))
	)
		return [
			{
				rule: 'not-worth-asking',
				message: `${slot.answer} only names a member of the public quoted for colour`
			}
		];
	if (slot.kind === 'date' && ownStoryYear(fact.statement, slot.answer, article, isPerson))
		return [
			{ rule: 'not-worth-asking', message: `${slot.answer} dates one member of the public's story` }
		];
	if (slot.kind === 'place' && streetVenue(fact.statement, slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `${slot.answer} is only the street it happened on` }
		];
	if (slot.kind === 'number' && yardstickSpan(fact.statement, slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `${slot.answer} only says what it is set against` }
		];
	if (slot.kind === 'number' && ageOfABody(fact.statement, slot.answer))
		return [{ rule: 'not-worth-asking', message: `${slot.answer} only measures the record` }];
	if (slot.kind === 'number' && ageInPassing(fact.statement, slot.answer))
		return [{ rule: 'not-worth-asking', message: `${slot.answer} is a person's age in passing` }];
	if (slot.kind === 'date' && backgroundDate(fact.statement, slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `${slot.answer} only dates a yardstick or a namesake` }
		];
	if (slot.kind === 'number' && partOfATime(fact.statement, slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `${slot.answer} is one part of a time, not the time` }
		];
	// "a deeper _____ of half a point": a word with an opposite leaves a choice of two, and
	// often only one fits the grammar. It is asked as a true or false statement instead.
	if (question.type !== 'true-false' && hasOpposite(slot.answer))
		return [
			{ rule: 'not-worth-asking', message: `“${slot.answer}” or its opposite: a choice of two` }
		];
	if (slot.kind === 'number' && oneOfAList(fact.statement, slot.answer))
		return [{ rule: 'not-worth-asking', message: `${slot.answer} is one of a list of numbers` }];
	// "two or _____ years in advance": one end of a rough range.
	if (slot.kind === 'number' && endOfARange(fact.statement, slot.answer))
		return [{ rule: 'not-worth-asking', message: `${slot.answer} is one end of a rough range` }];
	const reason = trivialAnswer(slot.answer);
	return reason ? [{ rule: 'not-worth-asking', message: reason }] : [];
};
