// The timeline drawn from plain props: no story, no content.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import Timeline from '$lib/graphics/timeline/Timeline.svelte';
import type { TimelineAxis, TimelineItem, TimelineProps } from '$lib/graphics/timeline/types';

const ITEMS: TimelineItem[] = [
	{ lane: 'undated', id: 'frameworks', label: 'Frameworks' },
	{
		lane: 'dated',
		id: 'visit',
		label: 'Visit',
		period: { start: '2024-05-01', end: '2024-06-01', precision: 'month' },
		dateLabel: 'May 2024'
	},
	{
		lane: 'dated',
		id: 'memo',
		label: 'Memorandum',
		period: { start: '2023-12-05', end: '2023-12-06', precision: 'day' },
		dateLabel: '5 December 2023'
	},
	{
		lane: 'dated',
		id: 'strategy',
		label: 'Strategy',
		period: { start: '2021-01-01', end: '2027-01-01', precision: 'range' },
		dateLabel: '2021–2026'
	},
	{
		lane: 'dated',
		id: 'programme',
		label: 'Programme',
		period: { start: '2024-01-01', end: '2025-01-01', precision: 'year' },
		dateLabel: '2024'
	},
	{
		lane: 'dated',
		id: 'council',
		label: 'Council',
		period: { start: '2024-05-01', end: '2024-06-01', precision: 'month' },
		dateLabel: 'May 2024'
	},
	{ lane: 'undated', id: 'network', label: 'Network' }
];
const OVERVIEW: TimelineAxis = { id: 'overview', from: '2021-01-01', to: '2027-01-01', unit: 'year' };
const DETAIL: TimelineAxis = { id: 'detail', from: '2023-11-15', to: '2025-01-16', unit: 'month' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const props = (over: Partial<TimelineProps> = {}): TimelineProps => ({
	items: ITEMS,
	axis: OVERVIEW,
	highlighted: ['memo'],
	months: MONTHS,
	undatedLabel: 'Ongoing',
	description: 'A timeline',
	...over
});
const renderWith = async (over: Partial<TimelineProps> = {}) => {
	const result = render(Timeline, props(over));
	await tick();
	return result;
};

afterEach(() => vi.useRealTimers());

describe('Timeline', () => {
	it('draws each dated item by its precision and undated ones in their own lane', async () => {
		const { container } = await renderWith();
		const mark = (id: string) => container.querySelector(`[data-mark="${id}"]`)!;
		expect(mark('memo').querySelector('circle')).not.toBeNull();
		expect(mark('memo').querySelector('rect')).toBeNull();
		for (const id of ['visit', 'council', 'programme', 'strategy']) {
			expect(mark(id).querySelector('rect'), id).not.toBeNull();
			expect(mark(id).querySelector('circle'), id).toBeNull();
		}
		expect(mark('strategy')).toHaveClass('bar');
		expect(mark('visit')).toHaveClass('span');
		expect(mark('programme')).toHaveAttribute('data-precision', 'year');
		// Undated items are chips in the lane, under their heading, not marks on the time scale.
		for (const id of ['frameworks', 'network']) {
			expect(mark(id).closest('.lane'), id).not.toBeNull();
			expect(mark(id)).toHaveAttribute('data-precision', 'undated');
		}
		expect(container.querySelector('.lane-label')).toHaveTextContent('Ongoing');
		expect(container.querySelector('.lane')).toHaveTextContent('Frameworks');
	});

	it('puts the dated rows earliest first, the longer period first on a tie', async () => {
		const { container } = await renderWith();
		const rows = [...container.querySelectorAll('.marks [data-mark]')].map((g) => g.getAttribute('data-mark'));
		expect(rows).toEqual(['strategy', 'memo', 'programme', 'visit', 'council']);
	});

	it('gives a month the width of the month and a year the width of the year', async () => {
		const { container } = await renderWith({ axis: DETAIL });
		const width = (id: string) => Number(container.querySelector(`[data-mark="${id}"] rect`)!.getAttribute('width'));
		const may = width('visit');
		expect(width('programme') / may).toBeGreaterThan(11);
		expect(width('programme') / may).toBeLessThan(13);
		expect(width('council')).toBeCloseTo(may, 5);
	});

	it('highlights the given items and labels a single one with its date as given', async () => {
		const { container, rerender } = await renderWith({ highlighted: ['visit'] });
		expect(container.querySelector('[data-mark="visit"]')).toHaveClass('on');
		expect(container.querySelectorAll('.mark.on, .chip.on')).toHaveLength(1);
		expect(container.querySelector('.active-label')).toHaveTextContent('May 2024');

		await rerender({ highlighted: ITEMS.map((i) => i.id) });
		const drawn = container.querySelectorAll('[data-mark]');
		expect(drawn).toHaveLength(ITEMS.length);
		drawn.forEach((m) => expect(m).toHaveClass('on'));
		// With more than one highlighted, no date label.
		expect(container.querySelector('.active-label')).toBeNull();
	});

	it('moves the axis between a domain by years and one by months', async () => {
		// The clock the animation reads is faked: the move takes no real time.
		vi.useFakeTimers({ toFake: ['performance'] });
		const { container, rerender } = await renderWith({ highlighted: ['strategy'] });
		const labels = () => Array.from(container.querySelectorAll('.axis text')).map((t) => t.textContent);
		const root = container.querySelector('[data-timeline-view]');
		expect(root).toHaveAttribute('data-timeline-view', 'overview');
		expect(labels()).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);

		await rerender({ axis: DETAIL, highlighted: ['memo'] });
		expect(root).toHaveAttribute('data-timeline-view', 'detail');
		// The axis is on its way (750 ms), not there yet.
		await new Promise(requestAnimationFrame);
		expect(labels()).toContain('2021');
		vi.advanceTimersByTime(750);
		await vi.waitFor(() => expect(labels()).toEqual(expect.arrayContaining(['Dec', 'May', '2024'])));
		expect(labels()).not.toContain('2021');
	});

	it('carries a text alternative', async () => {
		const { container } = await renderWith({ description: 'Timeline, 2021–2026.' });
		expect(container.querySelector('svg[role="img"]')).toHaveAttribute('aria-label', 'Timeline, 2021–2026.');
	});
});
