/** The app's top-level sections, in the order the header shows them. */
export interface NavItem {
	href: string;
	label: string;
}

export const NAV: NavItem[] = [
	{ href: '/', label: 'Home' },
	{ href: '/study', label: 'Study' },
	{ href: '/quiz', label: 'Quiz' },
	{ href: '/teach', label: 'Teach' },
	{ href: '/stats', label: 'Stats' }
];

/** Settings sits beside the app name (a gear), so the five tabs fit a 320 px phone. */
export const SETTINGS: NavItem = { href: '/settings', label: 'Settings' };
