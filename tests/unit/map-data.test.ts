import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoOrthographic, geoPath } from 'd3-geo';
import { REGION_BOX, buildMapData } from '../../scripts/prepare-map.mjs';
import { loadMapData, prepareMapData, staticMapPaths } from '$lib/graphics/map/data';
import { locatorPaths } from '$lib/graphics/map/locator';
import { buildModel } from '$lib/server/content/model';
import { editionFor } from '$lib/server/content/edition';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { LOCATOR_SIZE } from '$lib/graphics/map/style';
import {
	DETAIL_MIN_WIDTH,
	PRECISION,
	boxOutline,
	interpolateView,
	projectionFor,
	regionDetail,
	resolveView
} from '$lib/graphics/map/views';
import { render } from 'svelte/server';
import MapComponent from '$lib/graphics/map/Map.svelte';
import { readContentFiles } from './helpers';

const NAMES = ['world-110m.json', 'central-asia-50m.json'] as const;
const committed = Object.fromEntries(NAMES.map((n) => [n, readFileSync(`static/map/${n}`, 'utf8')])) as Record<
	(typeof NAMES)[number],
	string
>;
const parsed = Object.fromEntries(NAMES.map((n) => [n, JSON.parse(committed[n])]));
const edition = editionFor(buildModel(readContentFiles()), 'uz');
const places = edition.places;
// The story's map views as the page hands them to the map, in the order the reader meets them: the
// opening's (before the first step), then each step's; and each view once.
const sequence = [undefined, ...edition.steps.map((s) => s.id)].map((id) => graphicPropsFor(edition, id).map);
const views = [...new Map(sequence.map((v) => [v.id, v])).values()];
const world = views.find((v) => v.id === 'world')!;
/** The views of the whole globe (at a scale, not fitted to a box): the world's and the closing synthesis. */
const globes = views.filter((v) => !v.fit);
const CENTRAL_ASIA_ISO = ['398', '417', '762', '795', '860'];

describe('map data', () => {
	it('is what scripts/prepare-map.mjs builds (run it after changing the script)', () => {
		const fresh = buildMapData();
		for (const name of NAMES) expect(committed[name] === fresh[name], `static/map/${name} is stale`).toBe(true);
	});

	it('weighs at most 40 KiB gzipped in all', () => {
		const total = NAMES.reduce((sum, n) => sum + gzipSync(committed[n]).length, 0);
		expect(total).toBeLessThanOrEqual(40 * 1024);
	});

	it('keeps ids only: no names, no properties', () => {
		for (const name of NAMES) {
			expect(committed[name]).not.toMatch(/"name"|"properties"/);
			for (const g of parsed[name].objects.countries.geometries) expect(g.id, name).toMatch(/^\d{3}$/);
		}
		// Not an English name anywhere.
		for (const name of NAMES) expect(committed[name]).not.toMatch(/Uzbekistan|Kazakhstan|Afghanistan/);
	});

	it('has the five Central Asian states in the regional file, with their neighbours', () => {
		const ids = parsed['central-asia-50m.json'].objects.countries.geometries.map((g: { id: string }) => g.id);
		for (const id of [...CENTRAL_ASIA_ISO, '004', '364', '156', '643', '586', '031', '496', '356'])
			expect(ids, id).toContain(id);
		for (const id of places.filter((p) => p.kind === 'country').map((p) => p.iso!)) expect(ids, id).toContain(id);
	});

	it('has every country a view fills in the world file too (a small frame fills them from it)', () => {
		const ids = parsed['world-110m.json'].objects.countries.geometries.map((g: { id: string }) => g.id);
		const filled = views.flatMap((v) => v.highlight);
		expect(filled.length).toBeGreaterThan(0);
		for (const id of filled) expect(ids, id).toContain(id);
	});

	it('decodes into land, borders and countries for the map', () => {
		const data = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
		expect(data.world.countries.size).toBeGreaterThan(170);
		expect(data.region.box).toEqual(REGION_BOX);
		// The box as a polygon is the small side of the sphere (d3 reads winding that way).
		expect(geoArea(data.regionArea)).toBeLessThan(Math.PI);
		expect(geoArea(data.worldHole)).toBeLessThan(geoArea(data.regionArea));
		for (const id of CENTRAL_ASIA_ISO) {
			expect(data.region.countries.get(id), id).toBeDefined();
			expect(data.world.countries.get(id), id).toBeDefined();
		}
		expect(data.world.borders.coordinates.length).toBeGreaterThan(100);
	});

	it('decodes a country the first time it is asked for, once', () => {
		const data = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
		const uzbekistan = data.world.countries.get('860');
		expect(uzbekistan?.geometry.type).toMatch(/Polygon$/);
		expect(data.world.countries.get('860')).toBe(uzbekistan);
		expect(data.world.countries.get('no such code')).toBeUndefined();
	});

	describe('fetched in the browser (loadMapData)', () => {
		const urls = { world: '/map/world-110m.json', region: '/map/central-asia-50m.json' };
		const fetchFiles = () =>
			vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
				const name = String(url).split('/').pop() as (typeof NAMES)[number];
				return new Response(committed[name], { status: 200 });
			});

		it('decodes in turns, so the page can scroll and draw in between, to what the server decodes', async () => {
			fetchFiles();
			let turns = 0;
			let done = false;
			const loading = loadMapData(urls).finally(() => (done = true));
			// A task queued after the load started, again and again while it runs: it gets a
			// turn only if the decoding stops between its stages.
			const tick = () => {
				if (done) return;
				turns++;
				setTimeout(tick, 0);
			};
			setTimeout(tick, 0);
			const data = await loading;
			vi.restoreAllMocks();
			expect(turns).toBeGreaterThanOrEqual(8);
			const now = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
			expect(data.region.box).toEqual(now.region.box);
			expect(data.world.ground.land.pieces.length).toBe(now.world.ground.land.pieces.length);
			expect(data.region.borders).toEqual(now.region.borders);
			expect(data.world.countries.size).toBe(now.world.countries.size);
		});

		it('stops when the page no longer wants the map', async () => {
			fetchFiles();
			const controller = new AbortController();
			const loading = loadMapData(urls, controller.signal);
			setTimeout(() => controller.abort(), 0);
			await expect(loading).rejects.toThrow(/abort/i);
			vi.restoreAllMocks();
		});
	});

	it('renders each view as short static paths for the server', () => {
		const files = { world: parsed['world-110m.json'], region: parsed['central-asia-50m.json'] };
		// Every view of content/map.aml is one the story shows.
		expect(views.map((v) => v.id).sort()).toEqual(edition.mapViews.map((v) => v.id).sort());
		expect(views).toHaveLength(6);
		for (const view of views) {
			const paths = staticMapPaths(view, files);
			expect(paths.view).toBe(view.id);
			expect(paths.tone).toBe(view.tone);
			expect(paths.marks.map((m) => m.name)).toEqual(view.markers.map((m) => m.name));
			for (const key of ['sphere', 'land', 'borders', 'highlight'] as const) {
				expect(paths[key], `${view}: ${key}`).toMatch(/^M-?\d/);
				expect(paths[key], `${view}: ${key}`).not.toMatch(/NaN|\./);
			}
			expect(Boolean(paths.arc), view.id).toBe(Boolean(view.arc));
			expect(JSON.stringify(paths).length, view.id).toBeLessThan(24_000);
		}
	});

	it('lets the server render the map without JavaScript: the ground a picture, the places as SVG', () => {
		const files = { world: parsed['world-110m.json'], region: parsed['central-asia-50m.json'] };
		const drawn = staticMapPaths(world, files);
		const fallbackSvg = { ...drawn, ground: '/map/world.svg' };
		const props = {
			view: world,
			dataUrls: { world: '/map/world-110m.json', region: '/map/central-asia-50m.json' },
			unavailableText: 'Xarita yuklanmadi.',
			description: 'Nyu-Yorkdan Toshkentgacha'
		};
		const { body } = render(MapComponent, { props: { ...props, fallbackSvg } });
		expect(body).toContain('data-map-view="world"');
		expect(body).toMatch(/<svg[^>]*viewBox="0 0 560 320"[^>]*>/);
		expect(body).toMatch(/role="img"/);
		expect(body).toContain('aria-label="Nyu-Yorkdan Toshkentgacha"');
		expect(body).toMatch(/<img[^>]*src="\/map\/world\.svg"[^>]*alt=""/);
		// The ground's paths are in the picture, not in the page.
		expect(body).not.toContain(drawn.land);
		expect(body).toContain('Nyu-York');
		expect(body).toContain('Toshkent');
		expect(body).not.toContain('<canvas');
		// Without the drawing the box stays empty, rather than showing names over nothing.
		const bare = render(MapComponent, { props }).body;
		expect(bare).not.toContain('data-label');
		expect(bare).not.toContain('<img');
		expect(bare).toContain('data-map-view="world"');
	});
});

describe('the ground while the map moves', () => {
	const data = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
	const [width, height] = [375, 300];
	/** The points d3 hands the canvas for the land, and the land's area, in a projection. */
	const draw = (precision: number, params: ReturnType<typeof resolveView>) => {
		const projection = projectionFor(params, width, height, precision);
		let points = 0;
		const counter = { beginPath() {}, moveTo: () => points++, lineTo: () => points++, closePath() {}, arc() {} };
		for (const layer of [data.world, data.region]) geoPath(projection, counter)(layer.land);
		return { points, area: geoPath(projection).area(data.world.land) };
	};

	it('is drawn without resampling, and looks as it does at rest', () => {
		expect(PRECISION.moving).toBe(0);
		// Halfway through every move the story makes, from the opening through the steps: from the globe in to each close view and back.
		const moves = sequence.filter((v, i) => i === 0 || v.id !== sequence[i - 1].id);
		expect(moves.length).toBeGreaterThan(views.length);
		const resolved = moves.map((v) => resolveView(v, width, height));
		for (let i = 1; i < resolved.length; i++) {
			const move = `${moves[i - 1].id} → ${moves[i].id}`;
			const mid = interpolateView(resolved[i - 1], resolved[i])(0.5);
			const [moving, still] = [draw(PRECISION.moving, mid), draw(PRECISION.still, mid)];
			// The data's points are dense enough that resampling at rest adds next to none.
			expect(Math.abs(moving.points - still.points) / still.points, move).toBeLessThan(0.02);
			expect(Math.abs(moving.area - still.area) / still.area, move).toBeLessThan(0.01);
		}
	});
});

describe('the locator inset', () => {
	const data = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
	const close = views.filter((v) => v.locator);

	it('projects only the pieces of ground it can show, and draws what the whole file draws', () => {
		for (const view of close)
			for (const size of [LOCATOR_SIZE, { width: 60, height: 40 }, { width: 240, height: 152 }]) {
				// The whole file through a plain orthographic projection of the locator's box, clipped to the frame only.
				const projection = geoOrthographic()
					.rotate([
						-(view.locator!.fit[0][0] + view.locator!.fit[1][0]) / 2,
						-(view.locator!.fit[0][1] + view.locator!.fit[1][1]) / 2
					])
					.fitExtent(
						[
							[3, 3],
							[size.width - 3, size.height - 3]
						],
						boxOutline(view.locator!.fit)
					)
					.clipExtent([
						[0, 0],
						[size.width, size.height]
					])
					.precision(0.5);
				const path = geoPath(projection).digits(1);
				const inset = locatorPaths(view, data.world, size);
				const where = `${view.id} ${size.width}×${size.height}`;
				expect(inset?.land, where).toBe(path(data.world.land));
				expect(inset?.borders, where).toBe(path(data.world.borders));
			}
	});

	it('is drawn once per view and map file, then kept', () => {
		expect(close.length).toBeGreaterThan(0);
		for (const view of close) {
			const first = locatorPaths(view, data.world);
			expect(first?.highlight, view.id).toMatch(/^M/);
			// The same inset, not a new drawing: for the same view and for a copy of it.
			expect(locatorPaths(view, data.world), view.id).toBe(first);
			expect(locatorPaths({ ...view }, data.world), view.id).toBe(first);
			// Another size, or another file, is another drawing.
			const larger = locatorPaths(view, data.world, { width: 240, height: 152 });
			expect(larger).not.toBe(first);
			expect(larger?.land).not.toBe(first?.land);
			expect(
				locatorPaths(view, prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']).world)
			).not.toBe(first);
		}
	});
});

describe('the regional detail', () => {
	const data = prepareMapData(parsed['world-110m.json'], parsed['central-asia-50m.json']);
	const region = { area: data.regionArea, box: data.region.box };
	const close = views.filter((v) => !globes.includes(v));

	it('is drawn in the close views of a laptop’s map, over the world’s ground or instead of it', () => {
		expect(globes.map((v) => v.id).sort()).toEqual(['synthesis', 'world']);
		expect(close.length).toBeGreaterThan(0);
		for (const view of close) {
			const projection = projectionFor(resolveView(view, 650, 450), 650, 450);
			expect(regionDetail(projection, 650, 450, region).shown, view.id).toBe(true);
		}
		// Zoomed in on Tashkent, the detail fills the frame: no world ground under it.
		const tashkent = close.find((v) => v.id === 'tashkent')!;
		expect(regionDetail(projectionFor(resolveView(tashkent, 650, 450), 650, 450), 650, 450, region).covers).toBe(true);
		for (const view of globes) {
			const globe = projectionFor(resolveView(view, 650, 450), 650, 450);
			expect(regionDetail(globe, 650, 450, region), view.id).toEqual({ shown: false, covers: false });
		}
	});

	it('is left out of a frame narrower than DETAIL_MIN_WIDTH (a phone’s locator), in every close view', () => {
		for (const [width, height] of [
			[DETAIL_MIN_WIDTH - 150, 72],
			[DETAIL_MIN_WIDTH - 1, 200]
		]) {
			for (const view of close) {
				const projection = projectionFor(resolveView(view, width, height), width, height);
				expect(regionDetail(projection, width, height, region), `${view.id} at ${width} px`).toEqual({
					shown: false,
					covers: false
				});
			}
		}
	});
});
