/**
 * How well a set of FSRS parameters predicts a learner's own history: for every review a day or
 * more after the one before, the recall probability the model gave beforehand against whether the
 * student remembered (any grade but Again). Lower is better for both figures.
 */
import { FSRSAlgorithm, forgetting_curve, generatorParameters } from 'ts-fsrs';
import type { CardHistory } from './history.ts';

export interface FitMetrics {
	/** Mean negative log-likelihood of the outcomes. */
	logLoss: number;
	/**
	 * Calibration error: predictions grouped in twenty bins by probability, the root mean square of
	 * (mean prediction − share remembered), weighted by bin size.
	 */
	rmse: number;
	/** The reviews scored. */
	count: number;
	/** Each card's stability after its last review, as these parameters see it. */
	stabilities: number[];
}

const BINS = 20;
const EPSILON = 1e-6;

export function evaluateParameters(
	histories: readonly CardHistory[],
	params: readonly number[]
): FitMetrics {
	const algorithm = new FSRSAlgorithm(
		generatorParameters({ w: [...params], enable_short_term: true })
	);
	const w = algorithm.parameters.w;
	let loss = 0;
	let count = 0;
	const bins = Array.from({ length: BINS }, () => ({ n: 0, p: 0, y: 0 }));
	const stabilities: number[] = [];
	for (const { ratings, days } of histories) {
		let state: ReturnType<FSRSAlgorithm['next_state']> | null = null;
		ratings.forEach((rating, i) => {
			const t = days[i];
			if (state && t >= 1) {
				const p = Math.min(1 - EPSILON, Math.max(EPSILON, forgetting_curve(w, t, state.stability)));
				const y = rating > 1 ? 1 : 0;
				loss -= y ? Math.log(p) : Math.log(1 - p);
				count += 1;
				const bin = bins[Math.min(BINS - 1, Math.floor(p * BINS))];
				bin.n += 1;
				bin.p += p;
				bin.y += y;
			}
			state = algorithm.next_state(state, t, rating);
		});
		if (state) stabilities.push((state as { stability: number }).stability);
	}
	const squared = bins.reduce((sum, b) => (b.n ? sum + ((b.p - b.y) / b.n) ** 2 * b.n : sum), 0);
	return {
		logLoss: count ? loss / count : 0,
		rmse: count ? Math.sqrt(squared / count) : 0,
		count,
		stabilities
	};
}
