// Finds a Chromium to drive, in this order: $CHROMIUM_PATH (or $CHROME_PATH),
// Debian's /usr/bin/chromium, then Playwright's own browser (undefined path).
// Nothing here downloads a browser.
import { existsSync } from 'node:fs';

export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
	if (fromEnv) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
