/**
 * Leaving out, before any projection, the pieces of ground a frame cannot
 * show. Every frame of a move projects the whole of each geometry it draws
 * (d3 clips only after projecting), so a close view of Central Asia paid for
 * the Americas' coasts on the far side of the globe. Each polygon of land and
 * each border line gets a cap on the sphere that holds it; each frame, the
 * cap the frame sees; a piece is drawn when the two caps meet.
 * Usage: const ground = cullable(layer.land); … path(visibleOf(ground, frameCap(projection, width, height)));
 */
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';

/** A cap on the sphere: its centre and its angular radius, in radians. */
export interface Cap {
	center: [number, number];
	radius: number;
}

/** A geometry split into pieces, each with the cap that holds it. */
export interface Cullable<G extends MultiPolygon | MultiLineString> {
	type: G['type'];
	pieces: { coordinates: G['coordinates'][number]; cap: Cap }[];
}

/** The mean of the points as 3D vectors, back on the sphere: a centre for the cap. */
function centreOf(points: Position[]): [number, number] {
	const rad = Math.PI / 180;
	let [x, y, z] = [0, 0, 0];
	for (const [lon, lat] of points) {
		const cos = Math.cos(lat * rad);
		x += cos * Math.cos(lon * rad);
		y += cos * Math.sin(lon * rad);
		z += Math.sin(lat * rad);
	}
	const length = Math.hypot(x, y, z);
	// Points spread evenly round the globe have no centre: a cap of the whole sphere.
	if (length < 1e-9) return [0, 0];
	return [Math.atan2(y, x) / rad, Math.asin(z / length) / rad];
}

/** The smallest cap about the points' centre that holds them all. */
function capOf(points: Position[]): Cap {
	const center = centreOf(points);
	let radius = 0;
	for (const p of points) radius = Math.max(radius, geoDistance(center, p as [number, number]));
	return { center, radius };
}

/** Splits land (a Polygon or MultiPolygon) or borders (a MultiLineString) into pieces with their caps. */
export function cullable(geometry: MultiLineString): Cullable<MultiLineString>;
export function cullable(geometry: Geometry): Cullable<MultiPolygon>;
export function cullable(geometry: Geometry): Cullable<MultiPolygon> | Cullable<MultiLineString> {
	if (geometry.type === 'MultiLineString')
		return {
			type: 'MultiLineString',
			pieces: geometry.coordinates.map((line) => ({ coordinates: line, cap: capOf(line) }))
		};
	if (geometry.type !== 'MultiPolygon' && geometry.type !== 'Polygon')
		throw new Error(`cullable: land must be a Polygon or MultiPolygon, not a ${geometry.type}`);
	const polygons = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
	// A polygon's outer ring holds its holes: the cap of the outer ring is enough.
	return { type: 'MultiPolygon', pieces: polygons.map((rings) => ({ coordinates: rings, cap: capOf(rings[0]) })) };
}

/** Degrees added to a frame's cap, so a coast just outside the frame's edge is still drawn. */
const MARGIN = 2;

/**
 * The cap a frame of `projection` sees: about the point at its centre, out to
 * its farthest corner; the whole visible hemisphere when a corner is off the
 * globe (or the centre is), for an orthographic projection shows no more.
 */
export function frameCap(projection: GeoProjection, width: number, height: number): Cap {
	const hemisphere = Math.PI / 2 + (MARGIN * Math.PI) / 180;
	const centre = projection.invert?.([width / 2, height / 2]);
	const rotation = projection.rotate();
	if (!centre || !centre.every(Number.isFinite)) return { center: [-rotation[0], -rotation[1]], radius: hemisphere };
	let radius = 0;
	const corners: [number, number][] = [
		[0, 0],
		[width, 0],
		[0, height],
		[width, height]
	];
	for (const corner of corners) {
		const p = projection.invert?.(corner);
		if (!p || !p.every(Number.isFinite)) return { center: [-rotation[0], -rotation[1]], radius: hemisphere };
		radius = Math.max(radius, geoDistance(centre, p));
	}
	return { center: centre, radius: Math.min(hemisphere, radius + (MARGIN * Math.PI) / 180) };
}

/** The pieces a frame's cap can show, as one geometry to draw. */
export function visibleOf(geometry: Cullable<MultiPolygon>, frame: Cap): MultiPolygon;
export function visibleOf(geometry: Cullable<MultiLineString>, frame: Cap): MultiLineString;
export function visibleOf(
	geometry: Cullable<MultiPolygon> | Cullable<MultiLineString>,
	frame: Cap
): MultiPolygon | MultiLineString {
	const seen = (cap: Cap) => geoDistance(frame.center, cap.center) - cap.radius <= frame.radius;
	if (geometry.type === 'MultiPolygon')
		return {
			type: 'MultiPolygon',
			coordinates: (geometry as Cullable<MultiPolygon>).pieces.filter((p) => seen(p.cap)).map((p) => p.coordinates)
		};
	return {
		type: 'MultiLineString',
		coordinates: (geometry as Cullable<MultiLineString>).pieces.filter((p) => seen(p.cap)).map((p) => p.coordinates)
	};
}
