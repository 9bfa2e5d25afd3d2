/**
 * "Fit the schedule to me": whether there are enough reviews, the fit itself (in the optimiser's
 * worker, loaded only here and only when asked), the before/after figures, and Undo. A fit that
 * predicts the learner's history better is used at once: every card is rescheduled by it.
 */
import { existingStore, openStore } from '$lib/db/open';
import { storageStatus } from '$lib/db/status.svelte';
import type { FitOutcome } from '$lib/fit/fit';
import { fitReadiness, type FitReadiness } from '$lib/fit/history';
import { fittedOver, undoneFit, type ScheduleFit } from '$lib/records/settings';
import type { SettingsForm } from './settings-form.svelte';

export interface FitResult {
	outcome: FitOutcome;
	ms: number;
	/** Cards rescheduled by the new parameters; undefined when they were not used. */
	rescheduled: number | undefined;
}

export class ScheduleState {
	readiness = $state<FitReadiness | undefined>(undefined);
	/** Stabilities of the cards in study, for the workload a retention implies. */
	stabilities = $state<number[]>([]);
	/** Reviews a day at a retention, once the workload module has loaded. */
	perDay = $state<((retention: number) => number) | undefined>(undefined);
	fitting = $state(false);
	result = $state<FitResult | undefined>(undefined);
	message = $state('');
	problem = $state('');

	constructor(private readonly form: SettingsForm) {}

	async load() {
		try {
			const store = await existingStore();
			if (!store) {
				this.readiness = fitReadiness({ reviews: 0, first: 0, last: 0 });
				return;
			}
			const [span, stabilities] = await Promise.all([
				store.reviewSpan(),
				store.studiedStabilities()
			]);
			this.readiness = fitReadiness(span);
			this.stabilities = stabilities;
			if (stabilities.length) {
				const { reviewsPerDay } = await import('$lib/fit/workload');
				this.perDay = (retention) =>
					reviewsPerDay(this.stabilities, retention, this.form.values.scheduleFit?.params);
			}
		} catch (error) {
			storageStatus.report(error);
		}
	}

	async fit() {
		this.fitting = true;
		this.result = undefined;
		this.message = this.problem = '';
		try {
			const store = await openStore();
			const current = this.form.values.scheduleFit;
			const { fitInWorker } = await import('$lib/fit/client');
			const { outcome, ms } = await fitInWorker({
				log: await store.reviewLog(),
				current: current ? [...current.params] : null,
				retention: this.form.values.retention,
				now: Date.now()
			});
			let rescheduled: number | undefined;
			if (outcome.better) {
				const { before, after } = outcome;
				rescheduled = await this.#use(
					fittedOver(current, {
						params: outcome.params,
						fittedAt: Date.now(),
						reviews: outcome.reviews,
						before: { logLoss: before.logLoss, rmse: before.rmse },
						after: { logLoss: after.logLoss, rmse: after.rmse }
					})
				);
				this.message = `Your schedule now fits your own reviews: ${rescheduled} ${rescheduled === 1 ? 'card' : 'cards'} rescheduled.`;
			} else {
				this.message =
					'The schedule in use already predicts your reviews as well as a new fit would: nothing changed.';
			}
			this.result = { outcome, ms, rescheduled };
		} catch (error) {
			if (error instanceof Error && error.name !== 'StorageError')
				this.problem = `The schedule could not be fitted: ${error.message} Your schedule is unchanged.`;
			else storageStatus.report(error);
		} finally {
			this.fitting = false;
		}
	}

	/** Back to the parameters before the last fit (FSRS-6's defaults if there were none). */
	async undo() {
		const current = this.form.values.scheduleFit;
		if (!current) return;
		this.message = this.problem = '';
		try {
			const rescheduled = await this.#use(undoneFit(current));
			this.result = undefined;
			this.message = `${this.form.values.scheduleFit ? 'The previous fitted schedule' : 'The standard FSRS-6 schedule'} is back: ${rescheduled} ${rescheduled === 1 ? 'card' : 'cards'} rescheduled.`;
		} catch (error) {
			storageStatus.report(error);
		}
	}

	async #use(fit: ScheduleFit | null): Promise<number> {
		const { setScheduleFitInWorker } = await import('$lib/db/reschedule-client');
		const rescheduled = await setScheduleFitInWorker(fit);
		this.form.values = { ...this.form.values, scheduleFit: fit };
		this.stabilities = await (await openStore()).studiedStabilities();
		return rescheduled;
	}
}
