import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/content/model';
import { compareDated, viewChanges } from '$lib/content/order';
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
	const events = model.milestones.filter((m) => m.role === 'event');

	it('runs through time one way: dated steps by their first possible day', () => {
		const dated = events.flatMap((m) => (m.when.precision === 'undated' ? [] : [m.when]));
		expect(dated.length).toBeGreaterThan(3);
		for (let i = 1; i < dated.length; i++) expect(compareDated(dated[i - 1], dated[i])).toBeLessThanOrEqual(0);
	});

	it('keeps the undated steps together, at one end of the dated run, and the recap last', () => {
		const kinds = events.map((m) => (m.when.precision === 'undated' ? 'u' : 'd')).join('');
		expect(kinds).toMatch(/^u*d+u*$/);
		expect(kinds).not.toMatch(/^u+d+u+$/);
		expect(model.milestones.at(-1)!.role).toBe('recap');
	});

	it('zooms the timeline in once and out once', () => {
		expect(viewChanges(model.milestones.map((m) => m.view))).toBe(2);
		expect(model.milestones.map((m) => m.view)).toEqual(expect.arrayContaining(['overview', 'detail']));
	});

	it('opens and closes the detailed run on the two New York milestones (Dec 2023, Dec 2024)', () => {
		const detail = model.milestones.filter((m) => m.view === 'detail').map((m) => m.id);
		expect([detail[0], detail.at(-1)]).toEqual(['memorandum', 'december-briefing']);
	});

	it('rejects a dated step out of date order, naming it and the one before', () => {
		const ids = move('memorandum', ORDER.indexOf('december-briefing'));
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(
				/milestone "memorandum", field "date": expected the milestones in date order, but this one \(from 2023-12-05\) comes after "december-briefing" \(from 2024-12-01\); move it above/
			)
		);
	});

	it('rejects an undated step in the middle of the dated run', () => {
		expect(problems(reordered(move('early-warning-network', ORDER.indexOf('visit-roadmap'))))).toContainEqual(
			expect.stringMatching(
				/milestone "early-warning-network", field "precision": expected the undated milestones together, before or after the dated ones/
			)
		);
	});

	it('rejects an event after the recap', () => {
		const ids = [...ORDER.filter((x) => x !== 'frameworks'), 'frameworks'];
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(/milestone "frameworks", field "role": expected every event before the recap/)
		);
	});

	it('rejects a timeline that zooms in and out more than once', () => {
		const ids = move('national-strategy', ORDER.indexOf('visit-roadmap') - 1);
		expect(problems(reordered(ids))).toContainEqual(
			expect.stringMatching(/field "view": expected the timeline to zoom in once and out once .*got 4 changes/)
		);
	});

	it('accepts the undated steps after the dated ones', () => {
		const undated = ['frameworks', 'early-warning-network'];
		const ids = [...ORDER.filter((x) => !undated.includes(x) && x !== 'closing'), ...undated, 'closing'];
		expect(problems(reordered(ids))).toEqual([]);
	});
});
