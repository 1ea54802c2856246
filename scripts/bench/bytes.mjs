// What a page loads on first load, by type, in compressed bytes: the benchmark's
// deterministic half (no Lighthouse, no throttling), gated in `npm test`.
// A page is opened in Chromium at Lighthouse's phone size (412×823), without
// scrolling; every request counts until, after the load event, the network has
// been quiet for a second and the main thread idle. Sizes are not read from the
// wire but from build/: each file's gzip (level 9) and brotli (quality 11) size
// if a CDN compresses it, else its size, so the figures do not depend on the
// server or on timing.
// Headers are not counted (Lighthouse's "transferred" adds about 0.3 KiB a request).
// Usage: const firstLoad = await measureFirstLoad(browser, 'http://127.0.0.1:4190', '/ru/', 'build')
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COMPRESSIBLE, compress } from './serve-compressed.mjs';

/** The types bytes are counted by. */
const TYPES = /** @type {const} */ (['html', 'js', 'css', 'font', 'data', 'image', 'other']);

/** @typedef {typeof TYPES[number]} ByteType */
/** @typedef {{ path: string, type: ByteType, raw: number, gzip: number, br: number }} LoadedFile */
/**
 * @typedef {{ requests: number, files: LoadedFile[], outside: string[],
 *   gzip: Record<ByteType | 'total', number>, br: Record<ByteType | 'total', number> }} FirstLoad
 */

/**
 * A file's type, by its name.
 * @param {string} path a path in the build
 * @returns {ByteType}
 */
export function typeOf(path) {
	const ext = extname(path).toLowerCase();
	if (path.endsWith('/') || ext === '.html') return 'html';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'font';
	if (['.json', '.csv', '.topojson', '.geojson'].includes(ext)) return 'data';
	if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg', '.ico'].includes(ext)) return 'image';
	return 'other';
}

/** @type {Map<string, { raw: number, gzip: number, br: number }>} */
const sizes = new Map();

/**
 * A build file's size as served: raw, gzip and brotli (the raw size for files
 * a CDN does not compress). Cached by path and modification time.
 * @param {string} file
 */
export function servedSize(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	let size = sizes.get(key);
	if (!size) {
		const raw = readFileSync(file);
		size =
			extname(file) in COMPRESSIBLE
				? { raw: raw.length, gzip: compress(raw, 'gzip').length, br: compress(raw, 'br').length }
				: { raw: raw.length, gzip: raw.length, br: raw.length };
		sizes.set(key, size);
	}
	return size;
}

/**
 * Sums files by type and in all.
 * @param {LoadedFile[]} files
 * @param {'gzip' | 'br'} encoding
 */
export function sumByType(files, encoding) {
	const sums = /** @type {Record<ByteType | 'total', number>} */ (
		Object.fromEntries([...TYPES, 'total'].map((t) => [t, 0]))
	);
	for (const f of files) {
		sums[f.type] += f[encoding];
		sums.total += f[encoding];
	}
	return sums;
}

/**
 * Opens `path` on `origin` in a new page and lists what it loads until the
 * network is quiet (no request in flight for `quietMs`) after the load event.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string} path
 * @param {string} root the build folder the server serves
 * @param {number} [quietMs]
 * @returns {Promise<FirstLoad>}
 */
export async function measureFirstLoad(browser, origin, path, root, quietMs = 1000) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	/** @type {string[]} */
	const urls = [];
	let inFlight = 0;
	let lastChange = Date.now();
	page.on('request', (r) => {
		urls.push(r.url());
		inFlight++;
		lastChange = Date.now();
	});
	const done = () => {
		inFlight--;
		lastChange = Date.now();
	};
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	await page.goto(origin + path, { waitUntil: 'load' });
	// Quiet: nothing in flight, nothing started or finished for quietMs, and then the page's main
	// thread idle (twice) with no new request: a busy machine can hydrate the page, and start the
	// requests hydration makes, well after the network has gone quiet.
	const deadline = Date.now() + 60_000;
	for (;;) {
		while (inFlight > 0 || Date.now() - lastChange < quietMs) {
			if (Date.now() > deadline)
				throw new Error(`${path}: the network never went quiet (${inFlight} requests in flight)`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const seen = urls.length;
		await page.evaluate(async () => {
			for (let i = 0; i < 2; i++) await new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));
		});
		if (urls.length === seen && inFlight === 0) break;
	}
	await context.close();

	/** @type {LoadedFile[]} */
	const files = [];
	/** @type {string[]} */
	const outside = [];
	for (const url of urls) {
		const u = new URL(url);
		if (u.protocol === 'data:') continue;
		if (u.origin !== origin) {
			outside.push(url);
			continue;
		}
		const file = join(root, decodeURIComponent(u.pathname), u.pathname.endsWith('/') ? 'index.html' : '');
		let size;
		try {
			size = servedSize(file);
		} catch {
			throw new Error(`${path} requested ${u.pathname}, which is not in ${root}/`);
		}
		files.push({ path: u.pathname, type: typeOf(u.pathname), ...size });
	}
	return { requests: urls.length, files, outside, gzip: sumByType(files, 'gzip'), br: sumByType(files, 'br') };
}
