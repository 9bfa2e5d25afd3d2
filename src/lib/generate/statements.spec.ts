import { describe, expect, it } from 'vitest';
import { blankable } from './statements.ts';

describe('blankable: where a blank can stand in for an answer', () => {
	it('blanks a name once and whole', () => {
		expect(blankable('The bells of St Giles Church were cast in 1747.', 'St Giles')).toBe(true);
		expect(blankable('Ashcombe St Giles rang St Giles bells.', 'St Giles')).toBe(false);
	});

	it('leaves a name whose apostrophe would stay behind the blank: "at _____\' on Sunday"', () => {
		expect(blankable("A service will be held at St Giles' on Sunday.", 'St Giles')).toBe(false);
		expect(blankable("The bells of St Giles' Church were cast in 1747.", 'St Giles')).toBe(false);
		expect(
			blankable("The figures came from the watchdog Fennock Patients' Voice.", 'Fennock Patients')
		).toBe(false);
		// A possessive reads with a blank: "_____'s cabinet", "_____' route director".
		expect(blankable("Dan Hale, Vale Lines' route director, spoke.", 'Vale Lines')).toBe(true);
		expect(blankable("Members of Tarnside Council's cabinet agreed.", 'Tarnside Council')).toBe(
			true
		);
	});
});
