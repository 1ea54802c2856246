/**
 * Dates as precise as the interview gives them, and no more.
 * A dated milestone becomes a period [start, end) of whole UTC days:
 * a day is one day long, a month spans the month, a year the year, and a
 * range runs from the first day of its first year to the end of its last.
 */
const PRECISIONS = ['day', 'month', 'year', 'range', 'undated'] as const;
type Precision = (typeof PRECISIONS)[number];

export interface DatedWhen {
	precision: Exclude<Precision, 'undated'>;
	/** First day of the period, ISO YYYY-MM-DD (inclusive). */
	start: string;
	/** Day after the period, ISO YYYY-MM-DD (exclusive). */
	end: string;
}
export type When = DatedWhen | { precision: 'undated' };

/** A date string that does not fit its precision; names the field at fault. */
export class DateFieldError extends Error {
	constructor(
		readonly field: 'date' | 'end' | 'precision',
		readonly expected: string,
		readonly got: unknown
	) {
		super(`expected ${expected}, got ${got === undefined ? 'nothing' : JSON.stringify(got)}`);
	}
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));

function parseYear(field: 'date' | 'end', value: unknown): number {
	if (typeof value !== 'string' || !/^\d{4}$/.test(value)) {
		throw new DateFieldError(field, 'a year as YYYY', value);
	}
	return Number(value);
}

function parseMonth(value: unknown): [number, number] {
	const m = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
		throw new DateFieldError('date', 'a month as YYYY-MM', value);
	}
	return [Number(m[1]), Number(m[2]) - 1];
}

/** Whether "YYYY-MM-DD" names a day that exists (not 2026-11-31 or 2023-02-30). */
export function isCalendarDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
	const date = utc(y, mo, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo && date.getUTCDate() === d;
}

function parseDay(value: unknown): [number, number, number] {
	const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	if (!m) throw new DateFieldError('date', 'a day as YYYY-MM-DD', value);
	if (!isCalendarDay(value as string)) throw new DateFieldError('date', 'a day that exists in the calendar', value);
	return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
}

const blank = (v: unknown) => v === undefined || v === '';

/** Turns a milestone's precision, date and end fields into a period. */
export function parseWhen(precision: unknown, date?: unknown, end?: unknown): When {
	if (!PRECISIONS.includes(precision as Precision)) {
		throw new DateFieldError('precision', `one of ${PRECISIONS.join(', ')}`, precision);
	}
	if (precision !== 'range' && !blank(end)) {
		throw new DateFieldError('end', `no end date for precision "${precision}"`, end);
	}
	switch (precision as Precision) {
		case 'undated':
			if (!blank(date)) throw new DateFieldError('date', 'no date for precision "undated"', date);
			return { precision: 'undated' };
		case 'day': {
			const [y, m, d] = parseDay(date);
			return { precision: 'day', start: iso(utc(y, m, d)), end: iso(utc(y, m, d + 1)) };
		}
		case 'month': {
			const [y, m] = parseMonth(date);
			return { precision: 'month', start: iso(utc(y, m)), end: iso(utc(y, m + 1)) };
		}
		case 'year': {
			const y = parseYear('date', date);
			return { precision: 'year', start: iso(utc(y)), end: iso(utc(y + 1)) };
		}
		case 'range': {
			const first = parseYear('date', date);
			const last = parseYear('end', end);
			if (last <= first) {
				throw new DateFieldError('end', `a year after the start year ${first}`, end);
			}
			return { precision: 'range', start: iso(utc(first)), end: iso(utc(last + 1)) };
		}
	}
}

/** Start and end of a dated period as Date objects (UTC midnight). */
export function periodDates(when: DatedWhen): [Date, Date] {
	return [new Date(`${when.start}T00:00:00Z`), new Date(`${when.end}T00:00:00Z`)];
}

/** Whether a period is wider than one day (drawn as a span, not a point). */
export const isSpan = (when: DatedWhen) => when.precision !== 'day';

/**
 * Whether a milestone's year is our reading, marked "2024*" and drawn hatched:
 * "last year" (oʻtgan yili, where 2023 is possible) and a month given without
 * a year. "This year" (joriy yil) in an interview that sums up 2024 (P1) is
 * read as 2024 without a mark; the notes and the data files say so.
 */
export const yearIsOurReading = (basis: string): boolean => basis === 'last-year' || basis === 'no-year';
