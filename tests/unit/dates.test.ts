import { describe, expect, it } from 'vitest';
import { DateFieldError, isSpan, parseWhen, periodDates } from '$lib/content/dates';

describe('parseWhen turns a date into a period as precise as the text', () => {
	it('a day is one day long', () => {
		expect(parseWhen('day', '2023-12-05')).toEqual({ precision: 'day', start: '2023-12-05', end: '2023-12-06' });
	});
	it('a month spans the month, across a year end', () => {
		expect(parseWhen('month', '2024-05')).toEqual({ precision: 'month', start: '2024-05-01', end: '2024-06-01' });
		expect(parseWhen('month', '2024-12')).toEqual({ precision: 'month', start: '2024-12-01', end: '2025-01-01' });
	});
	it('a year spans the year', () => {
		expect(parseWhen('year', '2024')).toEqual({ precision: 'year', start: '2024-01-01', end: '2025-01-01' });
	});
	it('a range runs to the end of its last year', () => {
		expect(parseWhen('range', '2021', '2026')).toEqual({ precision: 'range', start: '2021-01-01', end: '2027-01-01' });
	});
	it('undated has no period at all', () => {
		expect(parseWhen('undated')).toEqual({ precision: 'undated' });
		expect(parseWhen('undated', '')).toEqual({ precision: 'undated' });
	});
	it('knows leap years', () => {
		expect(parseWhen('day', '2024-02-29')).toMatchObject({ start: '2024-02-29', end: '2024-03-01' });
		expect(() => parseWhen('day', '2023-02-29')).toThrow(/exists in the calendar/);
	});
	it.each([
		['day', '2023-12', undefined, 'date', /a day as YYYY-MM-DD/],
		['day', '5 December 2023', undefined, 'date', /a day as YYYY-MM-DD/],
		['month', '2024-5', undefined, 'date', /a month as YYYY-MM/],
		['month', '2024-00', undefined, 'date', /a month as YYYY-MM/],
		['year', '24', undefined, 'date', /a year as YYYY/],
		['year', '2024', '2025', 'end', /no end date for precision "year"/],
		['range', '2021', undefined, 'end', /a year as YYYY/],
		['range', '2021', '2021', 'end', /a year after the start year 2021/],
		['sometime', '2024', undefined, 'precision', /one of day, month/]
	])('%s %s (end %s) is rejected on field %s', (precision, date, end, field, message) => {
		try {
			parseWhen(precision, date, end);
			expect.unreachable('should have thrown');
		} catch (e) {
			expect(e).toBeInstanceOf(DateFieldError);
			expect((e as DateFieldError).field).toBe(field);
			expect((e as Error).message).toMatch(message);
		}
	});
	it('periods become UTC dates, and only a day is a point', () => {
		const day = parseWhen('day', '2023-12-05');
		const month = parseWhen('month', '2024-05');
		if (day.precision === 'undated' || month.precision === 'undated') throw new Error('dated');
		expect(periodDates(day).map((d) => d.toISOString())).toEqual([
			'2023-12-05T00:00:00.000Z',
			'2023-12-06T00:00:00.000Z'
		]);
		expect(isSpan(day)).toBe(false);
		expect(isSpan(month)).toBe(true);
	});
});
