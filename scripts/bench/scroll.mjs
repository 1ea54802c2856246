// A scripted full scroll of a page at 4× CPU slowdown (Chrome DevTools'
// throttling), counting what the reader would feel: long tasks (> 50 ms),
// long animation frames (> 50 ms, Chrome's Long Animation Frames API) and
// layout shift (the sum of shifts not caused by input). The page loads
// unthrottled; the count starts once it is loaded and the network is quiet.
// The scroll moves a tenth of the viewport per frame to the bottom, then waits
// a second for transitions to end. It cannot hang: a frame that has not come
// after a second is not waited for (counted in `lateFrames`: seen once in
// about 40 scrolls, a frame that never came), and after two minutes the run
// ends where it is (`incomplete`).
// Usage: const figures = await scrollRun(browser, 'http://127.0.0.1:4190/ru/', { width: 375, height: 812 })
/**
 * @typedef {{ longTasks: number, longestTaskMs: number, longFrames: number, longestFrameMs: number,
 *   layoutShift: number, scrollPx: number, seconds: number, lateFrames: number, incomplete: boolean }} ScrollFigures
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} viewport
 * @param {number} [cpuSlowdown]
 * @returns {Promise<ScrollFigures>}
 */
export async function scrollRun(browser, url, viewport, cpuSlowdown = 4) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		return await page.evaluate(
			() =>
				new Promise((resolve) => {
					const tasks = /** @type {number[]} */ ([]);
					const frames = /** @type {number[]} */ ([]);
					let shift = 0;
					const observers = [
						['longtask', (/** @type {PerformanceEntry} */ e) => tasks.push(e.duration)],
						['long-animation-frame', (/** @type {PerformanceEntry} */ e) => frames.push(e.duration)],
						[
							'layout-shift',
							(/** @type {PerformanceEntry & { value: number, hadRecentInput: boolean }} */ e) => {
								if (!e.hadRecentInput) shift += e.value;
							}
						]
					].map(([type, record]) => {
						const each = /** @type {(e: PerformanceEntry) => void} */ (record);
						const observer = new PerformanceObserver((list) => list.getEntries().forEach(each));
						// An entry type this browser does not know is skipped (and reads as zero).
						if (PerformanceObserver.supportedEntryTypes.includes(/** @type {string} */ (type)))
							observer.observe({ type: /** @type {string} */ (type) });
						return { observer, each };
					});
					const start = performance.now();
					const startY = window.scrollY;
					const step = Math.round(window.innerHeight / 10);
					const finish = () => {
						for (const { observer, each } of observers) {
							observer.takeRecords().forEach(each);
							observer.disconnect();
						}
						resolve({
							longTasks: tasks.filter((d) => d > 50).length,
							longestTaskMs: Math.round(Math.max(0, ...tasks)),
							longFrames: frames.filter((d) => d > 50).length,
							longestFrameMs: Math.round(Math.max(0, ...frames)),
							layoutShift: Math.round(shift * 1000) / 1000,
							scrollPx: Math.round(window.scrollY - startY),
							seconds: Math.round((performance.now() - start) / 100) / 10,
							lateFrames,
							incomplete
						});
					};
					// The next frame, or a second's wait where it does not come: whichever is first runs `run`.
					let lateFrames = 0;
					const next = (/** @type {() => void} */ run) => {
						let done = false;
						const go = (/** @type {boolean} */ late) => {
							if (done) return;
							done = true;
							if (late) lateFrames++;
							run();
						};
						requestAnimationFrame(() => go(false));
						setTimeout(() => go(true), 1000);
					};
					const deadline = start + 120_000;
					let incomplete = false;
					const tick = () => {
						const bottom = document.documentElement.scrollHeight - window.innerHeight;
						incomplete = performance.now() > deadline;
						if (window.scrollY >= bottom - 1 || incomplete) {
							// At the bottom: let the last transitions run for a second, then count.
							const end = performance.now() + 1000;
							const settle = () => (performance.now() < end ? next(settle) : finish());
							next(settle);
							return;
						}
						window.scrollBy({ top: step, behavior: 'instant' });
						next(tick);
					};
					next(tick);
				})
		);
	} finally {
		await context.close();
	}
}
