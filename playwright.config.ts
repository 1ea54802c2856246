// End-to-end tests of the built story (build/), on a phone and a laptop
// viewport, in the Chromium found by scripts/browser.mjs. Build first:
// `npx vite build && npx playwright test` (npm test does both).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.mjs';
import { baseBuild } from './scripts/base-build.mjs';

// E2E_PORT lets several checkouts test side by side.
// The newsroom pages of the embed tests are served on the next port: another origin.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;
const HOSTS_PORT = PORT + 1;
// The base-path build (npm run build:base) is served on the port after that.
const BASE = baseBuild(PORT + 2);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// No retries: a test that needs one is a bug to fix, not to hide.
	retries: 0,
	workers: 2,
	reporter: 'list',
	// The walks through all ten steps take 8–24 s on this 2-core machine (more when it is busy):
	// a wide margin, so only a test that really hangs times out.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		trace: process.env.CI ? 'retain-on-failure' : 'off'
	},
	projects: [
		{ name: 'phone', use: { viewport: { width: 375, height: 812 }, isMobile: false, hasTouch: true } },
		{ name: 'laptop', use: { viewport: { width: 1440, height: 900 } } }
	],
	webServer: [
		{
			command: `node scripts/serve.mjs ${PORT}`,
			url: baseURL,
			reuseExistingServer: !process.env.CI,
			timeout: 10_000
		},
		{
			command: `node scripts/serve-hosts.mjs ${HOSTS_PORT}`,
			url: `http://127.0.0.1:${HOSTS_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 10_000
		},
		{
			command: `node scripts/serve-base.mjs ${BASE.port}`,
			url: `${BASE.site}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 10_000
		}
	]
});
