import { describe, expect, it } from 'vitest';
import { analyseParagraph } from './analyse.ts';
import { dateDistractors, wordNumberDistractors } from './value-distractors.ts';
import { findValues } from './values.ts';

function values(sentence: string) {
	const [s] = analyseParagraph(sentence, 0, 0);
	return findValues(s.tokens);
}

describe('findValues', () => {
	it('finds dates of every shape and keeps a weekday out of the answer', () => {
		const found = values(
			'The library will reopen on Saturday 14 June, and the bridge opened in April 1865, in 1916 and in the 1970s.'
		);
		expect(found.map((v) => [v.answer, v.shape])).toEqual([
			['14 June', 'day-month'],
			['April 1865', 'month-year'],
			['1916', 'year'],
			['1970s', 'decade']
		]);
	});

	it('reads figures with their unit and bound, and skips labels and ordinals', () => {
		const found = values(
			'More than 5,000 people and 14 public computers cost £480,000, not the first Year 6 class of 1.3 billion years.'
		);
		expect(found.map((v) => [v.answer, v.value, v.unit, v.bound])).toEqual([
			['5,000', 5000, 'people', 'at-least'],
			['14', 14, 'computers', undefined],
			['£480,000', 480000, '£', undefined],
			['1.3 billion', 1_300_000_000, 'billion years', undefined]
		]);
	});

	it('leaves the number of a name in the name ("the Folio 3", "Route 66")', () => {
		const found = values(
			'Halden has unveiled the Folio 3 for £179, and Route 66 carried 12 buses on 4 March.'
		);
		expect(found.map((v) => v.answer)).toEqual(['£179', '12', '4 March']);
	});

	it('reads "Twenty-three people" as one number, with wrong ones written the same way', () => {
		const [dead, hurt] = values('Twenty-three people died, and forty-one were hurt.');
		expect([dead.answer, dead.value, dead.unit]).toEqual(['Twenty-three', 23, 'people']);
		expect(hurt.value).toBe(41);
		expect(wordNumberDistractors(dead)).toContain('Twenty-four');
	});

	it('asks no telephone number: "call 999"', () => {
		const found = values(
			'Anyone in difficulty should call 999 and ask for the coastguard, 30 miles away.'
		);
		expect(found.map((v) => v.answer)).toEqual(['30']);
	});

	it('takes "the 1942 observations" for a year: the records of a year, not a count', () => {
		const found = values(
			'He compared its position with predictions made from the 1942 observations.'
		);
		expect(found.map((v) => [v.answer, v.kind])).toEqual([['1942', 'date']]);
	});

	it('takes "the town\'s 1921 flood" for a year', () => {
		const found = values("The play retold the story of the town's 1921 flood, to 40 people.");
		expect(found.map((v) => [v.answer, v.kind])).toEqual([
			['1921', 'date'],
			['40', 'number']
		]);
	});

	it('takes "the 1985 eruption" and "spring 2026" for years, "the 2000 workers" for a count', () => {
		const found = values(
			'After the 1985 eruption, the 2000 workers were moved in the 2025 school year, until spring 2026.'
		);
		expect(found.map((v) => [v.answer, v.kind])).toEqual([
			['1985', 'date'],
			['2000', 'number'],
			['2025', 'date'],
			['2026', 'date']
		]);
	});

	it('takes a number to dial for a name: "another 999 call", "the 101 line"', () => {
		const found = values(
			'Crews could not answer another 999 call, and the 101 line took 3,200 calls in 14 days.'
		);
		expect(found.map((v) => v.answer)).toEqual(['3,200', '14']);
	});
});

describe('American dates', () => {
	it('reads "Sept. 30" and "March 14" as dates, and shifts them to days that exist', () => {
		const [s] = analyseParagraph(
			'The mine will close by Sept. 30 and talks start on March 14.',
			0,
			0
		);
		const dates = findValues(s.tokens).filter((v) => v.kind === 'date');
		expect(dates.map((v) => v.answer)).toEqual(['Sept. 30', 'March 14']);
		expect(dateDistractors(dates[0], [], true)).toEqual([
			'Nov. 30',
			'Aug. 30',
			'Sept. 21',
			'July 30',
			'Sept. 16'
		]);
		expect(values('The tree was felled between 1050 BC and 980 BC.')).toEqual([]);
		expect(values('The tree was felled between 1420 and 1380 BC.')).toEqual([]);
		const [end] = analyseParagraph('Miners must enroll by Dec. 31.', 0, 0);
		const options = dateDistractors(findValues(end.tokens)[0], [], true);
		expect(options).not.toContain('Nov. 31');
		expect(options).not.toContain('Feb. 31');
		expect(options.length).toBeGreaterThanOrEqual(3);
	});
});

describe('distractors', () => {
	it('prefers other dates of the same shape from the text, then neighbours', () => {
		const all = values('It began in 1848, grew in 1854 and ended in 1858, before 1990.');
		const [first] = all;
		const options = dateDistractors(first, all);
		expect(options.slice(0, 2)).toEqual(['1854', '1858']);
		expect(options).not.toContain('1990');
		expect(options).not.toContain('1848');
		expect(new Set(options).size).toBe(options.length);
	});

	it('gives the latest year the text names earlier neighbours, unless the sentence looks ahead', () => {
		const all = values('The last flood, in 2003, was smaller than the one in 1998.');
		const latest = all.find((v) => v.answer === '2003')!;
		const past = dateDistractors(latest, all);
		expect(past.length).toBeGreaterThanOrEqual(3);
		expect(past.every((y) => Number(y) < 2003)).toBe(true);
		expect(dateDistractors(latest, all, true).some((y) => Number(y) > 2003)).toBe(true);
	});

	it('reads a year compared with ("rose by a third compared with 2022") as a date', () => {
		const sales = values('Ticket sales rose by a third compared with 2022.');
		expect(sales.filter((v) => v.kind === 'date').map((v) => v.shape)).toEqual(['year']);
		expect(values('It was compared with 2000 people in a survey.').map((v) => v.kind)).toEqual([
			'number'
		]);
	});

	it('reads a pair of years ("cancelled in both 2023 and 2024") as dates', () => {
		const both = values('The fiesta was cancelled in both 2023 and 2024.');
		expect(both.map((v) => `${v.kind} ${v.answer}`)).toEqual(['date 2023', 'date 2024']);
	});

	it('reads "a 2005 interview" and "Her 1984 production" as years', () => {
		const kinds = (text: string) => values(text).map((v) => `${v.kind} ${v.answer}`);
		expect(kinds('In a 2005 interview she explained why.')).toEqual(['date 2005']);
		expect(kinds('Her 1984 production ran for 14 months.')).toContain('date 1984');
	});

	it('reads "a third straight final" as an order, "fell by a third in" as a share', () => {
		const answers = (text: string) => values(text).map((v) => v.answer);
		expect(answers('They looked set for a third straight final.')).not.toContain('a third');
		expect(answers('Sales fell by a third in a fortnight.')).toContain('a third');
		expect(answers('It asked the firm to keep a fifth sailing on Fridays.')).not.toContain(
			'a fifth'
		);
	});

	it('gives a deadline no date of the past the text names ("finished by December 2027")', () => {
		const statement = 'The agency expects the scheme to be finished by December 2027.';
		const all = [...values('The town flooded in January 2023.'), ...values(statement)];
		const deadline = all.find((v) => v.answer === 'December 2027')!;
		expect(dateDistractors(deadline, all, true, statement)).not.toContain('January 2023');
		expect(dateDistractors(deadline, all, false, statement)).toContain('January 2023');
	});

	it('keeps the order a sentence gives its dates ("born in 1935 … a scholarship in 1953")', () => {
		const statement = 'Born in 1935, she won a scholarship in 1953.';
		const [born] = values(statement);
		const options = dateDistractors(born, [], false, statement);
		expect(options.length).toBeGreaterThanOrEqual(3);
		expect(options.every((y) => Number(y) < 1953)).toBe(true);
	});

	it('writes word numbers in words and respects "more than"', () => {
		const [eight] = values('The work took more than eight months in total.');
		expect(eight.inWords).toBe(true);
		const options = wordNumberDistractors(eight);
		expect(options.length).toBeGreaterThanOrEqual(3);
		expect(options.every((o) => ['nine', 'ten', 'eleven', 'twelve', 'thirteen'].includes(o))).toBe(
			true
		);
	});
});

describe('scores, ranks and temperatures', () => {
	it('asks a score whole, with wrong scores that keep who won', () => {
		const [score] = values('Ashbury won 24-21 at Fenwick Park on Saturday.');
		expect(score.kind).toBe('score');
		expect(score.answer).toBe('24-21');
		for (const wrong of score.distractors ?? []) {
			const [a, b] = wrong.split('-').map(Number);
			expect(a, wrong).toBeGreaterThan(b);
		}
		const [draw] = values('Lacey levelled the score at 21-21 with eight minutes left.');
		expect(draw.distractors?.every((d) => d.split('-')[0] === d.split('-')[1])).toBe(true);
	});

	it('finds a place in a table, and a temperature written as one word', () => {
		const [rank] = values('The result lifts Ashbury to third in the table.');
		expect(rank.answer).toBe('third');
		expect(rank.distractors).toContain('fourth');
		expect(rank.distractors).not.toContain('first');
		const [heat] = values('The water had reached 21C by noon.');
		expect([heat.answer, heat.value, heat.unit]).toEqual(['21C', 21, '°C']);
	});

	it('counts “fewer than 200 of the fish” but not “two of the members”', () => {
		expect(values('Divers counted fewer than 200 of the fish.').map((v) => v.answer)).toEqual([
			'200'
		]);
		expect(values('Only two of the members voted against it.')).toEqual([]);
	});
});

describe('a service named by its number', () => {
	it('is no figure: "The 714 service", "withdrawing the 714 will save"', () => {
		const answers = (text: string) => values(text).map((v) => v.answer);
		expect(answers('The 714 service carries about 38 pupils each day.')).toEqual(['38']);
		expect(answers('Withdrawing the 714 will save about £96,000 a year.')).toEqual(['£96,000']);
		expect(answers('The 12 members voted on Monday.')).toContain('12');
	});
});
