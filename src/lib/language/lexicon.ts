/** Word lists the generator's rules rely on (lower case). */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words before a name that say it is a person's ("Dr", "Councillor"); not part of the answer. */
export const TITLES = set(`
	mr mrs ms miss mx dr doctor prof professor sir dame lord lady councillor cllr president
	senator governor mayor judge justice captain capt general gen admiral colonel col lieutenant
	lt sergeant sgt inspector detective constable rev reverend father bishop archbishop rabbi imam
	king queen prince princess duke duchess chancellor minister premier chief coach pope saint
	prime deputy superintendent commissioner ambassador secretary ds dc di dci dsi pc sgt insp supt
	det rep sen retd rtd`);

export const MALE_TITLES = set('mr sir lord king prince duke father');
export const FEMALE_TITLES = set('mrs ms miss dame lady queen princess duchess');

/** Words for people, ties and roles that say a man: "his son", "the spokesman" (not "chairman"). */
export const MALE_NOUNS = set(`
	man men boy boys father son sons husband brother grandfather grandson uncle nephew widower
	king prince duke lord sir spokesman actor businessman postman councilman congressman
	sportsman policeman fisherman`);
/** Words for people, ties and roles that say a woman: "her daughter", "the spokeswoman". */
export const FEMALE_NOUNS = set(`
	woman women girl girls mother daughter daughters wife sister grandmother granddaughter aunt
	niece widow queen princess duchess lady dame spokeswoman chairwoman actress businesswoman
	postwoman councilwoman congresswoman sportswoman policewoman fisherwoman`);

/** Family ties: "her husband, Peter," says who Peter is to her. */
export const KIN_NOUNS = set(
	'husband wife son daughter father mother brother sister partner widow widower'
);
/** Words for people that "he" or "her" can stand for within a sentence. */
export const PERSON_NOUNS = set(
	'man woman boy girl mother father son daughter wife husband brother sister widow'
);

/** Words for someone by what they do or have done to them: "a bricklaying subcontractor". */
export const PEOPLE_BY_WHAT_THEY_DO = set(
	`subcontractor contractor driver worker builder customer passenger buyer tenant patient victim
	witness motorist cyclist pedestrian shopper employee neighbour pensioner homeowner bricklayer
	plumber electrician trader walker runner swimmer dealer collector farmer fisherman landlord
	landlady teacher student visitor caller hiker climber diver`
);

/** The sex a title or a word for a person says, if it says one. */
export function sexOfWord(word: string): 'male' | 'female' | undefined {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (MALE_TITLES.has(w) || MALE_NOUNS.has(w)) return 'male';
	if (FEMALE_TITLES.has(w) || FEMALE_NOUNS.has(w)) return 'female';
	return undefined;
}

/** The last word of a newspaper's name: the Dunmarsh Echo, the Kelbeck Herald. */
export const NEWSPAPER_HEADS = [
	'echo',
	'herald',
	'gazette',
	'mercury',
	'chronicle',
	'advertiser',
	'courier',
	'argus',
	'journal',
	'observer',
	'examiner',
	'sentinel',
	'recorder',
	'clarion',
	'bugle',
	'messenger'
];

/**
 * The last word of an organisation's name ("Hartley County Council", "Friends of …"), by the
 * category its wrong answers come from: a council for a council, a school for a school.
 */
export const ORGANISATION_HEADS: Record<string, string> = Object.fromEntries(
	[
		[
			'education',
			'school academy university college institute institution conservatoire conservatory'
		],
		[
			'public',
			'council agency board panel parliament congress senate lords commission committee department ministry authority government administration assembly executive cabinet office service inspectorate regulator ombudsman watchdog unit bureau'
		],
		// A court for a court, a police force for a police force: "sentenced at Carnshire
		// Police" would be false from its own wording.
		['court', 'court courts tribunal'],
		['police', 'police constabulary'],
		['rescue', 'coastguard brigade lifeboat rescue'],
		['military', 'army navy force forces regiment'],
		['health', 'hospital hospitals clinic infirmary hospice practice surgery'],
		[
			'business',
			'company corporation corp inc ltd plc llc builders bank group partnership network lines appliances therapeutics biologics biotech diagnostics genomics pharmaceuticals pharma technologies devices systems industries holdings motors airlines airways foods labs solutions energy partners securities capital media studios publishing press retail stores brewery bakery bakeries dairies mills homes utilities insurance logistics renewables power networks coaches buses ferries cruises travel tours railways services rail resources aggregates minerals mining engineering construction quarries components parts plastics electronics chemicals textiles packaging fibre telecom telecoms haulage supplies products manufacturing developments properties estates recruitment consultancy infrastructure dental books publishers bookshop bookshops shop shops cafe café restaurant hotel hotels pub taverns inns breweries garage chain retailer water cider ciders distillery creamery vineyard nurseries solicitors accountants architects surveyors auctioneers associates'
		],
		[
			'community',
			'club band orchestra choir society association trust charity friends union federation league alliance coalition campaign party housing forum chamber guild'
		],
		// A fund lends or grants; "a loan from Crumb & Kettle, which is run by the county council"
		// would give the bakery the fund's place.
		['fund', 'fund funds'],
		// Sports clubs: a club for a club.
		['team', 'team fc afc rfc rovers united wanderers rangers albion athletic hotspur harriers'],
		[
			'culture',
			'library museum gallery observatory laboratory laboratories lab facility foundation'
		],
		// An event for an event: "the Regional Arts Board drew 142,000 visitors" is no fair swap.
		[
			'event',
			'festival marathon games championship championships tournament cup fair conference summit expo exhibition olympics regatta chase stakes hurdle handicap competition gala show awards race series trophy'
		],
		['media', `news times ${NEWSPAPER_HEADS.join(' ')}`]
	].flatMap(([category, words]) => [...set(words)].map((w) => [w, category]))
);

/**
 * A head that is also an everyday plural: "the devices", "the homes", "the buses" in a sentence
 * are things, not "Tallis Devices" or "Alderline Homes".
 */
function commonPluralHead(word: string): boolean {
	return ORGANISATION_HEADS[word] === 'business' && /[^s]s$/.test(word);
}

/** A noun that "the …" may call an organisation by: "the council", "the firm", "the party". */
export function bodyNoun(word: string): boolean {
	return (
		(ORGANISATION_HEADS[word] !== undefined &&
			!commonPluralHead(word) &&
			!MASS_HEADS.has(word) &&
			!TAIL_HEADS.has(word)) ||
		// Words a body's own name seldom ends in, but an apposition gives it: "a co-operative".
		/^(firm|business|operator|co-operative|cooperative|co-op)$/.test(word)
	);
}

/**
 * Heads that "the practice" or "the surgery" may point back by with another of its kind's words
 * ("the practice" of Harbour Lane Dental Care: named-tail.ts), not by a body's kind alone.
 */
const TAIL_HEADS = new Set(['practice', 'surgery']);

/** Heads that are everyday mass nouns too: "the water it treats" is water, not Caldermoor Water. */
const MASS_HEADS = new Set(['water', 'energy', 'power', 'media', 'press', 'retail', 'travel']);

/** "Marshby Against the Depot": a campaign named for what it is against (words in lower case). */
export const campaignName = (lower: string[]): boolean => lower.includes('against');

/**
 * The word that says what a name is: "bank" of "Bank of Caldonia", "council" of "Hartley County
 * Council", and "school" of "Brackenholt Church of England Primary School" (a name that ends in
 * its own organisation head after "of" is of that kind). `ofAt` is where "of" stands, if it does.
 */
export function nameHead(lower: string[], ofAt = lower.indexOf('of')): string {
	const last = lower.length - 1;
	if (campaignName(lower)) return 'campaign'; // not a depot
	// "Friends of Holmcaster Library", "Society of Brackwater Museum": a group named for a
	// thing, not the thing.
	if (ofAt > 0 && ORGANISATION_HEADS[lower[ofAt - 1]] === 'community') return lower[ofAt - 1];
	// Not "Friends of the Festival": one word after "of" is what the name is of.
	const after = lower.slice(ofAt + 1).filter((w) => w !== 'the');
	const own = ORGANISATION_HEADS[lower[last]] !== undefined && after.length > 1;
	return lower[ofAt > 0 && !own ? ofAt - 1 : last];
}

/** The last word of a place's name, by the category its distractors are drawn from. */
export const PLACE_HEADS: Record<string, string> = Object.fromEntries(
	[
		[
			'street',
			'street st road rd lane avenue ave way close drive square terrace crescent row boulevard parade promenade'
		],
		[
			'water',
			'river lake sea ocean bay canal channel creek estuary falls loch strait sound gulf reservoir beck brook tarn'
		],
		[
			'landform',
			'mountain mountains mount hill hills valley forest island islands isle peninsula desert glacier moor heath meadow meadows fen down downs wold common ridge edge'
		],
		[
			'building',
			'station bridge palace tower castle playhouse cinema hippodrome tunnel embankment airport airfield aerodrome harbour centre center hall stadium arena market abbey cathedral church chapel temple mosque building dam gardens park pier wharf quay barracks prison mill estate chamber theatre auditorium exchange lighthouse'
		],
		['region', 'county province region district borough state territory']
	].flatMap(([category, words]) => [...set(words)].map((w) => [w, category]))
);

/** Words that start a place name: "River Wendle", "Mount Etna", "Lake Como". */
export const PLACE_FIRST: Record<string, string> = {
	river: 'water',
	lake: 'water',
	loch: 'water',
	mount: 'landform',
	isle: 'landform',
	port: 'settlement'
};

/** Countries the tagger does not always know as countries. */
export const COUNTRY_NAMES = new Set([
	'Britain',
	'Great Britain',
	'United Kingdom',
	'UK',
	'England',
	'Scotland',
	'Wales',
	'Northern Ireland',
	'Ireland',
	'United States',
	'America'
]);

/** Acronyms that name no organisation: "DNA", "GDP", "MBE". */
export const COMMON_ACRONYMS = new Set(
	'DNA RNA GDP CEO CFO GP GPs QC KC MSP MSPs AGM HGV HGVs GCSE GCSEs MP MPs MEP MBE OBE CBE KBE PhD TV AI IT GPS CCTV PM AM MRI HIV VAT CO2 PDF EPUB USB HTML LED LCD SUV EV'.split(
		' '
	)
);

/** Continents: places, but not distractors for towns. */
export const CONTINENTS = new Set([
	'Africa',
	'Antarctica',
	'Asia',
	'Europe',
	'Oceania',
	'North America',
	'South America',
	'Latin America',
	'the Arctic'
]);

/** Words that make up political parties' names ("the Liberal Democrats", "Labour"). */
export const PARTY_WORDS = set(`
	labour conservative conservatives tory tories liberal liberals democrat democrats democratic
	green greens republican republicans reform snp plaid cymru socialist socialists party
	independents`);
/** Of those, the words that only a party's name uses (not "Green Street", "Liberal arts"). */
export const PARTY_NAMES = set(`
	labour conservatives tory tories democrats republicans greens snp plaid socialists`);

/** Words before a name that say it is a sports club's: "bottom club Harwick Vale". */
export const TEAM_CUES = set('club side team hosts visitors leaders champions opponents rivals');

/** Named things that are neither people, places nor organisations, by category. */
export const TERM_HEADS: Record<string, string> = Object.fromEntries(
	[
		['award', 'prize award medal cup trophy'],
		['law', 'act bill treaty agreement accord convention law charter declaration'],
		['event', 'war battle revolution crisis rebellion riot uprising games olympics summit'],
		['instrument', 'telescope detector satellite probe explorer rover spacecraft']
	].flatMap(([category, words]) => [...set(words)].map((w) => [w, category]))
);

/** Lower-case words allowed inside a name: "Palace of Westminster", "Ludwig van Beethoven". */
/** Words inside a name between its capitalised words: "Bank of Caldonia", "Marlow & Pike". */
export const NAME_CONNECTORS = set('of for de da van von der del della di du le la al bin &');

/** Nouns for someone or some animal of one sex, that a "she" or "he" may be said of. */
export const GENDERED_SUBJECT =
	/^(female|male|woman|man|girl|boy|mother|father|daughter|son|wife|husband|widow|sister|brother|cub|mare|stallion|ewe|cow|bull|lioness|vixen)$/;

/** Young animals, which a report calls "she" or "he": "The calf … until she is three months old". */
export const YOUNG_ANIMAL_NOUNS = set(
	'calf calves foal pup puppy kitten lamb chick hatchling joey piglet'
);

/** Animals a report calls "she" or "he": "A grey seal pup … with net around her neck". */
export const ANIMAL_NOUNS = set(`
${[...YOUNG_ANIMAL_NOUNS].join(' ')} cub seal otter fox vixen badger deer doe hind stag dog
bitch cat horse pony mare stallion donkey whale dolphin porpoise bird owl eagle falcon hawk swan
goose tortoise turtle cow heifer bull ewe ram sow hen bat hedgehog beaver lynx panda elephant
giraffe bear wolf gorilla chimpanzee orangutan tiger lion lioness leopard cheetah
`);

/** Titles that say how a person is addressed, not what they do: "Mrs", "Dr", "Cllr". */
export const ADDRESS_TITLES =
	'Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Cllr Councillor Rev Revd'.split(' ');

/** The end of a firm's name, which makes it "the company" whatever it does: "Fernleigh Care Group". */
const FIRM_TAILS = /^(group|ltd|limited|plc|holdings|company|sons)$/;
/** Names of people joined for a cause, not firms, whatever their end: "the Friends of…". */
export const GROUP_NAMES =
	/^(?:the )?Friends of |\b(?:Action|Campaign|Residents['’]?|Community) Group$/i;

/** Whether a body's name makes it a firm: "Fernleigh Care Group", "Ashwenby Stores Ltd". */
export function firmByName(name: string): boolean {
	const tail = name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
	return FIRM_TAILS.test(tail) && !GROUP_NAMES.test(name);
}

/** Words that open a clause set before a sentence's subject: "Because he has passed…, Mr Pengarrow". */
export const FRONTED_CLAUSE =
	/^(because|although|though|since|after|before|when|while|whilst|as|if|once|until)$/;

/** Verbs of saying: the name next to one is a person's. */
export const SPEECH_VERBS = set(`
	said says say told tells added adds explained explains argued argues thinks thought believes
	believed wrote writes warned warns claimed claims insisted insists recalled recalls noted notes
	agreed agrees asked asks replied replies admitted admits stressed stresses described describes
	urged urges announced announces remembers
	remembered suggested suggests commented comments confirmed confirms`);

/** Speech verbs that introduce a quotation ("…," she said). */
export const QUOTE_VERBS = set(`
	said says told tells added adds explained explains argued argues wrote writes warned warns
	insisted insists recalled recalls noted notes replied replies admitted admits stressed stresses
	asked asks announced announces commented comments confirmed confirms continued continues joked
	jokes laughed laughs`);

/** Nouns for what a person is ("the astronomer Maya Okonkwo"); compromise tags most as #Actor. */
export const ROLE_NOUNS = set(`
	campaigner olympian paralympian librarian spokesperson spokeswoman spokesman resident volunteer chair chairman
	chairwoman director founder engineer head mayor owner manager researcher scientist professor
	lecturer doctor nurse officer official minister leader captain coach player author writer
	artist singer pupil student physicist chemist biologist astronomer economist historian
	physician teacher mechanic councillor curator guide analyst expert farmer nurse pilot judge
	prosecutor lawyer barrister solicitor surgeon president chairman chief secretary editor
	journalist photographer broadcaster poet novelist composer conductor priest vicar bishop
	detective inspector sergeant constable firefighter paramedic midwife carer driver diver
	biologist geologist archaeologist astrophysicist mathematician inventor entrepreneur banker
	skipper coxswain helmsman sailor fisherman postman postwoman violinist pianist cellist juror
	councilmember councilwoman councilman commissioner hairdresser barber stylist butcher baker
	shepherd gardener groundsman greenkeeper milkman publican shopkeeper florist jeweller optician
	dentist pharmacist vet`);

/** A sentence that starts with one of these leans on the one before it. */
export const LEADING_PRONOUNS = set(`
	he she it they we i you this that these those his her its their our my your them him such
	both another which who whose here`);

/** Connectives dropped from the start of a statement ("But the council…" → "The council…"). */
export const LEADING_CONNECTIVES = set(
	'and but so yet or however meanwhile still also instead indeed'
);

/** Pronouns that, outside quotation marks, make a sentence lean on its context. */
export const CONTEXT_PRONOUNS = set('he she it they them him her his its their this these those');

/** Pronouns that stand for something in another sentence: "predicted them", "a memorial to him". */
export const OBJECT_PRONOUNS = set('them him');

/**
 * Months as American news writes them before a day ("Sept. 30", "Dec. 31"): the month's index.
 * March to July are written in full.
 */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
	Jan: 0,
	Feb: 1,
	Aug: 7,
	Sep: 8,
	Sept: 8,
	Oct: 9,
	Nov: 10,
	Dec: 11
};

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The months as one regular-expression alternation, for patterns that name any month. */
export const MONTH_ALTERNATION = MONTHS.join('|');

/** The most days each month (by its index in MONTHS) can have: no 31 June, no 30 February. */
export const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

/**
 * Heads of places and buildings a text names once and then calls by the head: "Hollin Rigg Farm
 * … the farm", "Aldermoor Bridge … the bridge", "Gallowrigg Moor … the moor", "Gull Point … the
 * point" (never a town).
 */
export const PLACE_TAILS =
	/^(farm|quarry|reservoir|colliery|brewery|mill|bridge|viaduct|pier|station|hall|theatre|playhouse|cinema|centre|arena|stadium|lido|castle|abbey|priory|church|chapel|cathedral|lighthouse|marina|factory|depot|practice|surgery|moor|fell|down|ward|home|river|lake|loch|canal|square|common|ridge|edge|point|bay|cove|sands|quay|estuary|house)$/;
