// Benchmark: frame rate of the map while it turns between views, in headless
// Chromium (software rendering, so a floor, not a laptop's GPU figure).
// Usage: npm run build && node scripts/bench-map.mjs   (exits 1 under the budget)
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { serve } from './serve.mjs';
import { TRIGGER } from '../src/lib/layout.js';

/** Median frames per second a view change must keep, here, to pass. */
const BUDGET_FPS = 50;
const MOVES = [
	['memorandum', 'visit-roadmap'], // world → Tashkent
	['visit-roadmap', 'early-warning-network'], // Tashkent → Central Asia
	['early-warning-network', 'national-strategy'], // Central Asia → Uzbekistan
	['cybersecurity-programme', 'expert-council'] // Uzbekistan → Tashkent
];

const server = await serve('build', 4195);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4195/');
await page.waitForSelector('.map[data-map-state="ready"]');

const toStep = (id) =>
	page.locator(`[data-step="${id}"]`).evaluate((el, wide) => {
		const r = el.getBoundingClientRect();
		window.scrollTo({
			top: window.scrollY + r.top + r.height / 2 - window.innerHeight * wide + 10,
			behavior: 'instant'
		});
	}, TRIGGER.wide);

const results = [];
for (const [from, to] of MOVES) {
	await toStep(from);
	await page.waitForTimeout(1200);
	// Count frames for the length of the move (900 ms) after scrolling to the next step.
	const frames = page.evaluate(
		() =>
			new Promise((resolve) => {
				const times = [];
				const start = performance.now();
				const tick = (t) => {
					times.push(t);
					if (t - start < 900) requestAnimationFrame(tick);
					else resolve(times);
				};
				requestAnimationFrame(tick);
			})
	);
	await toStep(to);
	const times = await frames;
	const gaps = times
		.slice(1)
		.map((t, i) => t - times[i])
		.sort((a, b) => a - b);
	const median = gaps[Math.floor(gaps.length / 2)];
	const worst = gaps[gaps.length - 1];
	results.push({
		move: `${from} → ${to}`,
		frames: times.length,
		medianFps: Math.round(1000 / median),
		worstFrameMs: Math.round(worst)
	});
}
await browser.close();
server.close();

console.table(results);
const low = Math.min(...results.map((r) => r.medianFps));
console.log(`Map view changes: slowest median ${low} fps (budget ${BUDGET_FPS} fps, headless software rendering)`);
if (low < BUDGET_FPS) process.exit(1);
