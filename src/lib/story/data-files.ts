/**
 * The milestones as data for readers and other newsrooms: one record per
 * event of an edition (recaps are not milestones), as CSV (RFC 4180) and JSON.
 * Dates keep the interview's precision: `start` and `end` are the first and
 * last day of the period the text gives (a day, a month, a year or a range),
 * empty when it gives none.
 * Usage: toCsv(milestoneRecords(edition)) in a prerendered endpoint.
 */
import type { Edition } from '$lib/content/edition';
import { compareWhen } from '$lib/content/order';

export interface MilestoneRecord {
	id: string;
	title: string;
	/** The date in words, as the page writes it. */
	date: string;
	precision: 'day' | 'month' | 'year' | 'range' | 'undated';
	/** First day of the period, YYYY-MM-DD, or '' when undated. */
	start: string;
	/** Last day of the period (inclusive), YYYY-MM-DD, or '' when undated. */
	end: string;
	places: string[];
	organisations: string[];
	/** The interview's paragraphs it comes from, e.g. P4. */
	paragraphs: string[];
}

/** The day before an ISO date (the model's period ends are exclusive). */
function dayBefore(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** The events as rows, in the table's order: earliest first, the undated last. */
export function milestoneRecords(edition: Pick<Edition, 'steps'>): MilestoneRecord[] {
	return edition.steps
		.filter((s) => s.role === 'event')
		.toSorted(compareWhen)
		.map((s) => ({
			id: s.id,
			title: s.title,
			date: s.whenLabel,
			precision: s.when.precision,
			start: s.when.precision === 'undated' ? '' : s.when.start,
			end: s.when.precision === 'undated' ? '' : dayBefore(s.when.end),
			places: s.placeNames,
			organisations: s.organisationNames,
			paragraphs: s.paragraphs
		}));
}

const COLUMNS = [
	'id',
	'title',
	'date',
	'precision',
	'start',
	'end',
	'places',
	'organisations',
	'paragraphs'
] as const satisfies readonly (keyof MilestoneRecord)[];

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The records as CSV: a header row, CRLF line ends, lists joined with "; ". */
export function toCsv(records: MilestoneRecord[]): string {
	const rows = records.map((r) =>
		COLUMNS.map((c) => {
			const value = r[c];
			return field(Array.isArray(value) ? value.join('; ') : value);
		}).join(',')
	);
	return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
