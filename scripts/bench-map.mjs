// Benchmark: frame rate of the map while it turns between views, in headless
// Chromium (software rendering, so a floor, not a laptop's GPU figure).
// Usage: npm run build && node scripts/bench-map.mjs [--cpu=4] [--width=375]   (exits 1 under the budget)
// --cpu slows the page's CPU as Lighthouse's mobile run does (the budget then is not applied);
// --width sets the viewport (a phone's compact locator at 375).
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

const option = (name, fallback) =>
	Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const cpu = option('cpu', 1);
const width = option('width', 1440);

const server = await serve('build', 4195);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width, height: width < 800 ? 812 : 900 } });
if (cpu > 1) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
}
await page.goto('http://127.0.0.1:4195/');

const toStep = (id) =>
	page.locator(`[data-step="${id}"]`).evaluate(
		(el, line) => {
			const r = el.getBoundingClientRect();
			window.scrollTo({
				top: window.scrollY + r.top + r.height / 2 - window.innerHeight * line + 10,
				behavior: 'instant'
			});
		},
		TRIGGER[width < 800 ? 'narrow' : 'wide']
	);

// The full map loads as the reader approaches it: go to the first move's step, then wait for it.
await toStep(MOVES[0][0]);
await page.waitForSelector('.map[data-map-state="ready"]', { timeout: 60_000 });

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
console.log(
	`Map view changes at ${width} px, CPU ×${cpu}: slowest median ${low} fps (budget ${BUDGET_FPS} fps at ×1, headless software rendering)`
);
if (cpu === 1 && low < BUDGET_FPS) process.exit(1);
