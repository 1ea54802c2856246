import { yearIsOurReading } from '$lib/content/dates';
import { describe, expect, it } from 'vitest';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import {
	goToStepLabel,
	graphicPropsFor,
	graphicStateFor,
	mapViewFor,
	timelineItemsFor
} from '$lib/story/graphic-state';
import { shapeFor, ticksFor, timelineRows, utcDay } from '$lib/graphics/timeline/layout';
import { axisHeight, bands, textSizeFor } from '$lib/graphics/timeline/geometry';
import { untypeset } from '$lib/i18n/typeset';
import { readContentFiles } from './helpers';

const model = buildModel(readContentFiles());
const edition = editionFor(model, 'uz');
const { steps, milestones } = edition;
/** Every milestone drawn on the timeline: the steps' and the parts told in them (not the recap). */
const drawn = milestones.filter((m) => m.role !== 'recap').map((m) => m.id);
const iso = (id: string) => edition.places.find((p) => p.id === id)!.iso!;
const place = (id: string) => edition.places.find((p) => p.id === id)!;

describe('graphicStateFor', () => {
	it('is a pure function of the active step, whatever came before', () => {
		const direct = graphicStateFor(edition, 'december-briefing');
		expect(direct).toEqual({
			activeId: 'december-briefing',
			view: 'detail',
			highlighted: ['december-briefing'],
			recap: false,
			mapView: 'world',
			// The step before (national strategy) is on the Uzbekistan map: the map moves, a phone shows it.
			focus: 'place'
		});
		// Same answer however many times and in whatever order it is asked.
		graphicStateFor(edition, 'memorandum');
		expect(graphicStateFor(edition, 'december-briefing')).toEqual(direct);
	});
	it('shows the opening before any step is active, or for an unknown id: nothing highlighted', () => {
		const opening = {
			activeId: undefined,
			view: 'overview',
			highlighted: [],
			recap: false,
			mapView: model.opening.map,
			focus: 'time'
		};
		expect(graphicStateFor(edition, undefined)).toEqual(opening);
		expect(graphicStateFor(edition, 'no-such-step')).toEqual(opening);
	});
	it('highlights a step with the parts told in it', () => {
		expect(graphicStateFor(edition, 'memorandum').highlighted).toEqual(['memorandum', 'frameworks']);
		expect(graphicStateFor(edition, 'visit-roadmap').highlighted).toEqual(['visit-roadmap', 'early-warning-network']);
	});
	it("gives a phone's room to the map at the first step and when the map view changes, but in the recap", () => {
		const states = [undefined, ...steps.map((s) => s.id)].map((id) => graphicStateFor(edition, id));
		for (let i = 2; i < states.length; i++) {
			const moved = states[i].mapView !== states[i - 1].mapView && !states[i].recap;
			expect(states[i].focus, states[i].activeId).toBe(moved ? 'place' : 'time');
		}
		// The opening gives the room to the timeline; the first step, to the map: where the story starts
		// (the same world view as the opening's, now big enough to read).
		expect(graphicStateFor(edition, undefined).focus).toBe('time');
		expect(graphicStateFor(edition, steps[0].id)).toMatchObject({ mapView: model.opening.map, focus: 'place' });
		expect(states.filter((s) => s.focus === 'place').length).toBeGreaterThan(3);
		// The recap names every mark: the timeline gets the room, over its map (the synthesis).
		expect(graphicStateFor(edition, 'closing')).toMatchObject({ recap: true, mapView: 'synthesis', focus: 'time' });
	});
	it('highlights all drawn milestones on the recap step', () => {
		const recap = graphicStateFor(edition, 'closing');
		expect(recap).toMatchObject({ view: 'overview', recap: true, mapView: 'synthesis' });
		expect(recap.highlighted).toEqual(drawn);
		expect(recap.highlighted).not.toContain('closing');
	});
});

describe('graphicPropsFor', () => {
	it('gives every step its own views, ids for the DOM contract and heading', () => {
		for (const s of steps) {
			const g = graphicPropsFor(edition, s.id);
			expect(g.activeId).toBe(s.id);
			expect([g.view, g.timeline.axis.id], s.id).toEqual([s.view, s.view]);
			expect([g.mapView, g.map.id], s.id).toEqual([s.map, s.map]);
			const axis = edition.timelineViews.find((v) => v.id === s.view)!;
			expect(g.timeline.axis).toEqual({ id: axis.id, from: axis.from, to: axis.to, unit: axis.unit });
			expect(g.mapDescription).toBe(edition.mapViews.find((v) => v.id === s.map)!.description);
			expect([g.title, g.dateLabel]).toEqual([s.title, yearIsOurReading(s.basis) ? `${s.whenLabel}*` : s.whenLabel]);
			expect(g.timeline.months).toBe(edition.monthsShort);
			expect(g.timeline.undatedLabel).toBe(edition.ui.undatedLane);
		}
		expect(graphicPropsFor(edition, 'visit-roadmap').timeline.axis).toEqual({
			id: 'detail',
			from: '2023-11-01',
			to: '2025-01-16',
			unit: 'month'
		});
	});

	it('highlights the active step with its parts, and every milestone on the recap', () => {
		expect(graphicPropsFor(edition, 'memorandum').timeline).toMatchObject({
			highlighted: ['memorandum', 'frameworks'],
			recap: false
		});
		const recap = graphicPropsFor(edition, 'closing');
		expect(recap.timeline).toMatchObject({ highlighted: drawn, recap: true });
		expect(recap.timeline.items.map((i) => i.id).sort()).toEqual([...drawn].sort());
	});

	it('opens on the widest view with nothing highlighted, before any step', () => {
		const g = graphicPropsFor(edition, undefined);
		expect(g).toMatchObject({ activeId: undefined, position: 0, count: steps.length, title: '', dateLabel: '' });
		expect(g.timeline).toMatchObject({ highlighted: [], recap: false, axis: { id: 'overview' } });
		expect(g.map.id).toBe(model.opening.map);
	});

	it('puts undated milestones in the lane and dated ones on the scale at their precision, an inferred year marked; recaps are not items', () => {
		const items = timelineItemsFor(milestones);
		expect(items.filter((i) => i.lane === 'undated').map((i) => i.id)).toEqual(['frameworks', 'early-warning-network']);
		expect(items.find((i) => i.id === 'closing')).toBeUndefined();
		const council = milestones.find((s) => s.id === 'expert-council')!;
		const item = items.find((i) => i.id === 'expert-council')!;
		// The edition's words are typeset (no break in "2024-yil"): compared as written.
		expect({ ...item, dateLabel: item.lane === 'dated' && untypeset(item.dateLabel) }).toEqual({
			lane: 'dated',
			id: 'expert-council',
			label: council.title,
			short: council.short,
			period: { precision: 'month', start: '2024-05-01', end: '2024-06-01' },
			dateLabel: '2024-yil may*',
			inferred: true
		});
		// “This year” (joriy yil), in an interview that sums up 2024, is 2024 unmarked.
		expect(items.find((i) => i.id === 'visit-roadmap')).not.toHaveProperty('inferred');
		expect(items.find((i) => i.id === 'memorandum')).not.toHaveProperty('inferred');
		expect(items.find((i) => i.id === 'national-strategy')).toMatchObject({
			period: { precision: 'range', start: '2021-01-01', end: '2027-01-01' }
		});
	});

	it('has a text alternative for every step that names the step and its precision', () => {
		for (const s of steps) {
			const text = untypeset(graphicPropsFor(edition, s.id).timeline.description);
			if (s.role === 'recap') expect(text).toBe('Vaqt chizigʻi, 2021–2026-yillar: intervyudagi barcha bosqichlar.');
			else expect(text).toContain(untypeset(s.title));
		}
		expect(untypeset(graphicPropsFor(edition, 'expert-council').timeline.description)).toBe(
			// Uzbek dashes are the tire "—" (AUDIT-2 O-F), in the view's caption too.
			`Vaqt chizigʻi, 2023-yil dekabr — 2024-yil dekabr. Belgilangan: ${steps.find((s) => s.id === 'expert-council')!.title} — 2024-yil may (oy; ${edition.ui.inferredMark}).`
		);
		// The visit's step tells the early-warning network, undated, as its part.
		expect(untypeset(graphicPropsFor(edition, 'visit-roadmap').timeline.description)).toMatch(
			/2024-yil may \(oy\); .+ — sanasi aytilmagan\.$/
		);
		expect(untypeset(graphicPropsFor(edition, 'memorandum').timeline.description)).toMatch(
			/2023-yil 5-dekabr \(kun\); Ramkaviy hujjatlar — sanasi aytilmagan\.$/
		);
		// A step that tells a part says the part's name and date too, with its reading (AUDIT-2 round 9, F-1).
		const part = edition.milestones.find((m) => m.id === 'cybersecurity-programme')!;
		expect(untypeset(graphicPropsFor(edition, part.stepId!).timeline.description)).toMatch(
			new RegExp(`; ${untypeset(part.short)} — ${untypeset(part.whenLabel)} \\(${edition.ui.inferredMark}\\)\\.$`)
		);
	});

	it('turns each map view into names, positions and ISO codes', () => {
		const view = (id: string) => graphicPropsFor(edition, steps.find((s) => s.map === id)!.id).map;
		const lonLat = (id: string) => [place(id).lon, place(id).lat];

		const world = view('world');
		expect(world).toMatchObject({ center: [-2, 48], scale: 0.94, tone: 'light', highlight: [iso('uzbekistan')] });
		expect(world.arc).toEqual([lonLat('new-york'), lonLat('tashkent')]);
		expect(world.markers).toEqual([
			{ id: 'new-york', kind: 'city', name: place('new-york').name, lonLat: lonLat('new-york'), labelSide: 'below' },
			{ id: 'tashkent', kind: 'city', name: 'Toshkent', lonLat: lonLat('tashkent'), labelSide: 'below' }
		]);
		expect(world.legend).toBeUndefined();

		const region = view('central-asia');
		const five = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];
		expect(region.highlight).toEqual(five.map(iso));
		// Named Uzbekistan first (its places say so): the name kept where a phone's locator has room for one.
		const named = ['uzbekistan', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan'];
		expect(region.markers.map((m) => [m.id, m.kind, m.lonLat])).toEqual(
			named.map((id) => [id, 'country', place(id).label])
		);
		expect(region).toMatchObject({
			tone: 'strong',
			legend: 'Markaziy Osiyo: besh davlat (bizning talqinimiz)',
			fit: [
				[51.5, 36.2],
				[79, 50.3]
			]
		});
		expect(region.arc).toBeUndefined();

		// The close-up names Tashkent, Uzbekistan and its neighbours (at the view's own name points),
		// and places itself in Central Asia with a locator that fills Uzbekistan.
		const tashkent = view('tashkent');
		expect(tashkent.markers[0]).toEqual({
			id: 'tashkent',
			kind: 'city',
			name: 'Toshkent',
			lonLat: lonLat('tashkent'),
			labelSide: 'right'
		});
		expect(tashkent.markers.slice(1).map((m) => [m.id, m.kind, m.name, m.lonLat])).toEqual([
			['uzbekistan', 'country', place('uzbekistan').name, [67.6, 40.4]],
			['kazakhstan', 'country', place('kazakhstan').name, [68.6, 42.35]],
			['kyrgyzstan', 'country', place('kyrgyzstan').name, [72.1, 42.1]],
			['tajikistan', 'country', place('tajikistan').name, [69.3, 40.05]]
		]);
		expect(tashkent.locator).toEqual({
			fit: [
				[50.5, 35.5],
				[82, 51.5]
			],
			highlight: [iso('uzbekistan')]
		});
		expect(view('uzbekistan')).toMatchObject({ highlight: [iso('uzbekistan')], tone: 'strong' });
		expect(view('uzbekistan').markers.map((m) => m.kind)).toEqual(['country', 'city']);
	});

	it('marks no region and no place without a position, and says which setting is missing', () => {
		const setting = { ...edition.mapViews[0], places: ['central-asia', 'tashkent'] };
		expect(mapViewFor(setting, edition.places).markers.map((m) => m.id)).toEqual(['tashkent']);
		const unlabelled = edition.places.map((p) => (p.id === 'uzbekistan' ? { ...p, label: undefined } : p));
		expect(mapViewFor({ ...setting, places: ['uzbekistan'] }, unlabelled).markers).toEqual([]);
		expect(() => mapViewFor({ ...setting, places: ['atlantis'] }, edition.places)).toThrow(/place "atlantis"/);
		expect(() => graphicPropsFor({ ...edition, mapViews: [] }, 'memorandum')).toThrow(/map view "world"/);
	});

	it('speaks the edition’s language, in the Cyrillic edition too', () => {
		const cyrl = editionFor(model, 'uz-cyrl');
		const g = graphicPropsFor(cyrl, 'visit-roadmap');
		expect(g.timeline.description).toMatch(/^Вақт чизиғи, 2023/);
		expect(g.map.markers[0].name).toBe('Тошкент');
		expect(graphicPropsFor(editionFor(model, 'en'), 'closing').timeline.description).toBe(
			'Timeline, 2021–2026: every milestone of the interview.'
		);
	});
});

describe('timeline layout', () => {
	const rows = timelineRows(timelineItemsFor(milestones));

	it('splits dated rows (earliest first) from the undated lane', () => {
		expect(rows.dated.map((d) => d.id)).toEqual([
			'national-strategy',
			'memorandum',
			// Two spans of 2024: a tie keeps the story's order (the step, then the part told in it).
			'training-programme',
			'cybersecurity-programme',
			'visit-roadmap',
			'expert-council',
			'december-briefing'
		]);
		expect(rows.undated.map((d) => d.id)).toEqual(['frameworks', 'early-warning-network']);
	});
	it('draws a day as a point, months and years as spans, a range as a bar', () => {
		expect(shapeFor({ precision: 'day' })).toBe('point');
		expect(shapeFor({ precision: 'month' })).toBe('span');
		expect(shapeFor({ precision: 'year' })).toBe('span');
		expect(shapeFor({ precision: 'range' })).toBe('bar');
	});
	it('the views hold every period they are used for', () => {
		for (const s of milestones) {
			const row = rows.dated.find((d) => d.id === s.id);
			if (!row || row.shape === 'bar') continue;
			const axis = graphicPropsFor(edition, s.stepId).timeline.axis;
			expect(+row.start, s.id).toBeGreaterThanOrEqual(+utcDay(axis.from));
			expect(+row.end, s.id).toBeLessThanOrEqual(+utcDay(axis.to));
		}
	});
	it('ticks years or months', () => {
		expect(ticksFor('year', [utcDay('2021-01-01'), utcDay('2027-01-01')]).map((d) => d.getUTCFullYear())).toEqual([
			2021, 2022, 2023, 2024, 2025, 2026, 2027
		]);
		const months = ticksFor('month', [utcDay('2023-11-15'), utcDay('2025-01-16')]).map((d) =>
			d.toISOString().slice(0, 7)
		);
		expect(months[0]).toBe('2023-12');
		expect(months).toContain('2024-12');
	});
	it('caps row height and keeps the axis and lane inside the chart', () => {
		const axis = axisHeight(12);
		expect(bands(800, 7, 50)).toEqual({ rowsBottom: 7 * 30, laneTop: 7 * 30 + axis });
		const small = bands(180, 7, 50);
		expect(small.rowsBottom).toBe(180 - axis - 50);
		// No undated items: no lane, the rows take its room.
		expect(bands(180, 7, 0).rowsBottom).toBe(180 - axis);
		// Larger text, a taller axis.
		expect(bands(180, 7, 0, axisHeight(14)).rowsBottom).toBeLessThan(180 - axis);
	});
	it('sets the chart text at 12 px on a phone, growing to 14 px on a wide screen', () => {
		expect(textSizeFor(330)).toBe(12);
		expect(textSizeFor(700)).toBeGreaterThan(12);
		expect(textSizeFor(1200)).toBe(14);
	});
});

describe('goToStepLabel', () => {
	it('names a mark with its date, once: not twice when its name already says it', () => {
		for (const lang of ['uz', 'ru', 'en'] as const) {
			const ed = editionFor(model, lang);
			const label = goToStepLabel(ed.ui);
			const items = timelineItemsFor(ed.milestones);
			for (const item of items) {
				const name = untypeset(label(item.label, item.lane === 'undated' ? ed.ui.undatedLane : item.dateLabel));
				const date = untypeset(item.lane === 'undated' ? ed.ui.precision.undated : item.dateLabel);
				expect(name.split(date).length - 1, name).toBe(1);
				expect(name.startsWith(untypeset(item.label)), name).toBe(true);
			}
		}
	});
});
