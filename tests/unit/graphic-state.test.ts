import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/content/model';
import { editionFor } from '$lib/content/edition';
import { graphicStateFor } from '$lib/story/graphic-state';
import { describeGraphic } from '$lib/story/describe';
import { VIEW_DOMAINS, shapeFor, ticksFor, timelineItems } from '$lib/graphics/timeline/layout';
import { bands } from '$lib/graphics/timeline/geometry';
import { UI } from '$lib/i18n/ui';
import { readContentFiles } from './helpers';

const edition = editionFor(buildModel(readContentFiles()), 'uz');
const { steps } = edition;

describe('graphicStateFor', () => {
	it('is a pure function of the active step, whatever came before', () => {
		const direct = graphicStateFor(steps, 'december-briefing');
		expect(direct).toEqual({
			activeId: 'december-briefing',
			view: 'detail',
			highlighted: ['december-briefing'],
			mapView: 'world'
		});
		// Same answer however many times and in whatever order it is asked.
		graphicStateFor(steps, 'frameworks');
		expect(graphicStateFor(steps, 'december-briefing')).toEqual(direct);
	});
	it('falls back to the first step before any step is active or for an unknown id', () => {
		expect(graphicStateFor(steps, undefined).activeId).toBe('frameworks');
		expect(graphicStateFor(steps, 'no-such-step').activeId).toBe('frameworks');
	});
	it('highlights all drawn milestones on the recap step', () => {
		const recap = graphicStateFor(steps, 'closing');
		expect(recap.view).toBe('overview');
		expect(recap.highlighted).toHaveLength(steps.filter((s) => s.role === 'event').length);
		expect(recap.highlighted).not.toContain('closing');
	});
	it('has a text alternative for every step that names the step and its precision', () => {
		for (const s of steps) {
			const text = describeGraphic(graphicStateFor(steps, s.id), steps, UI.uz, edition.timelineViews);
			if (s.role === 'recap') expect(text).toMatch(/barcha bosqichlar/);
			else expect(text).toContain(s.title);
		}
		expect(describeGraphic(graphicStateFor(steps, 'visit-roadmap'), steps, UI.uz, edition.timelineViews)).toContain(
			'2024-yil may (oy)'
		);
	});
});

describe('timeline layout', () => {
	it('splits dated rows (earliest first) from the undated lane and skips the recap', () => {
		const { dated, undated } = timelineItems(steps);
		expect(dated.map((d) => d.id)).toEqual([
			'national-strategy',
			'memorandum',
			'cybersecurity-programme',
			'countering-terrorist-travel',
			'visit-roadmap',
			'expert-council',
			'december-briefing'
		]);
		expect(undated.map((d) => d.id)).toEqual(['frameworks', 'early-warning-network']);
	});
	it('draws a day as a point, months and years as spans, a range as a bar', () => {
		expect(shapeFor({ precision: 'day', start: '2023-12-05', end: '2023-12-06' })).toBe('point');
		expect(shapeFor({ precision: 'month', start: '2024-05-01', end: '2024-06-01' })).toBe('span');
		expect(shapeFor({ precision: 'year', start: '2024-01-01', end: '2025-01-01' })).toBe('span');
		expect(shapeFor({ precision: 'range', start: '2021-01-01', end: '2027-01-01' })).toBe('bar');
	});
	it('the views hold every period they are used for', () => {
		const { dated } = timelineItems(steps);
		for (const s of steps) {
			const item = dated.find((d) => d.id === s.id);
			if (!item || item.shape === 'bar') continue;
			const [from, to] = VIEW_DOMAINS[s.view as keyof typeof VIEW_DOMAINS];
			expect(+item.start, s.id).toBeGreaterThanOrEqual(+from);
			expect(+item.end, s.id).toBeLessThanOrEqual(+to);
		}
	});
	it('ticks years in the overview and months in the detail', () => {
		expect(ticksFor('overview', VIEW_DOMAINS.overview).map((d) => d.getUTCFullYear())).toEqual([
			2021, 2022, 2023, 2024, 2025, 2026, 2027
		]);
		const months = ticksFor('detail', VIEW_DOMAINS.detail).map((d) => d.toISOString().slice(0, 7));
		expect(months[0]).toBe('2023-12');
		expect(months).toContain('2024-12');
	});
	it('caps row height and keeps the axis and lane inside the chart', () => {
		expect(bands(800, 7)).toEqual({ rowsBottom: 7 * 28, laneTop: 7 * 28 + 36 });
		const small = bands(180, 7);
		expect(small.rowsBottom).toBe(180 - 36 - 50);
	});
});
