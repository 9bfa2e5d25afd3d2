import { describe, expect, it } from 'vitest';
import { pointingPhrase } from './pointing-phrases.ts';

describe('pointingPhrase: a margin and a remainder', () => {
	it('asks between whom a margin is, and left of what "what was left" is', () => {
		const count =
			'Mr Graham Pettifer asked for a recount because the first count put only three votes between them.';
		expect(pointingPhrase(count)).toMatch(/between whom/);
		expect(
			pointingPhrase('Alison Threlfall and Graham Pettifer had only three votes between them.')
		).toBeUndefined();
		expect(
			pointingPhrase('A chemical spill from a tannery in 1981 killed much of what was left.')
		).toMatch(/of what/);
		expect(
			pointingPhrase('The storm sank what was left of the fishing fleet in 1881.')
		).toBeUndefined();
	});

	it('asks others than whom', () => {
		expect(
			pointingPhrase('Nine others, including three children, were treated for cuts and bruises.')
		).toMatch(/others than whom/);
		expect(
			pointingPhrase('Nine people, including three children, were treated for cuts and bruises.')
		).toBeUndefined();
	});
});
