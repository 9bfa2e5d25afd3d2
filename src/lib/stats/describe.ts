/**
 * The one-sentence summaries that go with each chart: what a screen reader reads instead of the
 * picture, and what everyone reads first. Dates are formatted by the caller (locale is the page's).
 */
import type { Score } from './accuracy.ts';
import type { DueForecast } from './forecast.ts';
import type { Heatmap } from './heatmap.ts';
import type { QuizHistory } from './quiz-history.ts';
import { overallRetention, type RetentionWeek } from './retention.ts';
import { plural } from '../format/count.ts';

export type FormatDate = (time: number) => string;

export function percent(rate: number): number {
	return Math.round(rate * 100);
}

export function describeHeatmap(map: Heatmap, formatDate: FormatDate): string {
	const span = `the last ${map.weeks} weeks`;
	if (!map.total) return `No reviews in ${span}.`;
	const busiest = map.busiest
		? ` Busiest day: ${formatDate(map.busiest.date)}, with ${plural(map.busiest.count, 'review')}.`
		: '';
	return (
		`${plural(map.total, 'review')} on ${plural(map.activeDays, 'day')} in ${span}; ` +
		`${plural(map.today, 'review')} today.${busiest}`
	);
}

export function describeForecast(forecast: DueForecast, formatDate: FormatDate): string {
	const days = forecast.days.length;
	if (!forecast.total && !forecast.later)
		return 'Nothing is scheduled yet: the cards you study appear here on the day they come back.';
	const today = forecast.days[0]?.count ?? 0;
	const tomorrow = forecast.days[1]?.count ?? 0;
	const busiest = forecast.days.find((d) => d.count === forecast.max && d.count > 0);
	const parts = [
		`${plural(forecast.total, 'card')} due in the next ${days} days: ${today} today` +
			(forecast.dueNow ? ` (${forecast.dueNow} already due)` : '') +
			`, ${tomorrow} tomorrow.`
	];
	if (busiest && busiest.offset > 1)
		parts.push(`Busiest day: ${formatDate(busiest.date)}, with ${plural(busiest.count, 'card')}.`);
	if (forecast.later) parts.push(`${plural(forecast.later, 'card')} later.`);
	return parts.join(' ');
}

export function describeRetention(
	weeks: readonly RetentionWeek[],
	goal: number,
	formatDate: FormatDate
): string {
	const all = overallRetention(weeks);
	const last = weeks.at(-1);
	if (!all || !last)
		return 'No reviews of cards you had seen before yet: retention shows once cards come back.';
	const lastPart =
		`Week of ${formatDate(last.weekStart)}: ${percent(last.rate)}% of ` +
		`${plural(last.reviews, 'review')} remembered.`;
	const overall =
		weeks.length > 1
			? ` Over ${plural(weeks.length, 'week')}: ${percent(all.rate)}% of ${plural(all.reviews, 'review')}.`
			: '';
	return `${lastPart}${overall} Your goal: ${percent(goal)}%.`;
}

export function describeQuizHistory(history: QuizHistory, formatDate: FormatDate): string {
	const { latest, best, average, points } = history;
	if (!latest || !best) return 'No quizzes finished yet.';
	const first = `${plural(points.length, 'quiz', 'quizzes')}. Latest: ${latest.score}/${latest.total} (${latest.percent}%) on ${formatDate(latest.finishedAt)}.`;
	return points.length > 1 ? `${first} Best ${best.percent}%, average ${average}%.` : first;
}

export function describeAccuracy(
	overall: Score,
	topics: readonly ({ topic: string } & Score)[]
): string {
	if (!overall.total) return 'No answers yet.';
	const weakest = topics.length > 1 ? topics[0] : undefined;
	return (
		`${percent(overall.rate)}% right of ${plural(overall.total, 'answer')}` +
		(topics.length ? ` in ${plural(topics.length, 'topic')}` : '') +
		'.' +
		(weakest ? ` Weakest topic: ${weakest.topic} (${percent(weakest.rate)}%).` : '')
	);
}
