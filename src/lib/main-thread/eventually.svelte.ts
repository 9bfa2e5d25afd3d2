/**
 * A value made asynchronously from reactive inputs (e.g. a deck's questions, built in slices after
 * the page shows): `value` is the result for the current inputs, or undefined while it is being
 * made. A result that arrives after the inputs changed is dropped. Create it during component
 * initialisation (it owns an effect).
 */
export class Eventually<I extends readonly unknown[], T> {
	#made = $state.raw<{ inputs: I; value: T } | undefined>(undefined);

	constructor(
		private readonly inputs: () => I | undefined,
		make: (...inputs: I) => Promise<T>
	) {
		$effect(() => {
			const wanted = this.inputs();
			if (!wanted) return;
			void make(...wanted).then((value) => {
				if (sameInputs(this.inputs(), wanted)) this.#made = { inputs: wanted, value };
			});
		});
	}

	get value(): T | undefined {
		const made = this.#made;
		return made && sameInputs(this.inputs(), made.inputs) ? made.value : undefined;
	}
}

function sameInputs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
	return !!a && a.length === b.length && a.every((item, i) => item === b[i]);
}
