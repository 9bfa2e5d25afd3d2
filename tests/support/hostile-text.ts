/**
 * Characters that matter to line- and field-based readers, and some that should not (property
 * tests of text imports and of the generator; Node unit tests only).
 */
export const HOSTILE_CHARS = [
	'\t',
	'\n',
	'\r',
	'\r\n',
	'\uFEFF',
	'\u0000',
	'\u0007',
	'\u001B',
	'\u007F',
	'\u00A0',
	'\u2028',
	'\u2029',
	'\u200B',
	'\u202E',
	'\uD800',
	'\uDC00',
	'"',
	'""',
	"'",
	'#',
	':',
	'<',
	'>',
	'&',
	';',
	' ',
	'\\'
];
