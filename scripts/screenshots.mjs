// Screenshots of the built story at each step, on a phone and a laptop, for a
// person to look at.
// Usage: npm run build && node scripts/screenshots.mjs [out-dir] [--path=/ru/] [--sizes=375x812,1440x900] [step ids…]
// (default sizes: a phone, 375×812, and a laptop, 1440×900; files are named by size: <edition>-<w>x<h>-<step>.png).
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { serve } from './serve.mjs';
import { TRIGGER, WIDE_MIN_PX } from '../src/lib/layout.js';

const out = process.argv[2] ?? 'shots';
const pathArg = process.argv.find((a) => a.startsWith('--path='));
const path = pathArg ? pathArg.slice('--path='.length) : '/';
const prefix = path === '/' ? '' : `${path.replace(/\//g, '')}-`;
const only = process.argv.slice(3).filter((a) => !a.startsWith('--'));
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const NAMED = { phone: '375x812', laptop: '1440x900' };
const VIEWPORTS = Object.fromEntries(
	(sizesArg ? sizesArg.slice('--sizes='.length).split(',') : Object.keys(NAMED)).map((size) => {
		const [width, height] = (NAMED[size] ?? size).split('x').map(Number);
		return [NAMED[size] ? size : `${width}x${height}`, { width, height }];
	})
);

/**
 * Waits until the graphic is at rest: no animation running, and a map on show painted for its view
 * (the full map's ground is painted off the page, in a worker: data-map-painted says when it is there).
 * @param {import('@playwright/test').Page} page
 */
function graphicAtRest(page) {
	return page.waitForFunction(
		() => {
			const map = document.querySelector('figure[data-active-step] .map[data-map-view]');
			const shown = map && map.getBoundingClientRect().height > 0 && getComputedStyle(map).visibility !== 'hidden';
			const painted = !shown || map.hasAttribute('data-map-painted');
			return painted && !document.getAnimations().some((a) => a.playState === 'running');
		},
		undefined,
		{ timeout: 10_000, polling: 'raf' }
	);
}

await mkdir(out, { recursive: true });
const server = await serve('build', 4199);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	for (const [name, viewport] of Object.entries(VIEWPORTS)) {
		const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
		await page.goto(`http://127.0.0.1:4199${path}`);
		// The page as a reader sees it once its script has run (the charts laid out in their boxes).
		await page.waitForSelector('.scrolly.ready');
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: `${out}/${prefix}${name}-hero.png` });
		const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
		for (const id of ids) {
			if (only.length && !only.includes(id)) continue;
			await page.locator(`[data-step="${id}"]`).evaluate(
				(el, layout) => {
					const r = el.getBoundingClientRect();
					const line =
						window.innerHeight *
						(window.innerWidth >= layout.WIDE_MIN_PX ? layout.TRIGGER.wide : layout.TRIGGER.narrow);
					window.scrollBy(0, r.top + r.height / 2 - line + 10);
				},
				{ WIDE_MIN_PX, TRIGGER }
			);
			await page
				.waitForFunction(
					(id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id,
					id,
					{ timeout: 5000 }
				)
				.catch(() => console.warn(`${name}: ${id} did not become active`));
			await graphicAtRest(page).catch(() => console.warn(`${name}: ${id}: the graphic did not come to rest in 10 s`));
			await page.screenshot({ path: `${out}/${prefix}${name}-${id}.png` });
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
console.log(`screenshots in ${out}/`);
