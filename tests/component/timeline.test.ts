import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import Timeline from '$lib/graphics/timeline/Timeline.svelte';
import { graphicStateFor } from '$lib/story/graphic-state';
import { edition } from './fixtures';

const renderAt = (activeId: string) =>
	render(Timeline, {
		steps: edition.steps,
		graphic: graphicStateFor(edition.steps, activeId),
		months: edition.monthsShort,
		undatedLabel: edition.ui.undatedLane,
		description: `timeline at ${activeId}`
	});

describe('Timeline', () => {
	it('draws each dated milestone by its precision and undated ones in their own lane', async () => {
		const { container } = renderAt('memorandum');
		await tick();
		const mark = (id: string) => container.querySelector(`[data-mark="${id}"]`)!;
		expect(mark('memorandum').querySelector('circle')).not.toBeNull();
		expect(mark('memorandum').querySelector('rect')).toBeNull();
		for (const id of [
			'visit-roadmap',
			'expert-council',
			'december-briefing',
			'cybersecurity-programme',
			'countering-terrorist-travel',
			'national-strategy'
		]) {
			expect(mark(id).querySelector('rect'), id).not.toBeNull();
			expect(mark(id).querySelector('circle'), id).toBeNull();
		}
		expect(mark('national-strategy')).toHaveClass('bar');
		expect(mark('visit-roadmap')).toHaveClass('span');
		// Undated milestones are chips in the lane, not marks on the time scale.
		for (const id of ['frameworks', 'early-warning-network']) {
			expect(mark(id).closest('.lane'), id).not.toBeNull();
			expect(mark(id).getAttribute('data-precision')).toBe('undated');
		}
		// The closing recap is not drawn at all.
		expect(container.querySelector('[data-mark="closing"]')).toBeNull();
	});

	it('gives a month the width of the month and a year the width of the year', async () => {
		const { container } = renderAt('visit-roadmap');
		await tick();
		const width = (id: string) => Number(container.querySelector(`[data-mark="${id}"] rect`)!.getAttribute('width'));
		const may = width('visit-roadmap');
		const year = width('cybersecurity-programme');
		expect(year / may).toBeGreaterThan(11);
		expect(year / may).toBeLessThan(13);
		expect(width('expert-council')).toBeCloseTo(may, 5);
	});

	it('highlights and labels the active milestone with its date as the text gives it', async () => {
		const { container } = renderAt('visit-roadmap');
		await tick();
		expect(container.querySelector('[data-mark="visit-roadmap"]')).toHaveClass('on');
		expect(container.querySelectorAll('.mark.on, .chip.on')).toHaveLength(1);
		expect(container.querySelector('.active-label')).toHaveTextContent('2024-yil may');
	});

	it('switches the axis between the overview years and the detail months', async () => {
		const { container, rerender } = renderAt('national-strategy');
		await tick();
		const labels = () => Array.from(container.querySelectorAll('.axis text')).map((t) => t.textContent);
		expect(container.querySelector('[data-timeline-view]')).toHaveAttribute('data-timeline-view', 'overview');
		expect(labels()).toEqual(expect.arrayContaining(['2021', '2022', '2023', '2024', '2025', '2026']));
		await rerender({ graphic: graphicStateFor(edition.steps, 'december-briefing') });
		expect(container.querySelector('[data-timeline-view]')).toHaveAttribute('data-timeline-view', 'detail');
		// The axis animates (~750 ms) towards the months of 2024.
		await vi.waitFor(() => expect(labels()).toEqual(expect.arrayContaining(['may', 'dek'])), { timeout: 3000 });
		expect(labels()).not.toContain('2021');
	});

	it('highlights every drawn milestone on the recap step', async () => {
		const { container } = renderAt('closing');
		await tick();
		const drawn = container.querySelectorAll('[data-mark]');
		expect(drawn.length).toBe(edition.steps.filter((s) => s.role === 'event').length);
		drawn.forEach((m) => expect(m).toHaveClass('on'));
	});

	it('carries a text alternative', async () => {
		const { container } = renderAt('memorandum');
		await tick();
		expect(container.querySelector('svg[role="img"]')).toHaveAttribute('aria-label', 'timeline at memorandum');
	});
});
