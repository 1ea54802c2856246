import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import Step from '$lib/story/Step.svelte';
import StickyGraphic from '$lib/story/StickyGraphic.svelte';
import Interview from '$lib/story/Interview.svelte';
import Map from '$lib/graphics/map/Map.svelte';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { UI } from '$lib/i18n/ui';
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
		render(Step, { step: step('expert-council'), active: true, ui: UI.uz });
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Ekspertlar kengashining birinchi yigʻilishi');
		expect(screen.getByText('2024-yil may')).toBeInTheDocument();
		expect(screen.getByText(/May oyida Toshkent shahrida/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /P7/ })).toHaveAttribute('href', '#p7');
	});
});

describe('StickyGraphic', () => {
	afterEach(() => vi.restoreAllMocks());

	it('exposes the active step and describes the graphic in Uzbek', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { container } = render(StickyGraphic, {
			graphic: graphicPropsFor(edition, 'national-strategy'),
			ui: edition.ui,
			// The full map handed over, not imported lazily: nothing lands after the test.
			loadMap: async () => Map
		});
		const figure = container.querySelector('figure')!;
		expect(figure).toHaveAttribute('data-active-step', 'national-strategy');
		expect(figure).toHaveAttribute('data-view', 'overview');
		expect(container.querySelector('[data-timeline-view]')).toHaveAttribute('data-timeline-view', 'overview');
		expect(container.querySelector('[data-mark="national-strategy"]')).toHaveClass('on');
		// The header is the key and where the reader is, not the card's title again.
		const index = edition.steps.findIndex((s) => s.id === 'national-strategy') + 1;
		expect(figure.querySelector('[data-step-counter]')).toHaveTextContent(
			`${index}-bosqich, jami ${edition.steps.length}`
		);
		expect(figure.querySelector('figcaption')).not.toHaveTextContent('Milliy strategiya');
		expect(figure.querySelectorAll('figcaption [data-precision]')).toHaveLength(5);
		const live = container.querySelector('[aria-live="polite"]')!;
		expect(live).toHaveTextContent('2021–2026-yillar');
		expect(live).toHaveTextContent('Milliy strategiya');
		expect(live).toHaveTextContent(edition.mapViews.find((v) => v.id === 'uzbekistan')!.description);
		// Until the full map is in, the placeholder holds its place with the view's id.
		expect(container.querySelector('[data-map-view]')).toHaveAttribute('data-map-view', 'uzbekistan');
		// jsdom cannot fetch the map data: the full map, now in place, says so.
		await waitFor(() =>
			expect(container.querySelector('[data-map-view]')).toHaveAttribute('data-map-state', 'unavailable')
		);
		expect(screen.getByRole('status')).toHaveTextContent(edition.ui.mapUnavailable);
	});
});

describe('Interview', () => {
	it('anchors every paragraph and links back to the steps that cite it', () => {
		const { container } = render(Interview, { edition, ui: UI.uz });
		for (let i = 0; i <= 10; i++) expect(container.querySelector(`#p${i}`), `P${i}`).not.toBeNull();
		const p4 = within(container.querySelector<HTMLElement>('#p4')!);
		const back = p4.getAllByRole('link').map((a) => a.getAttribute('href'));
		expect(back).toEqual(['#frameworks', '#memorandum']);
	});
});
