/**
 * The map's views, as an orthographic globe seen from a point and at a scale,
 * so a move between two views is a rotation and a zoom. Pure: no data, no DOM.
 *
 * A view resolves, for a frame of a given size, to ViewParams: the centre of
 * the frame ([lon, lat]; the globe's d3 rotation is [−lon, −lat]) and the
 * globe's radius relative to half the frame's smaller side.
 */
import { geoDistance, geoInterpolate, geoOrthographic, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { MapViewId } from '$lib/content/schema';
import type { EditionPlace } from '$lib/content/edition';
import { LABEL_FONT, type PlacedMark } from './style';

export { LABEL_FONT, type PlacedMark };

export type LonLat = [number, number];
/** [[west, south], [east, north]] in degrees. */
export type Box = [LonLat, LonLat];

export interface MapView {
	/** d3's rotation of the globe, [λ, φ]: minus the centre's longitude and latitude. */
	rotate: [number, number];
	/** [lon, lat] at the centre of the frame. */
	center: LonLat;
	/** Globe radius relative to half the frame's smaller side (1: the globe touches the frame). */
	scale?: number;
	/** Or a box to fit in the frame, around `center`. */
	fit?: Box;
	/** Ids of the places to mark (cities) or label (countries). */
	places: string[];
	/** Ids of the countries to fill. */
	highlight: string[];
	/** How strongly to fill them: lightly when they are context, strongly when they are the subject. */
	tone: 'light' | 'strong';
	/** Whether to draw the great-circle arc from New York (UN Headquarters) to Tashkent. */
	arc: boolean;
	/** Whether to show the legend line for the highlighted states. */
	legend: boolean;
	/** Which side of its marker each city's label sits on (default: right). */
	labelSide?: Record<string, LabelSide>;
}

export type LabelSide = 'left' | 'right' | 'above' | 'below';

/** What a frame shows at one moment; what the tween interpolates. */
export interface ViewParams {
	center: LonLat;
	scale: number;
}

/** The places the arc joins: UN Headquarters and Tashkent. */
export const ARC_ENDS = ['new-york', 'tashkent'] as const;
/** The five states the story reads "Central Asia" as (place ids). */
export const CENTRAL_ASIA = ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'];

/** Where each country's name is written: a point well inside it, chosen by eye. */
export const LABEL_POINTS: Record<string, LonLat> = {
	kazakhstan: [67.5, 48.3],
	uzbekistan: [62.6, 41.9],
	turkmenistan: [59.0, 39.0],
	kyrgyzstan: [75.6, 41.7],
	tajikistan: [70.9, 38.6]
};

const view = (center: LonLat, v: Omit<MapView, 'rotate' | 'center'>): MapView => ({
	rotate: [-center[0], -center[1]],
	center,
	...v
});

export const VIEWS: Record<MapViewId, MapView> = {
	// New York and Tashkent are 91° apart. Seen from south of the arc's
	// midpoint (over Norway), both sit 50–60° from the centre and the arc bows
	// north; names go below the dots, inside the globe, clear of the arc.
	world: view([0, 36], {
		scale: 0.94,
		places: ['new-york', 'tashkent'],
		highlight: ['uzbekistan'],
		tone: 'light',
		arc: true,
		legend: false,
		labelSide: { 'new-york': 'below', tashkent: 'below' }
	}),
	tashkent: view([69.6, 41.3], {
		fit: [
			[66.3, 39.9],
			[72.9, 42.7]
		],
		places: ['tashkent'],
		highlight: ['uzbekistan'],
		tone: 'light',
		arc: false,
		legend: false
	}),
	'central-asia': view([66.9, 45.2], {
		fit: [
			[46.5, 35.1],
			[87.3, 55.4]
		],
		places: CENTRAL_ASIA,
		highlight: CENTRAL_ASIA,
		tone: 'strong',
		arc: false,
		legend: true
	}),
	uzbekistan: view([64.5, 41.4], {
		fit: [
			[55.9, 37.2],
			[73.1, 45.6]
		],
		places: ['uzbekistan', 'tashkent'],
		highlight: ['uzbekistan'],
		tone: 'strong',
		arc: false,
		legend: false
	})
};

/** Space kept free around a fitted box, in px; more at the foot when the legend shows. */
export const FIT_PADDING = { side: 14, top: 14, bottom: 14, legend: 40 };

const halfMin = (width: number, height: number) => Math.max(1, Math.min(width, height)) / 2;

/** Points along a box's edges, a degree apart. */
function boxOutline([[w, s], [e, n]]: Box): LonLat[] {
	const points: LonLat[] = [];
	const steps = Math.ceil(Math.max(e - w, n - s));
	for (let i = 0; i <= steps; i++) {
		const x = w + ((e - w) * i) / steps;
		const y = s + ((n - s) * i) / steps;
		points.push([x, s], [x, n], [w, y], [e, y]);
	}
	return points;
}

/** The view's params for a frame of this size. */
export function resolveView(id: MapViewId, width: number, height: number): ViewParams {
	const v = VIEWS[id];
	if (!v.fit) return { center: v.center, scale: v.scale ?? 0.9 };
	// Largest radius at which the box, centred on the view's centre, fits the padded frame.
	const unit = geoOrthographic().rotate(v.rotate).scale(1).translate([0, 0]);
	const bottom = v.legend ? FIT_PADDING.legend : FIT_PADDING.bottom;
	let radius = Infinity;
	for (const p of boxOutline(v.fit)) {
		const [x, y] = unit(p)!;
		if (x) radius = Math.min(radius, Math.max(1, width / 2 - FIT_PADDING.side) / Math.abs(x));
		if (y) radius = Math.min(radius, Math.max(1, height / 2 - (y < 0 ? FIT_PADDING.top : bottom)) / Math.abs(y));
	}
	return { center: v.center, scale: radius / halfMin(width, height) };
}

/** A d3 orthographic projection (clipped at the horizon) for a view or params, centred in the frame. */
export function projectionFor(viewOrParams: MapViewId | ViewParams, width: number, height: number): GeoProjection {
	const p = typeof viewOrParams === 'string' ? resolveView(viewOrParams, width, height) : viewOrParams;
	const radius = p.scale * halfMin(width, height);
	// Zoomed in, only a small cap of the globe is in the frame: clipping to it
	// (the horizon otherwise) spares d3 resampling lines far outside the frame.
	const reach = Math.hypot(width, height) / 2 / radius;
	const cap = reach >= 1 ? 90 : Math.min(90, (Math.asin(reach) * 180) / Math.PI + 2);
	return (
		geoOrthographic()
			.rotate([-p.center[0], -p.center[1]])
			.scale(radius)
			.translate([width / 2, height / 2])
			.clipAngle(cap)
			.clipExtent([
				[-24, -24],
				[width + 24, height + 24]
			])
			// Coarser than d3's default (√0.5 px): resampling is most of a frame's cost.
			.precision(1.5)
	);
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

/** A place's [lon, lat], if it has one. */
export const lonLatOf = (places: EditionPlace[], id: string): LonLat | undefined => {
	const p = places.find((q) => q.id === id);
	return p?.lon != null && p.lat != null ? [p.lon, p.lat] : undefined;
};

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
	viewOrParams: MapViewId | ViewParams,
	width: number,
	height: number,
	lonlat: LonLat,
	margin = 0
): boolean {
	const params = typeof viewOrParams === 'string' ? resolveView(viewOrParams, width, height) : viewOrParams;
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

// Label sizes (px) and the placed-mark shape live in ./style.ts; widths are
// estimates (0.62 em a character) for layout and tests.
const MARKER_GAP = 7;

/** Where to put the markers and labels of a view's places, for a projection; hidden ones are left out. */
export function placeMarks(
	id: MapViewId,
	params: ViewParams,
	places: EditionPlace[],
	width: number,
	height: number
): PlacedMark[] {
	const v = VIEWS[id];
	const projection = projectionFor(params, width, height);
	const marks: PlacedMark[] = [];
	for (const placeId of v.places) {
		const place = places.find((p) => p.id === placeId);
		if (!place || place.kind === 'region') continue;
		const lonlat: LonLat | undefined =
			place.kind === 'city' && place.lon != null && place.lat != null ? [place.lon, place.lat] : LABEL_POINTS[place.id];
		if (!lonlat || !isVisible(params, lonlat)) continue;
		const [x, y] = projection(lonlat)!;
		const size = LABEL_FONT[place.kind];
		const w = place.name.length * size * 0.62;
		if (place.kind === 'country') {
			marks.push({
				id: place.id,
				kind: 'country',
				name: place.name,
				x,
				y,
				labelX: x,
				labelY: y,
				anchor: 'middle',
				box: [x - w / 2, y - size / 2, x + w / 2, y + size / 2]
			});
		} else {
			const side = v.labelSide?.[place.id] ?? 'right';
			const [dx, dy] = {
				left: [-MARKER_GAP, 0],
				right: [MARKER_GAP, 0],
				above: [0, -MARKER_GAP - size / 2],
				below: [0, MARKER_GAP + size / 2]
			}[side];
			const anchor = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle';
			const [lx, ly] = [x + dx, y + dy];
			const x0 = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
			marks.push({
				id: place.id,
				kind: 'city',
				name: place.name,
				x,
				y,
				labelX: lx,
				labelY: ly,
				anchor,
				box: [x0, ly - size / 2, x0 + w, ly + size / 2]
			});
		}
	}
	return marks;
}
