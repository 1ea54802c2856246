// The import graph of src/: every import of every .ts and .svelte file, type-only
// and dynamic imports included, resolved to files. Used by tests/unit/imports.test.ts
// (no cycles; the graphics import nothing of the story) and, run directly, prints
// which folders of src/lib import which: `node scripts/import-graph.mjs`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { parse } from 'svelte/compiler';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '.js', '/index.ts'];

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The source code of a file's scripts (both of a component's script blocks). @param {string} path */
function scriptOf(path) {
	const source = readFileSync(path, 'utf8');
	if (!path.endsWith('.svelte')) return source;
	const ast = parse(source, { modern: true });
	// Svelte's script nodes carry their offsets in the source.
	/** @type {{ start: number, end: number }[]} */
	const blocks = [ast.module, ast.instance].flatMap((s) => (s ? [/** @type {any} */ (s.content)] : []));
	return blocks.map((b) => source.slice(b.start, b.end)).join('\n');
}

/**
 * A specifier resolved to a file of the project, or null for a package or a virtual module.
 * @param {string} from @param {string} specifier @returns {string | null}
 */
function resolveSpecifier(from, specifier) {
	const bare = specifier.replace(/\?.*$/, '');
	let base;
	if (bare === '$lib' || bare.startsWith('$lib/')) base = join(ROOT, 'src/lib', bare.slice(5));
	else if (bare.startsWith('.')) base = resolve(dirname(from), bare);
	else return null;
	for (const ext of EXTENSIONS) {
		const path = base + ext;
		if (existsSync(path) && statSync(path).isFile()) return path;
	}
	return null;
}

/** @typedef {Record<string, string[]>} Graph */

/** { 'src/lib/a.ts': ['src/lib/b.ts', …] } for every file under dir (project-relative paths). @returns {Graph} */
export function importGraph(dir = 'src') {
	/** @type {Graph} */
	const graph = {};
	for (const path of files(join(ROOT, dir))) {
		const { importedFiles } = ts.preProcessFile(scriptOf(path), true, true);
		graph[relative(ROOT, path)] = [
			...new Set(
				importedFiles
					.map((f) => resolveSpecifier(path, f.fileName))
					.flatMap((p) => (p && p.startsWith(join(ROOT, 'src')) ? [relative(ROOT, p)] : []))
			)
		];
	}
	return graph;
}

/** Every cycle found by a depth-first walk, each as the list of nodes around it. @param {Graph} graph */
export function cycles(graph) {
	/** @type {string[][]} */
	const found = [];
	/** @type {Record<string, 'open' | 'done'>} */
	const state = {};
	/** @type {string[]} */
	const stack = [];
	/** @param {string} node */
	const visit = (node) => {
		state[node] = 'open';
		stack.push(node);
		for (const next of graph[node] ?? []) {
			if (state[next] === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state[next]) visit(next);
		}
		stack.pop();
		state[node] = 'done';
	};
	for (const node of Object.keys(graph)) if (!state[node]) visit(node);
	return found;
}

/** Folder-level edges of src/lib: 'story → graphics/map'. @param {Graph} graph */
export function folderEdges(graph) {
	/** @param {string} p */
	const folder = (p) => dirname(p).replace(/^src\/lib\/?/, '') || '(lib)';
	const edges = new Set();
	for (const [from, tos] of Object.entries(graph)) {
		if (!from.startsWith('src/lib/')) continue;
		for (const to of tos)
			if (folder(from) !== folder(to) && to.startsWith('src/lib/')) edges.add(`${folder(from)} → ${folder(to)}`);
	}
	return [...edges].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const graph = importGraph();
	/** @type {Graph} */
	const byFrom = {};
	for (const edge of folderEdges(graph)) {
		const [from, to] = edge.split(' → ');
		(byFrom[from] ??= []).push(to);
	}
	for (const [from, tos] of Object.entries(byFrom)) console.log(`${from} → ${tos.join(', ')}`);
	const found = cycles(graph);
	console.log(found.length ? `cycles:\n${found.map((c) => '  ' + c.join(' → ')).join('\n')}` : 'no cycles');
}
