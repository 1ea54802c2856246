/**
 * The locator inset of a close-up view: a small map of its region with the
 * view's countries filled and the frame's box drawn, as SVG path strings at
 * LOCATOR_SIZE. The same function draws it on the server (staticMapPaths) and
 * in the browser (Map.svelte), so both show the same inset. Given the file's
 * pieces (MapLayer.ground), it projects only those inside the inset's reach
 * (./cull.ts; the whole world file took about 50 ms on a fast laptop, 200 ms
 * at a phone's speed), and each inset is drawn once per file and kept.
 * Usage: const inset = view.locator && locatorPaths(view, data.world);
 */
import { geoOrthographic, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import { boxOutline, frameReach } from './views';
import { frameCap, visibleOf, type Cullable } from './cull';
import { LOCATOR_SIZE, type LocatorPaths } from './style';
import type { MapView } from './types';

/** What the inset reads of a map file: land, borders and countries by ISO code. */
interface LocatorLayer {
	land: Geometry;
	borders: MultiLineString;
	countries: { get(iso: string): Feature | undefined };
	/** Land and borders in pieces (./cull.ts): then only the pieces the inset can show are projected. */
	ground?: { land: Cullable<MultiPolygon>; borders: Cullable<MultiLineString> };
}

export function locatorPaths(view: MapView, layer: LocatorLayer, size = LOCATOR_SIZE): LocatorPaths | undefined {
	if (!view.locator) return undefined;
	const key = JSON.stringify([view.locator, view.center, view.fit, size]);
	const kept = insets.get(layer) ?? new Map<string, LocatorPaths>();
	insets.set(layer, kept);
	const inset = kept.get(key) ?? drawInset(view, view.locator, layer, size);
	kept.set(key, inset);
	return inset;
}

/** The insets drawn so far, by map file, then by what they show. */
const insets = new WeakMap<LocatorLayer, Map<string, LocatorPaths>>();

function drawInset(
	view: MapView,
	locator: NonNullable<MapView['locator']>,
	layer: LocatorLayer,
	size: typeof LOCATOR_SIZE
): LocatorPaths {
	const [[w, s], [e, n]] = locator.fit;
	const inset = 3;
	const projection = geoOrthographic()
		.rotate([-(w + e) / 2, -(s + n) / 2])
		.fitExtent(
			[
				[inset, inset],
				[size.width - inset, size.height - inset]
			],
			boxOutline(locator.fit)
		)
		.clipExtent([
			[0, 0],
			[size.width, size.height]
		])
		.precision(0.5);
	projection.clipAngle(frameReach(projection, size.width, size.height));
	const path = geoPath(projection).digits(1);
	const seen = frameCap(projection);
	const highlight: FeatureCollection = {
		type: 'FeatureCollection',
		features: locator.highlight.flatMap((iso) => layer.countries.get(iso) ?? [])
	};
	const [x, y] = projection(view.center) ?? [size.width / 2, size.height / 2];
	return {
		land: path(layer.ground ? visibleOf(layer.ground.land, seen) : layer.land) ?? '',
		borders: path(layer.ground ? visibleOf(layer.ground.borders, seen) : layer.borders) ?? '',
		highlight: path(highlight) ?? '',
		frame: view.fit ? (path(boxOutline(view.fit)) ?? '') : '',
		dot: [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
	};
}
