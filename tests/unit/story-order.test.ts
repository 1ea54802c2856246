import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/server/content/model';
import { compareDated, viewChanges } from '$lib/server/content/order';
import { problems, readContentFiles } from './helpers';

const files = readContentFiles();
const M = 'content/milestones.aml';

/** content/milestones.aml's entries as text blocks, in file order. */
function entries(text: string): { head: string; blocks: string[]; tail: string } {
	const [head, rest] = text.split('[milestones]\n');
	const end = rest.lastIndexOf('[]');
	const blocks = rest
		.slice(0, end)
		.trim()
		.split(/\n(?=id: )/)
		.map((b) => b.trim());
	return { head: head + '[milestones]\n', blocks, tail: rest.slice(end) };
}
const idOf = (block: string) => /^id: (\S+)/.exec(block)![1];

/** The files with the milestones listed in this order of ids. */
function reordered(ids: string[]): Record<string, string> {
	const { head, blocks, tail } = entries(files[M]);
	const byId = new Map(blocks.map((b) => [idOf(b), b]));
	return { ...files, [M]: head + ids.map((id) => byId.get(id)).join('\n\n') + '\n' + tail };
}
const ORDER = entries(files[M]).blocks.map(idOf);

const move = (id: string, to: number) => {
	const ids = ORDER.filter((x) => x !== id);
	ids.splice(to, 0, id);
	return ids;
};

describe('the order of the steps', () => {
	const model = buildModel(files);
	const steps = model.milestones.filter((m) => m.role !== 'part');
	const dated = steps.flatMap((m) =>
		m.role === 'event' && m.when.precision !== 'undated' ? [{ id: m.id, ...m.when }] : []
	);

	it('opens on the one exact date, the memorandum of 5 December 2023', () => {
		expect(steps[0].id).toBe('memorandum');
		expect(steps[0].when).toMatchObject({ precision: 'day', start: '2023-12-05' });
	});

	it('runs forward in time: no step lies wholly before the one above it', () => {
		expect(dated.length).toBeGreaterThan(3);
		for (let i = 1; i < dated.length; i++) expect(dated[i].end > dated[i - 1].start).toBe(true);
	});

	it('tells each part in the step above it, and ends on the recap', () => {
		for (const [i, m] of model.milestones.entries()) {
			if (m.role !== 'part') continue;
			const above = model.milestones.slice(0, i).findLast((x) => x.role !== 'part');
			expect(m.stepId).toBe(above!.id);
		}
		expect(model.milestones.at(-1)!.role).toBe('recap');
	});

	it('zooms the timeline in once and out once, from the opening through the steps', () => {
		expect(viewChanges([model.opening.view, ...steps.map((m) => m.view)])).toBe(2);
	});

	it('has 7 or 8 steps', () => {
		expect(steps.length).toBeGreaterThanOrEqual(7);
		expect(steps.length).toBeLessThanOrEqual(8);
	});

	it('opens and closes the detailed run on the two New York milestones (Dec 2023, Dec 2024)', () => {
		const detail = steps.filter((m) => m.view === 'detail').map((m) => m.id);
		expect([detail[0], detail.at(-1)]).toEqual(['memorandum', 'december-briefing']);
	});

	it('rejects a step that lies wholly before the one above it, naming both', () => {
		const ids = move('memorandum', ORDER.indexOf('december-briefing'));
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(
				/milestone "memorandum", field "date": expected the steps to run forward in time, but this one \(2023-12-05 to 2023-12-06\) lies wholly before "december-briefing" \(from 2024-12-01\); move it above/
			)
		);
	});

	it('accepts a year after a month inside it (2024 after May 2024)', () => {
		expect(
			compareDated({ start: '2024-01-01', end: '2025-01-01' }, { start: '2024-05-01', end: '2024-06-01' })
		).toBeLessThan(0);
		expect(problems(files)).toEqual([]);
	});

	it('rejects a part with no step above it', () => {
		const ids = ['frameworks', ...ORDER.filter((x) => x !== 'frameworks')];
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(
				/milestone "frameworks", field "role": expected a part right under the step \(role: event\) it is told in/
			)
		);
	});

	it('rejects an event after the recap', () => {
		const ids = [...ORDER.filter((x) => x !== 'national-strategy'), 'national-strategy'];
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(
				/milestone "national-strategy", field "role": expected every event and part before the recap/
			)
		);
	});

	it('rejects a timeline that zooms in and out more than once', () => {
		const ids = move('national-strategy', ORDER.indexOf('visit-roadmap'));
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(/field "view": expected the timeline to zoom in once and out once .*got 4 changes/)
		);
	});
});
