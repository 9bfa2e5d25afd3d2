/** Matching questions (questions/matching-questions.ts) on a deck the generator wrote. */
import { describe, expect, it } from 'vitest';
import { generateDeck } from './generate.ts';
import { buildQuestions } from '../questions/engine.ts';

const text = [
	'Council seat decided by two votes after three recounts',
	'Priya Nandakumar, of Stannerley Independents, won the Fennick Vale ward with 1,148 votes, beating the Progress Party candidate, Tom Ellery-Vance, who received 1,146.',
	'The by-election was called after the death of the councillor Margaret Holt, 83, who had represented Fennick Vale for 27 years.',
	'A third candidate, Sam Whitlow, who stood as an independent, received 310 votes.',
	'The returning officer, the council’s chief executive, Dr Helen Maudsley, declared the result at 3.40am.',
	'The county’s election manager, Ruth Okafor, said turnout was 31.4%.',
	'The Progress Party’s group leader, Cllr Neil Brannock, called the defeat "a blow".'
].join('\n\n');

describe('matching people to their roles', () => {
	it('never sets "candidate" beside "third candidate", or "Cllr" beside "councillor"', () => {
		const questions = buildQuestions(generateDeck(text).deck, 1);
		const roles = questions
			.filter((q) => q.id.startsWith('match.roles'))
			.map((q) => (q.pairs ?? []).map(([, role]) => role.toLowerCase()));
		expect(roles.length).toBeGreaterThan(0);
		for (const set of roles) {
			expect(set).not.toContain('cllr');
			const words = set.map((r) => new Set(r.split(/\s+/)));
			for (const a of words)
				for (const b of words) if (a !== b) expect([...a].every((w) => b.has(w))).toBe(false);
		}
	});
});
