/**
 * Timeline geometry that does not need a screen: the two axis views, which
 * milestones get a row, and the shape each one is drawn as.
 */
import { periodDates, type DatedWhen } from '$lib/content/dates';
import type { Step } from '$lib/content/edition';

export type TimelineView = 'overview' | 'detail';

/** Each view's time domain; both are wide enough to show whole periods. */
export const VIEW_DOMAINS: Record<TimelineView, [Date, Date]> = {
	overview: [new Date('2021-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')],
	detail: [new Date('2023-11-15T00:00:00Z'), new Date('2025-01-16T00:00:00Z')]
};

export type PeriodUnit = 'year' | 'month';

/** The axis's unit per view: years in the overview, months in the detail. */
export const VIEW_UNIT: Record<TimelineView, PeriodUnit> = { overview: 'year', detail: 'month' };

/** The start of the year or month a date falls in (UTC). */
export function periodStart(date: Date, unit: PeriodUnit): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), unit === 'month' ? date.getUTCMonth() : 0, 1));
}

/** The start of the next year or month. */
export function nextPeriod(start: Date, unit: PeriodUnit): Date {
	return new Date(
		Date.UTC(start.getUTCFullYear() + (unit === 'year' ? 1 : 0), start.getUTCMonth() + (unit === 'month' ? 1 : 0), 1)
	);
}

/** Starts of the years or months that begin inside [from, to]. */
export function periodStarts(unit: PeriodUnit, from: Date, to: Date): Date[] {
	const starts: Date[] = [];
	let d = periodStart(from, unit);
	if (+d < +from) d = nextPeriod(d, unit);
	for (; +d <= +to; d = nextPeriod(d, unit)) starts.push(d);
	return starts;
}

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
		dated.push({
			id: s.id,
			title: s.title,
			whenLabel: s.whenLabel,
			precision: s.when.precision,
			start,
			end,
			shape: shapeFor(s.when)
		});
	}
	dated.sort((a, b) => +a.start - +b.start || +b.end - +a.end);
	return { dated, undated };
}

/** Ticks of a view that fall inside a (possibly animating) domain. */
export function ticksFor(view: TimelineView, domain: [Date, Date]): Date[] {
	return periodStarts(VIEW_UNIT[view], domain[0], domain[1]);
}
