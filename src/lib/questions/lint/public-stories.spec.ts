/** People an article brings in as those it affects, or their relatives (not-worth-asking.ts). */
import { describe, expect, it } from 'vitest';
import { introducedAsPublic, unnamedVoice, voxPop } from './not-worth-asking.ts';

describe('introducedAsPublic', () => {
	const article = [
		'One of those customers, retired nurse Margaret Tilney, 78, gave evidence from behind a screen.',
		'Among those affected was Arthur Pennington, 87, from Scarcombe, who fell at home.',
		'His daughter, Karen Whitlow, said he waited 19 hours for a bed.',
		'One of those who gave was Sunita Baxendale, 34, who was rescued last October.',
		'One victim, Ruth Okafor, 39, a community nurse, had the converter cut from her car twice.',
		'Prosecutor Ruth Okonedo KC told jurors the firm had lied.',
		'The chairwoman of Callowmere Parish Council, Cllr Ruth Ashdown, said the majority was clear.'
	].join(' ');

	it('finds one of those affected and a relative of one', () => {
		for (const name of [
			'Margaret Tilney',
			'Arthur Pennington',
			'Karen Whitlow',
			'Sunita Baxendale'
		])
			expect(introducedAsPublic(name, article), name).toBe(true);
	});

	it('leaves a prosecutor and a council chairwoman alone', () => {
		expect(introducedAsPublic('Ruth Okonedo', article)).toBe(false);
		expect(introducedAsPublic('Ruth Ashdown', article)).toBe(false);
	});

	it('finds someone first named by name and age in the middle of the story', () => {
		const story = [
			'Ambulances are taking 41 minutes to reach patients in Harlowmere.',
			'The data covers the three months to the end of February.',
			'The service blamed queues outside the hospital.',
			'Edith Farraday, 87, waited six hours for an ambulance after she fell at home.',
			'Darren Colby, 41, of Marsh Lane, was jailed for two years.',
			'Liam Hart, 24, was jailed for 18 months.',
			'Priya Shah, 34, a nurse, said she had seen worse.'
		].join(' ');
		expect(introducedAsPublic('Edith Farraday', story)).toBe(true);
		const milk = story.replace(
			'Edith Farraday, 87, waited six hours for an ambulance after she fell at home.',
			"Dorothy Grewcock, 88, of Chantry Close, has had milk from Hartley's for 62 years."
		);
		expect(introducedAsPublic('Dorothy Grewcock', milk)).toBe(true);
		expect(introducedAsPublic('Darren Colby', story)).toBe(false);
		expect(introducedAsPublic('Liam Hart', story)).toBe(false);
		expect(introducedAsPublic('Priya Shah', story)).toBe(false);
		expect(introducedAsPublic('Edith Farraday', story.split('. ').slice(3).join('. '))).toBe(false);
	});
});

describe('unnamedVoice', () => {
	it('finds one unnamed member of the public telling their own story', () => {
		expect(
			unnamedVoice(
				'One mother, who asked not to be named, told the survey she had spent £612 on uniform.'
			)
		).toBe('one unnamed mother');
		expect(unnamedVoice('Another regular customer said the queue was too long.')).toBe(
			'one unnamed regular customer'
		);
	});

	it('leaves a share and a named speaker alone', () => {
		expect(unnamedVoice('One parent in five said they had borrowed money.')).toBeUndefined();
		expect(
			unnamedVoice('One of the mothers, Ruth Hale, said the cost was too high.')
		).toBeUndefined();
	});
});

describe('voxPop and the person a story is about', () => {
	const farm = [
		'A farmer near Hobley has cut a maze into his maize.',
		'Sam Ridley, whose family has farmed at Hob End for four generations, said it would open on Saturday.',
		'Mr Ridley says a family should take an hour to find the centre.',
		'Mr Ridley said a field had been set aside as a car park.',
		'Mr Ridley hopes to welcome 10,000 visitors.'
	].join(' ');
	const statement = farm.split('. ')[1];

	it('asks the name and farm of someone the article keeps returning to', () => {
		expect(voxPop(statement, 'Sam Ridley', farm)).toBe(false);
		expect(voxPop(statement, 'Hob End', farm)).toBe(false);
	});

	it('still passes over a voice named once, and a place named often beside her', () => {
		const once = farm.replace(/Mr Ridley/g, 'The farmer');
		expect(voxPop(statement, 'Sam Ridley', once)).toBe(true);
		const hobEnd = `${once} Hob End Hob End Hob End Hob End`;
		expect(voxPop(statement, 'Hob End', hobEnd)).toBe(true);
	});
});
