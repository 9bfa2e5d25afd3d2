/**
 * Error messages quote what they were given (valibot echoes the value it received), which may be
 * a whole file of megabytes: every message shown from an import is shortened with this.
 */
export const MAX_MESSAGE = 300;

/** `text` cut to `max` characters with “…”, never splitting a surrogate pair. */
export function shorten(text: string, max = MAX_MESSAGE): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
