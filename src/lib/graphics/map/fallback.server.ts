/**
 * The map as static SVG paths for the prerendered page (no JavaScript, and
 * the first paint before the data arrives). Server-only: the TopoJSON is read
 * here at build time and never bundled for the browser.
 */
import world from '../../../../static/map/world-110m.json';
import region from '../../../../static/map/central-asia-50m.json';
import type { EditionPlace } from '$lib/content/edition';
import type { MapViewId } from '$lib/content/schema';
import { staticMapPaths, type StaticMap } from './data';

export function mapFallbackFor(view: MapViewId, places: EditionPlace[]): StaticMap {
	return staticMapPaths(view, { world, region }, places);
}
