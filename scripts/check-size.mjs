// How much JavaScript the story's page loads, gzipped, against two budgets
// (bench/budgets.json: `/`'s jsStart and jsAll), file by file. `npm run test:size`
// (scripts/bench.mjs --bytes-only) gates the same figures for every page.
// Usage: npm run build && node scripts/check-size.mjs [build-dir] [manifest]
// (defaults: build, .svelte-kit/output/client/.vite/manifest.json, the build
// manifest Vite writes for SvelteKit's client).
//
// The page (build/index.html) names the chunks it starts with: its
// <script src>, <link rel="modulepreload"> and the import("…") of its inline
// script. From each, Vite's manifest gives the chunks it imports statically
// (`imports`: loaded with it) and dynamically (`dynamicImports`: loaded later,
// e.g. Scrollama on mount and the map once the page is interactive).
// SvelteKit's app entry imports every route node dynamically; of those only
// the nodes the page starts with (`node_ids` of its inline script) and the
// root layout and root error nodes (0 and 1, which Kit's client imports at
// start) load, and they load at start. Each file is gzipped (level 9) on its
// own and the sizes summed. Exits 1 if either total is over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Budgets, in KiB after gzip, from bench/budgets.json (the one source of truth,
 * shared with scripts/bench.mjs): the gated `jsStart` and `jsAll` of `/`.
 * first: what the page loads to start and become interactive (its scripts,
 * modulepreloads and what they import).
 * all: everything the page loads, including the chunks its code imports later
 * (Scrollama on mount; the map's d3-geo, topojson and layers once the page is
 * interactive, with a static SVG standing in until then).
 */
function budgetsFromFile(path = fileURLToPath(new URL('../bench/budgets.json', import.meta.url))) {
	const gated = JSON.parse(readFileSync(path, 'utf8')).pages['/'].gated;
	return { first: Number(gated.jsStart), all: Number(gated.jsAll) };
}

/** The manifest key of SvelteKit's app entry, and of its route nodes. */
const KIT_APP = /(^|\/)generated\/client(-optimized)?\/app\.js$/;
const KIT_NODE = /(^|\/)generated\/client(-optimized)?\/nodes\/(\d+)\.js$/;

/**
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, isDynamicEntry?: boolean }} Chunk
 * @typedef {Record<string, Chunk>} Manifest
 * @typedef {{ file: string, how: string, later: boolean }} Loaded
 */

/**
 * What the page's HTML names: the JS files it loads (paths in the build) and
 * the route nodes it starts with.
 * @param {string} html
 */
export function pageReferences(html) {
	/** @type {{ file: string, how: string }[]} */
	const refs = [];
	/** @param {string} url */
	const clean = (url) => posix.normalize(url.split(/[?#]/)[0].replace(/^\.?\/+/, ''));
	/** @param {string} tag @param {string} name */
	const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
	for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
		const src = attr(tag, 'src');
		if (src) refs.push({ file: clean(src), how: 'script' });
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = attr(tag, 'href');
		if (href && /\brel\s*=\s*["']?modulepreload/.test(tag)) refs.push({ file: clean(href), how: 'modulepreload' });
	}
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	for (const [, , url] of inline.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g))
		refs.push({ file: clean(url), how: 'inline import()' });
	const nodeIds = (/node_ids:\s*\[([^\]]*)\]/.exec(inline)?.[1] ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	return { refs: refs.filter((r) => r.file.endsWith('.js')), nodeIds, inline };
}

/**
 * Every JS file the page loads, with how it was reached and whether it loads
 * later (only through dynamic imports of the page's own code).
 * @param {{ refs: { file: string, how: string }[], nodeIds: string[] }} page
 * @param {Manifest} manifest
 * @returns {Loaded[]}
 */
export function loadedFiles(page, manifest) {
	/** @type {Map<string, string>} file → manifest key */
	const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const startNodes = new Set(['0', '1', ...page.nodeIds]);
	/** @type {Map<string, Loaded>} */
	const files = new Map();
	/** @type {string[]} */
	const queue = [];
	/** @param {string} file @param {string} how @param {boolean} later */
	const add = (file, how, later) => {
		const known = files.get(file);
		// A chunk the first load also needs is not deferred.
		if (known && (later || !known.later)) return;
		files.set(file, { file, how, later });
		queue.push(file);
	};
	for (const ref of page.refs) {
		if (!keyOf.has(ref.file)) throw new Error(`${ref.file} (${ref.how} in the page) is not in the build manifest`);
		add(ref.file, ref.how, false);
	}
	while (queue.length) {
		const file = /** @type {string} */ (queue.shift());
		const { later } = /** @type {Loaded} */ (files.get(file));
		const key = /** @type {string} */ (keyOf.get(file));
		const chunk = manifest[key];
		const name = posix.basename(file);
		/** @param {string} k */
		const fileOf = (k) => {
			if (!manifest[k]) throw new Error(`${key} imports ${k}, which is not in the build manifest`);
			return manifest[k].file;
		};
		for (const k of chunk.imports ?? []) add(fileOf(k), `static import in ${name}`, later);
		const isKitApp = KIT_APP.test(key);
		for (const k of chunk.dynamicImports ?? []) {
			if (isKitApp) {
				// Kit imports the page's nodes at start; other routes' nodes and the error page template do not load.
				const node = KIT_NODE.exec(k);
				if (node && startNodes.has(node[3])) add(fileOf(k), `dynamic import in ${name}`, later);
			} else {
				add(fileOf(k), `later: dynamic import in ${name}`, true);
			}
		}
	}
	return [...files.values()];
}

/**
 * Gzipped sizes of the loaded files and the totals against the budgets.
 * @param {Loaded[]} loaded
 * @param {(file: string) => Buffer} read the file's bytes, by its path in the build
 * @param {{ first: number, all: number }} [budgets] in KiB
 */
export function measure(loaded, read, budgets = budgetsFromFile()) {
	const rows = loaded.map((l) => {
		const raw = read(l.file);
		return { ...l, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
	});
	rows.sort((a, b) => b.gzip - a.gzip);
	const first = rows.filter((r) => !r.later).reduce((s, r) => s + r.gzip, 0);
	const all = rows.reduce((s, r) => s + r.gzip, 0);
	return {
		rows,
		first,
		all,
		firstOver: first > budgets.first * 1024,
		allOver: all > budgets.all * 1024
	};
}

/** @param {number} n */
const kib = (n) => (n / 1024).toFixed(1);

/**
 * The report: one line per file, the totals, and each total against its budget.
 * @param {ReturnType<typeof measure>} m
 * @param {string} inline the page's inline script (not counted)
 * @param {{ first: number, all: number }} [budgets]
 */
function report(m, inline, budgets = budgetsFromFile()) {
	const width = Math.max(...m.rows.map((r) => r.file.length), 4);
	const totalRaw = m.rows.reduce((s, r) => s + r.raw, 0);
	const lines = [`${'file'.padEnd(width)}  ${'raw KiB'.padStart(8)}  ${'gzip KiB'.padStart(8)}  loaded by`];
	for (const r of m.rows)
		lines.push(`${r.file.padEnd(width)}  ${kib(r.raw).padStart(8)}  ${kib(r.gzip).padStart(8)}  ${r.how}`);
	lines.push(
		`${'total'.padEnd(width)}  ${kib(totalRaw).padStart(8)}  ${kib(m.all).padStart(8)}  ${m.rows.length} files`
	);
	const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
	lines.push(`(not counted: the inline <script> of index.html, with the page's data, ${kib(inlineGzip)} KiB gzip)`, '');
	lines.push(
		`JavaScript / loads to start: ${kib(m.first)} KiB gzip (budget ${budgets.first} KiB)${m.firstOver ? ' — OVER BUDGET' : ''}`,
		`JavaScript loaded by / in all: ${kib(m.all)} KiB gzip (budget ${budgets.all} KiB)${m.allOver ? ' — OVER BUDGET' : ''}`
	);
	return lines.join('\n');
}

/**
 * Measures a build: its index.html and Vite's manifest. Returns the report and
 * whether both budgets hold.
 * @param {string} [root]
 * @param {string} [manifestPath]
 * @param {{ first: number, all: number }} [budgets]
 */
export function checkSize(root = 'build', manifestPath = '.svelte-kit/output/client/.vite/manifest.json', budgets) {
	for (const path of [join(root, 'index.html'), manifestPath])
		if (!existsSync(path)) throw new Error(`${path} not found: build the site first (npx vite build).`);
	const page = pageReferences(readFileSync(join(root, 'index.html'), 'utf8'));
	/** @type {Manifest} */
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const m = measure(
		loadedFiles(page, manifest),
		(file) => {
			const path = join(root, file);
			if (!existsSync(path)) throw new Error(`missing: ${file} (loaded by the page, not in ${root})`);
			return readFileSync(path);
		},
		budgets
	);
	return { ok: !m.firstOver && !m.allOver, text: report(m, page.inline, budgets) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		const { ok, text } = checkSize(process.argv[2], process.argv[3]);
		console.log(text);
		if (!ok) process.exit(1);
	} catch (e) {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
}
