import { describe, expect, it } from 'vitest';
import { pointingPhrase } from './pointing-phrases.ts';
import { pointsBack } from './dangling-reference.ts';

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

	it('asks which two bodies, which side, following what, further than what', () => {
		expect(
			pointingPhrase(
				"The two bodies estimate that visitors spent £11.2 million in the town's hotels."
			)
		).toMatch(/“The two bodies” does not say which/);
		expect(
			pointingPhrase(
				'The Fellside Screen Trust and Marlowford City Council estimate that the two bodies gave £1m.'
			)
		).toBeUndefined();
		expect(
			pointingPhrase(
				'Chasing 241 at Orchard Lane, the home side needed three runs from the final ball.'
			)
		).toMatch(/which/);
		expect(
			pointingPhrase('The home side, Thistlecombe, needed three runs from the final ball.')
		).toBeUndefined();
		expect(
			pointingPhrase('The club plans to celebrate at Orchard Lane the following evening.')
		).toMatch(/following what/);
		expect(
			pointingPhrase('The Regal Trust, set up in 2020, bought the building the following year.')
		).toBeUndefined();
		expect(
			pointingPhrase('Striker Kieran Blythe put the home side ahead in the 23rd minute.')
		).toBeUndefined();
		expect(
			pointingPhrase('Cracks have opened in the tarmac for a further 300 metres to the north.')
		).toMatch(/beyond what/);
		expect(
			pointingPhrase('Cracks have opened in the tarmac for 300 metres to the north.')
		).toBeUndefined();
	});

	it('asks what money "most of the money" is', () => {
		expect(
			pointingPhrase('Most of the money, £29 million, came from a national fund for closed lines.')
		).toMatch(/which/);
		expect(pointingPhrase('Most of the £38.5 million came from a national fund.')).toBeUndefined();
		expect(
			pointingPhrase('Most of the money for the repairs came from the Heritage Renewal Fund.')
		).toBeUndefined();
	});

	it('asks which money, which new owners, charged with what', () => {
		expect(pointingPhrase('The money will fund a bus route linking the new estate.')).toMatch(
			/which/
		);
		expect(pointingPhrase('The money for the repairs came from a fund.')).toBeUndefined();
		expect(
			pointingPhrase('He was openly critical of the new owners, who closed the office in 2016.')
		).toMatch(/who/);
		expect(
			pointingPhrase('He was critical of the new owners, Northstone Media, who closed it.')
		).toBeUndefined();
		expect(
			pointingPhrase('Three men have been charged and will appear at Carwick Crown Court.')
		).toMatch(/with what/);
		expect(
			pointingPhrase('Three men have been charged with theft and will appear in court.')
		).toBeUndefined();
	});

	it('asks of whom a bare share is', () => {
		expect(
			pointingPhrase(
				'Just 48% of patients began treatment within 62 days of referral in January, far below the national target of 85%.'
			)
		).toMatch(/of whom/);
		expect(pointingPhrase('Only 22% backed a cut as deep as the one agreed on Thursday.')).toMatch(
			/of whom/
		);
		expect(
			pointingPhrase('Just 48% of patients at Callowbridge General Hospital began treatment.')
		).toBeUndefined();
	});

	it('asks what "it" will fall', () => {
		expect(
			pointingPhrase('The NRSO forecasts that it will fall back to about 3.5% by December.')
		).toMatch(/does not say what will/);
		expect(
			pointingPhrase('The NRSO forecasts that inflation will fall back to about 3.5% by December.')
		).toBeUndefined();
	});
});

describe('pointingPhrase: openings that answer the sentence before', () => {
	it('reads "To tackle that", "If that is confirmed" and "instead" as told before', () => {
		expect(pointsBack('To tackle that, the STA has set up a £12,000 bursary fund.')).toMatch(
			/To tackle that/
		);
		expect(pointsBack('To tackle congestion, the council will add 12 buses.')).toBeUndefined();
		expect(pointsBack('If that is confirmed, the find could change what is known.')).toMatch(
			/If that is/
		);
		expect(pointsBack('Patients will instead be cared for at Castlegrove Infirmary.')).toMatch(
			/instead/
		);
		expect(
			pointsBack('Patients will be cared for at Castlegrove Infirmary instead of Linden Ward.')
		).toBeUndefined();
	});

	it('reads "A similar ban" and "The two men" as told before, unless the sentence says which', () => {
		expect(pointsBack('A similar ban introduced in 2022 led to a 60% fall in fires.')).toMatch(
			/similar ban/
		);
		expect(pointsBack('A similar scheme to Leeds’s will start in May.')).toBeUndefined();
		expect(pointsBack('The two men signed a renewed friendship charter.')).toMatch(/two men/);
		expect(
			pointsBack('Jean-Luc Perrault and Robert Haddow signed a charter; the two men then spoke.')
		).toBeUndefined();
	});
});
