// The story's settings live in content: an edit of one content file changes
// what the edition exposes for the graphics (timeline views, map views,
// label points, their words) and the Uzbek Cyrillic spelling.
import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { untypeset } from '$lib/i18n/typeset';
import { edit, readContentFiles } from './helpers';

const files = readContentFiles();
const uz = (input: Record<string, string>) => editionFor(buildModel(input), 'uz');
const mapView = (input: Record<string, string>, id: string) => uz(input).mapViews.find((v) => v.id === id)!;

describe('map views come from content/map.aml and content/places.aml', () => {
	it('give each view in the shape the graphics read', () => {
		const views = editionFor(buildModel(files), 'en').mapViews;
		expect(views.map((v) => v.id)).toEqual(['world', 'tashkent', 'council', 'central-asia', 'uzbekistan', 'synthesis']);
		expect(views[0]).toEqual({
			id: 'world',
			center: [-2, 48],
			scale: 0.94,
			places: ['new-york', 'tashkent'],
			highlight: ['uzbekistan'],
			tone: 'light',
			arc: ['new-york', 'tashkent'],
			labelSide: { 'new-york': 'below', tashkent: 'below' },
			names: {},
			description: 'Map: the globe, with New\u00a0York, Tashkent and the shortest path between them.'
		});
		expect(views[1].fit).toEqual([
			[66.3, 39.9],
			[72.9, 42.7]
		]);
		// The close-up writes its countries' names at its own points, and has a locator inset.
		expect(views[1].names.uzbekistan).toEqual([67.6, 40.4]);
		expect(views[1].locator).toEqual([
			[50.5, 35.5],
			[82, 51.5]
		]);
		// Every view that fills the five states says, in its legend, that they are our reading of "Central Asia".
		const view = (id: string) => views.find((v) => v.id === id)!;
		expect(view('central-asia').legend).toBe('Central Asia: five states (our reading)');
		expect(views.filter((v) => v.legend).map((v) => v.id)).toEqual(['council', 'central-asia', 'synthesis']);
		for (const v of views)
			if (v.highlight.length > 1) expect(v.legend, v.id).toBe('Central Asia: five states (our reading)');
		// The council's region with its city; the closing synthesis: the world's globe and arc, the region filled.
		expect(view('council').tone).toBe('light');
		expect([...view('council').places].sort()).toEqual([
			'kazakhstan',
			'kyrgyzstan',
			'tajikistan',
			'tashkent',
			'turkmenistan',
			'uzbekistan'
		]);
		expect(view('council').highlight).toEqual(view('central-asia').highlight);
		expect(view('synthesis')).toMatchObject({
			center: view('world').center,
			scale: view('world').scale,
			arc: view('world').arc,
			tone: 'strong'
		});
		expect(view('synthesis').highlight).toEqual(view('central-asia').highlight);
	});

	it("highlight Central Asia as central-asia's members in content/places.aml", () => {
		const five = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];
		expect(mapView(files, 'central-asia').highlight).toEqual(five);
		// Its places name Uzbekistan first, then the region: each member once, Uzbekistan first.
		expect(mapView(files, 'central-asia').places).toEqual(['uzbekistan', ...five.slice(0, 4)]);
		const two = edit(files, 'content/places.aml', /members: .*/, 'members: kazakhstan, uzbekistan');
		expect(mapView(two, 'central-asia').highlight).toEqual(['kazakhstan', 'uzbekistan']);
		expect(mapView(two, 'central-asia').places).toEqual(['uzbekistan', 'kazakhstan']);
	});

	it('change with an edit of a view', () => {
		const input = edit(files, 'content/map.aml', 'id: tashkent\ncenter: 69.6, 41.3', 'id: tashkent\ncenter: 70, 42');
		expect(mapView(input, 'tashkent').center).toEqual([70, 42]);
	});

	it("write a country's name at its label point from content/places.aml", () => {
		const label = (input: Record<string, string>) => uz(input).places.find((p) => p.id === 'kazakhstan')!.label;
		expect(label(files)).toEqual([67.5, 48.3]);
		expect(label(edit(files, 'content/places.aml', 'label: 67.5, 48.3', 'label: 66, 47'))).toEqual([66, 47]);
	});
});

describe('timeline views come from content/timeline.aml', () => {
	it('give each view its time domain, unit and caption in the edition language', () => {
		// As content/timeline.aml and content/ru/graphics.aml give them (the edition typesets the words: untypeset).
		const views = editionFor(buildModel(files), 'ru').timelineViews.map((v) => ({
			...v,
			caption: untypeset(v.caption)
		}));
		expect(views).toEqual([
			{ id: 'overview', from: '2021-01-01', to: '2027-01-01', unit: 'year', caption: '2021–2026 годы' },
			{
				id: 'detail',
				from: '2023-11-01',
				to: '2025-01-16',
				unit: 'month',
				caption: 'с декабря 2023 по декабрь 2024 года'
			}
		]);
	});

	it('change with an edit of a time domain', () => {
		const input = edit(files, 'content/timeline.aml', 'from: 2023-11-01', 'from: 2023-10-01');
		expect(uz(input).timelineViews.find((v) => v.id === 'detail')!.from).toBe('2023-10-01');
	});

	it('take their captions from content/<lang>/graphics.aml, transliterated for Uzbek Cyrillic', () => {
		const input = edit(
			files,
			'content/uz/graphics.aml',
			'overview: 2021–2026-yillar',
			'overview: 2021–2026-yillar oraligʻi'
		);
		expect(untypeset(uz(input).timelineViews[0].caption)).toBe('2021–2026-yillar oraligʻi');
		expect(untypeset(editionFor(buildModel(input), 'uz-cyrl').timelineViews[0].caption)).toBe(
			'2021–2026-йиллар оралиғи'
		);
	});
});

describe('the Uzbek Cyrillic spelling of names comes from content/transliteration.aml', () => {
	it('changes with an edit of the word list', () => {
		const tashkent = (input: Record<string, string>) =>
			editionFor(buildModel(input), 'uz-cyrl').places.find((p) => p.id === 'tashkent')!.name;
		expect(tashkent(files)).toBe('Тошкент');
		expect(tashkent(edit(files, 'content/transliteration.aml', 'cyrillic: Тошкент', 'cyrillic: Тошкентт'))).toBe(
			'Тошкентт'
		);
		// Without the entry, the letter rules alone spell it.
		const ruleOnly = edit(files, 'content/transliteration.aml', 'latin: Toshkent\ncyrillic: Тошкент\n\n', '');
		expect(tashkent(ruleOnly)).toBe('Тошкент');
		const nyuYork = (input: Record<string, string>) =>
			editionFor(buildModel(input), 'uz-cyrl').places.find((p) => p.id === 'new-york')!.name;
		expect(untypeset(nyuYork(files))).toBe('Нью-Йорк');
		expect(
			untypeset(nyuYork(edit(files, 'content/transliteration.aml', 'latin: Nyu-York\ncyrillic: Нью-Йорк\n\n', '')))
		).toBe('Ню-Ёрк');
	});

	it('keeps keepLatin words in Latin script', () => {
		const unoct = (input: Record<string, string>) =>
			editionFor(buildModel(input), 'uz-cyrl').copy.standfirst.includes('(UNOCT)');
		expect(unoct(files)).toBe(true);
		expect(unoct(edit(files, 'content/transliteration.aml', '* UNOCT\n', ''))).toBe(false);
	});
});
