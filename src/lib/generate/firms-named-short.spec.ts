/**
 * Firms as held-out-151 named them: "Voltrider's chief executive" is a firm's, "the company" is
 * no bureau, "Harmon's" is a supermarket and never a Mr Harmon, and "Fernleigh's chief
 * executive" is the Fernleigh Care Group's.
 */
import { describe, expect, it } from 'vitest';
import { analyseText, entityNamed, statementsOf } from './test-text.ts';

describe('a firm named by one word', () => {
	const recall = [
		'Scooter maker recalls batteries',
		'Voltrider, which is based in Brackenholt, has recalled 48,000 scooters.',
		'An investigation by the National Product Safety Bureau found a defect in the cells.',
		"Voltrider's chief executive, Callum Redfern, apologised to customers.",
		'The recall is expected to cost the company about £9 million, Mr Redfern said.',
		"Shares in Voltrider's parent company, Kestrel Mobility Group, fell 14 per cent."
	].join('\n\n');

	it('reads what only a firm has, and finds no company in a bureau', () => {
		const { index } = analyseText(recall);
		expect(entityNamed(index, 'Voltrider').kind).toBe('organisation');
		const statements = statementsOf(recall);
		expect(statements.some((s) => /cost the National Product Safety Bureau/.test(s))).toBe(false);
	});

	it('keeps a shop named in "\'s" one firm', () => {
		const { index } = analyseText(
			"The supermarket chain, Harmon's, had expected the dig to take three weeks. The discovery has forced Harmon's to rethink its plans."
		);
		expect(entityNamed(index, "Harmon's").kind).toBe('organisation');
		expect(index.entities.some((e) => e.name === 'Harmon')).toBe(false);
	});

	it('calls a care group by its first word', () => {
		const { index } = analyseText(
			"Fernleigh Care Group will close Willowmere House in March. In a statement, Fernleigh's chief executive, Graham Ottley, said the decision had been hard."
		);
		expect(index.entities.some((e) => e.name === 'Fernleigh')).toBe(false);
		expect(entityNamed(index, 'Fernleigh Care Group').aliases).toContain('Fernleigh');
	});
});
