/**
 * What a person is, as the article says it: the words before their name ("fly-half Callum
 * Reddy", "head coach Gemma Thorne") or in an apposition after it ("Priya Raman, the cabinet
 * member for transport,"). A person's class (a player, a politician, an expert…) keeps wrong
 * answers to people of the same standing; their role keeps false statements from giving
 * someone a title they do not have.
 */
import { hasTag, type Token } from './analyse.ts';
import {
	ADDRESS_TITLES,
	KIN_NOUNS,
	PERSON_NOUNS,
	ROLE_NOUNS,
	TITLES
} from '../language/lexicon.ts';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Role words by the class of person they name. */
const CLASSES: [string, Set<string>][] = [
	[
		'player',
		set(`player players fly-half scrum-half prop lock winger wing centre full-back fullback hooker
		flanker number-eight striker midfielder defender goalkeeper keeper forward batter batsman bowler
		wicketkeeper runner sprinter cyclist swimmer rider jockey boxer golfer seed playmaker replacement
		substitute debutant marathoner athlete captain skipper olympian paralympian`)
	],
	['coach', set('coach trainer head-coach')],
	[
		'politician',
		set(`councillor cllr mayor minister mp mep senator governor president premier chancellor
		politician candidate leader secretary congressman congresswoman deputy prime`)
	],
	[
		'expert',
		set(`dr doctor professor prof scientist biologist researcher economist analyst historian expert
		physician lecturer chemist physicist astronomer engineer critic author archaeologist
		geologist ecologist epidemiologist cardiologist surgeon consultant psychologist statistician
		fellow curator novelist writer artist`)
	],
	[
		'official',
		set(`spokesman spokeswoman spokesperson official officer director chief executive chairman
		chairwoman chair inspector commissioner superintendent constable sergeant manager head
		governor founder owner boss auctioneer insp det supt sgt dci di ds dc pc detective`)
	],
	['legal', set('judge justice prosecutor barrister lawyer solicitor attorney magistrate recorder')]
];

/** Members of the public quoted for colour (class "public"): no wrong answer for a councillor. */
const PUBLIC = set(`resident residents pensioner shopper commuter customer passenger neighbour
	parent mother father grandmother grandfather mum dad postman postwoman shopkeeper homeowner
	tenant villager`);

/** The class of person a role's words name, if they name one. */
export function roleClass(role: string): string | undefined {
	const words = role
		.toLowerCase()
		.replace(/[^a-z\s-]/g, ' ')
		.split(/\s+/)
		.map((w) => w.replace(/-of-.*$/, '')) // "mother-of-two"
		// "vice-chancellor", "co-founder": the head is the word after the hyphen.
		.flatMap((w) =>
			/^(vice|co|deputy|acting|interim)-/.test(w) ? [w, w.replace(/^\w+-/, '')] : [w]
		);

	// The head of a role is its last noun before "of", "for", "at": "cabinet member for transport",
	// "spokesman for the prime minister". A head no class knows leaves the rest of the role to say.
	const cut = words.findIndex((w, i) => i > 0 && /^(of|for|at|to|with)$/.test(w));
	const head = cut < 0 ? words : words.slice(0, cut);
	// A member of the public only as the role's last word: "a retired postman", not "the trawler
	// her grandfather bought".
	const last = head.length - 1;
	for (let i = last; i >= 0; i--)
		for (const [name, members] of CLASSES) if (members.has(head[i])) return name;
	for (const [name, members] of CLASSES) if (words.some((w) => members.has(w))) return name;
	// "Manager Rob Ellery, a former postman" is the manager.
	return PUBLIC.has(head[last]) ? 'public' : undefined;
}

/**
 * Words before a comma and a name that give no role there: a firm may be an owner or a founder
 * ("The paper's owner, Redfold Media"), and "His mother, Jean," says a tie, not a standing.
 */
const NO_LEAD_ROLE = /^(owners?|founder|mother|father|parent|resident|neighbour)$/;

/** A role word that may stand before a comma and a name ("The club's chairwoman, Carol Dunstan"). */
function leadRole(word: string): boolean {
	return roleClass(word) !== undefined && !NO_LEAD_ROLE.test(word);
}

/** "The zoo's chief executive," before a name: the role word and the lower-case words before it. */
function leadWords(tokens: Token[], last: number): string[] {
	let k = last;
	while (
		k > 0 &&
		last - k < 2 &&
		/^[a-z][a-z-]*$/.test(tokens[k - 1].text) &&
		/^(\s+|-)$/.test(tokens[k - 1].post) &&
		!STOP_BEFORE.test(tokens[k - 1].normal)
	)
		k--;
	// "vice-chancellor" read as "vice" and "chancellor": written back with its hyphen.
	return tokens
		.slice(k, last + 1)
		.map((t, i) => (i < last - k && t.post === '-' ? `${t.text}-` : t.text));
}

/** What a person is to others, beside the roles of work: "family friend", "crew member". */
const OTHER_ROLES = /^(friend|member|neighbour|colleague|resident|volunteer|owner)$/;

/**
 * Whether words beside a name say what a person does ("fly-half", "the trust's chief executive")
 * or, with `ties`, what they are to others ("family friend", "her daughter"), which a place
 * named beside "the daughter of a miner" must not be taken for.
 */
export function saysARole(role: string, ties = false): boolean {
	return (
		roleClass(role) !== undefined ||
		role
			.toLowerCase()
			.split(/[\s,-]+/)
			.some(
				(w) =>
					ROLE_NOUNS.has(w) ||
					(ties && (KIN_NOUNS.has(w) || PERSON_NOUNS.has(w) || OTHER_ROLES.test(w)))
			)
	);
}

const STOP_BEFORE =
	/^(the|a|an|and|or|but|by|from|to|of|in|on|at|for|with|when|while|as|after|before|his|her|their|its|through|via|into|against|over|under|beside|behind|beyond|past|across|about|between|like|than|then|that|which|who|whom|whose|said|says|told|found|where)$/;

/** Lower-case words right before a name that describe the person: "replacement hooker". */
export function rolePrefix(tokens: Token[], start: number): string[] {
	const out: string[] = [];
	for (let k = start - 1; k >= 0 && out.length < 4; k--) {
		const t = tokens[k];
		if (/[,;:.!?"“”()]/.test(t.post)) break;
		// "Mother-of-two": a hyphenated word is one word, read from its parts.
		let j = k;
		while (j > 0 && tokens[j - 1].post === '-') j--;
		const text = tokens
			.slice(j, k + 1)
			.map((x) => x.text)
			.join('-');
		const normal = text.toLowerCase();
		const title = TITLES.has(normal.replace(/\.$/, ''));
		const known = roleClass(normal) !== undefined;
		// "Mother-of-two Priya Saunders said…": a role word may open the sentence.
		const opening = j === 0 && known && /^[A-Z][a-z-]*$/.test(text);
		if (!/^[a-z][a-z-]*$/.test(text) && !title && !opening) break;
		if (STOP_BEFORE.test(normal)) break;
		if (j === k && !known && !title && hasTag(t, 'Verb') && !hasTag(t, 'Noun')) break;
		out.unshift(text + (/^-$/.test(t.post) ? '-' : ''));
		k = j;
	}
	return out;
}

/**
 * "Priya Raman, the cabinet member for transport, who…": the words between the commas after a
 * name, when they start with an article or a role word.
 */
function apposition(tokens: Token[], end: number): string[] {
	if (!/^,\s*$/.test(tokens[end - 1]?.post ?? '')) return [];
	const out: string[] = [];
	for (let k = end; k < tokens.length && out.length < 9; k++) {
		const t = tokens[k];
		if (/^(who|which|whose|that|said|says)$/.test(t.normal)) break;
		// "Calderbrook, a sum the club's chairwoman said…": a clause about the sum, not a role.
		if (
			out.length > 1 &&
			/^(the|a|an)$/.test(t.normal) &&
			!/^(of|and|at|for|to|in|by|from|with|on|as)$/i.test(out.at(-1) ?? '')
		)
			break;
		out.push(t.text);
		if (/[,;:.!?"“”()]/.test(t.post)) break;
	}
	// "a lecturer in local politics at the University of": a role cut off by the word limit is
	// no role (nine words and still going).
	const last = tokens[end + out.length - 1];
	if (out.length >= 9 && last && !/[,;:.!?"“”()]/.test(last.post)) return [];
	const first = out[0]?.toLowerCase() ?? '';
	const startsRole = /^(a|an|the)$/.test(first) || roleClass(first) !== undefined;
	if (!startsRole || out.length < 2 || /^\d/.test(out[0])) return [];
	return out;
}

/**
 * Titles that are no role: "Mr", "Mrs", "Ms", "Miss", "Mx", and "Dr", "Prof", "Sir", "Dame",
 * alone or together ("Dr Anil Ramsay" is matched with what he does, not with "Dr").
 */
const COURTESY = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?(?:\s+|$))+$/;
/** Titles that say how a person is addressed, not what they do ("Cllr", "Dr"), unlike a rank. */
const ADDRESS = new RegExp(`^(${ADDRESS_TITLES.join('|')})\\.?$`, 'i');

/** The role an article gives a person at one mention, or undefined. */
export function roleAt(
	tokens: Token[],
	start: number,
	nameStart: number,
	end: number
): string | undefined {
	const titles = tokens
		.slice(start, nameStart)
		.map((t) => t.text)
		.filter((t) => TITLES.has(t.toLowerCase().replace(/\.$/, '')));
	const prefix = rolePrefix(tokens, start);
	// "The club's chairwoman, Carol Dunstan, said": a role word and a comma before the name.
	const before = tokens[start - 1];
	// "Saltgrave's director of rugby, Claire Osmond,", "The managing director of Westmarch Rail,
	// Simon Lacey,": a role of something.
	let of = start - 2;
	while (of > 0 && /^\p{Lu}/u.test(tokens[of].text) && tokens[of + 1] !== undefined) of--;
	const ofRole =
		tokens[of]?.normal === 'of' && leadRole(tokens[of - 1]?.normal ?? '') ? start - of + 1 : 0;
	const named = /^\p{Lu}/u.test(before?.text ?? '')
		? tokens.slice(of + 1, start).map((t) => t.text)
		: [];
	const lead =
		!prefix.length && before && /^,\s*$/.test(before.post)
			? /^[a-z]/.test(before.text) && leadRole(before.normal)
				? leadWords(tokens, start - 1)
				: ofRole
					? [...leadWords(tokens, of - 1), 'of', ...(named.length ? named : [before.text])]
					: []
			: [];
	// "the festival's director, Ms Imogen Thwaite", "the composer Dr Rhys Kendrick", "Wrennock's
	// mayor, Cllr Joan Fairbairn": the role is "director", "composer", "mayor"; a title after it
	// only says how the person is addressed.
	const words = [
		...prefix,
		...lead,
		...(lead.length || prefix.length ? titles.filter((t) => !ADDRESS.test(t)) : titles)
	].map((w) => (/^(Cllr|Councillor)\.?$/i.test(w) ? 'councillor' : w)); // "Cllr" is how it is said
	const joined = words.join(' ').replace(/- /g, '-').trim();
	const after = apposition(tokens, end).join(' ').trim();
	// "Ms Helen Farraday", "Dr Anil Ramsay": such a title says nothing of what they do.
	const described = COURTESY.test(joined) ? '' : joined;
	const role = [described, after].filter(Boolean).join(', ');
	return role || undefined;
}
