// MilestoneTable, the graphic's full text alternative: a row per milestone in
// the story's order (each step, then the parts told in it), each date as
// precise as the text gives it (an inferred year marked "2024*"), places,
// organisations and links to the step that tells it and to its source paragraphs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import MilestoneTable from '$lib/story/MilestoneTable.svelte';
import { UI } from '$lib/i18n/ui';
import { untypeset } from '$lib/i18n/typeset';
import { MEDIA } from '$lib/layout.js';
import { edition } from './fixtures';

const row = (id: string) => {
	const tr = document.querySelector<HTMLElement>(`tr[data-row="${id}"]`);
	if (!tr) throw new Error(`no row for ${id}`);
	return tr;
};
/** A row's cells as the reader reads them (the edition's typesetting undone, to compare with plain words). */
const cells = (id: string) =>
	Array.from(row(id).children).map((c) =>
		untypeset(c.textContent ?? '')
			.replace(/\s+/g, ' ')
			.trim()
	);

describe('MilestoneTable', () => {
	it('has a row per milestone in the story’s order, each step followed by the parts told in it, and none for the recap', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1); // after the heading row
		const ids = rows.map((r) => r.getAttribute('data-row'));
		expect(ids).toEqual([
			'memorandum',
			'frameworks',
			'visit-roadmap',
			'early-warning-network',
			'expert-council',
			'training-programme',
			'december-briefing',
			'national-strategy',
			'cybersecurity-programme'
		]);
		// The same order as the edition's: every step but the recap, each with its parts after it.
		const expected = edition.steps.filter((s) => s.role !== 'recap').flatMap((s) => [s.id, ...s.parts]);
		expect(ids).toEqual(expected);
		expect(document.querySelector('tr[data-row="closing"]')).toBeNull();
	});

	it('gives each date exactly as precisely as the text: day, month, year, range or none', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		expect(cells('memorandum')[1]).toBe('2023-yil 5-dekabr (kun)');
		expect(cells('national-strategy')[1]).toBe('2021–2026-yillar (oraliq)');
		expect(cells('frameworks')[1]).toBe('sanasiz');
		// A year that is our reading (“oʻtgan yili”, a May with no year) is marked *; “joriy yil”, in an
		// interview that sums up 2024, is 2024 unmarked.
		expect(cells('expert-council')[1]).toBe('2024-yil may* (oy)');
		expect(cells('cybersecurity-programme')[1]).toBe('2024-yil* (yil)');
		expect(cells('visit-roadmap')[1]).toBe('2024-yil may (oy)');
		expect(cells('december-briefing')[1]).toBe('2024-yil dekabr (oy)');
	});

	it('names places and organisations, with a dash for none', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		expect(cells('memorandum').slice(2, 4)).toEqual([
			'Nyu-York',
			'BMT Terrorizmga qarshi kurash boshqarmasi; Oʻzbekiston Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti'
		]);
		expect(cells('national-strategy').slice(2, 4)).toEqual(['Oʻzbekiston', UI.uz.none]);
	});

	it('links each milestone to the step that tells it and to its source paragraphs', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		for (const step of edition.milestones.filter((s) => s.role !== 'recap')) {
			const [name, ...sources] = within(row(step.id)).getAllByRole('link');
			// A part has no step of its own: its name links to the step above it.
			expect(name, step.id).toHaveAttribute('href', `#${step.role === 'part' ? step.stepId : step.id}`);
			expect(untypeset(name.textContent ?? ''), step.id).toContain(untypeset(step.short));
			expect(
				sources.map((a) => [a.textContent, a.getAttribute('href')]),
				step.id
			).toEqual(step.paragraphs.map((p) => [p, `#${p.toLowerCase()}`]));
		}
		expect(within(row('memorandum')).getAllByRole('link').at(-1)).toHaveAttribute('href', '#p4');
		expect(within(row('frameworks')).getAllByRole('link')[0]).toHaveAttribute('href', '#memorandum');
		expect(within(row('cybersecurity-programme')).getAllByRole('link')[0]).toHaveAttribute(
			'href',
			'#national-strategy'
		);
	});

	describe('folded under its heading', () => {
		afterEach(() => vi.restoreAllMocks());
		const wide = (matches: boolean) =>
			vi.spyOn(window, 'matchMedia').mockImplementation(
				(query: string) =>
					({
						matches: matches && query === MEDIA.wide,
						media: query,
						addEventListener() {},
						removeEventListener() {}
					}) as unknown as MediaQueryList
			);
		const details = () => document.querySelector('details')!;

		it('stays folded on phones (the steps told it already), its heading the summary', () => {
			wide(false);
			render(MilestoneTable, { edition, ui: UI.uz });
			expect(details().open).toBe(false);
			expect(details().querySelector('summary h2')).toHaveTextContent(edition.copy.tableHeading);
			expect(details().querySelector('table')).not.toBeNull();
		});

		it('opens on wide screens', () => {
			wide(true);
			render(MilestoneTable, { edition, ui: UI.uz });
			expect(details().open).toBe(true);
		});
	});

	it('is a named, focusable region with a caption and column headings', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		const region = screen.getByRole('region', { name: edition.copy.tableHeading });
		expect(region).toHaveAttribute('tabindex', '0');
		expect(within(region).getByRole('table')).toHaveAccessibleName(UI.uz.tableCaption);
		expect(
			within(region)
				.getAllByRole('columnheader')
				.map((th) => th.textContent)
		).toEqual([
			UI.uz.tableHead.milestone,
			UI.uz.tableHead.when,
			UI.uz.tableHead.place,
			UI.uz.tableHead.organisations,
			UI.uz.tableHead.source
		]);
	});
});
