// The milestones as data (src/lib/server/data-files.ts): one record per event
// with the interview's precision kept, and CSV that a spreadsheet reads back.
import { describe, expect, it } from 'vitest';
import { milestoneRecords, toCsv, type MilestoneRecord } from '$lib/server/data-files';
import { editionFor } from '$lib/server/content/edition';
import { loadContent } from '$lib/server/content/load';
import { LANGUAGES } from '$lib/i18n/languages';
import { untypeset } from '$lib/i18n/typeset';

/** A small RFC 4180 reader, to read the CSV back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				value += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else value += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(value);
			value = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(value);
			rows.push(row);
			row = [];
			value = '';
			i++;
		} else value += ch;
	}
	return rows;
}

describe('milestoneRecords', () => {
	for (const lang of LANGUAGES) {
		it(`lists every milestone of the ${lang} edition in the table's (the story's) order, with its date as the page writes it and where its year comes from`, () => {
			const edition = editionFor(loadContent(), lang);
			const milestones = edition.milestones.filter((s) => s.role !== 'recap');
			const records = milestoneRecords(edition);
			expect(records.map((r) => r.id)).toEqual(milestones.map((s) => s.id));
			// As plain text: the page's words without its typesetting (no word joiner, no no-break space).
			expect(records.map((r) => r.title)).toEqual(milestones.map((s) => untypeset(s.title)));
			expect(records.map((r) => r.name)).toEqual(milestones.map((s) => untypeset(s.short)));
			expect(records.map((r) => r.date)).toEqual(milestones.map((s) => untypeset(s.whenLabel)));
			expect(records.map((r) => r.places)).toEqual(milestones.map((s) => s.placeNames.map(untypeset)));
			expect(JSON.stringify(records)).not.toMatch(/[\u00a0\u2011\u2060]/);
			const basis = Object.fromEntries(records.map((r) => [r.id, r.date_basis]));
			expect(basis.memorandum).toBe(untypeset(edition.ui.dateBasis.stated));
			expect(basis['national-strategy']).toBe(untypeset(edition.ui.dateBasis.stated));
			expect(basis.frameworks).toBe('');
			for (const id of [
				'visit-roadmap',
				'expert-council',
				'training-programme',
				'december-briefing',
				'cybersecurity-programme'
			]) {
				expect(basis[id], id).toContain('2024');
				expect(basis[id], id).not.toBe(untypeset(edition.ui.dateBasis.stated));
			}
			// "Last year": 2024 is our reading, 2023 possible.
			expect(basis['cybersecurity-programme']).toContain('2023');
		});
	}

	it('keeps the precision: first and last day of the period, nothing for the undated', () => {
		const records = milestoneRecords(editionFor(loadContent(), 'en'));
		for (const r of records) {
			if (r.precision === 'undated') expect([r.start, r.end]).toEqual(['', '']);
			if (r.precision === 'day') expect(r.end).toBe(r.start);
			if (r.precision === 'month') {
				expect(r.start.slice(8)).toBe('01');
				expect(r.end.slice(0, 7)).toBe(r.start.slice(0, 7));
				expect(Number(r.end.slice(8))).toBeGreaterThanOrEqual(28);
			}
			if (r.precision === 'year') expect([r.start.slice(5), r.end.slice(5)]).toEqual(['01-01', '12-31']);
		}
		expect(new Set(records.map((r) => r.precision)).size).toBeGreaterThan(3);
	});
});

describe('toCsv', () => {
	const tricky: MilestoneRecord = {
		id: 'x',
		name: 'Roadmap, "agreed"',
		title: 'A "roadmap", agreed\nin Tashkent',
		date: 'May 2024',
		precision: 'month',
		date_basis: '“this year”, read as 2024',
		start: '2024-05-01',
		end: '2024-05-31',
		places: ['Toshkent', 'Oʻzbekiston'],
		organisations: [],
		paragraphs: ['P4', 'P5']
	};

	it('reads back field for field, with quotes, commas and line breaks inside values', () => {
		const csv = toCsv([tricky]);
		// A byte-order mark first, for spreadsheets (AUDIT round 9, S-4); a CSV reader drops it.
		expect(csv.startsWith('\ufeffid,')).toBe(true);
		const rows = parseCsv(csv.slice(1));
		expect(rows[0]).toEqual([
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
		]);
		expect(rows[1]).toEqual([
			'x',
			tricky.name,
			tricky.title,
			'May 2024',
			'month',
			'“this year”, read as 2024',
			'2024-05-01',
			'2024-05-31',
			'Toshkent; Oʻzbekiston',
			'',
			'P4; P5'
		]);
		expect(rows).toHaveLength(2);
	});

	it('ends every row with CRLF', () => {
		expect(toCsv([tricky]).endsWith('P4; P5\r\n')).toBe(true);
	});
});
