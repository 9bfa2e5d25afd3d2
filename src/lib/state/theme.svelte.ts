/**
 * Light/dark theme. Follows `prefers-color-scheme` unless the student picks one; the choice is
 * saved in the settings table and mirrored in localStorage so the inline script in src/app.html can apply it before
 * the first paint.
 */
import type { Theme } from '$lib/records/settings';

const KEY = 'factdeck:theme';

class ThemeState {
	choice = $state<Theme>('system');

	load() {
		try {
			const saved = localStorage.getItem(KEY);
			this.choice = saved === 'light' || saved === 'dark' ? saved : 'system';
		} catch {
			this.choice = 'system';
		}
	}

	/** Applies a theme (the caller saves it to settings). */
	apply(theme: Theme) {
		this.choice = theme;
		const root = document.documentElement;
		if (theme === 'system') delete root.dataset.theme;
		else root.dataset.theme = theme;
		try {
			if (theme === 'system') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, theme);
		} catch {
			// Storage blocked: the theme still applies to this visit.
		}
	}
}

export const theme = new ThemeState();
