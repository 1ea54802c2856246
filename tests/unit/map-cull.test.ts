// The map's ground, culled before projection (src/lib/graphics/map/cull.ts):
// in every frame of the story, at rest and halfway through each move, on a
// laptop and a phone, the culled land and borders draw exactly what the whole
// geometry draws, and the close views project a fraction of the pieces.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoDistance, geoPath } from 'd3-geo';
import { prepareMapData } from '$lib/graphics/map/data';
import { cullable, frameCap, visibleOf } from '$lib/graphics/map/cull';
import { interpolateView, projectionFor, resolveView } from '$lib/graphics/map/views';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { readContentFiles } from './helpers';

const read = (name: string) => JSON.parse(readFileSync(`static/map/${name}`, 'utf8'));
const data = prepareMapData(read('world-110m.json'), read('central-asia-50m.json'));
const edition = editionFor(buildModel(readContentFiles()), 'en');
const views = [...new Map(edition.steps.map((s) => graphicPropsFor(edition, s.id).map).map((v) => [v.id, v])).values()];
const FRAMES = [
	[650, 450],
	[1200, 700],
	[150, 72]
] as const;

/** Every frame the story shows: each view at rest, and halfway from the one before. */
function* frames() {
	for (const [width, height] of FRAMES) {
		const resolved = views.map((v) => resolveView(v, width, height));
		for (let i = 0; i < views.length; i++) {
			yield { what: `${views[i].id} at ${width}×${height}`, params: resolved[i], width, height };
			if (i > 0)
				yield {
					what: `${views[i - 1].id} → ${views[i].id} at ${width}×${height}`,
					params: interpolateView(resolved[i - 1], resolved[i])(0.5),
					width,
					height
				};
		}
	}
}

describe('the ground culled to the frame', () => {
	it('draws exactly what the whole geometry draws, in every frame of the story', () => {
		let checked = 0;
		for (const { what, params, width, height } of frames()) {
			const projection = projectionFor(params, width, height);
			const path = geoPath(projection);
			const seen = frameCap(projection);
			for (const layer of [data.world, data.region]) {
				expect(path(visibleOf(layer.ground.land, seen)), what).toBe(path(layer.land));
				expect(path(visibleOf(layer.ground.borders, seen)), what).toBe(path(layer.borders));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(30);
	});

	it('projects a fraction of the world’s pieces in the close views, and all the globe shows in the world view', () => {
		const share = (viewId: string) => {
			const view = views.find((v) => v.id === viewId)!;
			const projection = projectionFor(resolveView(view, 650, 450), 650, 450);
			const seen = frameCap(projection);
			const { land, borders } = data.world.ground;
			return (
				(visibleOf(land, seen).coordinates.length + visibleOf(borders, seen).coordinates.length) /
				(land.pieces.length + borders.pieces.length)
			);
		};
		expect(share('tashkent')).toBeLessThan(0.2);
		expect(share('central-asia')).toBeLessThan(0.3);
		// The globe: about half the world's pieces face the reader.
		expect(share('world')).toBeGreaterThan(0.3);
		expect(share('world')).toBeLessThan(1);
	});

	it('keeps each piece inside its cap, and refuses what is not land or borders', () => {
		const land = cullable(data.world.land);
		for (const { coordinates, cap } of land.pieces)
			for (const point of coordinates[0])
				expect(geoDistance(cap.center, point as [number, number])).toBeLessThanOrEqual(cap.radius + 1e-9);
		expect(() => cullable({ type: 'Point', coordinates: [0, 0] })).toThrow(/Polygon or MultiPolygon/);
	});
});
