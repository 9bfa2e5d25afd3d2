/** Nouns that point back to the sentence before, and the same nouns that describe or define. */
import { describe, expect, it } from 'vitest';
import { pointsBack } from './dangling-reference.ts';

describe('pointsBack: nouns', () => {
	it('takes a common noun that opens the sentence for what "its" stands for', () => {
		expect(
			pointsBack('Inflation fell to 2.9% in October, its lowest rate for three years.')
		).toBeUndefined();
		expect(pointsBack('Yesterday its shares fell by a third.')).toMatch(/its/);
		expect(pointsBack('According to Halden, its battery lasts six weeks.')).toMatch(/its/);
		expect(pointsBack('Engineers do not believe it is in danger of collapse.')).toMatch(/it/);
		expect(pointsBack('Three tugs pulled it free on the high tide.')).toMatch(/it/);
		expect(pointsBack('More than 60,000 visitors passed through its doors.')).toMatch(/its/);
		expect(
			pointsBack("Katrin Olund said Tarsenia's country would cut its own catch.")
		).toBeUndefined();
		expect(
			pointsBack('Corran, which made pumps at its works in Stallbridge, went into administration.')
		).toBeUndefined();
	});

	it('reads "that approach", "the group" and "the campaign" as told before', () => {
		expect(pointsBack('Anders Thoma said that approach would give Vellmark 60%.')).toMatch(
			/that approach/
		);
		expect(pointsBack('Sunita Parekh chairs the group.')).toMatch(/the group/);
		expect(pointsBack('David Pryce chaired the parents during the campaign.')).toMatch(
			/the campaign/
		);
		expect(pointsBack('The campaign to save the pool raised £5,000.')).toBeUndefined();
	});

	it('tells a noun that describes the next one from one that points back', () => {
		// "the total repair bill" says what it is; "the total" alone does not.
		expect(pointsBack('The diocese put the total repair bill at about £935,000.')).toBeUndefined();
		expect(pointsBack('Officers said the total was about £935,000.')).toMatch(/the total/);
		expect(pointsBack('The decision came after a long debate.')).toMatch(/the decision/);
		expect(pointsBack('Inspector Oduya put the rise down to the scrap market.')).toMatch(
			/the rise/
		);
		expect(pointsBack('Plans for the figures show a fall in 2025.')).toMatch(/the figures/);
		expect(pointsBack('The pair met in the last round at Valmont Town Hall.')).toMatch(/the pair/);
		expect(
			pointsBack('As a direct result of that inquiry, the observatory opened in 1987.')
		).toMatch(/that inquiry/);
		expect(pointsBack('The average across all services in the country was 54%.')).toMatch(
			/the average/
		);
		expect(pointsBack('The average household spends £30 a week on fuel.')).toBeUndefined();
		expect(
			pointsBack(
				'Each letter costs £2.40, about four times as much as the average across the rest of the country.'
			)
		).toBeUndefined();
		expect(
			pointsBack('Every hour spent in such a queue is an hour lost, Dr Marwick said.')
		).toMatch(/such a queue/);
		expect(
			pointsBack('The storm made it such a long night that the crew slept on board.')
		).toBeUndefined();
	});
});

describe('pointsBack: what the sentence itself anchors', () => {
	it('reads "the same point last year" after a date of its own, not "the same period" alone', () => {
		expect(
			pointsBack(
				'At the end of September, 6,420 people had waited a year, compared with 5,440 at the same point last year.'
			)
		).toBeUndefined();
		expect(pointsBack('The list grew by 7% over the same period, from 19,900 to 21,300.')).toMatch(
			/the same period/
		);
	});

	it('reads "the figure" as the number the sentence has just named', () => {
		expect(
			pointsBack(
				'Across the country, the number of patients waiting fell by 3%, and Drumcassel was one of four hospitals where the figure went up.'
			)
		).toBeUndefined();
		expect(pointsBack('Drumcassel was one of four hospitals where the figure went up.')).toMatch(
			/the figure/
		);
	});

	it('lets "that morning" be the day the story tells', () => {
		expect(
			pointsBack('Three sailors had set out from Port Tavish that morning on a two-day trip.')
		).toBeUndefined();
		expect(pointsBack('Two days later, the sailors set out again.')).toMatch(/Two days later/);
	});
});

describe('pointsBack: ranked nouns and the other sex', () => {
	it('reads "the true figure" and "the main reason" as pointing back, unless defined', () => {
		expect(pointsBack('The trust says the true figure is nearer 6%.')).toMatch(/the true figure/);
		expect(pointsBack('The main reason is what councillors call the "missing middle".')).toMatch(
			/the main reason/i
		);
		expect(pointsBack('The main reason for the delay was the weather.')).toBeUndefined();
		expect(pointsBack('Even the lower figure was ahead of expectations.')).toMatch(/lower figure/);
		expect(pointsBack('The rest was put down to higher steel prices.')).toMatch(/The rest/);
		expect(pointsBack('The rest of the money came from grants.')).toMatch(/after which part/);
		expect(pointsBack('The rest of the year was quieter.')).toBeUndefined();
	});

	it('reads "his" after the one woman a statement names as someone else', () => {
		expect(pointsBack('Ms Isla Marwick said on Sunday that his condition was stable.')).toMatch(
			/his/
		);
		expect(pointsBack('Mr Owen Pask said on Sunday that his company was sorry.')).toBeUndefined();
		expect(
			pointsBack(
				"Margaret Olusanya's barrister, Mr Daniel Kemp, argued that she had always meant to repay it."
			)
		).toBeUndefined();
	});
});

describe('pointsBack: what the statement names itself', () => {
	it('reads "that figure" after a figure of the same sentence as that figure', () => {
		expect(
			pointsBack(
				'The authority had earlier said that 31,000 vehicles used the tunnel, but it revised that figure to 26,500.'
			)
		).toBeUndefined();
		expect(pointsBack('On Friday the authority revised that figure to 26,500.')).toMatch(
			/that figure/
		);
		expect(pointsBack('By 1930, that figure had fallen to fewer than 40.')).toMatch(/that figure/);
		// A sum put "towards that figure" is a part of another, told before.
		expect(
			pointsBack(
				'The partnership put £1.5 million towards that figure because the mill is in a priority zone.'
			)
		).toMatch(/that figure/);
	});

	it('reads "the same family" after "a family of four" as that family', () => {
		expect(
			pointsBack(
				'A return trip for a family of four costs $286 on the ferry, while the same family would pay about $640 to fly.'
			)
		).toBeUndefined();
	});
});

describe('prices and pairs that need the sentence before', () => {
	it('finds "Tickets will cost", "Shares cost" and "The £320,000 cost" with no "of"', () => {
		expect(pointsBack('Tickets will cost £5, and the money goes to the fund.')).toMatch(/Tickets/);
		expect(pointsBack('Shares cost £50 each, and every member has one vote.')).toMatch(/Shares/);
		expect(pointsBack('The £320,000 cost was raised over four years.')).toMatch(/of what/);
		expect(pointsBack('Tickets for the concert cost £5.')).toBeUndefined();
		expect(
			pointsBack('The £2.4 million cost of the bridge was met by the council.')
		).toBeUndefined();
	});

	it('finds "the couple" before a time, which does not describe it', () => {
		expect(pointsBack('Horace has lived with the couple since 2004.')).toMatch(/the couple/);
		expect(pointsBack('The former mining town voted in May.')).toBeUndefined();
	});
});
