/**
 * The evaluation corpus: short articles written for it (tests/eval/<split>/<id>.txt), each with
 * its key facts labelled by hand before the generator was tuned on it (<id>.yaml). The generator
 * never reads these files; only the evaluation does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';

/** The measure: tune on the first, report both. */
export const SPLITS = [
	'tune',
	'held-out',
	'held-out-2',
	'held-out-3',
	'held-out-4',
	'held-out-5',
	'held-out-6',
	'held-out-7',
	'held-out-8',
	'held-out-9',
	'held-out-10',
	'held-out-11',
	'held-out-12',
	'held-out-13',
	'held-out-14',
	'held-out-15',
	'held-out-16',
	'held-out-17',
	'held-out-18',
	'held-out-19',
	'held-out-20',
	'held-out-21',
	'held-out-22',
	'held-out-23',
	'held-out-24',
	'held-out-25',
	'held-out-26',
	'held-out-27',
	'held-out-28',
	'held-out-29',
	'held-out-30',
	'held-out-31',
	'held-out-32',
	'held-out-33',
	'held-out-34',
	'held-out-35',
	'held-out-36',
	'held-out-37',
	'held-out-38',
	'held-out-39',
	'held-out-40',
	'held-out-41',
	'held-out-42',
	'held-out-43',
	'held-out-44',
	'held-out-45',
	'held-out-46',
	'held-out-47',
	'held-out-48',
	'held-out-49',
	'held-out-50',
	'held-out-51',
	'held-out-52',
	'held-out-53',
	'held-out-54',
	'held-out-55',
	'held-out-56',
	'held-out-57',
	'held-out-58',
	'held-out-59',
	'held-out-60',
	'held-out-61',
	'held-out-62',
	'held-out-63',
	'held-out-64',
	'held-out-65',
	'held-out-66',
	'held-out-67',
	'held-out-68',
	'held-out-69',
	'held-out-70',
	'held-out-71',
	'held-out-72',
	'held-out-73',
	'held-out-74',
	'held-out-75',
	'held-out-76',
	'held-out-77',
	'held-out-78',
	'held-out-79',
	'held-out-80',
	'held-out-81',
	'held-out-82',
	'held-out-83',
	'held-out-84',
	'held-out-85',
	'held-out-86',
	'held-out-87',
	'held-out-88',
	'held-out-89',
	'held-out-90',
	'held-out-91',
	'held-out-92',
	'held-out-93',
	'held-out-94',
	'held-out-95',
	'held-out-96',
	'held-out-97',
	'held-out-98',
	'held-out-99',
	'held-out-100',
	'held-out-101',
	'held-out-102',
	'held-out-103',
	'held-out-104',
	'held-out-105',
	'held-out-106',
	'held-out-107',
	'held-out-108',
	'held-out-109',
	'held-out-110',
	'held-out-111',
	'held-out-112',
	'held-out-113',
	'held-out-114',
	'held-out-115',
	'held-out-116',
	'held-out-117',
	'held-out-118',
	'held-out-119',
	'held-out-120',
	'held-out-121',
	'held-out-122',
	'held-out-123',
	'held-out-124',
	'held-out-125',
	'held-out-126',
	'held-out-127',
	'held-out-128',
	'held-out-129',
	'held-out-130',
	'held-out-131',
	'held-out-132',
	'held-out-133',
	'held-out-134',
	'held-out-135',
	'held-out-136',
	'held-out-137',
	'held-out-138',
	'held-out-139',
	'held-out-140',
	'held-out-141',
	'held-out-142',
	'held-out-143',
	'held-out-144',
	'held-out-145',
	'held-out-146',
	'held-out-147',
	'held-out-148',
	'held-out-149',
	'held-out-150',
	'held-out-151',
	'held-out-152',
	'held-out-153',
	'held-out-154',
	'held-out-155',
	'held-out-160',
	'held-out-156',
	'held-out-158',
	'held-out-157',
	'held-out-159',
	'held-out-161'
] as const;
/**
 * `dev`: six more articles written later, read for failure modes the tune split lacks; not a
 * measure, and shown only when asked for (--split dev).
 */
export type Split = (typeof SPLITS)[number] | 'dev';

const KeyFactSchema = v.strictObject({
	id: v.string(),
	fact: v.string(),
	kind: v.picklist([
		'main-claim',
		'who',
		'what',
		'where',
		'when',
		'number',
		'why',
		'consequence',
		'comparison'
	]),
	/** Words of the one article sentence that states it. */
	sentence: v.string(),
	/** What a fair question about it could have as its answer, as written in that sentence. */
	answers: v.pipe(v.array(v.string()), v.minLength(1))
});

const LabelsSchema = v.strictObject({
	id: v.string(),
	genre: v.string(),
	key_facts: v.pipe(v.array(KeyFactSchema), v.minLength(1))
});

export type KeyFact = v.InferOutput<typeof KeyFactSchema>;

export interface Article {
	id: string;
	split: Split;
	genre: string;
	text: string;
	words: number;
	keyFacts: KeyFact[];
}

export const EVAL_DIR = join(import.meta.dirname, '..', '..', 'tests', 'eval');

export function readSplit(split: Split, dir = EVAL_DIR): Article[] {
	const folder = join(dir, split);
	return readdirSync(folder)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((file) => {
			const id = file.replace(/\.txt$/, '');
			const text = readFileSync(join(folder, file), 'utf8');
			const labels = v.parse(LabelsSchema, parse(readFileSync(join(folder, `${id}.yaml`), 'utf8')));
			if (labels.id !== id) throw new Error(`${split}/${id}.yaml: id is "${labels.id}"`);
			for (const fact of labels.key_facts) {
				if (!text.includes(fact.sentence))
					throw new Error(`${split}/${id}.yaml: ${fact.id}: its sentence is not in the article`);
			}
			return {
				id,
				split,
				genre: labels.genre,
				text,
				words: text.split(/\s+/).filter(Boolean).length,
				keyFacts: labels.key_facts
			};
		});
}
