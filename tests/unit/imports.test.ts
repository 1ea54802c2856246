// The shape of src/: no import cycles (type-only and dynamic imports count),
// between files or between the folders of src/lib, and graphics that draw from
// plain props, importing nothing of the story, its content or its languages.
import { describe, expect, it } from 'vitest';
import { cycles, folderEdges, importGraph } from '../../scripts/import-graph.mjs';

type Graph = Record<string, string[]>;
const graph: Graph = importGraph();

/** The folder graph of src/lib, as adjacency lists. */
function folderGraph(): Graph {
	const out: Graph = {};
	for (const edge of folderEdges(graph)) {
		const [from, to] = edge.split(' → ');
		(out[from] ??= []).push(to);
	}
	return out;
}

describe('imports in src/', () => {
	it('finds the imports it checks (the graph is not empty)', () => {
		expect(graph['src/lib/story/StoryPage.svelte']?.length).toBeGreaterThan(0);
		expect(Object.keys(graph).length).toBeGreaterThan(20);
	});

	it('has no cycle between files', () => {
		expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
	});

	it('has no cycle between the folders of src/lib', () => {
		expect(cycles(folderGraph()).map((c) => c.join(' → '))).toEqual([]);
	});

	it('keeps the graphics free of the story, its content and its languages (the design tokens they share)', () => {
		const own = (to: string) => to.startsWith('src/lib/graphics/') || to === 'src/lib/tokens.js';
		const leaks = Object.entries(graph).flatMap(([from, tos]) =>
			from.startsWith('src/lib/graphics/') ? tos.filter((to) => !own(to)).map((to) => `${from} → ${to}`) : []
		);
		expect(leaks).toEqual([]);
	});
});
