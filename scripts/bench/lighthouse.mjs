// One Lighthouse run (12.2.3, its Node API, mobile defaults: simulated 150 ms
// RTT, 1.6 Mbps, 4× CPU) of one page, in a fresh headless Chromium (the one
// scripts/browser.mjs finds, with the project's flags), and the figures the
// benchmark keeps: the four category scores, FCP, LCP, TBT, CLS, and what
// Lighthouse saw transferred.
// Usage: const figures = await lighthouseRun('http://127.0.0.1:4190/ru/')
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browser.mjs';

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   fcp: number, lcp: number, tbt: number, cls: number, transferKiB: number, requests: number,
 *   failing: string[], benchmarkIndex: number }} LighthouseFigures
 */

/**
 * Starts Chromium with a DevTools port; resolves to the port and a stop function.
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
function launch() {
	const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
	const executable = chromiumPath() ?? chromium.executablePath();
	const child = spawn(
		executable,
		['--headless', ...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	/** Ends Chromium, waits for it to exit, then removes its profile. */
	const stop = async () => {
		if (child.exitCode === null) child.kill();
		await exited;
		// Chromium's helper processes can still be writing to it: a leftover
		// temporary folder is harmless, a failed benchmark is not.
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch (error) {
			console.warn(`could not remove ${profile}: ${/** @type {Error} */ (error).message}`);
		}
	};
	return new Promise((resolve, reject) => {
		let err = '';
		const timer = setTimeout(() => {
			void stop();
			reject(new Error(`Chromium (${executable}) did not open a DevTools port:\n${err}`));
		}, 30_000);
		child.stderr.on('data', (chunk) => {
			err += chunk;
			const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err)?.[1];
			if (port) {
				clearTimeout(timer);
				resolve({ port: Number(port), stop });
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code}):\n${err}`));
		});
	});
}

/**
 * Runs Lighthouse once on `url` and keeps the benchmark's figures (times in ms).
 * @param {string} url
 * @returns {Promise<LighthouseFigures>}
 */
export async function lighthouseRun(url) {
	const { port, stop } = await launch();
	try {
		const result = await lighthouse(url, {
			port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
		const score = (/** @type {string} */ id) => lhr.categories[id]?.score ?? NaN;
		const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
		const requests =
			/** @type {{ items?: { transferSize?: number }[] } | undefined} */ (lhr.audits['network-requests']?.details)
				?.items ?? [];
		// Audits that lower a category's score (for the report: what to fix).
		const failing = Object.values(lhr.categories).flatMap((category) =>
			category.auditRefs
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id])
				.filter((audit) => audit.score !== null && audit.score < 1)
				.map((audit) => `${category.id}: ${audit.id}`)
		);
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			fcp: value('first-contentful-paint'),
			lcp: value('largest-contentful-paint'),
			tbt: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			transferKiB: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024,
			requests: requests.length,
			failing,
			// Lighthouse's measure of the machine's speed at the time (higher is faster; a quiet laptop: about 1000–2000).
			benchmarkIndex: lhr.environment.benchmarkIndex
		};
	} finally {
		await stop();
	}
}
