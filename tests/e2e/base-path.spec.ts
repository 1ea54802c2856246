// The story deployed under a sub-path with its static files on another origin
// (a CDN): the base-path build (npm run build:base → build-base/, served by
// scripts/serve-base.mjs at <site>/graphics/voronkov/, its files at
// http://localhost:<port>/cdn/voronkov/). The story loads with everything it
// asks for, draws the map from data fetched from the CDN, its links stay under
// the sub-path, a share page leads back into it, and the Embed panel's code,
// pasted into a newsroom page on a third origin, shows a working embed.
// build:base also ran the link checker over every page of that build.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { baseBuild } from '../../scripts/base-build.mjs';
import { waitForScroller } from './story';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const B = baseBuild(PORT + 2);
const ROOT = `${B.site}${B.base}/`;
const HOSTS = `http://127.0.0.1:${PORT + 1}`;

test.beforeAll(() => {
	const index = `${B.dir}/index.html`;
	const built = existsSync(index) && readFileSync(index, 'utf8').includes(`${B.assets}/_app/`);
	expect(built, `${index} is missing or built for another port: run E2E_PORT=${PORT} npm run build:base`).toBe(true);
});

/** Every request of ours that fails or answers an error, and every console error (the newsroom page's favicon aside). */
function watchFailures(page: Page) {
	const failures: string[] = [];
	const ours = (url: string) => !url.startsWith(`${HOSTS}/favicon.ico`);
	page.on('requestfailed', (r) => {
		if (ours(r.url())) failures.push(`${r.url()}: ${r.failure()?.errorText}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400 && ours(r.url())) failures.push(`${r.url()}: ${r.status()}`);
	});
	page.on('console', (m) => {
		if (m.type() === 'error' && ours(m.location().url)) failures.push(`console: ${m.text()} (${m.location().url})`);
	});
	return failures;
}

test('the story under a sub-path: its files from the CDN, the map drawn from data fetched there, links kept under the path', async ({
	page
}) => {
	const failures = watchFailures(page);
	const fromCdn: string[] = [];
	page.on('response', (r) => {
		if (r.url().startsWith(`${B.assets}/`) && r.ok()) fromCdn.push(new URL(r.url()).pathname);
	});
	const mapData = page.waitForResponse((r) => r.url() === `${B.assets}/map/world-110m.json`);
	await page.goto(`${ROOT}ru/`);
	// Scripts, styles and preloaded fonts from the CDN (a missing CORS header fails them here).
	expect(failures, 'requests while loading').toEqual([]);
	await waitForScroller(page);
	// The map's data loads once the reader reaches for the page (here a pointer over the graphic).
	await page.locator('figure[data-active-step]').hover();
	expect((await mapData).status()).toBe(200);
	await expect(page.locator('.map[data-map-view]')).toHaveAttribute('data-map-state', 'ready');
	// The land is painted on the canvas (data decoded and drawn), not just the placeholder: the page
	// paints it, since a worker's script from the CDN's origin may not run (./painter.ts).
	await expect(page.locator('.map canvas')).toHaveAttribute('data-ground', /world|detail/);
	// Scripts, styles and fonts came from the CDN's origin.
	expect(fromCdn.some((p) => p.endsWith('.js'))).toBe(true);
	expect(fromCdn.some((p) => p.endsWith('.css'))).toBe(true);
	expect(fromCdn.some((p) => p.endsWith('.woff2'))).toBe(true);
	expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

	// Every link and asset address in the live page stays under the sub-path or on the CDN.
	const addresses = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[href], [src]')].map(
			(el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src
		)
	);
	const stray = addresses.filter(
		(a) => /^https?:/.test(a) && new URL(a).host === new URL(ROOT).host && !a.startsWith(ROOT)
	);
	expect(stray).toEqual([]);

	// The language switch goes to the other edition under the sub-path.
	await page.getByRole('link', { name: 'English' }).first().click();
	await expect(page).toHaveURL(new RegExp(`^${ROOT.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}en/(#.*)?$`));
	await waitForScroller(page);
	expect(failures).toEqual([]);
});

test('a share page leads to the story at its step under the sub-path; its card is there', async ({ page }) => {
	const html = await (await page.request.get(`${ROOT}ru/m/memorandum/`)).text();
	const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
	expect(image).toBe(`${ROOT}ru/m/memorandum/card.png`);
	const card = await page.request.get(image!);
	expect(card.headers()['content-type']).toBe('image/png');
	await page.goto(`${ROOT}ru/m/memorandum/`);
	await expect(page).toHaveURL(`${ROOT}ru/#memorandum`);
});

test('the Embed panel’s code works on a newsroom page: embed.js from the CDN, the embed from the sub-path', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'laptop', 'one newsroom page is enough');
	await page.goto(`${ROOT}en/`, { waitUntil: 'domcontentloaded' });
	const panel = page.locator('details.embed-panel');
	await panel.locator('summary').click();
	await page.getByLabel('Embed', { exact: true }).selectOption('map');
	const code = await panel.locator('textarea').inputValue();
	expect(code).toContain(`data-story-embed="${ROOT}en/embed/map/"`);
	expect(code).toContain(`src="${B.assets}/embed.js"`);

	const failures = watchFailures(page);
	await page.goto(`${HOSTS}/code.html?width=600&code=${encodeURIComponent(code)}`);
	const iframe = page.locator('div[data-story-embed] iframe');
	await expect(iframe).toHaveAttribute('src', `${ROOT}en/embed/map/`);
	const frame = page.frameLocator('div[data-story-embed] iframe');
	// The full map loads once the reader's pointer comes over the embed.
	await iframe.hover();
	await expect(frame.locator('.map[data-map-view]')).toHaveAttribute('data-map-state', 'ready');
	// Sized by the embed's height messages, which embed.js takes only from the embed's origin.
	const inner = frame.locator('html');
	await expect
		.poll(
			async () => {
				const outer = (await iframe.boundingBox())?.height ?? 0;
				const content = await inner.evaluate((html) => html.getBoundingClientRect().height);
				return Math.abs(outer - content);
			},
			{ message: 'the iframe takes the embed’s own height' }
		)
		.toBeLessThanOrEqual(2);
	expect(failures).toEqual([]);
});
