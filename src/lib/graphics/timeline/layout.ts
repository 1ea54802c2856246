/**
 * Timeline geometry that does not need a screen: the two axis views, which
 * milestones get a row, and the shape each one is drawn as.
 */
import { utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { periodDates, type DatedWhen } from '$lib/content/dates';
import type { Step } from '$lib/content/edition';

export type TimelineView = 'overview' | 'detail';

/** Each view's time domain; both are wide enough to show whole periods. */
export const VIEW_DOMAINS: Record<TimelineView, [Date, Date]> = {
	overview: [new Date('2021-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')],
	detail: [new Date('2023-11-15T00:00:00Z'), new Date('2025-01-16T00:00:00Z')]
};

/** Tick interval and label unit per view. */
export const VIEW_TICKS: Record<TimelineView, { interval: CountableTimeInterval; unit: 'year' | 'month' }> = {
	overview: { interval: utcYear, unit: 'year' },
	detail: { interval: utcMonth, unit: 'month' }
};

export type MarkShape = 'point' | 'span' | 'bar';

export interface DatedItem {
	id: string;
	title: string;
	whenLabel: string;
	precision: DatedWhen['precision'];
	start: Date;
	end: Date;
	shape: MarkShape;
}

export interface UndatedItem {
	id: string;
	title: string;
}

/** A day is a point; a month or a year is a span over it; a range is a bar. */
export function shapeFor(when: DatedWhen): MarkShape {
	if (when.precision === 'day') return 'point';
	if (when.precision === 'range') return 'bar';
	return 'span';
}

/**
 * Splits the story's events into dated rows (earliest first, longer periods
 * first on a tie) and the undated "ongoing" lane. Recap steps are not drawn.
 */
export function timelineItems(steps: Step[]): { dated: DatedItem[]; undated: UndatedItem[] } {
	const dated: DatedItem[] = [];
	const undated: UndatedItem[] = [];
	for (const s of steps) {
		if (s.role !== 'event') continue;
		if (s.when.precision === 'undated') {
			undated.push({ id: s.id, title: s.title });
			continue;
		}
		const [start, end] = periodDates(s.when);
		dated.push({ id: s.id, title: s.title, whenLabel: s.whenLabel, precision: s.when.precision, start, end, shape: shapeFor(s.when) });
	}
	dated.sort((a, b) => +a.start - +b.start || +b.end - +a.end);
	return { dated, undated };
}

/** Ticks of a view that fall inside a (possibly animating) domain. */
export function ticksFor(view: TimelineView, domain: [Date, Date]): Date[] {
	return VIEW_TICKS[view].interval.range(domain[0], new Date(+domain[1] + 1));
}
