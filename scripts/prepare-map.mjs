// Builds the map's two TopoJSON files from Natural Earth (the world-atlas
// package) into static/map/, where the page fetches them.
//
//   node scripts/prepare-map.mjs          writes static/map/*.json and prints their sizes
//   node scripts/prepare-map.mjs --check  exits 1 if the committed files differ from a fresh build
//
// world-110m.json        every country at 1:110m, for the globe views: objects
//                        `countries` (one geometry per country) and `land` (all of them merged).
// central-asia-50m.json  the countries in REGION_BOX at 1:50m, clipped to the box,
//                        for the close views: the same two objects.
// Each geometry keeps only its id, the ISO 3166-1 numeric code: Natural Earth's
// English names are stripped, as readers only see the edition's own names.
// The output depends only on world-atlas's files, so a rebuild is byte-identical.
// Unit test: tests/unit/map-data.test.ts compares buildMapData() with the committed files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { geoIdentity, geoStream } from 'd3-geo';
import { feature, mergeArcs, quantize } from 'topojson-client';
// @ts-expect-error: topojson-server publishes no types
import { topology } from 'topojson-server';
// @ts-expect-error: topojson-simplify publishes no types
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'map');

/**
 * [[west, south], [east, north]] in degrees: Central Asia with room around it,
 * so the close views' frames lie inside at usual shapes. The map draws this
 * file inside the box and the world's 1:110m outside it.
 */
export const REGION_BOX = /** @type {[[number, number], [number, number]]} */ ([
	[34, 24],
	[102, 62]
]);

/**
 * Visvalingam thresholds, in steradians (the area of the triangle a point
 * makes with its neighbours on the sphere). On a globe 400 px in radius 1 px²
 * is 1/400² ≈ 6e-6 sr, so the world's threshold drops what spans under 2 px².
 * The closest view (tashkent) zooms to a radius of 5,000–9,000 px, where the
 * region's threshold is 1–2.5 px².
 */
const WORLD_MIN_AREA = 1e-5;
const REGION_MIN_AREA = 1e-7;
/**
 * Quantization: grid points per side of each file's bounding box. The world's
 * 5,000 steps are 0.07° (half a pixel on a 400 px globe); the region's
 * 10,000 are 0.007° (about a pixel in the closest view).
 */
const WORLD_QUANTIZATION = 5e3;
const REGION_QUANTIZATION = 1e4;

/** @param {string} file @returns {any} */
const readAtlas = (file) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));

/**
 * Countries of a world-atlas topology as GeoJSON features with only an id.
 * @param {any} atlas
 * @returns {Array<{ type: 'Feature', id: string, properties: {}, geometry: any }>}
 */
function countriesOf(atlas) {
	/** @type {any} */
	const collection = feature(atlas, atlas.objects.countries);
	return collection.features
		.filter((/** @type {any} */ f) => f.geometry && f.id != null)
		.map((/** @type {any} */ f) => ({ type: 'Feature', id: String(f.id), properties: {}, geometry: f.geometry }))
		.sort((/** @type {any} */ a, /** @type {any} */ b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Twice the signed planar area of a ring (shoelace). @param {number[][]} ring */
function ringArea(ring) {
	let sum = 0;
	for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	return sum;
}

/** Whether a point lies inside a ring (even-odd ray casting). @param {number[]} p @param {number[][]} ring */
function inRing([x, y], ring) {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/**
 * Clips a (Multi)Polygon to a lon/lat box with d3's rectangle clip, in the
 * plane (lon, −lat) so rings keep d3's screen winding. Clipped rings come back
 * loose; those wound like an exterior become polygons and the others are
 * holes of the exterior that contains them. Returns null if nothing is left.
 * @param {any} geometry
 * @param {[[number, number], [number, number]]} box
 */
function clipToBox(geometry, [[w, s], [e, n]]) {
	/** @type {number[][][]} */
	const rings = [];
	/** @type {number[][]} */
	let ring = [];
	const clip = geoIdentity()
		.reflectY(true)
		.clipExtent([
			[w, -n],
			[e, -s]
		]);
	geoStream(
		geometry,
		clip.stream({
			point: (x, y) => void ring.push([x, -y]),
			lineStart: () => void (ring = []),
			lineEnd: () => {
				if (ring.length > 2)
					rings.push(
						densifyEdges(
							[...ring, ring[0]],
							[
								[w, s],
								[e, n]
							]
						)
					);
			},
			polygonStart() {},
			polygonEnd() {},
			sphere() {}
		})
	);
	// d3 winds exteriors clockwise on screen, i.e. negative area in (lon, lat).
	const exteriors = rings.filter((r) => ringArea(r) < 0).map((r) => [r]);
	for (const hole of rings.filter((r) => ringArea(r) > 0)) {
		exteriors.find(([outer]) => inRing(hole[0], outer))?.push(hole);
	}
	if (exteriors.length === 0) return null;
	return exteriors.length === 1
		? { type: 'Polygon', coordinates: exteriors[0] }
		: { type: 'MultiPolygon', coordinates: exteriors };
}

/** Whether a point lies on the box's edge. @param {number[]} p @param {[[number, number], [number, number]]} box */
const onEdge = ([x, y], [[w, s], [e, n]]) => x === w || x === e || y === s || y === n;

/**
 * Adds a point every degree along the stretches of a ring that run on the
 * box's edge: d3 draws a segment as a great circle, which would cut a long
 * straight edge short of the parallel it follows.
 * @param {number[][]} ring
 * @param {[[number, number], [number, number]]} box
 */
function densifyEdges(ring, box) {
	const out = [ring[0]];
	for (let i = 1; i < ring.length; i++) {
		const [x0, y0] = ring[i - 1];
		const [x1, y1] = ring[i];
		const steps = Math.floor(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
		if ((x0 === x1 || y0 === y1) && onEdge(ring[i - 1], box) && onEdge(ring[i], box)) {
			for (let k = 1; k < steps; k++) out.push([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps]);
		}
		out.push(ring[i]);
	}
	return out;
}

/** Rounds coordinates in place so the same input always prints the same bytes. @param {any} geometry */
function roundGeometry(geometry) {
	const round = (/** @type {number} */ v) => Math.round(v * 1e6) / 1e6;
	const walk = (/** @type {any} */ c) => (typeof c[0] === 'number' ? c.map(round) : c.map(walk));
	return { ...geometry, coordinates: walk(geometry.coordinates) };
}

/**
 * Country features → simplified, quantized TopoJSON with `countries` and `land`.
 * @param {Array<any>} countries
 * @param {number} minArea
 * @param {number} quantization
 * @param {[[number, number], [number, number]]} [keep] a clip box whose edge points to keep
 */
function toTopology(countries, minArea, quantization, keep) {
	let topo = topology({ countries: { type: 'FeatureCollection', features: countries } });
	// Points on the clip box's edge are kept: they hold the edge to its parallel.
	const weight = (/** @type {number[][]} */ t) => (keep && onEdge(t[1], keep) ? Infinity : sphericalTriangleArea(t));
	topo = simplify(presimplify(topo, weight), minArea);
	/** @type {any} */
	const objects = topo.objects;
	for (const g of objects.countries.geometries) delete g.properties;
	objects.land = mergeArcs(/** @type {any} */ (topo), objects.countries.geometries);
	return quantize(/** @type {any} */ (topo), quantization);
}

/**
 * Builds both files' text.
 * @returns {{ 'world-110m.json': string, 'central-asia-50m.json': string }}
 */
export function buildMapData() {
	const world = toTopology(countriesOf(readAtlas('countries-110m.json')), WORLD_MIN_AREA, WORLD_QUANTIZATION);

	const regional = countriesOf(readAtlas('countries-50m.json'))
		.map((f) => ({ ...f, geometry: clipToBox(roundGeometry(f.geometry), REGION_BOX) }))
		.filter((f) => f.geometry !== null);
	const region = toTopology(regional, REGION_MIN_AREA, REGION_QUANTIZATION, REGION_BOX);

	return {
		'world-110m.json': JSON.stringify(world),
		'central-asia-50m.json': JSON.stringify(region)
	};
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const files = buildMapData();
	const check = process.argv.includes('--check');
	let stale = false;
	let total = 0;
	for (const [name, text] of Object.entries(files)) {
		const path = join(OUT_DIR, name);
		const gz = gzipSync(text).length;
		total += gz;
		if (check) {
			let committed = '';
			try {
				committed = readFileSync(path, 'utf8');
			} catch {
				// A missing file is stale.
			}
			if (committed !== text) {
				stale = true;
				console.error(`static/map/${name} differs from a fresh build: run node scripts/prepare-map.mjs`);
			}
		} else {
			mkdirSync(OUT_DIR, { recursive: true });
			writeFileSync(path, text);
		}
		console.log(`static/map/${name}: ${(text.length / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`);
	}
	console.log(`total: ${(total / 1024).toFixed(1)} KiB gzip (budget 40 KiB)`);
	if (stale) process.exit(1);
}
