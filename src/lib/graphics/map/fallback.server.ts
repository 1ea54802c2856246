/**
 * The map as static SVG paths for the prerendered page (no JavaScript, and
 * the first paint before the data arrives). Server-only: the TopoJSON is read
 * here at build time and never bundled for the browser.
 * Usage: mapFallbackFor(view) in a server load; pass the result to Map's / MapPlaceholder's fallback.
 */
import world from '../../../../static/map/world-110m.json';
import region from '../../../../static/map/central-asia-50m.json';
import { staticMapPaths, type StaticMap } from './data';
import type { MapView } from './types';

export function mapFallbackFor(view: MapView): StaticMap {
	return staticMapPaths(view, { world, region });
}
