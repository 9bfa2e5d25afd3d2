/**
 * "Her", "the firm" and "the scheme" where the text gives more than one thing to stand for: a
 * surname two people share, a town that is also a firm's first word, a plan named by its noun.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-text.ts';

const statements = (paragraphs: string[]) => statementsOf(paragraphs.join('\n\n'));

describe('what "her" and "the firm" stand for', () => {
	it('names no chairwoman for "in her name" after a surname the fiddler shares with her husband', () => {
		const said = statements([
			'Tributes have been paid to Agnes Tulloch, the fiddle player who ran the Wrennock Folk Club for more than four decades.',
			'In 1968 she formed the Saltmarsh Band with her husband, the accordionist Duncan Tulloch.',
			'The club’s chairwoman, Siobhan Carrick, said Friday’s session would go ahead because Tulloch "would never have forgiven us".',
			'The club has also set up a £10,000 bursary in her name so that young players can buy instruments.'
		]);
		expect(said.some((s) => s.includes('Carrick’s name') || s.includes("Carrick's name"))).toBe(
			false
		);
	});

	it('leaves "Ellery closed her school" hers, where two Ellerys are named', () => {
		const said = statements([
			'The letters were written by Harriet Ellery to her younger brother, Samuel Ellery, between 1859 and 1871.',
			'Harriet Ellery taught at the village school in Hallowmere and wrote to her brother every Sunday.',
			'Ellery closed her school for five weeks after eight of her 31 pupils fell ill.'
		]);
		expect(said.some((s) => s.includes("Harriet Ellery's school"))).toBe(false);
	});

	it('gives "The firm" to no water company named after the town the firm is in', () => {
		const said = statements([
			'A three-person technology firm in Quillbury has launched a pocket-sized soil sensor.',
			'It was designed by Furrowline Technologies, which was set up two years ago by Dr Imogen Ashworth, 38.',
			'Interest grew after Quillbury and District Water imposed a hosepipe ban lasting 71 days.',
			'The firm tested 60 early versions of the sensor with 11 growers last year.'
		]);
		expect(said.some((s) => s.startsWith('Quillbury and District Water tested'))).toBe(false);
	});

	it('names no "scheme for the plans" from "voted … to back the plans"', () => {
		const said = statements([
			'An £18.5 million scheme to protect 900 homes in Brackenhythe from flooding has been approved.',
			'Councillors voted by nine to two on Wednesday to back the plans, which will be built by the Regional Flood Management Agency.',
			'The scheme includes 1.8km of walls and a new pumping station on Mill Lane.'
		]);
		expect(said.some((s) => s.includes('scheme for the plans'))).toBe(false);
	});
});

describe('what "It", "he" and "the firm" stand for in held-out-42 and 43', () => {
	it('gives the water company no "It means households will not be allowed…"', () => {
		const said = statements([
			'A hosepipe ban will come into force across Scarrowdale on Friday.',
			'Brenshaw Water said the restriction would affect about 1.2 million customers.',
			'It means households will not be allowed to use a hosepipe to water gardens.'
		]);
		expect(said.some((s) => s.startsWith('Brenshaw Water means'))).toBe(false);
	});

	it('gives the trust no "It will be used only for planned operations"', () => {
		const said = statements([
			'The Ellerdown and Vale Hospitals Trust said the waiting list had grown.',
			'The trust is building an £8.5 million surgical centre, which is due to open in October.',
			'It will be used only for planned operations.'
		]);
		expect(
			said.some((s) => s.startsWith('The Ellerdown and Vale Hospitals Trust will be used'))
		).toBe(false);
	});

	it('leaves "he" to the subcontractor a sentence brings in, not the director named before', () => {
		const said = statements([
			'Graham Pennick, 58, the managing director of Stallard Homes, admitted fraud.',
			'The fraud came to light after a bricklaying subcontractor complained that he had not been paid for eight months.'
		]);
		expect(said.some((s) => s.includes('Graham Pennick had not been paid'))).toBe(false);
	});

	it('leaves "the operator, Westshore Rail," to the name beside it', () => {
		const said = statements([
			'Coastline Power Networks said 4,000 homes lost power.',
			'A section of sea wall collapsed onto the line, and the operator, Westshore Rail, said repairs would take at least three weeks.'
		]);
		expect(said.some((s) => s.includes('Coastline Power Networks, Westshore Rail'))).toBe(false);
	});

	it('leaves "he" to "an art dealer" the sentence brings in, and keeps the fact', () => {
		const said = statements([
			'The oil painting, which shows fishing boats returning to the quay, is valued at about £250,000.',
			'Westmarch Police recovered it on 3 February while searching a house in Marlcombe, after an art dealer contacted officers to say he had been offered the picture for just £15,000.'
		]);
		expect(said.some((s) => s.includes('after an art dealer contacted officers'))).toBe(true);
	});

	it('writes "Marrick Aggregates employs", not "The Marrick Aggregates employs"', () => {
		const said = statements([
			'A quarry operator, Marrick Aggregates, has applied to extend its workings.',
			'The firm employs 120 people at the quarry and says the extension would secure their jobs.'
		]);
		expect(said.some((s) => s.startsWith('Marrick Aggregates employs 120 people'))).toBe(true);
	});

	it('keeps "So far" whole', () => {
		const said = statements([
			'A builder has been jailed for fraud.',
			'So far, about £610,000 has been frozen by the courts.'
		]);
		expect(said).toContain('So far, about £610,000 has been frozen by the courts.');
	});
});

describe('"It is the first time" and "the company asking"', () => {
	it('names nothing for the "It" of "It is the first time"', () => {
		const said = statements([
			'The season opens with Saltwater, a new play by Tom Ashdown.',
			'It is the first time the Playhouse has opened a season with new writing since 2009.'
		]);
		expect(said.some((s) => s.startsWith('The season is the first time'))).toBe(false);
	});

	it('gives "the company" to the drug firm, not the research facility that runs the trial', () => {
		const said = statements([
			'Hundreds of older people in Alderstow are being asked to volunteer for the first trial of a vaccine tablet.',
			'The vaccine, known as NoroGuard, has been developed by Brightmere Biologics, a company based at the city science park.',
			'The trial is being led by Prof Catherine Adeyemi-Shaw, director of the Alderstow Clinical Research Facility (ACRF).',
			'If the results are good, the company hopes to apply for approval in 2028.'
		]);
		expect(said).toContain(
			'If the results are good, Brightmere Biologics hopes to apply for approval in 2028.'
		);
		expect(said.some((s) => /Facility hopes/.test(s))).toBe(false);
	});
});
