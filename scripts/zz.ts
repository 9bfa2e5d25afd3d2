import { readFileSync } from 'node:fs';
import { generateDeck } from '../src/lib/generate/generate.ts';
for (const f of process.argv.slice(2)) {
	const { deck } = generateDeck(readFileSync(f, 'utf8'));
	for (const fact of deck.facts)
		console.log(
			(fact.importance ?? 0).toFixed(2),
			(fact.confidence ?? 0).toFixed(2),
			fact.statement.slice(0, 110)
		);
}
