// The timeline drawn from plain props: no story, no content.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
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

	it('highlights the given items, each active one named with its date as given; a recap names them only', async () => {
		const { container, rerender } = await renderWith({ highlighted: ['visit'] });
		expect(container.querySelector('[data-mark="visit"]')).toHaveClass('on', 'active');
		expect(container.querySelectorAll('.mark.on, .chip.on')).toHaveLength(1);
		expect(container.querySelector('.active-label')).toHaveTextContent('May 2024');

		// A step with a part told in it: both active, the dated one with its date.
		await rerender({ highlighted: ['programme', 'frameworks'] });
		expect([...container.querySelectorAll('.mark.on, .chip.on')].map((m) => m.getAttribute('data-mark'))).toEqual([
			'programme',
			'frameworks'
		]);
		expect(container.querySelector('[data-mark="programme"]')).toHaveClass('active');
		expect([...container.querySelectorAll('.active-label')].map((t) => t.getAttribute('data-label'))).toContain(
			'programme'
		);
		expect(container.querySelector('.active-label[data-label="programme"]')!.closest('svg')!.textContent).toContain(
			'2024'
		);

		// Every item highlighted as a recap (the prop says so, not the count): names only, no outline.
		await rerender({ highlighted: ITEMS.map((i) => i.id), recap: true });
		const drawn = container.querySelectorAll('[data-mark]');
		expect(drawn).toHaveLength(ITEMS.length);
		drawn.forEach((m) => expect(m).toHaveClass('on'));
		expect(container.querySelector('.active-label')).toBeNull();
		expect(container.querySelector('.mark.active')).toBeNull();
		expect(container.querySelector('.timeline')).toHaveClass('recap');

		// The same items highlighted without `recap`: each is active, with its date.
		await rerender({ highlighted: ITEMS.map((i) => i.id), recap: false });
		expect(container.querySelector('.timeline')).not.toHaveClass('recap');
		expect(container.querySelectorAll('.mark.active')).toHaveLength(ITEMS.filter((i) => i.lane === 'dated').length);
	});

	it('draws a year that is our reading hatched, its date marked as given', async () => {
		const items = ITEMS.map((i) => (i.id === 'programme' ? { ...i, inferred: true, dateLabel: '2024*' } : i));
		const { container } = await renderWith({ items, axis: DETAIL, highlighted: ['programme'] });
		const mark = container.querySelector('[data-mark="programme"]')!;
		expect(mark).toHaveClass('inferred');
		expect(mark).toHaveAttribute('data-inferred', 'true');
		// Outlined in its precision's colour while highlighted.
		expect(mark.querySelector('rect')).toHaveAttribute('stroke', PRECISION_COLOURS.year);
		// Hatched with the timeline's own stripes; only it.
		const hatch = mark.querySelector('rect.hatch')!;
		expect(container.querySelector(`pattern${hatch.getAttribute('fill')!.slice(4, -1)}`)).not.toBeNull();
		expect(container.querySelectorAll('rect.hatch')).toHaveLength(1);
		expect(container.querySelectorAll('.mark.inferred')).toHaveLength(1);
		expect(container.querySelector('[data-mark="visit"]')).not.toHaveAttribute('data-inferred');
		expect([...container.querySelectorAll('.active-label')].map((t) => t.textContent).join(' ')).toContain('2024*');
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

	it('writes the positions of its marks, axis, names and window to a tenth of a pixel', async () => {
		const { container } = await renderWith({
			axis: DETAIL,
			zoomWindow: { from: '2024-01-01', to: '2025-01-01', label: '2024' }
		});
		const written = [...container.querySelectorAll('.marks *, .axis *, .row-labels *, [data-zoom-window] *')].flatMap(
			(el) =>
				['x', 'y', 'x1', 'x2', 'cx', 'cy', 'width', 'height']
					.map((name) => el.getAttribute(name))
					.filter((v) => v !== null)
		);
		expect(written.length).toBeGreaterThan(40);
		for (const value of written) expect(value).toMatch(/^-?\d+(\.\d)?$/);
	});

	it('as a date strip (compact), draws every dated mark, the highlighted larger than their rows and in colour, names them on one line, and no lane', async () => {
		const { container, rerender } = await renderWith({
			axis: DETAIL,
			highlighted: ['network', 'visit', 'council'],
			compact: true
		});
		const marks = [...container.querySelectorAll('.marks [data-mark]')].map((m) => m.getAttribute('data-mark'));
		// Every mark, for context (editors, 2026-12-07: one mark on an empty axis says nothing)…
		expect(marks).toEqual(['strategy', 'memo', 'programme', 'visit', 'council']);
		// …the step's own drawn larger than the thin rows (at least 12 px), the others at their row's size.
		const thickness = (id: string) =>
			Number(container.querySelector(`[data-mark="${id}"] rect`)!.getAttribute('height'));
		expect(thickness('visit')).toBeGreaterThanOrEqual(12);
		expect(thickness('council')).toBeGreaterThanOrEqual(12);
		expect(thickness('programme')).toBeLessThanOrEqual(thickness('visit'));
		expect(container.querySelector('[data-mark="visit"]')).toHaveClass('on');
		expect(container.querySelector('[data-mark="visit"] rect')).toHaveAttribute('fill', PRECISION_COLOURS.month);
		// The highlighted that are dated (the undated network has no mark here), on one line above the rows.
		const named = [...container.querySelectorAll('.row-label')];
		expect(named).toHaveLength(1);
		expect(named[0]).toHaveClass('callout');
		expect(named[0].textContent).toBe('Visit\u00a0·\u00a0Council');
		// By its name alone (the graphic's head line gives the date), over its mark.
		expect(named.map((t) => t.textContent).join(' ')).not.toContain('May 2024');
		const mark = container.querySelector('[data-mark="visit"] rect')!;
		const centre = Number(mark.getAttribute('x')) + Number(mark.getAttribute('width')) / 2;
		const [x0, x1] = [Number(named[0].getAttribute('data-x0')), Number(named[0].getAttribute('data-x1'))];
		expect(x0).toBeLessThanOrEqual(centre);
		expect(x1).toBeGreaterThanOrEqual(centre);
		const top = Math.min(...[...container.querySelectorAll('.marks rect')].map((r) => Number(r.getAttribute('y'))));
		for (const t of named) expect(Number(t.getAttribute('y'))).toBeLessThan(top);
		expect(container.querySelector('.lane')).toBeNull();
		expect(container.querySelector('.timeline')).toHaveClass('compact');
		// A recap in a strip names nothing.
		await rerender({ highlighted: ['visit', 'council'], recap: true });
		expect(container.querySelectorAll('.row-label')).toHaveLength(0);
	});

	it('names no month of which only a sliver shows at an end of the axis (no "Dec Jan" run together)', async () => {
		// DETAIL ends on 16 January 2025: half a month, not named; December, whole, is.
		const { container } = await renderWith({ axis: DETAIL, serverSize: { width: 1000, height: 300 } });
		const labels = [...container.querySelectorAll('.axis text:not(.year)')].map((t) => t.textContent);
		expect(labels.at(-1)).toBe('Dec');
		expect(labels.filter((l) => l === 'Jan')).toHaveLength(1);
	});

	it('says a bar cut at an end of the axis goes on, and only then', async () => {
		const cuts = (c: HTMLElement) =>
			[...c.querySelectorAll('[data-mark="strategy"] [data-continues]')].map((p) => p.getAttribute('data-continues'));
		const detail = await renderWith({ axis: DETAIL });
		expect(cuts(detail.container)).toEqual(['before', 'after']);
		detail.unmount();
		const overview = await renderWith({ axis: OVERVIEW });
		expect(cuts(overview.container)).toEqual([]);
		// A month or a year inside the axis is not cut.
		expect(overview.container.querySelectorAll('[data-continues]')).toHaveLength(0);
	});

	it("writes each year under the month axis from its January, not in the year's middle", async () => {
		const { container } = await renderWith({ axis: DETAIL });
		const jan = [...container.querySelectorAll('.axis text')].find((t) => t.textContent === 'Jan')!;
		const y2024 = [...container.querySelectorAll('.axis text.year')].find((t) => t.textContent === '2024')!;
		// January's name is centred on January; 2024 starts at January's start, left of that centre.
		expect(Number(y2024.getAttribute('x'))).toBeLessThan(Number(jan.getAttribute('x')));
		expect(y2024).toHaveClass('from-january');
		const grid = [...container.querySelectorAll('.axis line.grid')].map((l) => Number(l.getAttribute('x1')));
		const january = grid.find((x) => Math.abs(x + 3 - Number(y2024.getAttribute('x'))) < 0.11);
		expect(january).toBeDefined();
		// A tick on the years' line at January sets the name off (not read as under December); none at the axis's start.
		const starts = [...container.querySelectorAll('.axis line.year-start')].map((l) => Number(l.getAttribute('x1')));
		expect(starts).toEqual([january]);
	});

	it('carries a text alternative', async () => {
		const { container } = await renderWith({ description: 'Timeline, 2021–2026.' });
		expect(container.querySelector('svg[role="img"]')).toHaveAttribute('aria-label', 'Timeline, 2021–2026.');
	});
});

// ——— Graphics that name what they show (issue #11), with the real editions' words ———
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { graphicPropsFor } from '$lib/story/graphic-state';
import PrecisionKey from '$lib/graphics/timeline/PrecisionKey.svelte';
import { PRECISION_COLOURS } from '$lib/graphics/timeline/precision';
import { textWidth } from '$lib/graphics/timeline/labels';
import { textSizeFor } from '$lib/graphics/timeline/geometry';
import { readContentFiles } from '../unit/helpers';

const model = buildModel(readContentFiles());
const EDITIONS = (['uz', 'ru', 'en'] as const).map((lang) => editionFor(model, lang));

/** Makes every element, and LayerCake's ResizeObserver, measure `width`×`height` until the test ends. */
function sized(width: number, height: number) {
	const props = ['clientWidth', 'clientHeight'] as const;
	const before = props.map((p) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, p)!);
	const ro = globalThis.ResizeObserver;
	Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
	Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
	globalThis.ResizeObserver = class {
		constructor(private cb: ResizeObserverCallback) {}
		observe(target: Element) {
			const contentRect = { width, height, top: 0, left: 0, bottom: height, right: width, x: 0, y: 0 };
			queueMicrotask(() => this.cb([{ target, contentRect } as unknown as ResizeObserverEntry], this as never));
		}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
	return () => {
		props.forEach((p, i) => Object.defineProperty(HTMLElement.prototype, p, before[i]));
		globalThis.ResizeObserver = ro;
	};
}

interface Box {
	id: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}
/** The boxes of the rendered row labels, from their SVG attributes (text height = font size). */
function labelBoxes(container: HTMLElement): Box[] {
	return [...container.querySelectorAll<SVGTextElement>('text.row-label')].map((t) => {
		const y = Number(t.getAttribute('y'));
		const size = Number(t.getAttribute('font-size'));
		return {
			id: t.getAttribute('data-label')!,
			x0: Number(t.dataset.x0),
			x1: Number(t.dataset.x1),
			y0: y - size / 2,
			y1: y + size / 2
		};
	});
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('Timeline names what it shows', () => {
	let restore = () => {};
	afterEach(() => restore());

	for (const [width, height] of [
		// The phone's timeline box (StickyGraphic, EmbedGraphic: 14.25rem) and a laptop's.
		[343, 228],
		[900, 300]
	]) {
		it(`names every dated row, inside the plot, no two names overlapping, at ${width}×${height} px`, async () => {
			restore = sized(width, height);
			for (const edition of EDITIONS) {
				// The opening, a day, a month, a year with its part (two active names), the range, the last month, the recap.
				for (const step of [
					undefined,
					'memorandum',
					'visit-roadmap',
					'training-programme',
					'national-strategy',
					'december-briefing',
					'closing'
				]) {
					const { timeline } = graphicPropsFor(edition, step);
					const { container, unmount } = render(Timeline, timeline);
					await tick();
					const where = `${edition.lang} ${step ?? 'opening'}`;
					const plot = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
					expect(plot, where).toBeCloseTo(width - 20);
					const dated = [...container.querySelectorAll('.marks [data-mark]')].map((m) => m.getAttribute('data-mark'));
					expect(dated, where).toHaveLength(7);
					const boxes = labelBoxes(container);
					for (const id of dated) {
						const texts = [...container.querySelectorAll(`text.row-label[data-label="${id}"]`)];
						expect(texts.length, `${where}: ${id}`).toBeGreaterThan(0);
						expect(texts[0].textContent!.trim().length, `${where}: ${id}`).toBeGreaterThan(0);
					}
					for (const b of boxes) {
						expect(b.x0, `${where}: ${b.id}`).toBeGreaterThanOrEqual(0);
						expect(b.x1, `${where}: ${b.id}`).toBeLessThanOrEqual(plot + 0.05);
					}
					for (const [i, a] of boxes.entries()) {
						for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${where}: ${a.id} / ${b.id}`).toBe(false);
					}
					// The undated chips are sized to their text (not half the chart each), inside the lane's box.
					for (const chip of container.querySelectorAll<SVGGElement>('.chip')) {
						const lines = [...chip.querySelectorAll('tspan')].map((t) => t.textContent!);
						const text = Math.max(...lines.map((l) => textWidth(l, textSizeFor(plot))));
						expect(Number(chip.dataset.width), `${where}: ${chip.dataset.mark}`).toBeCloseTo(text + 14, 0);
						if (width >= 900) expect(Number(chip.dataset.width)).toBeLessThan(plot / 4);
					}
					unmount();
				}
			}
			// Twenty-one renders: slow on a busy machine.
		}, 60_000);
	}

	it('places every name by the width drawn when the font is wider than the estimate (a wide fallback font)', async () => {
		restore = sized(343, 200);
		// The browser draws each text 40 % wider than estimated.
		const proto = SVGElement.prototype as unknown as { getComputedTextLength?: () => number };
		proto.getComputedTextLength = function (this: SVGElement) {
			return Number(this.dataset.estimate) * 1.4;
		};
		try {
			const ru = EDITIONS.find((e) => e.lang === 'ru')!;
			const { container } = render(Timeline, graphicPropsFor(ru, 'closing').timeline);
			await vi.waitFor(() => expect(container.querySelector('.timeline')).toHaveAttribute('data-widen', '1.4'));
			await tick();
			const plot = Number(container.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
			for (const t of container.querySelectorAll<SVGTextElement>('text.row-label')) {
				const drawn = Number(t.dataset.estimate) * 1.4;
				const [x0, x1] = [Number(t.dataset.x0), Number(t.dataset.x1)];
				expect(x1 - x0, t.dataset.label).toBeCloseTo(drawn, 0);
				expect(x0, t.dataset.label).toBeGreaterThanOrEqual(0);
				expect(x1, t.dataset.label).toBeLessThanOrEqual(plot + 0.05);
			}
			for (const chip of container.querySelectorAll<SVGGElement>('.chip')) {
				const lines = [...chip.querySelectorAll<SVGTSpanElement>('tspan')].map((t) => Number(t.dataset.estimate));
				expect(Number(chip.dataset.width), chip.dataset.mark).toBeGreaterThanOrEqual(Math.max(...lines) * 1.4 + 13);
			}
		} finally {
			delete proto.getComputedTextLength;
		}
	});

	it('names the active row with its date in its precision’s colour; the others by name only', async () => {
		const { container } = await renderWith({ axis: DETAIL, highlighted: ['visit'] });
		const active = container.querySelectorAll<SVGTextElement>('.row-label.active-label');
		expect([...active].map((t) => t.textContent).join(' ')).toMatch(/Visit.*May 2024/);
		// Its date in its precision's colour (a month's), not the accent; as an attribute (no inline style: the CSP).
		const dates = [...container.querySelectorAll('.row-label.active-label .date')];
		expect(dates.map((d) => d.textContent).join(' ')).toContain('May 2024');
		for (const d of dates) expect(d).toHaveAttribute('fill', PRECISION_COLOURS.month);
		// The active mark is in its precision's colour too.
		expect(container.querySelector('[data-mark="visit"] rect')).toHaveAttribute('fill', PRECISION_COLOURS.month);
		expect(container.querySelector('[data-mark="memo"] circle')).not.toHaveAttribute('fill');
		expect(container.querySelector('[style*="--"]')).toBeNull();
		expect(container.querySelector('[data-label="memo"]')).toHaveTextContent(/^Memorandum$/);
		expect(container.querySelector('[data-label="memo"]')).not.toHaveClass('on');
	});

	it('names both Decembers on the month axis', async () => {
		restore = sized(343, 200);
		const { container } = await renderWith({ axis: DETAIL });
		const labels = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
		expect(labels.filter((l) => l === 'Dec')).toHaveLength(2);
	});

	it('colours the recap by precision, with a key in the same colours', async () => {
		const { container } = await renderWith({ highlighted: ITEMS.map((i) => i.id), recap: true });
		expect(container.querySelector('.timeline')).toHaveClass('recap');
		// Each mark's shape is filled in its precision's colour (a presentation attribute: no inline style, the CSP).
		const colour = (id: string) =>
			container.querySelector(`[data-mark="${id}"] :is(rect, circle)`)!.getAttribute('fill');
		expect(container.querySelector('[data-mark="memo"]')).toHaveClass('precision-day');
		expect(container.querySelector('[data-mark="strategy"]')).toHaveClass('precision-range');
		const colours = ['memo', 'visit', 'programme', 'strategy'].map(colour);
		expect(colours).toEqual([
			PRECISION_COLOURS.day,
			PRECISION_COLOURS.month,
			PRECISION_COLOURS.year,
			PRECISION_COLOURS.range
		]);
		expect(new Set(colours).size).toBe(4);
		expect(colour('council')).toBe(colour('visit'));
		// The undated chips are outlined, not filled.
		expect(container.querySelector('.chip.on')).not.toBeNull();

		const key = render(PrecisionKey, {
			labels: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' }
		});
		const items = key.container.querySelectorAll('.precision-key li');
		expect([...items].map((li) => li.getAttribute('data-precision'))).toEqual([
			'day',
			'month',
			'year',
			'range',
			'undated'
		]);
		expect(key.container.querySelector('[data-precision="day"] circle')).toHaveAttribute('fill', colours[0]);
		expect(key.container.querySelector('[data-precision="undated"]')).toHaveTextContent('no date');
		expect(key.container.querySelector('[data-precision="inferred"]')).toBeNull();

		// Asked for, the key also shows the hatch of a year that is our reading, “*”: not the dashes of
		// "no date", so an inferred year never reads as undated.
		const withInferred = render(PrecisionKey, {
			labels: { day: 'day', month: 'month', year: 'year', range: 'range', undated: 'no date' },
			inferredLabel: 'year: our reading'
		});
		const inferred = withInferred.container.querySelector('[data-precision="inferred"]')!;
		expect(inferred.textContent!.replace(/\s+/g, ' ').trim()).toBe('* year: our reading');
		expect(inferred.querySelector('pattern')).not.toBeNull();
		expect(inferred.querySelector('rect[fill^="url(#"]')).not.toBeNull();
		expect(inferred.querySelector('[stroke-dasharray]')).toBeNull();
		expect(withInferred.container.querySelector('[data-precision="undated"] rect')).toHaveAttribute('stroke-dasharray');
	});
});

describe('Timeline marks as controls', () => {
	const links = {
		hrefFor: (id: string) => `#${id}`,
		actionLabel: (l: string, d: string) => `${l}, ${d}: go to this step`
	};
	const control = (container: HTMLElement, id: string) =>
		container.querySelector<SVGElement>(`[data-control="${id}"]`)!;
	const tooltip = (container: HTMLElement) => container.querySelector('[data-tooltip]');

	it('without hrefFor or onselect, marks are plain, with a <title>, in an image', async () => {
		const { container } = await renderWith();
		expect(container.querySelector('a')).toBeNull();
		expect(container.querySelector('svg')).toHaveAttribute('role', 'img');
		expect(container.querySelector('[data-mark="memo"] title')).toHaveTextContent('Memorandum: 5 December 2023');
	});

	it('with hrefFor, every mark and chip is a link to its step, named, in a labelled group', async () => {
		const { container } = await renderWith(links);
		const svg = container.querySelector('svg')!;
		expect(svg).toHaveAttribute('role', 'group');
		expect(svg).toHaveAttribute('aria-label', 'A timeline');
		for (const item of ITEMS) {
			const a = control(container, item.id);
			expect(a.tagName, item.id).toBe('a');
			expect(a.namespaceURI).toBe('http://www.w3.org/2000/svg');
			expect(a).toHaveAttribute('href', `#${item.id}`);
			expect(a.querySelector(`[data-mark="${item.id}"]`), item.id).not.toBeNull();
			const date = item.lane === 'dated' ? item.dateLabel : 'Ongoing';
			expect(a).toHaveAttribute('aria-label', `${item.label}, ${date}: go to this step`);
			// A hit area of at least 24×24 px around even a point or a 7 px bar.
			const hit = a.querySelector('rect.hit')!;
			expect(Number(hit.getAttribute('width')), item.id).toBeGreaterThanOrEqual(24);
			expect(Number(hit.getAttribute('height')), item.id).toBeGreaterThanOrEqual(24);
		}
		// The tooltip replaces the slow native one.
		expect(container.querySelector('[data-mark] title')).toBeNull();
		// One tab stop per mark: dated rows earliest first, then the chips.
		expect([...container.querySelectorAll('a[data-control]')].map((a) => a.getAttribute('data-control'))).toEqual([
			'strategy',
			'memo',
			'programme',
			'visit',
			'council',
			'frameworks',
			'network'
		]);
	});

	it('shows the name and date at once on pointerenter and hides it on pointerleave', async () => {
		const { container } = await renderWith(links);
		expect(tooltip(container)).toBeNull();
		await fireEvent.pointerEnter(control(container, 'visit'), { pointerType: 'mouse' });
		expect(tooltip(container)).toHaveAttribute('data-tooltip', 'visit');
		expect(tooltip(container)).toHaveTextContent('Visit');
		expect(tooltip(container)).toHaveTextContent('May 2024');
		await fireEvent.pointerLeave(control(container, 'visit'));
		expect(tooltip(container)).toBeNull();
	});

	it('shows it on keyboard focus (a chip: its name and the lane) and hides it on blur or Escape', async () => {
		const { container } = await renderWith(links);
		control(container, 'network').focus();
		await tick();
		expect(tooltip(container)).toHaveAttribute('data-tooltip', 'network');
		expect(tooltip(container)).toHaveTextContent('Network');
		expect(tooltip(container)).toHaveTextContent('Ongoing');
		await fireEvent.keyDown(control(container, 'network'), { key: 'Escape' });
		expect(tooltip(container)).toBeNull();
		control(container, 'memo').focus();
		await tick();
		expect(tooltip(container)).toHaveTextContent('5 December 2023');
		control(container, 'memo').blur();
		await tick();
		expect(tooltip(container)).toBeNull();
	});

	it('with onselect, a click or Enter calls it with the id instead of following a link', async () => {
		const onselect = vi.fn();
		const { container } = await renderWith({ onselect });
		const button = control(container, 'programme');
		expect(button).not.toHaveAttribute('href');
		expect(button.tagName).toBe('g');
		expect(button.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(button).toHaveAttribute('role', 'button');
		expect(button).toHaveAttribute('tabindex', '0');
		await fireEvent.click(button);
		expect(onselect).toHaveBeenLastCalledWith('programme');
		await fireEvent.keyDown(control(container, 'frameworks'), { key: 'Enter' });
		expect(onselect).toHaveBeenLastCalledWith('frameworks');
		await fireEvent.keyDown(control(container, 'memo'), { key: ' ' });
		expect(onselect).toHaveBeenLastCalledWith('memo');
		expect(onselect).toHaveBeenCalledTimes(3);
		// With a link as well, the click is the handler's, not the browser's.
		const both = await renderWith({ ...links, onselect });
		const click = new MouseEvent('click', { bubbles: true, cancelable: true });
		control(both.container, 'visit').dispatchEvent(click);
		expect(click.defaultPrevented).toBe(true);
		expect(onselect).toHaveBeenLastCalledWith('visit');
	});
});
