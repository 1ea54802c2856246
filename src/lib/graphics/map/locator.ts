/**
 * The locator inset of a close-up view: a small map of its region with the
 * view's countries filled and the frame's box drawn, as SVG path strings at
 * LOCATOR_SIZE. The same function draws it on the server (staticMapPaths) and
 * in the browser (Map.svelte), so both show the same inset. Drawing it projects
 * the whole world file (about 50 ms on a fast laptop, 200 ms at a phone's
 * speed), so each inset is drawn once per file and kept.
 * Usage: const inset = view.locator && locatorPaths(view, data.world);
 */
import { geoOrthographic, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { boxOutline } from './views';
import { LOCATOR_SIZE, type LocatorPaths } from './style';
import type { MapView } from './types';

/** What the inset reads of a map file: land, borders and countries by ISO code. */
interface LocatorLayer {
	land: Geometry;
	borders: MultiLineString;
	countries: { get(iso: string): Feature | undefined };
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
	const path = geoPath(projection).digits(1);
	const highlight: FeatureCollection = {
		type: 'FeatureCollection',
		features: locator.highlight.flatMap((iso) => layer.countries.get(iso) ?? [])
	};
	const [x, y] = projection(view.center) ?? [size.width / 2, size.height / 2];
	return {
		land: path(layer.land) ?? '',
		borders: path(layer.borders) ?? '',
		highlight: path(highlight) ?? '',
		frame: view.fit ? (path(boxOutline(view.fit)) ?? '') : '',
		dot: [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
	};
}
