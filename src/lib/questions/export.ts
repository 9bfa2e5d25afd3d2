/** The deck's questions in the public JSON shape the CLI prints (and tools can rely on). */
import type { Question } from './types.ts';

export interface PublicQuestion {
	id: string;
	type: Question['type'];
	prompt: string;
	options?: string[];
	answer: string;
	accept?: string[];
	pairs?: [string, string][];
	factId: string;
	source: string;
}

export function toPublicQuestion(q: Question): PublicQuestion {
	const accept = q.key ? [...q.key.accept, ...q.key.garbled] : [];
	return {
		id: q.id,
		type: q.type,
		prompt: q.prompt,
		...(q.options && q.type !== 'matching' ? { options: q.options } : {}),
		answer: q.answer,
		...(accept.length ? { accept } : {}),
		...(q.pairs ? { pairs: q.pairs } : {}),
		factId: q.factId,
		source: q.source
	};
}
