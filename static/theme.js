// Runs before first paint: applies the theme saved by the settings page (see src/lib/theme.svelte.ts).
try {
	var t = localStorage.getItem('factdeck:theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {
	// Storage blocked (private mode): follow the system theme.
}
