/**
 * Nationality words and the country each belongs to ("French" → "france"): a name beside one is
 * a claim about where the person is from; alone, the word is an adjective, not a name.
 */
export const DEMONYMS: Record<string, string> = {
	american: 'united states',
	us: 'united states',
	usa: 'united states',
	british: 'united kingdom',
	uk: 'united kingdom',
	english: 'united kingdom',
	scottish: 'united kingdom',
	welsh: 'united kingdom',
	french: 'france',
	german: 'germany',
	russian: 'russia',
	ukrainian: 'ukraine',
	chinese: 'china',
	japanese: 'japan',
	indian: 'india',
	italian: 'italy',
	spanish: 'spain',
	polish: 'poland',
	irish: 'ireland',
	canadian: 'canada',
	australian: 'australia',
	dutch: 'netherlands',
	swedish: 'sweden',
	norwegian: 'norway',
	danish: 'denmark',
	finnish: 'finland',
	turkish: 'turkey',
	israeli: 'israel',
	iranian: 'iran',
	brazilian: 'brazil',
	mexican: 'mexico',
	nigerian: 'nigeria',
	kenyan: 'kenya',
	egyptian: 'egypt',
	korean: 'korea',
	belgian: 'belgium',
	swiss: 'switzerland',
	austrian: 'austria',
	greek: 'greece',
	portuguese: 'portugal',
	romanian: 'romania',
	slovak: 'slovakia',
	hungarian: 'hungary',
	czech: 'czech republic',
	cornish: 'united kingdom',
	european: 'europe',
	african: 'africa',
	asian: 'asia'
};

/** Whether a word is a nationality ("Welsh", "Russian"). */
export function isDemonym(word: string): boolean {
	return Object.hasOwn(DEMONYMS, word.toLowerCase()) && !/^(us|usa|uk)$/i.test(word);
}
