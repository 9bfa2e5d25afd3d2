import { describe, expect, it } from 'vitest';
import { readDeckFolder } from '../../../scripts/vite/deck-folder.ts';
import { buildQuestions } from '../questions/engine.ts';
import { applyEdits, editProblem, hasEdits } from './edits.ts';

const questions = buildQuestions(readDeckFolder('questions/ukraine-security-guarantees'), 7);
const mc = questions.find((q) => q.type === 'multiple-choice')!;
const cloze = questions.find((q) => q.type === 'cloze')!;
const numeric = questions.find((q) => q.type === 'numeric')!;

describe('teacher edits', () => {
	it('rewords, fixes an option (the answer follows it), corrects answers and drops questions', () => {
		const correct = mc.options!.indexOf(mc.answer);
		const options = mc.options!.map((o, i) => (i === correct ? `${o} (fixed)` : o));
		const edited = applyEdits([mc, cloze, numeric], {
			[mc.id]: { prompt: '  Who chaired it?  ', options },
			[cloze.id]: { dropped: true },
			[numeric.id]: { answer: '1,200' }
		});
		expect(edited.map((q) => q.id)).toEqual([mc.id, numeric.id]);
		expect(edited[0].prompt).toBe('Who chaired it?');
		expect(edited[0].answer).toBe(`${mc.answer} (fixed)`);
		expect(edited[1]).toMatchObject({ answer: '1200', key: { value: 1200, answer: '1,200' } });
		expect(hasEdits({})).toBe(false);
		expect(hasEdits({ [mc.id]: {} })).toBe(false);
		expect(hasEdits({ [mc.id]: { dropped: true } })).toBe(true);
	});

	it('refuses edits that would break a question, and leaves it as it was', () => {
		const same = mc.options!.map(() => 'x');
		expect(editProblem(mc, { options: same })).toMatch(/same/);
		expect(editProblem(mc, { prompt: ' ' })).toMatch(/empty/);
		expect(editProblem(mc, { options: ['a'] })).toMatch(/number of options/);
		expect(editProblem(numeric, { answer: 'many' })).toMatch(/number/);
		expect(applyEdits([mc], { [mc.id]: { options: same } })[0]).toEqual(mc);
	});
});
