import { describe, expect, it } from 'vitest';
import { analyseText, entityKinds } from './test-text.ts';

describe('names with "and" in them: where two names stay two', () => {
	it('keeps an acronym and the council after it apart', () => {
		const { index } = analyseText(
			'Nine children were treated, according to the Southmarsh Health Protection Team (SHPT). In response, the SHPT and Brindlecombe Borough Council have opened walk-in clinics.'
		);
		const names = entityKinds(index);
		expect(names).toContain('organisation Brindlecombe Borough Council');
		expect(names.some((n) => /SHPT and/.test(n))).toBe(false);
	});

	it('keeps the last two schools of a list apart', () => {
		const { index } = analyseText(
			'Cases were found at Fennick Academy, Copperbeech Infant School, Quillfield Primary and Brindlecombe High School.'
		);
		const names = entityKinds(index);
		expect(names).toContain('organisation Brindlecombe High School');
		expect(names.some((n) => /Primary and/.test(n))).toBe(false);
	});

	it('still reads one fire service across its "and"', () => {
		const { index } = analyseText(
			'Wrenholt and Lowmere Fire and Rescue Service said 23 people had been helped out of the water.'
		);
		expect(entityKinds(index).some((n) => /Fire and Rescue Service$/.test(n))).toBe(true);
	});

	it('reads "X and District" as one name when the name ends in its possessive', () => {
		const { index } = analyseText(
			"The Wendlebury and District Model Railway Society's headquarters, a former goods shed, was flooded. The flood ruined the society's layout."
		);
		const names = entityKinds(index);
		expect(names).toContain('organisation Wendlebury and District Model Railway Society');
		expect(names).not.toContain('organisation District Model Railway Society');
	});

	it("reads a family firm as one name, and keeps its owner's first name out of it", () => {
		const { index } = analyseText(
			'Gareth Pryce, who runs Pryce and Daughters Funeral Directors in Sallowby, said families waited. Pryce said it added cost.'
		);
		const names = entityKinds(index);
		expect(names).toContain('organisation Pryce and Daughters Funeral Directors');
		expect(names).not.toContain('organisation Daughters Funeral Directors');
	});

	it('reads two surnames as one firm when the apposition after them says so', () => {
		const { index } = analyseText(
			"The restoration was carried out by Pellow and Grant, a family firm of clockmakers from Stourley. The firm's director, Thomas Pellow, said the work took a year."
		);
		const names = entityKinds(index);
		expect(names).toContain('organisation Pellow and Grant');
		expect(names.some((n) => /^person Grant$/.test(n))).toBe(false);
	});
});
