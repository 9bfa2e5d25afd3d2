/**
 * The workload a desired retention implies: roughly how many reviews a day the cards already in
 * review will ask for. Each card comes back every `interval` days (the interval FSRS gives its
 * stability at that retention) and, forgotten with probability 1 − retention, once more to relearn.
 */
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';

export function reviewsPerDay(
	stabilities: readonly number[],
	retention: number,
	params?: readonly number[]
): number {
	const algorithm = new FSRSAlgorithm(
		generatorParameters({
			request_retention: retention,
			enable_fuzz: false,
			...(params ? { w: [...params] } : {})
		})
	);
	let total = 0;
	for (const stability of stabilities) {
		if (!(stability > 0)) continue;
		const interval = Math.max(1, algorithm.next_interval(stability, 0));
		total += (2 - retention) / interval;
	}
	return total;
}
