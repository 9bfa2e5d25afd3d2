/**
 * How much a sentence carries the story, 0–1: where it stands (news puts the main claim first
 * and colour last), how much it shares with the headline and the lead, how central the things
 * it names are (named again and again), and whether it gives the numbers the story turns on.
 * A quiz asks the important facts first; the least important are only suggestions.
 */
import type { Sentence } from './analyse.ts';
import type { EntityIndex } from './entities.ts';

/** Words too common to say what a sentence is about. */
const STOP = new Set(
	`a an the and or but of in on at to for from by with as is are was were be been has have had it
	its this that these those he she they his her their we our you your not no than then there
	which who whom what when where how also after before over under more most less said says will
	would could can may into about up out new one two three four five six seven eight nine ten`.split(
		/\s+/
	)
);

function contentWords(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
			.filter((w) => w.length > 2 && !STOP.has(w))
			.map((w) => w.replace(/(ies|es|s)$/, ''))
	);
}

/** A named person introduced by age and job: "Daniel Frisk, a 34-year-old forklift driver". */
const VOX_POP = /^[A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+, an? \d+-year-old\b/u;
/** Onlookers at the scene: "Crowds gathered on the seafront", "Hundreds of people watched". */
const ONLOOKERS =
	/^(Crowds|Onlookers|Spectators|Passers-by|(Hundreds|Dozens|Thousands) of (people|residents|onlookers|spectators))\b[^.]{0,40}\b(gathered|watched|lined|came out|turned out|flocked)\b/;

/**
 * A feature's scene, not its news: "On a wet Tuesday morning in Lower Oxley, eight people…were
 * waiting", "At half past four on a wet morning, …is already on the quay", "Back in the car park,
 * the van arrived 10 minutes late". How many stood in the queue is no lesson.
 */
export const SCENE =
	/^(?:(?:On|In|At|Early on|Late on) an? [^.,]{0,30}\b(?:morning|afternoon|evening|night|day)\b|(?:At|By|Just after|Shortly after) (?:half past|a quarter (?:past|to)|dawn|first light|[a-z]+ o'clock)\b[^.,]{0,40}|Back (?:in|at|on|outside|inside) the\b)/;

export function sentenceImportance(sentences: Sentence[], index: EntityIndex): Map<number, number> {
	const body = sentences.filter((s) => !s.heading);
	const out = new Map<number, number>();
	if (!body.length) return out;
	const headline = sentences.find((s) => s.heading && s.index < body[0].index);
	// A feature that opens on a scene has its news in the sentence after it.
	const lead = SCENE.test(body[0].text) && body[1] ? body[1] : body[0];
	const topic = contentWords(`${headline?.text ?? ''} ${lead.text}`);
	const firstOfParagraph = new Set<number>();
	let paragraph = -1;
	for (const s of body) {
		if (s.paragraph !== paragraph) firstOfParagraph.add(s.index);
		paragraph = s.paragraph;
	}
	const mentionCount = (sentence: number) => {
		const entities = new Set(index.mentionsIn(sentence).map((m) => m.entity));
		let total = 0;
		for (const e of entities) total += Math.min(e.mentions.length, 5) / 5;
		return Math.min(1, total / 2);
	};
	body.forEach((s, rank) => {
		const position =
			s === lead
				? 1
				: Math.max(0.15, 0.85 - (0.6 * rank) / body.length) *
					(firstOfParagraph.has(s.index) ? 1.1 : 1);
		const words = contentWords(s.text);
		let shared = 0;
		for (const w of words) if (topic.has(w)) shared++;
		const overlap = s === lead ? 1 : Math.min(1, shared / 4);
		const numbers =
			/[£$€]\s?\d|\d\s?%|\d[\d,]*\s+(people|votes|seats|patients|homes|jobs|deaths|million|billion)/i.test(
				s.text
			)
				? 1
				: /\d/.test(s.text)
					? 0.5
					: 0;
		// A quotation is colour: what it says is asked, if at all, from the sentences around it.
		const quoted = /[“"][^”"]{20,}[”"]/.test(s.text) ? 0.8 : 1;
		// So are a passer-by's words and onlookers: "Daniel Frisk, a 34-year-old forklift driver…,
		// said", "Crowds gathered on the seafront…": the person's name, age and year are no lesson.
		const colour = VOX_POP.test(s.text) || ONLOOKERS.test(s.text) || SCENE.test(s.text) ? 0.45 : 1;
		const score =
			(0.35 * Math.min(1, position) +
				0.35 * overlap +
				0.2 * mentionCount(s.index) +
				0.1 * numbers) *
			quoted *
			colour;
		out.set(s.index, Math.round(score * 1000) / 1000);
	});
	return out;
}
