/** Dates as the stats page shows them, in the reader's own locale. */
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const weekdayDay = new Intl.DateTimeFormat(undefined, {
	weekday: 'short',
	day: 'numeric',
	month: 'short'
});
const month = new Intl.DateTimeFormat(undefined, { month: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, {
	day: 'numeric',
	month: 'short',
	hour: 'numeric',
	minute: '2-digit'
});

export const formatDay = (time: number): string => day.format(time);
export const formatWeekday = (time: number): string => weekdayDay.format(time);
export const formatMonth = (time: number): string => month.format(time);
export const formatDateTime = (time: number): string => dateTime.format(time);
