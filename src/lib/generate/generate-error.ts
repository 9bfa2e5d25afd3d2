/**
 * The generator's error, in a module of its own so that a page can recognise it without loading
 * the generator (and its NLP library).
 */
export type GenerateFailure = 'empty' | 'too-long' | 'no-facts';

export class GenerateError extends Error {
	readonly reason: GenerateFailure;
	constructor(reason: GenerateFailure, message: string) {
		super(message);
		this.name = 'GenerateError';
		this.reason = reason;
	}
}
