import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { graphicPropsFor } from '$lib/story/graphic-state';
import {
	FIT_PADDING,
	arcBetween,
	boundsContain,
	boxOutline,
	interpolateView,
	isVisible,
	MINOR_MIN_WIDTH,
	placeMarks,
	projectionFor,
	resolveView,
	type LonLat,
	type MapView
} from '$lib/graphics/map/views';
import { readContentFiles } from './helpers';

// The story's map views, as the page hands them to the map: the opening's (before the first step) and each step's.
const edition = editionFor(buildModel(readContentFiles()), 'uz');
const VIEWS: Record<string, MapView> = Object.fromEntries(
	[undefined, ...edition.steps.map((s) => s.id)].map((id) => graphicPropsFor(edition, id).map).map((v) => [v.id, v])
);
const IDS = Object.keys(VIEWS);
const places = edition.places;
// Phones (portrait boxes too), the nominal server size, laptops.
const SIZES: [number, number][] = [
	[320, 260],
	[375, 300],
	[375, 480],
	[560, 320],
	[800, 500],
	[1000, 400]
];

const countries = (file: string) => {
	const topo = JSON.parse(readFileSync(`static/map/${file}`, 'utf8')) as Topology;
	return (feature(topo, topo.objects.countries) as FeatureCollection).features;
};
const region = countries('central-asia-50m.json');
const byIso = (id: string): Feature => region.find((f) => f.id === id)!;
const centroid = (f: Feature) => geoCentroid(f) as [number, number];

describe('map views', () => {
	it('has the six views of the story, each with all its places marked', () => {
		expect([...IDS].sort()).toEqual(['central-asia', 'council', 'synthesis', 'tashkent', 'uzbekistan', 'world']);
		expect(Object.keys(VIEWS).sort()).toEqual(edition.mapViews.map((v) => v.id).sort());
		for (const setting of edition.mapViews) {
			const shown = setting.places.filter((id) => places.find((p) => p.id === id)?.kind !== 'region');
			expect(
				VIEWS[setting.id].markers.map((m) => m.id),
				setting.id
			).toEqual(shown);
		}
	});

	it('fits each box to the padded frame: inside it, touching it on one side', () => {
		for (const [width, height] of [...SIZES, [1440, 700] as [number, number]]) {
			for (const view of Object.values(VIEWS)) {
				if (!view.fit) continue;
				const projection = projectionFor(view, width, height).clipExtent(null);
				const points = boxOutline(view.fit).coordinates[0].map((p) => projection(p as LonLat)!);
				const xs = points.map((p) => p[0]);
				const ys = points.map((p) => p[1]);
				const bottom = view.legend ? FIT_PADDING.legend : FIT_PADDING.bottom;
				const gaps = [
					Math.min(...xs) - FIT_PADDING.side,
					width - FIT_PADDING.side - Math.max(...xs),
					Math.min(...ys) - FIT_PADDING.top,
					height - bottom - Math.max(...ys)
				];
				const at = `${view.id} at ${width}×${height}: ${gaps.map((g) => g.toFixed(2))}`;
				expect(Math.min(...gaps), at).toBeGreaterThan(-0.5);
				expect(Math.min(...gaps), at).toBeLessThan(0.5);
			}
		}
		// The same radii as the hand-written fit it replaced, well within a pixel (the region's box
		// since tightened to the five states' south, so a phone's frame has room to name all five).
		const radius = (id: string) => resolveView(VIEWS[id], 560, 320).scale * 160;
		expect(radius('tashkent')).toBeCloseTo(5785.28, 0);
		expect(radius('central-asia')).toBeCloseTo(984.66, 0);
		expect(radius('uzbekistan')).toBeCloseTo(1861.28, 0);
	});

	for (const [width, height] of SIZES) {
		it(`shows every marked place inside a ${width}×${height} frame`, () => {
			for (const view of Object.values(VIEWS)) {
				for (const m of view.markers) {
					expect(boundsContain(view, width, height, m.lonLat, 4), `${view.id}: ${m.id}`).toBe(true);
				}
			}
		});

		it(`keeps labels apart and inside a ${width}×${height} frame`, () => {
			for (const id of IDS) {
				const marks = placeMarks(VIEWS[id], resolveView(VIEWS[id], width, height), width, height);
				expect(marks.map((m) => m.id).sort(), id).toEqual(VIEWS[id].markers.map((m) => m.id).sort());
				for (const m of marks) {
					const [x0, y0, x1, y1] = m.box;
					expect(
						x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height,
						`${id}: ${m.id} label ${m.box.map(Math.round)}`
					).toBe(true);
				}
				// Nor do they sit on the arc.
				if (VIEWS[id].arc) {
					const projection = projectionFor(VIEWS[id], width, height);
					const [a, b] = VIEWS[id].arc;
					for (const point of arcBetween(a, b, 200).coordinates) {
						const [x, y] = projection(point as [number, number])!;
						for (const m of marks)
							expect(
								x < m.box[0] - 2 || x > m.box[2] + 2 || y < m.box[1] - 2 || y > m.box[3] + 2,
								`${id}: the arc crosses ${m.id}`
							).toBe(true);
					}
				}
				for (let i = 0; i < marks.length; i++) {
					for (let j = i + 1; j < marks.length; j++) {
						const [a, b] = [marks[i].box, marks[j].box];
						const apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
						expect(apart, `${id}: ${marks[i].id} and ${marks[j].id} overlap`).toBe(true);
					}
				}
			}
		});
	}

	it('leaves minor names (the neighbours) out of a small frame only, and keeps the story’s own', () => {
		const withMinor = IDS.filter((id) => VIEWS[id].markers.some((m) => m.minor));
		expect(withMinor.length, 'a view names neighbours').toBeGreaterThan(0);
		for (const id of withMinor) {
			const ids = (w: number, h: number) => placeMarks(VIEWS[id], resolveView(VIEWS[id], w, h), w, h).map((m) => m.id);
			const minor = VIEWS[id].markers.filter((m) => m.minor).map((m) => m.id);
			for (const m of minor) {
				expect(ids(150, 72), `${id} at 150×72`).not.toContain(m);
				expect(ids(MINOR_MIN_WIDTH, 260), `${id} at ${MINOR_MIN_WIDTH}×260`).toContain(m);
			}
			// The highlighted country keeps its name even in the locator.
			const own = VIEWS[id].markers.filter((m) => m.kind === 'country' && !m.minor).map((m) => m.id);
			for (const m of own) expect(ids(150, 72), `${id}: ${m}`).toContain(m);
		}
	});

	it('moves a city label that would run into another to a clear side (the phone locator, 150×72)', () => {
		for (const id of IDS) {
			const cities = placeMarks(VIEWS[id], resolveView(VIEWS[id], 150, 72), 150, 72).filter((m) => m.kind === 'city');
			for (let i = 0; i < cities.length; i++) {
				for (let j = i + 1; j < cities.length; j++) {
					const [a, b] = [cities[i].box, cities[j].box];
					const apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
					expect(apart, `${id}: ${cities[i].id} and ${cities[j].id} overlap`).toBe(true);
				}
			}
		}
	});

	it('shows each highlighted country on the near side of the globe, and some of it in the frame', () => {
		for (const id of IDS) {
			for (const placeId of VIEWS[id].highlight) {
				const country = byIso(placeId);
				const c = centroid(country);
				expect(geoDistance(VIEWS[id].center, c), `${id}: ${placeId}`).toBeLessThan(Math.PI / 2);
				expect(isVisible(resolveView(VIEWS[id], 375, 300), c)).toBe(true);
				const g = country.geometry as MultiPolygon | Polygon;
				const vertices = (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)) as [number, number][];
				expect(
					vertices.some((p) => boundsContain(VIEWS[id], 375, 300, p)),
					`${id}: ${placeId}`
				).toBe(true);
			}
		}
	});

	it('writes each country name inside the country', () => {
		const labelled = places.filter((p) => p.label);
		expect(labelled).toHaveLength(5);
		for (const p of labelled) expect(geoContains(byIso(p.iso!), p.label!), p.id).toBe(true);
	});

	it('draws the arc from New York to Tashkent along the great circle', () => {
		const [NEW_YORK, TASHKENT] = VIEWS.world.arc!;
		expect(NEW_YORK).toEqual([-73.968, 40.749]);
		expect(TASHKENT).toEqual([69.24, 41.299]);
		const arc = arcBetween(NEW_YORK, TASHKENT, 48);
		const points = arc.coordinates as [number, number][];
		expect(points).toHaveLength(48);
		expect(points[0]).toEqual(NEW_YORK);
		expect(points.at(-1)).toEqual(TASHKENT);
		const total = geoDistance(NEW_YORK, TASHKENT);
		for (const p of points) expect(geoDistance(NEW_YORK, p) + geoDistance(p, TASHKENT)).toBeCloseTo(total, 9);
		// The world view shows all of it.
		for (const p of points) expect(boundsContain(VIEWS.world, 375, 300, p)).toBe(true);
	});

	it('interpolates between views from one to the other', () => {
		for (const a of IDS) {
			for (const b of IDS) {
				const [pa, pb] = [resolveView(VIEWS[a], 560, 320), resolveView(VIEWS[b], 560, 320)];
				const f = interpolateView(pa, pb);
				expect(f(0)).toEqual(pa);
				expect(f(1)).toEqual(pb);
				const mid = f(0.5);
				expect(mid.scale).toBeCloseTo(Math.sqrt(pa.scale * pb.scale), 9);
				// The centre moves along the great circle, one way only.
				let last = 0;
				for (let t = 0.05; t < 1; t += 0.05) {
					const { center } = f(t);
					const total = geoDistance(pa.center, pb.center);
					expect(geoDistance(pa.center, center) + geoDistance(center, pb.center)).toBeCloseTo(total, 6);
					expect(geoDistance(pa.center, center)).toBeGreaterThanOrEqual(last - 1e-9);
					last = geoDistance(pa.center, center);
				}
				// Zooming in, the place zoomed into stays in the frame all the way.
				if (pb.scale > pa.scale && boundsContain(pa, 560, 320, pb.center)) {
					for (let t = 0; t <= 1; t += 0.05)
						expect(boundsContain(f(t), 560, 320, pb.center), `${a} → ${b} at ${t.toFixed(2)}`).toBe(true);
				}
			}
		}
	});

	it('zooms from the globe to the region', () => {
		const at = (id: string) => resolveView(VIEWS[id], 375, 300).scale;
		expect(at('world')).toBeLessThan(1);
		expect(at('synthesis')).toBe(at('world'));
		for (const id of ['tashkent', 'council', 'central-asia', 'uzbekistan']) expect(at(id), id).toBeGreaterThan(3);
		expect(at('tashkent')).toBeGreaterThan(at('uzbekistan'));
	});
});

describe('names on the map', () => {
	const IDS_ALL = Object.keys(VIEWS);
	const apart = (a: number[], b: number[]) => a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];

	it('never run into each other, in any view, from a phone’s strip to a laptop’s map', () => {
		// The story's frames: the map's strip under a phone's timeline (360 px wide), its room on a
		// step about a place (375 px), an embed's, a laptop's.
		for (const [w, h] of [
			[334, 86],
			[349, 210],
			[343, 260],
			[650, 450]
		]) {
			for (const id of IDS_ALL) {
				const marks = placeMarks(VIEWS[id], resolveView(VIEWS[id], w, h), w, h);
				for (let i = 0; i < marks.length; i++)
					for (let j = i + 1; j < marks.length; j++)
						expect(apart(marks[i].box, marks[j].box), `${id} at ${w}×${h}: ${marks[i].id} and ${marks[j].id}`).toBe(
							true
						);
			}
		}
	});

	it('name all five states of the region, and the city, in a phone’s room for a place (349×198)', () => {
		for (const id of ['council', 'central-asia']) {
			const view = VIEWS[id];
			const marks = placeMarks(view, resolveView(view, 349, 198), 349, 198);
			expect(new Set(marks.map((m) => m.id)), id).toEqual(new Set(view.markers.map((m) => m.id)));
			// A name moved off its point is written where its box was placed.
			for (const m of marks.filter((m) => m.kind === 'country'))
				expect(m.labelX, `${id}: ${m.id}`).toBeCloseTo((m.box[0] + m.box[2]) / 2, 5);
		}
	});

	it('keep, where a phone’s locator has room for fewer, the first its view lists: Uzbekistan', () => {
		for (const id of IDS_ALL.filter((v) => VIEWS[v].markers.some((m) => m.kind === 'country'))) {
			const named = placeMarks(VIEWS[id], resolveView(VIEWS[id], 150, 72), 150, 72).map((m) => m.id);
			expect(named, id).toContain(VIEWS[id].markers.find((m) => m.kind === 'country')?.id);
		}
		const region = placeMarks(VIEWS['central-asia'], resolveView(VIEWS['central-asia'], 150, 72), 150, 72);
		// Uzbekistan first; of five states, only those with room (a name may move a line up or down for it).
		expect(region[0].id).toBe('uzbekistan');
		expect(region.length).toBeLessThan(5);
	});
});
