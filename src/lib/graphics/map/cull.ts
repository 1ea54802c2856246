/**
 * Leaving out, before any projection, the pieces of ground a frame cannot
 * show. Every frame of a move projects the whole of each geometry it draws
 * (d3 clips only after projecting), so a close view of Central Asia paid for
 * the Americas' coasts on the far side of the globe. Each polygon of land and
 * each border line gets a cap on the sphere that holds it; each frame, the
 * cap the frame sees; a piece is drawn when the two caps meet.
 * Usage: const ground = cullable(layer.land); … path(visibleOf(ground, frameCap(projection)));
 */
import type { GeoProjection } from 'd3-geo';
import type { Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';

/** A cap on the sphere: its centre and its angular radius, in radians. */
export interface Cap {
	center: [number, number];
	radius: number;
}

/** A piece's cap as the test against a frame's needs it: its centre as a unit vector, cos and sin of its radius. */
interface PieceCap extends Cap {
	vector: [number, number, number];
	cos: number;
	sin: number;
}

const RAD = Math.PI / 180;
/** A point on the unit sphere, from longitude and latitude in degrees. */
const vectorOf = ([lon, lat]: [number, number]): [number, number, number] => [
	Math.cos(lat * RAD) * Math.cos(lon * RAD),
	Math.cos(lat * RAD) * Math.sin(lon * RAD),
	Math.sin(lat * RAD)
];

/** A geometry split into pieces, each with the cap that holds it. */
export interface Cullable<G extends MultiPolygon | MultiLineString> {
	type: G['type'];
	pieces: { coordinates: G['coordinates'][number]; cap: PieceCap }[];
}

/**
 * The cap that holds the points: about their mean as 3D vectors (back on the
 * sphere), out to the farthest. One pass of trigonometry per point, then dot
 * products: this runs over every point of both files when the map loads.
 */
function capOf(points: Position[]): PieceCap {
	const vectors = points.map((p) => vectorOf(p as [number, number]));
	let [x, y, z] = [0, 0, 0];
	for (const [px, py, pz] of vectors) [x, y, z] = [x + px, y + py, z + pz];
	const length = Math.hypot(x, y, z);
	// Points spread evenly round the globe have no centre: any will do, with the whole sphere as the cap.
	const vector: [number, number, number] = length < 1e-9 ? [1, 0, 0] : [x / length, y / length, z / length];
	let nearest = 1;
	for (const [px, py, pz] of vectors) nearest = Math.min(nearest, px * vector[0] + py * vector[1] + pz * vector[2]);
	// A hair wider than the farthest point, for the rounding of the dot products.
	const radius = Math.min(Math.PI, Math.acos(Math.max(-1, Math.min(1, nearest))) + 1e-9);
	const center: [number, number] = [Math.atan2(vector[1], vector[0]) / RAD, Math.asin(vector[2]) / RAD];
	return { center, radius, vector, cos: Math.cos(radius), sin: Math.sin(radius) };
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
	// A polygon's outer ring holds its holes: the cap of the outer ring is enough. (A polygon is
	// taken to lie on the side of its ring that holds the ring's centre, as land does.)
	return { type: 'MultiPolygon', pieces: polygons.map((rings) => ({ coordinates: rings, cap: capOf(rings[0]) })) };
}

/**
 * The cap a frame of `projection` sees: the projection's own clip circle about
 * the view's centre (projectionFor clips to the frame's reach, or to the
 * visible hemisphere), so a piece outside it could draw nothing anyway.
 */
export function frameCap(projection: GeoProjection): Cap {
	const [lambda, phi] = projection.rotate();
	return { center: [-lambda, -phi], radius: (projection.clipAngle() ?? 180) * RAD };
}

/** The pieces a frame's cap can show, as one geometry to draw. */
export function visibleOf(geometry: Cullable<MultiPolygon>, frame: Cap): MultiPolygon;
export function visibleOf(geometry: Cullable<MultiLineString>, frame: Cap): MultiLineString;
export function visibleOf(
	geometry: Cullable<MultiPolygon> | Cullable<MultiLineString>,
	frame: Cap
): MultiPolygon | MultiLineString {
	// Two caps meet when the angle between their centres is at most the sum of their
	// radii: cos(angle) ≥ cos(r1 + r2), by dot product and the radii's cos and sin
	// (no trigonometry per piece: this runs on every frame of a move).
	const [fx, fy, fz] = vectorOf(frame.center);
	const [cos, sin] = [Math.cos(frame.radius), Math.sin(frame.radius)];
	const seen = (cap: PieceCap) =>
		frame.radius + cap.radius >= Math.PI ||
		fx * cap.vector[0] + fy * cap.vector[1] + fz * cap.vector[2] >= cos * cap.cos - sin * cap.sin - 1e-12;
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
