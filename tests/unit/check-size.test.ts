// scripts/check-size.mjs on a small fake build: which files count as loaded
// to start and which later, and that each budget fails the check when exceeded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSize, loadedFiles, measure, pageReferences } from '../../scripts/check-size.mjs';

const APP = '.svelte-kit/generated/client-optimized/app.js';
const node = (n: number) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;

/**
 * A SvelteKit-like manifest: start → shared; app → nodes 0–3 and the error
 * template; node 2 → the map and Scrollama, later. The map's format chunk is
 * also needed at start (through node 1), so it counts at start.
 */
const MANIFEST = {
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js': {
		file: 'entry/start.js',
		isEntry: true,
		imports: ['_shared.js']
	},
	[APP]: {
		file: 'entry/app.js',
		isEntry: true,
		imports: ['_shared.js'],
		dynamicImports: [node(0), node(1), node(2), node(3), '.svelte-kit/generated/shared/error-template.js']
	},
	[node(0)]: { file: 'nodes/0.js', isEntry: true },
	[node(1)]: { file: 'nodes/1.js', isEntry: true, imports: ['_error-ui.js'] },
	[node(2)]: {
		file: 'nodes/2.js',
		isEntry: true,
		imports: ['_shared.js'],
		dynamicImports: ['src/lib/Map.svelte', 'node_modules/scrollama/build/scrollama.js']
	},
	[node(3)]: { file: 'nodes/3.js', isEntry: true, imports: ['_other-route.js'] },
	'.svelte-kit/generated/shared/error-template.js': { file: 'chunks/error.js', isDynamicEntry: true },
	'src/lib/Map.svelte': {
		file: 'chunks/map.js',
		isDynamicEntry: true,
		imports: ['_d3.js', '_shared.js', '_format.js']
	},
	'node_modules/scrollama/build/scrollama.js': { file: 'chunks/scrollama.js', isDynamicEntry: true },
	'_shared.js': { file: 'chunks/shared.js' },
	'_d3.js': { file: 'chunks/d3.js' },
	'_error-ui.js': { file: 'chunks/error-ui.js', imports: ['_format.js'] },
	'_format.js': { file: 'chunks/format.js' },
	'_other-route.js': { file: 'chunks/other-route.js' }
};

const HTML = `<!doctype html><html><head>
<link href="./entry/start.js" rel="modulepreload">
<link rel="modulepreload" href="./entry/app.js">
<link href="./nodes/0.js" rel="modulepreload"><link href="./nodes/2.js" rel="modulepreload">
<link rel="stylesheet" href="./assets/app.css">
</head><body><script>
	Promise.all([import("./entry/start.js"), import("./entry/app.js")]).then(([kit, app]) => {
		kit.start(app, element, { node_ids: [0, 2], data: [] });
	});
</script></body></html>`;

describe('scripts/check-size.mjs', () => {
	it('reads the page: its modulepreloads, inline imports and start nodes, not its CSS', () => {
		const page = pageReferences(HTML);
		expect(new Set(page.refs.map((r) => r.file))).toEqual(
			new Set(['entry/start.js', 'entry/app.js', 'nodes/0.js', 'nodes/2.js'])
		);
		expect(page.nodeIds).toEqual(['0', '2']);
	});

	it('follows the manifest: static imports load at start, the page code’s dynamic imports later', () => {
		const loaded = loadedFiles(pageReferences(HTML), MANIFEST);
		const at = (later: boolean) =>
			loaded
				.filter((l) => l.later === later)
				.map((l) => l.file)
				.sort();
		// Node 1 (root error) loads at start as Kit imports it; node 3 and the error template do not load.
		expect(at(false)).toEqual([
			'chunks/error-ui.js',
			'chunks/format.js',
			'chunks/shared.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/0.js',
			'nodes/1.js',
			'nodes/2.js'
		]);
		// The map and its d3 chunk, and Scrollama, load later; the chunks the map shares with the start are there already.
		expect(at(true)).toEqual(['chunks/d3.js', 'chunks/map.js', 'chunks/scrollama.js']);
	});

	it('fails loudly when the page names a file the manifest does not know', () => {
		const page = pageReferences(HTML.replace('./nodes/2.js', './nodes/2.stale.js'));
		expect(() => loadedFiles(page, MANIFEST)).toThrow(/nodes\/2\.stale\.js .*not in the build manifest/);
	});

	it('sums gzip sizes into the two totals and compares each with its budget', () => {
		const loaded = [
			{ file: 'a.js', how: 'modulepreload', later: false },
			{ file: 'b.js', how: 'later', later: true }
		];
		// Random bytes do not compress: each file's gzip size is about its raw size.
		const bytes = { 'a.js': randomBytes(3 * 1024), 'b.js': randomBytes(2 * 1024) } as Record<string, Buffer>;
		const m = measure(loaded, (f) => bytes[f], { first: 4, all: 6 });
		expect(m.first).toBeGreaterThan(3 * 1024);
		expect(m.all).toBeGreaterThan(m.first + 2 * 1024);
		expect(m).toMatchObject({ firstOver: false, allOver: false });
		expect(measure(loaded, (f) => bytes[f], { first: 2, all: 6 })).toMatchObject({ firstOver: true, allOver: false });
		expect(measure(loaded, (f) => bytes[f], { first: 4, all: 4 })).toMatchObject({ firstOver: false, allOver: true });
	});

	describe('on a fake build folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'check-size-test-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		const build = join(dir, 'build');
		const manifestPath = join(dir, 'manifest.json');
		const write = (path: string, content: string | Buffer) => {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, content);
		};
		write(join(build, 'index.html'), HTML);
		write(manifestPath, JSON.stringify(MANIFEST));
		for (const chunk of Object.values(MANIFEST)) write(join(build, chunk.file), randomBytes(1024));

		it('reports every file, the totals and the budgets, and passes within them', () => {
			const { ok, text } = checkSize(build, manifestPath, { first: 70, all: 78 });
			expect(ok).toBe(true);
			expect(text).toMatch(/^entry\/start\.js\s+1\.0\s+1\.0\s+modulepreload$/m);
			expect(text).toMatch(/^chunks\/map\.js\s+1\.0\s+1\.0\s+later: dynamic import in 2\.js$/m);
			expect(text).toMatch(/^total .* 11 files$/m);
			expect(text).toMatch(/JavaScript \/ loads to start: 8\.\d KiB gzip \(budget 70 KiB\)$/m);
			expect(text).toMatch(/JavaScript loaded by \/ in all: 11\.\d KiB gzip \(budget 78 KiB\)$/m);
			expect(text).not.toContain('OVER BUDGET');
		});

		it('fails and says which budget is exceeded', () => {
			const first = checkSize(build, manifestPath, { first: 7, all: 78 });
			expect(first.ok).toBe(false);
			expect(first.text).toMatch(/loads to start: .* — OVER BUDGET/);
			const all = checkSize(build, manifestPath, { first: 70, all: 10 });
			expect(all.ok).toBe(false);
			expect(all.text).toMatch(/in all: .* — OVER BUDGET/);
			expect(all.text).not.toMatch(/loads to start: .* — OVER BUDGET/);
		});
	});
});

/** Bytes that gzip cannot shrink, so sizes are predictable. */
function randomBytes(n: number): Buffer {
	const b = Buffer.alloc(n);
	let x = 12345;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		b[i] = x >> 16;
	}
	return b;
}
