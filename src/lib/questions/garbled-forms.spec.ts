/**
 * The garbled and meaning-changing forms of every curated deck (issue 21): a garbled form is a
 * misspelt name of a person, never a garbled phrase, and no list or answer key accepts a form that
 * changes the meaning. accepted-answers.spec.ts justifies the forms the decks do accept.
 */
import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, editDistance } from '../answers/check.ts';
import { answerWords } from '../answers/normalize.ts';
import { indexDeck } from './deck-index.ts';
import { answerKeyFor } from './question-parts.ts';
import { MEANING_CHANGING } from './accept-equivalents.ts';
import { canon, decks } from './accept-justification.ts';

describe.each(decks.map((d) => [d.id, d] as const))('the garbled forms of %s', (_, deck) => {
	it('are misspelt names of people only, never a garbled phrase', () => {
		const problems: string[] = [];
		for (const fact of deck.facts)
			for (const s of fact.slots)
				if (s.garbled.length && s.kind !== 'person')
					problems.push(
						`${fact.id}.${s.id}: garbled ${JSON.stringify(s.garbled)} on a slot of kind ${s.kind}`
					);
		for (const entity of deck.entities) {
			if (entity.garbled.length && entity.kind !== 'person')
				problems.push(
					`entity ${entity.id}: garbled ${JSON.stringify(entity.garbled)} on an entity of kind ${entity.kind}`
				);
			const nameWords = [entity.name, ...entity.aliases].flatMap((n) =>
				answerWords(n, { titles: true })
			);
			const trueForms = new Set([entity.name, ...entity.aliases].map((n) => canon(n, true)));
			for (const garbled of entity.garbled) {
				const words = answerWords(garbled, { titles: true });
				// Each word a misspelling of a word of the name (or its short form: "Ed" for "Edward").
				const misspelt = words.every((w) =>
					nameWords.some(
						(n) =>
							editDistance(w, n) <= Math.ceil(n.length / 2) ||
							(Math.min(w.length, n.length) >= 2 && (w.startsWith(n) || n.startsWith(w)))
					)
				);
				if (!misspelt)
					problems.push(`entity ${entity.id}: “${garbled}” is not a spelling of its name`);
				if (trueForms.has(canon(garbled, true)))
					problems.push(`entity ${entity.id}: “${garbled}” is a true form: an alias, not garbled`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.each(decks.map((d) => [d.id, d] as const))(
	'forms that change the meaning, in %s',
	(_, deck) => {
		/** Lower case, single spaces, no punctuation: articles kept ("a little" is not "little"). */
		const plain = (t: string) =>
			t
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s]/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim();
		const wrong = new Set(MEANING_CHANGING.map(([form]) => plain(form)));

		it('are in no accept, alias or garbled list', () => {
			const listed = [
				...deck.entities.flatMap((e) =>
					[...e.aliases, ...e.garbled].map((t) => [`entity ${e.id}`, t] as const)
				),
				...deck.facts.flatMap((f) =>
					f.slots.flatMap((s) =>
						[...s.accept, ...s.garbled].map((t) => [`${f.id}.${s.id}`, t] as const)
					)
				)
			];
			expect(listed.length).toBeGreaterThan(0);
			expect(
				listed.filter(([, t]) => wrong.has(plain(t))).map(([where, t]) => `${where}: “${t}”`)
			).toEqual([]);
		});

		it('are refused by every slot’s answer key', () => {
			const index = indexDeck(deck);
			const accepted: string[] = [];
			for (const fact of deck.facts)
				for (const s of fact.slots) {
					const key = answerKeyFor(index, s);
					for (const [form, why] of MEANING_CHANGING) {
						if (checkTypedAnswer(form, key).correct)
							accepted.push(`${fact.id}.${s.id} accepts “${form}” (${why})`);
					}
				}
			expect(accepted).toEqual([]);
		});
	}
);
