// How much JavaScript the story's page loads, gzipped, against a budget.
// Usage: npm run build && node scripts/check-size.mjs [build-dir]
//
// Starts from build/index.html: its <script src>, <link rel="modulepreload">
// and the import("…") calls of its inline scripts. From each JS file it follows
// static imports (`from"./x.js"`, `import"./x.js"`) and dynamic imports
// (import(`./x.js`), e.g. the Scrollama chunk the page imports once it runs),
// recursively. SvelteKit's app entry (entry/app.*.js) lists a dynamic import
// for every route node and for the error page template; of those only the
// nodes the page starts with (node_ids in its inline script) and the root
// layout and root error nodes (0 and 1, which Kit's client imports eagerly at
// start) load, so only those count.
// Each file is gzipped (level 9) on its own and the sizes summed.
// Exits 1 if the total is over the budget.
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets, in KiB after gzip.
 * FIRST: what the page loads to start and become interactive (its scripts,
 * modulepreloads and what they import). Issue #2 set 70 KiB.
 * ALL: everything the page loads, including the chunks its code imports
 * later (Scrollama on mount; the map's d3-geo, topojson and layers once the
 * page is interactive, with a static SVG standing in until then).
 */
const FIRST_BUDGET_KIB = 70;
const ALL_BUDGET_KIB = 78;

const root = process.argv[2] ?? 'build';
const page = join(root, 'index.html');
if (!existsSync(page)) {
	console.error(`${page} not found: build the site first (npx vite build).`);
	process.exit(1);
}
const html = readFileSync(page, 'utf8');

/** The page's JS, as paths relative to the build root, with how each was reached and whether it loads later. */
/** @type {Map<string, { how: string, later: boolean }>} */
const files = new Map();
/** @type {string[]} */
const queue = [];
/** @param {string} path @param {string} how @param {boolean} [later] */
const add = (path, how, later = false) => {
	const clean = posix.normalize(path.split(/[?#]/)[0]).replace(/^\/+/, '');
	if (!clean.endsWith('.js')) return;
	const known = files.get(clean);
	if (known) {
		// A chunk the first load also needs is not deferred.
		if (known.later && !later) files.set(clean, { how, later: false });
		return;
	}
	files.set(clean, { how, later });
	queue.push(clean);
};
/** A URL as written in index.html (./x, /x or x) to a path in the build. */
/** @param {string} url */
const fromPage = (url) => posix.normalize(url.replace(/^\.\//, ''));

// The page's own references.
/** @param {string} tag @param {string} name */
const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
	const src = attr(tag, 'src');
	if (src) add(fromPage(src), 'script');
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
	if (/\brel\s*=\s*["']?modulepreload/.test(tag)) add(fromPage(attr(tag, 'href') ?? ''), 'modulepreload');
}
const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
for (const [, , url] of inline.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)) add(fromPage(url), 'inline import()');
// The route nodes the page starts with, e.g. `node_ids: [0, 2]`.
// Kit's client also imports the root layout (0) and root error (1) nodes at start.
const nodeIds = new Set([
	'0',
	'1',
	...(/node_ids:\s*\[([^\]]*)\]/.exec(inline)?.[1] ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
]);

// Imports inside the JS, as minified by Vite/Rolldown:
//   static:  import{a as b}from"./x.js"   export{a}from"../x.js"   import"./x.js"
//   dynamic: import(`../chunks/x.js`)  (also with ' or ")
const STATIC = /(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1/g;
const DYNAMIC = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+?\.js)\1\s*\)/g;

while (queue.length) {
	const file = /** @type {string} */ (queue.shift());
	const path = join(root, file);
	if (!existsSync(path)) {
		console.error(`missing: ${file} (referenced by the page)`);
		process.exit(1);
	}
	const code = readFileSync(path, 'utf8');
	const later = /** @type {{ later: boolean }} */ (files.get(file)).later;
	/** @param {string} spec */
	const resolve = (spec) => posix.join(posix.dirname(file), spec);
	for (const [, , spec] of code.matchAll(STATIC)) add(resolve(spec), `static import in ${posix.basename(file)}`, later);
	const isKitApp = /(^|\/)entry\/app\.[^/]*\.js$/.test(file);
	for (const [, , spec] of code.matchAll(DYNAMIC)) {
		const target = resolve(spec);
		if (isKitApp) {
			// Only the nodes above load; other routes' nodes and the error page template do not.
			const node = /(^|\/)nodes\/(\d+)\.[^/]*\.js$/.exec(target);
			if (!node || !nodeIds.has(node[2])) continue;
		}
		// Kit's start-up imports of the page's nodes are part of the first load;
		// the page's own import() calls run later.
		add(target, `dynamic import in ${posix.basename(file)}`, later || !isKitApp);
	}
}

const rows = [...files].map(([file, { how, later }]) => {
	const raw = readFileSync(join(root, file));
	return { file, how: later ? `later: ${how}` : how, later, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
/** @param {number} n */
const kib = (n) => (n / 1024).toFixed(1);
const totalRaw = rows.reduce((s, r) => s + r.raw, 0);
const totalGzip = rows.reduce((s, r) => s + r.gzip, 0);

const width = Math.max(...rows.map((r) => r.file.length), 4);
console.log(`${'file'.padEnd(width)}  ${'raw KiB'.padStart(8)}  ${'gzip KiB'.padStart(8)}  loaded by`);
for (const r of rows)
	console.log(`${r.file.padEnd(width)}  ${kib(r.raw).padStart(8)}  ${kib(r.gzip).padStart(8)}  ${r.how}`);
console.log(
	`${'total'.padEnd(width)}  ${kib(totalRaw).padStart(8)}  ${kib(totalGzip).padStart(8)}  ${rows.length} files`
);
const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
console.log(`(not counted: the inline <script> of index.html, with the page's data, ${kib(inlineGzip)} KiB gzip)`);
console.log('');
const firstGzip = rows.filter((r) => !r.later).reduce((s, r) => s + r.gzip, 0);
const firstOver = firstGzip > FIRST_BUDGET_KIB * 1024;
const allOver = totalGzip > ALL_BUDGET_KIB * 1024;
console.log(
	`JavaScript / loads to start: ${kib(firstGzip)} KiB gzip (budget ${FIRST_BUDGET_KIB} KiB)${firstOver ? ' — OVER BUDGET' : ''}`
);
console.log(
	`JavaScript loaded by / in all: ${kib(totalGzip)} KiB gzip (budget ${ALL_BUDGET_KIB} KiB)${allOver ? ' — OVER BUDGET' : ''}`
);
if (firstOver || allOver) process.exit(1);
