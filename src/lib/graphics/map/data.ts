/**
 * The map's geography: the two TopoJSON files of static/map/ (built by
 * scripts/prepare-map.mjs) turned once into the GeoJSON the layers draw, the
 * choice of file for a frame, and the static SVG paths of a view for the
 * server render. The browser fetches the files; nothing here bundles them.
 */
import { giveTurn } from '$lib/graphics/give-turn';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Topology
} from 'topojson-specification';
import { arcBetween, boxOutline, frameWithin, placeMarks, projectionFor, resolveView } from './views';
import type { Box, MapView } from './types';
import { NOMINAL, groundBox, type StaticMap } from './style';
import { locatorPaths } from './locator';
import { cullable, type Cullable } from './cull';

export { NOMINAL, type StaticMap } from './style';

/** One file's geography, ready to draw. */
export interface MapLayer {
	/** All land as one geometry. */
	land: Geometry;
	/** Borders between countries (not coasts). */
	borders: MultiLineString;
	/** Countries by ISO 3166-1 numeric id. */
	countries: CountryIndex;
	/** Land and borders in pieces, so a frame draws only those it can show (see ./cull.ts). */
	ground: { land: Cullable<MultiPolygon>; borders: Cullable<MultiLineString> };
	/** The box the file covers (the region's is clipped to it). */
	box: Box;
}
export interface MapData {
	world: MapLayer;
	region: MapLayer;
	/** The region's box on the sphere: its file is drawn inside it… */
	regionArea: Polygon;
	/** …over the world's, painted out inside a slightly smaller box, so the two overlap without a seam. */
	worldHole: Polygon;
}

/** What scripts/prepare-map.mjs writes: every country, and all land merged. */
type MapTopology = Topology<{ countries: GeometryCollection; land: TopoMultiPolygon }>;

function asTopology(json: unknown, what: string): MapTopology {
	const t = json as MapTopology | null;
	if (
		t?.type !== 'Topology' ||
		!Array.isArray(t.arcs) ||
		t.objects?.countries?.type !== 'GeometryCollection' ||
		t.objects.land?.type !== 'MultiPolygon'
	) {
		throw new Error(`${what} is not the map's TopoJSON (objects countries and land)`);
	}
	return t;
}

/**
 * A file's countries by ISO 3166-1 numeric id, each decoded the first time it
 * is asked for: a view fills a handful of the world's 170-odd.
 */
class CountryIndex {
	#topology: MapTopology;
	#geometries = new Map<string, GeometryObject>();
	#decoded = new Map<string, Feature>();

	constructor(topology: MapTopology) {
		this.#topology = topology;
		for (const g of topology.objects.countries.geometries) this.#geometries.set(String(g.id), g);
	}

	get size(): number {
		return this.#geometries.size;
	}

	get(iso: string): Feature | undefined {
		const kept = this.#decoded.get(iso);
		if (kept) return kept;
		const geometry = this.#geometries.get(iso);
		if (!geometry) return undefined;
		const decoded = feature(this.#topology, geometry) as Feature;
		this.#decoded.set(iso, decoded);
		return decoded;
	}
}

/**
 * Decodes one file into its land, borders and countries, in stages: each
 * `yield` is a point where a browser may give the page a turn (see inTurns).
 */
function* layerStages(json: unknown, what: string): Generator<void, MapLayer> {
	const t = asTopology(json, what);
	const land = feature(t, t.objects.land).geometry;
	yield;
	const borders = mesh(t, t.objects.countries, (a, b) => a !== b);
	yield;
	const landPieces = cullable(land);
	yield;
	const borderPieces = cullable(borders);
	yield;
	const [w, s, e, n] = t.bbox ?? [-180, -90, 180, 90];
	return {
		land,
		borders,
		countries: new CountryIndex(t),
		ground: { land: landPieces, borders: borderPieces },
		box: [
			[w, s],
			[e, n]
		]
	};
}

/** A box as a spherical polygon (less an inset in degrees), its parallels sampled a degree apart. */
function boxPolygon([[w, s], [e, n]]: Box, inset = 0): Polygon {
	// d3's graticule outline winds clockwise in (lon, lat), as d3 wants a ring around less than a hemisphere.
	return boxOutline([
		[w + inset, s + inset],
		[e - inset, n - inset]
	]);
}

function* mapDataStages(world: unknown, region: unknown): Generator<void, MapData> {
	const r = yield* layerStages(region, 'the region file');
	return {
		world: yield* layerStages(world, 'the world file'),
		region: r,
		regionArea: boxPolygon(r.box),
		worldHole: boxPolygon(r.box, 0.3)
	};
}

/** Decodes both files at once (on the server, and in tests). */
export function prepareMapData(world: unknown, region: unknown): MapData {
	const stages = mapDataStages(world, region);
	for (;;) {
		const stage = stages.next();
		if (stage.done) return stage.value;
	}
}

/**
 * Runs stages, giving the page a turn after each: decoding both files is
 * some 300 ms of work on a slow phone, which as one task would hold up the
 * reader's scrolling. Stops (rejects) once `signal` is aborted.
 */
async function inTurns<T>(stages: Generator<void, T>, signal?: AbortSignal): Promise<T> {
	for (;;) {
		const stage = stages.next();
		// One more turn at the end: what the caller does with the result (the map's first
		// drawing) is a task of its own, not the tail of the last stage.
		await giveTurn();
		signal?.throwIfAborted();
		if (stage.done) return stage.value;
	}
}

/** The two files' addresses. */
export interface MapUrls {
	world: string;
	region: string;
}

/** Fetches both files, parsed; rejects on any network or HTTP error. */
export async function fetchMapFiles(urls: MapUrls, signal?: AbortSignal): Promise<{ world: unknown; region: unknown }> {
	const get = async (url: string) => {
		const response = await fetch(url, { signal });
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		return response.json() as Promise<unknown>;
	};
	const [world, region] = await Promise.all([get(urls.world), get(urls.region)]);
	return { world, region };
}

/** Fetches and decodes both files; rejects on any network, HTTP or format error. */
export async function loadMapData(urls: MapUrls, signal?: AbortSignal): Promise<MapData> {
	const { world, region } = await fetchMapFiles(urls, signal);
	return inTurns(mapDataStages(world, region), signal);
}

/** The detailed regional file when it covers the whole frame, else the world's (for the static paths). */
const layerAt = (data: MapData, projection: GeoProjection, width: number, height: number): MapLayer =>
	frameWithin(projection, width, height, data.region.box) ? data.region : data.world;

/** The features of the countries a view fills, by ISO 3166-1 numeric code; codes not in the file are skipped. */
export function highlightFeatures(layer: Pick<MapLayer, 'countries'>, isoCodes: string[]): Feature[] {
	return isoCodes.flatMap((iso) => {
		const f = layer.countries.get(iso);
		return f ? [f] : [];
	});
}

/**
 * A path context for short strings: whole pixels, each ring's first point
 * absolute and the rest as relative steps, dropping steps under 2 px
 * (the closing "z" returns to the start).
 */
class CompactPath {
	#d = '';
	#x = 0;
	#y = 0;
	#points = 0;
	moveTo(x: number, y: number) {
		[this.#x, this.#y] = [Math.round(x), Math.round(y)];
		this.#d += `M${this.#x},${this.#y}l`;
		this.#points = 1;
	}
	lineTo(x: number, y: number) {
		const [dx, dy] = [Math.round(x) - this.#x, Math.round(y) - this.#y];
		if (Math.abs(dx) + Math.abs(dy) < 2) return;
		this.#d += `${dx}${dy < 0 ? '' : ','}${dy} `;
		[this.#x, this.#y] = [this.#x + dx, this.#y + dy];
		this.#points++;
	}
	closePath() {
		this.#d = this.#points > 2 ? this.#d.trimEnd() + 'z' : this.#d.slice(0, this.#d.lastIndexOf('M'));
		this.#points = 0;
	}
	arc() {}
	toString() {
		// Rings that never closed are lines (borders): keep them if they went anywhere.
		return this.#d
			.replace(/M-?\d+,-?\d+l(?=M|$)/g, '')
			.replace(/ (?=M)/g, '')
			.trimEnd();
	}
}

/**
 * The ground of a view as SVG path strings at the nominal size, from the two
 * parsed files (server only: fallback.server.ts makes of it the page's
 * StaticView and the ground picture; the share cards draw it too). Drawn over groundBox: a half-frame
 * beyond each edge, so a client frame of another shape is covered.
 */
export function staticMapPaths(view: MapView, files: { world: unknown; region: unknown }, size = NOMINAL): StaticMap {
	const data = prepareMapData(files.world, files.region);
	const { width, height } = size;
	const params = resolveView(view, width, height);
	const box = groundBox(width, height);
	const projection = projectionFor(params, width, height).clipExtent([
		[box.x, box.y],
		[box.x + box.width, box.y + box.height]
	]);
	const layer = layerAt(data, projection, width, height);
	const draw = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
		const context = new CompactPath();
		geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
		return context.toString();
	};
	const highlight: FeatureCollection = {
		type: 'FeatureCollection',
		features: highlightFeatures(layer, view.highlight)
	};
	return {
		view: view.id,
		width,
		height,
		radius: projection.scale(),
		sphere: draw({ type: 'Sphere' }),
		land: draw(layer.land),
		borders: draw(layer.borders),
		highlight: draw(highlight),
		tone: view.tone,
		arc: view.arc ? draw(arcBetween(...view.arc)) : '',
		marks: placeMarks(view, params, width, height),
		...(view.locator && { locator: locatorPaths(view, data.world) })
	};
}
