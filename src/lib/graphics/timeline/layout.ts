/**
 * Timeline geometry that does not need a screen: which items get a row, the
 * shape each one is drawn as, and the ticks of an axis.
 * Usage: const { dated, undated } = timelineRows(items); ticksFor('month', [from, to]);
 */
import type { DatedPrecision, TickUnit, TimelineItem, TimelinePeriod } from './types';

/** An ISO day (YYYY-MM-DD) as a Date at UTC midnight. */
export const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The start of the year or month a date falls in (UTC). */
export function periodStart(date: Date, unit: TickUnit): Date {
	return new Date(Date.UTC(date.getUTCFullYear(), unit === 'month' ? date.getUTCMonth() : 0, 1));
}

/** The start of the next year or month. */
export function nextPeriod(start: Date, unit: TickUnit): Date {
	return new Date(
		Date.UTC(start.getUTCFullYear() + (unit === 'year' ? 1 : 0), start.getUTCMonth() + (unit === 'month' ? 1 : 0), 1)
	);
}

/** Starts of the years or months that begin inside [from, to]. */
function periodStarts(unit: TickUnit, from: Date, to: Date): Date[] {
	const starts: Date[] = [];
	let d = periodStart(from, unit);
	if (+d < +from) d = nextPeriod(d, unit);
	for (; +d <= +to; d = nextPeriod(d, unit)) starts.push(d);
	return starts;
}

export type MarkShape = 'point' | 'span' | 'bar';

/** A dated item ready to draw. */
export interface DatedRow {
	id: string;
	label: string;
	/** The name written beside the mark. */
	short: string;
	dateLabel: string;
	precision: DatedPrecision;
	start: Date;
	end: Date;
	shape: MarkShape;
	/** Its year is a reading, not given by the source. */
	inferred: boolean;
}

/** An undated item ready to draw. */
export interface UndatedChip {
	id: string;
	label: string;
	/** The name written on the chip. */
	short: string;
}

/** A day is a point; a month or a year is a span over it; a range is a bar. */
export function shapeFor(period: Pick<TimelinePeriod, 'precision'>): MarkShape {
	if (period.precision === 'day') return 'point';
	if (period.precision === 'range') return 'bar';
	return 'span';
}

/** Splits items into dated rows (earliest first, longer periods first on a tie) and the undated lane. */
export function timelineRows(items: TimelineItem[]): { dated: DatedRow[]; undated: UndatedChip[] } {
	const dated: DatedRow[] = [];
	const undated: UndatedChip[] = [];
	for (const item of items) {
		if (item.lane === 'undated') {
			undated.push({ id: item.id, label: item.label, short: item.short ?? item.label });
			continue;
		}
		const { start, end, precision } = item.period;
		dated.push({
			id: item.id,
			label: item.label,
			short: item.short ?? item.label,
			dateLabel: item.dateLabel,
			precision,
			start: utcDay(start),
			end: utcDay(end),
			shape: shapeFor(item.period),
			inferred: item.inferred ?? false
		});
	}
	dated.sort((a, b) => +a.start - +b.start || +b.end - +a.end);
	return { dated, undated };
}

/** Ticks of a unit that fall inside a (possibly animating) domain. */
export function ticksFor(unit: TickUnit, domain: [Date, Date]): Date[] {
	return periodStarts(unit, domain[0], domain[1]);
}
