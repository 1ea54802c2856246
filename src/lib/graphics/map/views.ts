/**
 * The map's views, as an orthographic globe seen from a point and at a scale,
 * so a move between two views is a rotation and a zoom. Pure: no data, no DOM.
 *
 * A view resolves, for a frame of a given size, to ViewParams: the centre of
 * the frame ([lon, lat]; the globe's d3 rotation is [−lon, −lat]) and the
 * globe's radius relative to half the frame's smaller side.
 */
import {
	geoDistance,
	geoGraticule,
	geoInterpolate,
	geoOrthographic,
	geoPath,
	type GeoPermissibleObjects,
	type GeoProjection
} from 'd3-geo';
import type { LineString } from 'geojson';
import { labelSize, type PlacedMark } from './style';
import type { Box, LonLat, MapView } from './types';

export type { PlacedMark };
export type { Box, LonLat, MapView };

/** What a frame shows at one moment; what the tween interpolates. */
export interface ViewParams {
	center: LonLat;
	scale: number;
}

/** Space kept free around a fitted box, in px; more at the foot when the legend shows. */
export const FIT_PADDING = { side: 14, top: 14, bottom: 14, legend: 40 };

const halfMin = (width: number, height: number) => Math.max(1, Math.min(width, height)) / 2;

/** A box's outline on the sphere: its two meridians, and its parallels a degree apart (d3's graticule). */
export const boxOutline = (box: Box) => geoGraticule().extent(box).precision(1).outline();

/** The unit projection's scale when measuring a box: large, so d3 resamples its edges finely. */
const MEASURE = 1000;

/** The view's params for a frame of this size. */
export function resolveView(v: MapView, width: number, height: number): ViewParams {
	if (!v.fit) return { center: v.center, scale: v.scale ?? 0.9 };
	// Largest radius at which the box, centred on the view's centre, fits the
	// padded frame: how far the box's outline reaches from the centre on each
	// side, on a globe of radius 1.
	const unit = geoOrthographic().rotate([-v.center[0], -v.center[1]]).scale(MEASURE).translate([0, 0]).precision(0.1);
	const [[x0, y0], [x1, y1]] = geoPath(unit).bounds(boxOutline(v.fit));
	const [across, up, down] = [Math.max(-x0, x1), -y0, y1].map((d) => d / MEASURE);
	const bottom = v.legend ? FIT_PADDING.legend : FIT_PADDING.bottom;
	let radius = Infinity;
	if (across > 0) radius = Math.min(radius, Math.max(1, width / 2 - FIT_PADDING.side) / across);
	if (up > 0) radius = Math.min(radius, Math.max(1, height / 2 - FIT_PADDING.top) / up);
	if (down > 0) radius = Math.min(radius, Math.max(1, height / 2 - bottom) / down);
	return { center: v.center, scale: radius / halfMin(width, height) };
}

const paramsOf = (v: MapView | ViewParams, width: number, height: number): ViewParams =>
	'markers' in v ? resolveView(v, width, height) : v;

/**
 * How finely d3 resamples projected lines, in px (its default is √0.5):
 * coarser than d3's at rest, since resampling is most of a frame's cost, and
 * none at all (straight segments between the data's own points) while the
 * map moves, where a pixel's error never stays on screen.
 */
export const PRECISION = { still: 1.5, moving: 0 } as const;

/** A d3 orthographic projection (clipped at the horizon) for a view or params, centred in the frame. */
export function projectionFor(
	viewOrParams: MapView | ViewParams,
	width: number,
	height: number,
	precision: number = PRECISION.still
): GeoProjection {
	const p = paramsOf(viewOrParams, width, height);
	const projection = geoOrthographic()
		.rotate([-p.center[0], -p.center[1]])
		.scale(p.scale * halfMin(width, height))
		.translate([width / 2, height / 2]);
	// Zoomed in, only a small cap of the globe is in the frame: clipping to it
	// (the horizon otherwise) spares d3 resampling lines far outside the frame.
	return projection
		.clipAngle(frameReach(projection, width, height))
		.clipExtent([
			[-24, -24],
			[width + 24, height + 24]
		])
		.precision(precision);
}

/**
 * How far from its centre, in degrees, an orthographic projection's frame
 * reaches on the globe: to its farthest corner (on screen a distance r from
 * the globe's centre is asin(r / radius) away on the sphere), two degrees
 * more; the whole visible hemisphere when a corner is off the globe. A clip
 * circle that wide draws what the frame shows, and cull.ts's frameCap reads it.
 */
export function frameReach(projection: GeoProjection, width: number, height: number): number {
	const [x, y] = projection.translate();
	const farthest = Math.max(
		Math.hypot(x, y),
		Math.hypot(width - x, y),
		Math.hypot(x, height - y),
		Math.hypot(width - x, height - y)
	);
	const reach = farthest / projection.scale();
	return reach >= 1 ? 90 : Math.min(90, (Math.asin(reach) * 180) / Math.PI + 2);
}

/**
 * From a to b: the scale geometrically (a zoom feels even) and the centre
 * along the great circle, paced so the place zoomed into heads steadily to
 * the middle of the frame instead of flying out of it and back: zooming in,
 * its distance from the middle on screen, scale × angle left, shrinks as 1 − t
 * (the centre moves early); zooming out, the same move played backwards.
 */
export function interpolateView(a: ViewParams, b: ViewParams): (t: number) => ViewParams {
	const center = geoInterpolate(a.center, b.center);
	const ratio = b.scale / a.scale;
	const pace = (t: number) => (ratio >= 1 ? 1 - (1 - t) * ratio ** -t : t * ratio ** (1 - t));
	return (t) => (t <= 0 ? a : t >= 1 ? b : { center: center(pace(t)) as LonLat, scale: a.scale * ratio ** t });
}

/** The great-circle arc from a to b as n points (n ≥ 2). */
export function arcBetween(a: LonLat, b: LonLat, n = 64): LineString {
	const at = geoInterpolate(a, b);
	return {
		type: 'LineString',
		coordinates: Array.from({ length: n }, (_, i) => (i === 0 ? a : i === n - 1 ? b : at(i / (n - 1))))
	};
}

/** Whether a point is on the visible hemisphere of the globe. */
export const isVisible = (params: ViewParams, lonlat: LonLat) =>
	geoDistance(params.center, lonlat) < Math.PI / 2 - 1e-6;

/** Whether a point shows inside the frame (on the near side of the globe), with a margin in px. */
export function boundsContain(
	viewOrParams: MapView | ViewParams,
	width: number,
	height: number,
	lonlat: LonLat,
	margin = 0
): boolean {
	const params = paramsOf(viewOrParams, width, height);
	if (!isVisible(params, lonlat)) return false;
	const [x, y] = projectionFor(params, width, height)(lonlat)!;
	return x >= margin && x <= width - margin && y >= margin && y <= height - margin;
}

/**
 * Whether the whole frame shows ground inside a box (less a margin in
 * degrees): then the box's detailed data covers all of it.
 */
export function frameWithin(
	projection: GeoProjection,
	width: number,
	height: number,
	[[w, s], [e, n]]: Box,
	margin = 1
): boolean {
	for (let i = 0; i <= 4; i++) {
		for (const [x, y] of [
			[(width * i) / 4, 0],
			[(width * i) / 4, height],
			[0, (height * i) / 4],
			[width, (height * i) / 4]
		]) {
			const p = projection.invert?.([x, y]);
			if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return false;
			if (p[0] < w + margin || p[0] > e - margin || p[1] < s + margin || p[1] > n - margin) return false;
		}
	}
	return true;
}

/** Below this frame width (px: a phone's locator), the ground is the world file's alone. */
export const DETAIL_MIN_WIDTH = 300;
/** Globe radius, in frame sides, from which the region's detail is drawn. */
const DETAIL_RADIUS = 1.2;

/**
 * Where a frame draws the regional file's 1:50m detail: `shown` when its box
 * is in the frame, the globe is zoomed in past DETAIL_RADIUS and the frame is
 * at least DETAIL_MIN_WIDTH wide (in a phone's locator 1:110m looks the same and
 * costs a fraction to project on every frame of a move); `covers` when it fills
 * the frame, so the world's ground under it need not be drawn.
 */
export function regionDetail(
	projection: GeoProjection,
	width: number,
	height: number,
	region: { area: GeoPermissibleObjects; box: Box }
): { shown: boolean; covers: boolean } {
	if (width < DETAIL_MIN_WIDTH || projection.scale() <= DETAIL_RADIUS * Math.min(width, height))
		return { shown: false, covers: false };
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(region.area);
	const shown = x1 > 0 && y1 > 0 && x0 < width && y0 < height;
	return { shown, covers: shown && frameWithin(projection, width, height, region.box, 0.3) };
}

// Label sizes (px) and the placed-mark shape live in ./style.ts; widths are
// estimates (0.62 em a character) for layout and tests.
const MARKER_GAP = 7;
/** Half the side of the square round a city's dot that no country's name may cover, px. */
const DOT_CLEAR = 5;
/** Below this frame width (px: a phone's locator), minor names (neighbours) are left out. */
export const MINOR_MIN_WIDTH = 300;

type Side = 'left' | 'right' | 'above' | 'below';

/** A city's label on one side of its dot: anchor, position and box. */
function cityLabel(x: number, y: number, w: number, size: number, side: Side) {
	const [dx, dy] = {
		left: [-MARKER_GAP, 0],
		right: [MARKER_GAP, 0],
		above: [0, -MARKER_GAP - size / 2],
		below: [0, MARKER_GAP + size / 2]
	}[side];
	const anchor: PlacedMark['anchor'] = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle';
	const [labelX, labelY] = [x + dx, y + dy];
	const x0 = anchor === 'start' ? labelX : anchor === 'end' ? labelX - w : labelX - w / 2;
	const box: PlacedMark['box'] = [x0, labelY - size / 2, x0 + w, labelY + size / 2];
	return { labelX, labelY, anchor, box };
}

/** A name's estimated width at `size` px. */
const nameWidth = (name: string, size: number) => name.length * size * 0.62;

const overlaps = (a: PlacedMark['box'], b: PlacedMark['box']) =>
	a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A name's box with room round it: two names closer than this would read as one ("Uzbekistan Kyrgyzstan"). */
const widened = ([x0, y0, x1, y1]: PlacedMark['box']): PlacedMark['box'] => [x0 - 8, y0 - 2, x1 + 8, y1 + 2];

/**
 * Where to put the markers and labels of a view, for a frame's params; those on
 * the far side are left out, and minor ones in a frame narrower than
 * MINOR_MIN_WIDTH. A city's label goes on the view's side of its dot;
 * where that runs into a label placed before it (two cities close together in
 * a small frame), on the first other side that is clear and inside the frame.
 * `roughly`: every name at its first place, no search for room (the frames of a
 * move, whose names are hidden: the search is most of a move frame's work here).
 */
export function placeMarks(
	view: MapView,
	params: ViewParams,
	width: number,
	height: number,
	roughly = false
): PlacedMark[] {
	const projection = projectionFor(params, width, height);
	const marks: PlacedMark[] = [];
	// Inside the frame, and above the legend's band where the view has one.
	const floor = height - (view.legend ? FIT_PADDING.legend : 0);
	const inFrame = (b: PlacedMark['box']) => b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= floor;
	// The cities' dots: no country's name is written over one; nor, moved off a dot, where a city's name wants to go.
	const cities = view.markers.flatMap((m) => {
		if (m.kind !== 'city' || !isVisible(params, m.lonLat)) return [];
		const [x, y] = projection(m.lonLat)!;
		const size = labelSize('city', width);
		const wanted = cityLabel(x, y, nameWidth(m.name, size), size, m.labelSide ?? 'right');
		return [
			{ dot: [x - DOT_CLEAR, y - DOT_CLEAR, x + DOT_CLEAR, y + DOT_CLEAR] as PlacedMark['box'], wanted: wanted.box }
		];
	});
	const dots = cities.map((c) => c.dot);
	for (const { id, kind, name, lonLat, labelSide, minor } of view.markers) {
		if (!isVisible(params, lonLat) || (minor && width < MINOR_MIN_WIDTH)) continue;
		const [x, y] = projection(lonLat)!;
		const size = labelSize(kind, width);
		const w = nameWidth(name, size);
		if (roughly) {
			const rough =
				kind === 'country'
					? { labelX: x, labelY: y, anchor: 'middle' as const, box: [x - w / 2, y - size / 2, x + w / 2, y + size / 2] }
					: cityLabel(x, y, w, size, labelSide ?? 'right');
			marks.push({ id, kind, name, x, y, size, ...rough } as PlacedMark);
			continue;
		}
		if (kind === 'country') {
			// A country's name sits at its point, or a line above or below it where a city's dot
			// is in the way, with room round it from the names already placed. A neighbour's
			// name with no such place is left out; a country the view is about keeps its name
			// where it only touches another name, else at its point over the dot (a tiny
			// frame), but never over another name: the card and the text alternative name every place.
			const boxAt = (dy: number, dx = 0): PlacedMark['box'] => [
				x + dx - w / 2,
				y + dy - size / 2,
				x + dx + w / 2,
				y + dy + size / 2
			];
			const offDots = (box: PlacedMark['box']) => !dots.some((d) => overlaps(d, box));
			const offNames = (box: PlacedMark['box']) => !marks.some((m) => overlaps(m.box, box));
			const offCities = (box: PlacedMark['box']) => !cities.some((c) => overlaps(c.wanted, box));
			const spots = (
				dots.some((d) => overlaps(d, boxAt(0))) ? [-1.2 * size, 1.2 * size].map((dy) => boxAt(dy)) : [boxAt(0)]
			).filter(offCities);
			// A country the view is about may move a line down or up, or a quarter of its name
			// sideways, to keep its name where the others leave room (five small states in a phone's frame).
			const nudged = minor
				? []
				: [0, 0.25 * w, -0.25 * w]
						.flatMap((dx) => [0, 1.2 * size, -1.2 * size].map((dy) => boxAt(dy, dx)))
						.filter((box) => inFrame(box) && offCities(box));
			const at =
				spots.find((box) => offDots(box) && offNames(widened(box))) ??
				nudged.find((box) => offDots(box) && offNames(widened(box))) ??
				(minor ? undefined : (spots.find((box) => offDots(box) && offNames(box)) ?? [boxAt(0)].find(offNames)));
			if (!at) continue;
			const [labelX, labelY] = [(at[0] + at[2]) / 2, (at[1] + at[3]) / 2];
			marks.push({ id, kind, name, x, y, labelX, labelY, anchor: 'middle', size, box: at });
			continue;
		}
		const wanted = labelSide ?? 'right';
		const clear = (side: Side) => {
			const label = cityLabel(x, y, w, size, side);
			return marks.some((m) => overlaps(m.box, label.box)) ? undefined : label;
		};
		const label =
			clear(wanted) ??
			(['above', 'below', 'right', 'left'] as const)
				.filter((side) => side !== wanted)
				.map(clear)
				.find((l) => l && inFrame(l.box)) ??
			cityLabel(x, y, w, size, wanted);
		marks.push({ id, kind, name, x, y, size, ...label });
	}
	// A city's name that found no clear side wins over a country's (a frame too small for both).
	const cityLabels = marks.filter((m) => m.kind === 'city');
	return marks.filter((m) => m.kind === 'city' || !cityLabels.some((c) => overlaps(c.box, m.box)));
}
