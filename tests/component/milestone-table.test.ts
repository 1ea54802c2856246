// MilestoneTable, the graphic's full text alternative: a row per event in story
// order, each date as precise as the text gives it, places, organisations and
// links to the step and to its source paragraphs.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import MilestoneTable from '$lib/story/MilestoneTable.svelte';
import { UI } from '$lib/i18n/ui';
import { edition } from './fixtures';

const row = (id: string) => {
	const tr = document.querySelector<HTMLElement>(`tr[data-row="${id}"]`);
	if (!tr) throw new Error(`no row for ${id}`);
	return tr;
};
const cells = (id: string) => Array.from(row(id).children).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('MilestoneTable', () => {
	it('has a row per event, earliest first and the undated last, and none for the recap', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1); // after the heading row
		const events = edition.steps.filter((s) => s.role === 'event');
		expect(events).toHaveLength(edition.steps.length - 1);
		const shown = rows.map((r) => events.find((s) => s.id === r.getAttribute('data-row'))!);
		expect(shown.map((s) => s.id).sort()).toEqual(events.map((s) => s.id).sort());
		const key = (s: (typeof events)[number]) =>
			s.when.precision === 'undated' ? '~' : `${s.when.start} ${s.when.end}`;
		const keys = shown.map(key);
		expect(keys).toEqual([...keys].sort());
		expect(keys.at(-1)).toBe('~');
		expect(document.querySelector('tr[data-row="closing"]')).toBeNull();
	});

	it('gives each date exactly as precisely as the text: day, month, year, range or none', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		expect(cells('memorandum')[1]).toBe('2023-yil 5-dekabr (kun)');
		expect(cells('visit-roadmap')[1]).toBe('2024-yil may (oy)');
		expect(cells('cybersecurity-programme')[1]).toBe('2024-yil (yil)');
		expect(cells('national-strategy')[1]).toBe('2021–2026-yillar (oraliq)');
		expect(cells('frameworks')[1]).toBe('sanasiz');
	});

	it('names places and organisations, with a dash for none', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		expect(cells('memorandum').slice(2, 4)).toEqual([
			'Nyu-York',
			'BMT Terrorizmga qarshi kurash boshqarmasi; Oʻzbekiston Prezidenti huzuridagi Strategik va mintaqalararo tadqiqotlar instituti'
		]);
		expect(cells('national-strategy').slice(2, 4)).toEqual(['Oʻzbekiston', UI.uz.none]);
	});

	it('links each milestone to its step and to its source paragraphs', () => {
		render(MilestoneTable, { edition, ui: UI.uz });
		for (const step of edition.steps.filter((s) => s.role === 'event')) {
			const [title, ...sources] = within(row(step.id)).getAllByRole('link');
			expect(title, step.id).toHaveAttribute('href', `#${step.id}`);
			expect(title, step.id).toHaveTextContent(step.title);
			expect(
				sources.map((a) => [a.textContent, a.getAttribute('href')]),
				step.id
			).toEqual(step.paragraphs.map((p) => [p, `#${p.toLowerCase()}`]));
		}
		expect(within(row('memorandum')).getAllByRole('link').at(-1)).toHaveAttribute('href', '#p4');
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
