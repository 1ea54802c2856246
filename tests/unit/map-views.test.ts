import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoCentroid, geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildModel } from '$lib/content/model';
import { editionFor } from '$lib/content/edition';
import {
	LABEL_POINTS,
	ARC_ENDS,
	VIEWS,
	arcBetween,
	boundsContain,
	interpolateView,
	isVisible,
	lonLatOf,
	placeMarks,
	projectionFor,
	resolveView
} from '$lib/graphics/map/views';
import { readContentFiles } from './helpers';

const { places, mapViews } = editionFor(buildModel(readContentFiles()), 'uz');
const MAP_VIEWS = mapViews.map((v) => v.id);
const iso = (id: string) => places.find((p) => p.id === id)!.iso!;
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
	it('defines every view the content can name', () => {
		for (const id of MAP_VIEWS) expect(VIEWS[id], id).toBeDefined();
		expect(Object.keys(VIEWS).sort()).toEqual([...MAP_VIEWS].sort());
	});

	it('keeps rotate and centre of each view consistent', () => {
		for (const id of MAP_VIEWS) expect(VIEWS[id].rotate).toEqual([-VIEWS[id].center[0], -VIEWS[id].center[1]]);
	});

	for (const [width, height] of SIZES) {
		it(`shows every marked place inside a ${width}×${height} frame`, () => {
			for (const id of MAP_VIEWS) {
				for (const placeId of VIEWS[id].places) {
					const place = places.find((p) => p.id === placeId)!;
					expect(place, placeId).toBeDefined();
					const lonlat: [number, number] = place.kind === 'city' ? [place.lon!, place.lat!] : LABEL_POINTS[placeId];
					expect(boundsContain(id, width, height, lonlat, 4), `${id}: ${placeId}`).toBe(true);
				}
			}
		});

		it(`keeps labels apart and inside a ${width}×${height} frame`, () => {
			for (const id of MAP_VIEWS) {
				const marks = placeMarks(id, resolveView(id, width, height), places, width, height);
				expect(marks.map((m) => m.id).sort(), id).toEqual(
					VIEWS[id].places.filter((p) => places.find((q) => q.id === p)?.kind !== 'region').sort()
				);
				for (const m of marks) {
					const [x0, y0, x1, y1] = m.box;
					expect(
						x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height,
						`${id}: ${m.id} label ${m.box.map(Math.round)}`
					).toBe(true);
				}
				// Nor do they sit on the arc.
				if (VIEWS[id].arc) {
					const projection = projectionFor(id, width, height);
					const [a, b] = ARC_ENDS.map((p) => lonLatOf(places, p)!);
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

	it('shows each highlighted country on the near side of the globe, and some of it in the frame', () => {
		for (const id of MAP_VIEWS) {
			for (const placeId of VIEWS[id].highlight) {
				const country = byIso(iso(placeId));
				const c = centroid(country);
				expect(geoDistance(VIEWS[id].center, c), `${id}: ${placeId}`).toBeLessThan(Math.PI / 2);
				expect(isVisible(resolveView(id, 375, 300), c)).toBe(true);
				const g = country.geometry as MultiPolygon | Polygon;
				const vertices = (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2)) as [number, number][];
				expect(
					vertices.some((p) => boundsContain(id, 375, 300, p)),
					`${id}: ${placeId}`
				).toBe(true);
			}
		}
	});

	it('writes each country name inside the country', () => {
		for (const [placeId, point] of Object.entries(LABEL_POINTS))
			expect(geoContains(byIso(iso(placeId)), point), placeId).toBe(true);
	});

	it('draws the arc from New York to Tashkent along the great circle', () => {
		const [NEW_YORK, TASHKENT] = ARC_ENDS.map((id) => lonLatOf(places, id)!);
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
		for (const p of points) expect(boundsContain('world', 375, 300, p)).toBe(true);
	});

	it('interpolates between views from one to the other', () => {
		for (const a of MAP_VIEWS) {
			for (const b of MAP_VIEWS) {
				const [pa, pb] = [resolveView(a, 560, 320), resolveView(b, 560, 320)];
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
		const world = resolveView('world', 375, 300);
		expect(world.scale).toBeLessThan(1);
		for (const id of ['tashkent', 'central-asia', 'uzbekistan'] as const)
			expect(resolveView(id, 375, 300).scale, id).toBeGreaterThan(3);
		expect(resolveView('tashkent', 375, 300).scale).toBeGreaterThan(resolveView('uzbekistan', 375, 300).scale);
	});
});
