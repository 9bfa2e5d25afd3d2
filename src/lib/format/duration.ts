/** A length of time as a study session or a quiz reports it: 45 s, 3 min 5 s, 1 h 2 min. */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes < 60) return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
