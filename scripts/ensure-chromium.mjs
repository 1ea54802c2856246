// Makes sure a Chromium is there for the browser tests, without downloading a
// browser build: uses $CHROMIUM_PATH or /usr/bin/chromium if present; else, as
// root on Debian/Ubuntu, installs the distribution's `chromium` package with
// apt-get; else explains what to do and fails. Run by `npm test` first.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.mjs';

const found = chromiumPath();
if (found && existsSync(found)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
	"No Chromium for the browser tests. Install your system's chromium package (Debian: apt-get install chromium),\n" +
		'or point CHROMIUM_PATH at a Chrome or Chromium binary.'
);
process.exit(1);
