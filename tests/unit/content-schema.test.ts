import { describe, expect, it } from 'vitest';
import { ContentError, buildModel } from '$lib/content/model';
import { edit, readContentFiles } from './helpers';

const files = readContentFiles();
const M = 'content/milestones.aml';
const UZ = 'content/uz/milestones.aml';

/** The problems buildModel reports for some files, or [] if they are valid. */
function problems(input: Record<string, string>): string[] {
	try {
		buildModel(input);
		return [];
	} catch (e) {
		if (e instanceof ContentError) return e.problems;
		throw e;
	}
}

describe('the story content', () => {
	it('is valid and gives every milestone in order with its source paragraphs', () => {
		const model = buildModel(files);
		expect(model.milestones.map((m) => m.id)).toEqual([
			'frameworks',
			'memorandum',
			'visit-roadmap',
			'early-warning-network',
			'national-strategy',
			'cybersecurity-programme',
			'expert-council',
			'countering-terrorist-travel',
			'december-briefing',
			'closing'
		]);
		expect(model.editions.uz.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 11 }, (_, i) => `P${i}`));
		const memorandum = model.milestones.find((m) => m.id === 'memorandum')!;
		expect(memorandum.when).toEqual({ precision: 'day', start: '2023-12-05', end: '2023-12-06' });
		expect(memorandum.paragraphs).toEqual(['P4']);
		expect(memorandum.places).toEqual(['new-york']);
	});

	it('keeps the dates exactly as precise as the interview', () => {
		const byId = Object.fromEntries(buildModel(files).milestones.map((m) => [m.id, m.when.precision]));
		expect(byId).toMatchObject({
			memorandum: 'day',
			'visit-roadmap': 'month',
			'expert-council': 'month',
			'december-briefing': 'month',
			'countering-terrorist-travel': 'year',
			'cybersecurity-programme': 'year',
			'national-strategy': 'range',
			'early-warning-network': 'undated',
			frameworks: 'undated'
		});
	});
});

describe('bad content stops the build with a message naming file, id and field', () => {
	const cases: [string, Record<string, string>, RegExp][] = [
		[
			'missing date',
			edit(files, M, 'date: 2023-12-05\n', ''),
			/content\/milestones\.aml: milestone "memorandum", field "date": expected a day as YYYY-MM-DD, got nothing/
		],
		[
			'impossible date',
			edit(files, M, 'date: 2023-12-05', 'date: 2023-02-30'),
			/content\/milestones\.aml: milestone "memorandum", field "date": expected a day that exists in the calendar, got "2023-02-30"/
		],
		[
			'impossible month',
			edit(files, M, 'date: 2024-12', 'date: 2024-13'),
			/milestone "december-briefing", field "date": expected a month as YYYY-MM, got "2024-13"/
		],
		[
			'unknown precision',
			edit(files, M, 'precision: day', 'precision: week'),
			/milestone "memorandum", field "precision": expected one of day, month, year, range, undated, got "week"/
		],
		[
			'range with end before start',
			edit(files, M, 'end: 2026', 'end: 2019'),
			/milestone "national-strategy", field "end": expected a year after the start year 2021, got "2019"/
		],
		[
			'undated with a date',
			edit(files, M, /id: frameworks\nprecision: undated\n/, 'id: frameworks\nprecision: undated\ndate: 2024\n'),
			/milestone "frameworks", field "date": expected no date for precision "undated", got "2024"/
		],
		[
			'unknown place',
			edit(files, M, 'places: tashkent', 'places: samarkand'),
			/content\/milestones\.aml: milestone "visit-roadmap", field "places": expected a place listed in content\/places\.aml, got "samarkand"/
		],
		[
			'unknown organisation',
			edit(files, M, 'organisations: unoct, isrs', 'organisations: unoct, nato'),
			/milestone "memorandum", field "organisations": expected an organisation listed in content\/organisations\.aml, got "nato"/
		],
		[
			'duplicate id',
			edit(files, M, 'id: expert-council', 'id: visit-roadmap'),
			/content\/milestones\.aml: milestone "visit-roadmap", field "id": expected a unique id/
		],
		[
			'paragraph reference out of range',
			edit(files, M, 'paragraphs: P9', 'paragraphs: P12'),
			/milestone "countering-terrorist-travel", field "paragraphs": expected a paragraph of the interview, P0–P10, got "P12"/
		],
		[
			'malformed paragraph reference',
			edit(files, M, 'paragraphs: P9', 'paragraphs: 9'),
			/milestone "countering-terrorist-travel", field "paragraphs": expected paragraph ids such as/
		],
		[
			'empty text',
			edit(files, UZ, /title: Nyu-Yorkdagi brifing/, 'title: '),
			/content\/uz\/milestones\.aml: milestone "december-briefing", field "title": expected some text, not an empty value, got ""/
		],
		[
			'unknown language',
			{ ...files, 'content/fr/copy.aml': 'headline: Bonjour' },
			/content\/fr\/copy\.aml: file: unknown language "fr"; expected one of: uz/
		],
		[
			'a stray field',
			edit(files, M, 'id: closing\n', 'id: closing\ncasualties: 12\n'),
			/content\/milestones\.aml: milestone "closing", field "casualties": expected no such field/
		],
		[
			'a step with no words in a language',
			edit(files, UZ, 'id: closing', 'id: closing-words'),
			/content\/uz\/milestones\.aml: milestone "closing": expected the step's words in language "uz"/
		],
		[
			'a quote that is not in the interview',
			edit(files, UZ, 'quote: ushbu memorandum', 'quote: ushbu tarixiy memorandum'),
			/content\/uz\/milestones\.aml: milestone "memorandum", field "quote": expected words found verbatim in P4/
		],
		[
			'ASCII apostrophes in Uzbek, named by entry and field',
			edit(files, UZ, 'Prezidenti huzuridagi Strategik', "Prezidenti huzuridagi Strategik o'zaro"),
			/content\/uz\/milestones\.aml: milestone "memorandum", field "text": expected oʻ and gʻ written with U\+02BB \(ʻ\) and the sign ʼ with U\+02BC, found "o'" on line \d+/
		],
		[
			'ASCII apostrophes in the Uzbek copy',
			edit(files, 'content/uz/copy.aml', 'Oʻzbekiston', "O'zbekiston"),
			/content\/uz\/copy\.aml: copy, field "headline": expected oʻ and gʻ written with U\+02BB/
		],
		[
			'a bad view',
			edit(files, M, 'view: detail', 'view: zoom'),
			/content\/milestones\.aml: milestone "memorandum", field "view": expected a timeline view of content\/timeline\.aml: overview, detail, got "zoom"/
		],
		[
			'an id that is not kebab-case',
			edit(files, M, 'id: memorandum', 'id: Memorandum_2023'),
			/milestone "Memorandum_2023", field "id": expected a kebab-case id/
		],
		[
			'a missing file',
			Object.fromEntries(Object.entries(files).filter(([p]) => p !== 'content/places.aml')),
			/content\/places\.aml: file: expected this file to exist/
		]
	];

	it.each(cases)('%s', (_name, input, message) => {
		const found = problems(input);
		expect(
			found.some((p) => message.test(p)),
			`problems were:\n${found.join('\n')}`
		).toBe(true);
	});

	it('reports every problem at once', () => {
		let input = edit(files, M, 'precision: day', 'precision: week');
		input = edit(input, M, 'places: tashkent', 'places: samarkand');
		const error = (() => {
			try {
				buildModel(input);
			} catch (e) {
				return e as ContentError;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect(error!.problems.length).toBeGreaterThanOrEqual(2);
		expect(error!.message).toMatch(/Invalid story content \(\d+ problems\)/);
	});
});
