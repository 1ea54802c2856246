import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import Step from '$lib/story/Step.svelte';
import StickyGraphic from '$lib/story/StickyGraphic.svelte';
import Interview from '$lib/story/Interview.svelte';
import Map from '$lib/graphics/map/Map.svelte';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { UI } from '$lib/i18n/ui';
import { untypeset } from '$lib/i18n/typeset';
import { edition } from './fixtures';

const step = (id: string) => edition.steps.find((s) => s.id === id)!;

describe('Step', () => {
	it('carries the DOM contract and marks itself active', () => {
		const { container, rerender } = render(Step, { step: step('memorandum'), active: false, ui: UI.uz });
		const article = container.querySelector('article')!;
		expect(article).toHaveAttribute('data-step', 'memorandum');
		expect(article).toHaveAttribute('id', 'memorandum');
		expect(article).not.toHaveAttribute('data-active');
		rerender({ active: true });
		expect(article).toHaveAttribute('data-active', 'true');
	});

	it('shows the date as precise as the text, the quote and a link to its source paragraph', () => {
		const { container } = render(Step, { step: step('memorandum'), active: true, ui: UI.uz });
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(step('memorandum').title);
		// The day the text gives, then the place; a year the text gives is not marked.
		const when = container.querySelector('.when')!;
		expect(untypeset(when.querySelector('.date')!.textContent!)).toBe('2023-yil 5-dekabr');
		expect(untypeset(when.querySelector('.place')!.textContent!)).toBe('Nyu-York');
		expect(when.querySelector('.inferred')).toBeNull();
		expect(untypeset(container.querySelector('blockquote')!.textContent!)).toContain(
			'ushbu memorandum mintaqadagi hamkorlikni'
		);
		// The source link in words (no paragraph number: "P4" is the desk's shorthand), to the paragraph.
		const source = screen.getByRole('link', { name: UI.uz.sourceLink });
		expect(source).toHaveAttribute('href', '#p4');
		expect(source).not.toHaveTextContent('P4');
	});

	it('marks a year that is our reading with a “*” linking to the notes', () => {
		const { container } = render(Step, { step: step('expert-council'), active: true, ui: UI.uz });
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Mintaqaviy kengashning birinchi yigʻilishi');
		expect(untypeset(container.querySelector('.when .date')!.textContent!)).toBe('2024-yil may*');
		const star = screen.getByRole('link', { name: UI.uz.inferredMark });
		expect(star).toHaveTextContent(/^\*$/);
		expect(star).toHaveAttribute('href', '#notes-heading');
		expect(star).toHaveAttribute('title', UI.uz.inferredYear);
		expect(screen.getByText(/May oyida Toshkent shahrida/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: UI.uz.sourceLink })).toHaveAttribute('href', '#p7');
	});

	it('gives the recap no date line of its own, only its places', () => {
		const { container } = render(Step, { step: step('closing'), active: true, ui: UI.uz });
		expect(step('closing').role).toBe('recap');
		expect(container.querySelector('.when .date')).toBeNull();
		expect(container.querySelector('.when')).not.toHaveTextContent(UI.uz.precision.undated);
		expect(container.querySelector('.when .place')).toHaveTextContent(step('closing').placeNames.join(', '));
		// The card ends on Voronkov's words; the graphic, not the card, says its marks open their steps.
		expect(container.querySelector('article')).not.toHaveTextContent(UI.uz.exploreHint);
	});
});

describe('StickyGraphic', { timeout: 20_000 }, () => {
	afterEach(() => vi.restoreAllMocks());

	it('hands the graphic to the reader at the recap, and only there: its marks open their steps', () => {
		for (const s of edition.steps) {
			const { container, unmount } = render(StickyGraphic, {
				graphic: graphicPropsFor(edition, s.id),
				ui: edition.ui,
				milestones: edition.milestones,
				loadMap: () => new Promise<never>(() => {})
			});
			const foot = container.querySelector('figure .foot')!;
			if (s.role === 'recap') expect(foot, s.id).toHaveTextContent(edition.ui.exploreHint);
			else expect(foot, s.id).not.toHaveTextContent(edition.ui.exploreHint);
			unmount();
		}
	});

	it('exposes the active step and describes the graphic in Uzbek', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { container } = render(StickyGraphic, {
			graphic: graphicPropsFor(edition, 'national-strategy'),
			ui: edition.ui,
			milestones: edition.milestones,
			// The full map handed over, not imported lazily: nothing lands after the test.
			loadMap: async () => Map
		});
		const figure = container.querySelector('figure')!;
		expect(figure).toHaveAttribute('data-active-step', 'national-strategy');
		expect(figure).toHaveAttribute('data-view', 'overview');
		expect(container.querySelector('[data-timeline-view]')).toHaveAttribute('data-timeline-view', 'overview');
		expect(container.querySelector('[data-mark="national-strategy"]')).toHaveClass('on');
		// The header: the step's date and point written on the graphic, and where the reader is ("6 of 7").
		const index = edition.steps.findIndex((s) => s.id === 'national-strategy') + 1;
		expect(index).toBe(6);
		expect(untypeset(figure.querySelector('[data-step-counter]')!.textContent!)).toContain(
			`6-bosqich, jami ${edition.steps.length}`
		);
		const now = figure.querySelector('[data-now]')!;
		expect(untypeset(now.querySelector('.date')!.textContent!)).toBe('2021–2026-yillar');
		expect(now.querySelector('.point')).toHaveTextContent(step('national-strategy').point!);
		// Not the card's title again.
		expect(figure.querySelector('figcaption')).not.toHaveTextContent(step('national-strategy').title);
		// The key: five precisions and the inferred year, under the graphic.
		const key = figure.querySelector('.foot')!;
		expect([...key.querySelectorAll('[data-precision]')].map((li) => li.getAttribute('data-precision'))).toEqual([
			'day',
			'month',
			'year',
			'range',
			'undated',
			'inferred'
		]);
		expect(key.querySelector('[data-precision="inferred"]')).toHaveTextContent(edition.ui.inferredMark);
		const live = container.querySelector('[aria-live="polite"]')!;
		expect(untypeset(live.textContent!)).toContain('2021–2026-yillar');
		expect(untypeset(live.textContent!)).toContain(untypeset(step('national-strategy').title));
		expect(live).toHaveTextContent(edition.mapViews.find((v) => v.id === 'uzbekistan')!.description);
		// Until the full map is in, the placeholder holds its place with the view's id.
		expect(container.querySelector('[data-map-view]')).toHaveAttribute('data-map-view', 'uzbekistan');
		// jsdom cannot fetch the map data: the full map, now in place, says so.
		await waitFor(() =>
			expect(container.querySelector('[data-map-view]')).toHaveAttribute('data-map-state', 'unavailable')
		);
		expect(screen.getByRole('status')).toHaveTextContent(edition.ui.mapUnavailable);
	});

	const stub = { loadMap: () => new Promise<typeof Map>(() => {}) };

	it('opens on the whole timeline with nothing highlighted, the step count and a cue to scroll', () => {
		const { container } = render(StickyGraphic, {
			graphic: graphicPropsFor(edition, undefined),
			ui: edition.ui,
			milestones: edition.milestones,
			...stub
		});
		const figure = container.querySelector('figure')!;
		expect(figure).toHaveAttribute('data-active-step', '');
		expect(figure).toHaveAttribute('data-view', edition.opening.view);
		expect(figure.querySelector('[data-step-counter]')).toHaveTextContent(`${edition.steps.length} bosqich`);
		expect(figure.querySelector('[data-now]')).toHaveTextContent(edition.ui.scrollCue);
		expect(container.querySelectorAll('[data-mark].on')).toHaveLength(0);
		expect(container.querySelector('[data-map-view]')).toHaveAttribute('data-map-view', edition.opening.map);
	});

	it('highlights a step with its parts, and links a part’s mark to the step that tells it', () => {
		const { container } = render(StickyGraphic, {
			graphic: graphicPropsFor(edition, 'national-strategy'),
			ui: edition.ui,
			milestones: edition.milestones,
			...stub
		});
		const on = [...container.querySelectorAll('[data-mark].on')].map((m) => m.getAttribute('data-mark'));
		expect(on.sort()).toEqual(['cybersecurity-programme', 'national-strategy']);
		expect(container.querySelector('[data-control="cybersecurity-programme"]')).toHaveAttribute(
			'href',
			'#national-strategy'
		);
		expect(container.querySelector('[data-control="frameworks"]')).toHaveAttribute('href', '#memorandum');
		expect(container.querySelector('[data-control="visit-roadmap"]')).toHaveAttribute('href', '#visit-roadmap');
		const index = edition.steps.findIndex((s) => s.id === 'national-strategy') + 1;
		expect(untypeset(container.querySelector('[data-step-counter]')!.textContent!)).toContain(
			`${index}-bosqich, jami ${edition.steps.length}`
		);
		expect(untypeset(container.querySelector('[data-now] .date')!.textContent!)).toBe('2021–2026-yillar');
	});

	it('at the recap, highlights every milestone, each named without a date', () => {
		const { container } = render(StickyGraphic, {
			graphic: graphicPropsFor(edition, 'closing'),
			ui: edition.ui,
			milestones: edition.milestones,
			...stub
		});
		const on = [...container.querySelectorAll('[data-mark].on')].map((m) => m.getAttribute('data-mark'));
		expect(on.sort()).toEqual(
			edition.milestones
				.filter((m) => m.role !== 'recap')
				.map((m) => m.id)
				.sort()
		);
		expect(container.querySelector('.timeline')).toHaveClass('recap');
		expect(container.querySelector('.active-label')).toBeNull();
		expect(container.querySelector('[data-now] .date')).toBeNull();
		expect(untypeset(container.querySelector('[data-step-counter]')!.textContent!)).toContain(
			`${edition.steps.length}-bosqich, jami ${edition.steps.length}`
		);
	});
});

describe('Interview', () => {
	it('opens with the line that ends the story, above the folded text', () => {
		const { container } = render(Interview, { edition, ui: edition.ui });
		const section = container.querySelector('section.interview')!;
		const lead = section.querySelector('p.lead');
		expect(lead).toHaveTextContent(untypeset(edition.copy.interviewLead!).slice(0, 20));
		expect(
			lead!.compareDocumentPosition(section.querySelector('details')!) & Node.DOCUMENT_POSITION_FOLLOWING
		).toBeTruthy();
	});

	it('anchors every paragraph and links back to the steps that cite it', () => {
		const { container } = render(Interview, { edition, ui: UI.uz });
		for (let i = 0; i <= 10; i++) expect(container.querySelector(`#p${i}`), `P${i}`).not.toBeNull();
		const back = (p: string) =>
			within(container.querySelector<HTMLElement>(`#${p}`)!)
				.queryAllByRole('link')
				.map((a) => a.getAttribute('href'));
		// P4 tells the memorandum and the frameworks, a part told in the memorandum's step: one link back.
		expect(back('p4')).toEqual(['#memorandum']);
		// P6: the national strategy and the cybersecurity programme, both told in the strategy's step: one link back.
		expect(back('p6')).toEqual(['#national-strategy']);
		expect(back('p10')).toEqual(['#closing']);
		expect(back('p0')).toEqual([]);
		const link = within(container.querySelector<HTMLElement>('#p4')!).getByRole('link');
		expect(link).toHaveTextContent(edition.steps.find((s) => s.id === 'memorandum')!.title);
	});
});
