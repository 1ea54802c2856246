import { describe, expect, it } from 'vitest';
import { ContentError, buildModel } from '$lib/server/content/model';
import { edit, problems, readContentFiles } from './helpers';

const files = readContentFiles();
const M = 'content/milestones.aml';
const UZ = 'content/uz/milestones.aml';

describe('the story content', () => {
	it('is valid and gives every milestone in the story order with its role and source paragraphs', () => {
		const model = buildModel(files);
		expect(model.milestones.map((m) => [m.id, m.role])).toEqual([
			['memorandum', 'event'],
			['frameworks', 'part'],
			['visit-roadmap', 'event'],
			['early-warning-network', 'part'],
			['expert-council', 'event'],
			['training-programme', 'event'],
			['december-briefing', 'event'],
			['national-strategy', 'event'],
			['cybersecurity-programme', 'part'],
			['closing', 'recap']
		]);
		// A part is told in the step above it and shown in that step's views.
		const byId = Object.fromEntries(model.milestones.map((m) => [m.id, m]));
		expect(byId.frameworks).toMatchObject({
			stepId: 'memorandum',
			view: byId.memorandum.view,
			map: byId.memorandum.map
		});
		expect(byId['early-warning-network'].stepId).toBe('visit-roadmap');
		// The cybersecurity programme is P6's, told with the strategy (P6).
		expect(byId['cybersecurity-programme'].stepId).toBe('national-strategy');
		expect(byId.closing.stepId).toBe('closing');
		// Before the first step: the overview with nothing highlighted, and a map view of content/map.aml.
		expect(model.opening.view).toBe('overview');
		expect(model.mapViews.map((v) => v.id)).toContain(model.opening.map);
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
			'training-programme': 'year',
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
			edit(
				files,
				M,
				/id: frameworks\nrole: part\nprecision: undated\n/,
				'id: frameworks\nrole: part\nprecision: undated\ndate: 2024\n'
			),
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
			/milestone "training-programme", field "paragraphs": expected a paragraph of the interview, P0–P10, got "P12"/
		],
		[
			'malformed paragraph reference',
			edit(files, M, 'paragraphs: P9', 'paragraphs: 9'),
			/milestone "training-programme", field "paragraphs": expected paragraph ids such as/
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
			/content\/uz\/milestones\.aml: milestone "closing": expected the milestone's words in language "uz"/
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
			'a map view that content/map.aml does not define',
			edit(files, M, 'map: uzbekistan', 'map: samarkand'),
			/content\/milestones\.aml: milestone "[a-z-]+", field "map": expected a map view of content\/map\.aml: world, tashkent, council, central-asia, uzbekistan, synthesis, got "samarkand"/
		],
		[
			'a map view naming a place content/places.aml does not list',
			edit(files, 'content/map.aml', 'places: uzbekistan, tashkent', 'places: uzbekistan, samarkand'),
			/content\/map\.aml: view "uzbekistan", field "places": expected a place listed in content\/places\.aml, got "samarkand"/
		],
		[
			'a map view with a label side that does not exist',
			edit(files, 'content/map.aml', 'tashkent below', 'tashkent under'),
			/content\/map\.aml: view "world", field "labels": expected a city id and a side \(left, right, above, below\)/
		],
		[
			'a map view with both scale and fit',
			edit(files, 'content/map.aml', 'scale: 0.94', 'scale: 0.94\nfit: 1, 2, 3, 4'),
			/content\/map\.aml: view "world", field "fit": expected either scale or fit \(not both\)/
		],
		[
			'a timeline view that ends before it starts',
			edit(files, 'content/timeline.aml', 'to: 2027-01-01', 'to: 2020-01-01'),
			/content\/timeline\.aml: view "overview", field "to": expected a day after from/
		],
		[
			'a map view with no words in a language',
			edit(files, 'content/ru/graphics.aml', /\ntashkent: .*\n/, '\n'),
			/content\/ru\/graphics\.aml: view "tashkent", field "maps\.tashkent": expected its words in language "ru"/
		],
		[
			'a legend for a map view that shows none',
			edit(files, 'content/en/graphics.aml', '{legends}\n', '{legends}\nworld: The world\n'),
			/content\/en\/graphics\.aml: view "world", field "legends\.world": expected a map view with "legend: yes" in content\/map\.aml \(council, central-asia, synthesis\)/
		],
		[
			'a region member that is not a country',
			edit(files, 'content/places.aml', 'members: kazakhstan,', 'members: tashkent, kazakhstan,'),
			/content\/places\.aml: place "central-asia", field "members": expected a country listed in content\/places\.aml, got "tashkent"/
		],
		[
			'a transliteration word in the wrong script',
			edit(files, 'content/transliteration.aml', 'cyrillic: Тошкент', 'cyrillic: Toshkent'),
			/content\/transliteration\.aml: word "Toshkent", field "cyrillic": expected its Cyrillic spelling, such as "Тошкент", got "Toshkent"/
		],
		// Editing slips that ArchieML or a loose check would let through in silence.
		[
			'a publication day that is not in the calendar',
			edit(files, 'content/uz/copy.aml', 'published: 2026-12-07', 'published: 2026-11-31'),
			/content\/uz\/copy\.aml: copy, field "published": expected a day that exists in the calendar, got "2026-11-31"/
		],
		[
			'a pasted document as a step text',
			edit(files, UZ, /text: 2023-yil 5-dekabrda[^\n]*/, `text: ${'Matn. '.repeat(200_000)}`),
			/content\/uz\/milestones\.aml: milestone "memorandum", field "text": expected at most 2000 characters, got 1199999 characters/
		],
		[
			'a title longer than a title',
			edit(files, 'content/en/milestones.aml', /title: [^\n]*/, `title: ${'A long title. '.repeat(20)}`),
			/content\/en\/milestones\.aml: milestone "memorandum", field "title": expected at most 200 characters, got 279 characters/
		],
		[
			'a value continued on a second line without :end',
			edit(files, UZ, /(text: 2023-yil 5-dekabrda[^\n]*)/, '$1\nBu ikkinchi qator.'),
			/content\/uz\/milestones\.aml: milestone "memorandum", field "text": line 14 is not read: ArchieML keeps only the first line of a value\. End a value of several lines with ":end"/
		],
		[
			'an entry whose id: line was removed (merged into the one before)',
			edit(files, UZ, 'id: visit-roadmap\n', ''),
			/content\/uz\/milestones\.aml: milestone "frameworks", field "title": expected one "title:" line per entry, found lines 20 and 24: the entry after this one has probably lost its "id:" line, so ArchieML merged it into this one/
		],
		[
			'a shared entry whose id: line was removed',
			edit(files, M, 'id: expert-council\n', ''),
			/content\/milestones\.aml: milestone "early-warning-network", field "role": expected one "role:" line per entry, found lines 59 and 65.*lost its "id:" line/
		],
		[
			"the first entry's id: line removed",
			edit(files, UZ, 'id: memorandum\n', ''),
			/content\/uz\/milestones\.aml: list \[milestones\]: expected each entry to start with "id:", but the first starts with "title:" \(line 10\)/
		],
		[
			'a key given twice in the copy',
			edit(files, 'content/en/copy.aml', /(byline: [^\n]*\n)/, '$1byline: Someone else\n'),
			/content\/en\/copy\.aml: copy, field "byline": expected once, found on lines \d+ and \d+; only the last would be kept/
		],
		[
			'a map view writing the name of a country not among its places',
			edit(files, 'content/map.aml', 'names: uzbekistan 67.6 40.4', 'names: turkmenistan 59 39, uzbekistan 67.6 40.4'),
			/content\/map\.aml: view "tashkent", field "names": expected a country among this view's places .*got "turkmenistan"/
		],
		[
			'a locator that is not a box',
			edit(files, 'content/map.aml', /locator: [^\n]*/, 'locator: 82, 35.5, 50.5, 51.5'),
			/content\/map\.aml: view "tashkent", field "locator": expected a box with west < east/
		],
		// The story's shape: parts told in a step, the year's basis, the opening.
		[
			'a part with a view of its own',
			edit(files, M, 'id: frameworks\nrole: part\n', 'id: frameworks\nrole: part\nview: overview\n'),
			/content\/milestones\.aml: milestone "frameworks", field "view": expected no view or map for a part: it is shown in its step's/
		],
		[
			'a step with no words of its own',
			edit(files, 'content/en/milestones.aml', /(id: visit-roadmap\n(?:[^\n]+\n)*?)text: [^\n]*\n/, '$1'),
			/content\/en\/milestones\.aml: milestone "visit-roadmap", field "text": expected the step's words/
		],
		[
			'a basis for a date the text gives to the day',
			edit(files, M, 'date: 2023-12-05\n', 'date: 2023-12-05\nbasis: this-year\n'),
			/content\/milestones\.aml: milestone "memorandum", field "basis": expected a basis only for a month or a year the text gives without its year, not for precision "day"/
		],
		[
			'a basis that is not one of the three readings',
			edit(files, M, 'basis: no-year', 'basis: guessed'),
			/content\/milestones\.aml: milestone "expert-council", field "basis": expected a basis: this-year, last-year or no-year/
		],
		[
			'an opening on a map view content/map.aml does not define',
			edit(files, M, /openingMap: [a-z-]+/, 'openingMap: samarkand'),
			/content\/milestones\.aml: the opening, field "openingMap": expected a map view of content\/map\.aml: .*got "samarkand"/
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

describe('what an editor may write and still build', () => {
	it('a file saved with a UTF-8 byte-order mark reads as without one', () => {
		const path = 'content/uz/copy.aml';
		const withBom = buildModel({ ...files, [path]: `\uFEFF${files[path]}` });
		expect(withBom.editions.uz.copy).toEqual(buildModel(files).editions.uz.copy);
	});

	it('a value of several lines ended by :end keeps every line', () => {
		const input = edit(files, UZ, /(text: 2023-yil 5-dekabrda[^\n]*)/, '$1\nBu ikkinchi qator.\n:end');
		const memorandum = buildModel(input).milestones.find((m) => m.id === 'memorandum')!;
		const before = buildModel(files).milestones.find((m) => m.id === 'memorandum')!;
		expect(memorandum.text.uz.text).toBe(`${before.text.uz.text}\nBu ikkinchi qator.`);
	});
});
