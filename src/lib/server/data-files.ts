/**
 * The milestones as data for readers and other newsrooms: one record per
 * event of an edition (recaps are not milestones), as CSV (RFC 4180) and JSON.
 * Dates keep the interview's precision: `start` and `end` are the first and
 * last day of the period the text gives (a day, a month, a year or a range),
 * empty when it gives none.
 * `date_basis` says where the year comes from: the text, or our reading of
 * "this year", "last year" or a month without a year.
 * Usage: toCsv(milestoneRecords(edition)) in a prerendered endpoint.
 */
import type { Edition } from '$lib/content/types';
import { fill } from '$lib/i18n/fill';
import { untypeset } from '$lib/i18n/typeset';

export interface MilestoneRecord {
	id: string;
	/** Its name on the timeline and in the table (Step.short). */
	name: string;
	/** Its title on the step's card (a step's title may tell the parts told in it too). */
	title: string;
	/** The date in words, as the page writes it. */
	date: string;
	precision: 'day' | 'month' | 'year' | 'range' | 'undated';
	/** Where the year comes from, in words: given in the text, or our reading (and of what). */
	date_basis: string;
	/** First day of the period, YYYY-MM-DD, or '' when undated. */
	start: string;
	/** Last day of the period (inclusive), YYYY-MM-DD, or '' when undated. */
	end: string;
	places: string[];
	organisations: string[];
	/** The interview's paragraphs it comes from, e.g. P4. */
	paragraphs: string[];
}

/** Where a milestone's year comes from, in words ('' when it has no date). */
function basisWords(m: Edition['milestones'][number], words: Edition['ui']['dateBasis']): string {
	if (m.when.precision === 'undated') return '';
	const year = Number(m.when.start.slice(0, 4));
	return fill(words[m.basis], year, year - 1);
}

/** The day before an ISO date (the model's period ends are exclusive). */
function dayBefore(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** The milestones as rows, in the table's order (the story's): each step, then the parts told in it. */
export function milestoneRecords(edition: Pick<Edition, 'milestones' | 'ui'>): MilestoneRecord[] {
	return edition.milestones
		.filter((s) => s.role !== 'recap')
		.map((s) => ({
			id: s.id,
			// As plain text: no word joiners or no-break spaces (the page's typesetting) in the data.
			name: untypeset(s.short),
			title: untypeset(s.title),
			date: untypeset(s.whenLabel),
			precision: s.when.precision,
			date_basis: untypeset(basisWords(s, edition.ui.dateBasis)),
			start: s.when.precision === 'undated' ? '' : s.when.start,
			end: s.when.precision === 'undated' ? '' : dayBefore(s.when.end),
			places: s.placeNames.map(untypeset),
			organisations: s.organisationNames.map(untypeset),
			paragraphs: s.paragraphs
		}));
}

const COLUMNS = [
	'id',
	'name',
	'title',
	'date',
	'precision',
	'date_basis',
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
	// A byte-order mark first: Excel reads a CSV without one in the system's code page (ʻ, ʼ and Cyrillic garbled).
	return '\ufeff' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
