/**
 * The map's first view drawn at build time, for the prerendered page (no
 * JavaScript, and the first paint before the data arrives) and for the ground
 * picture it shows (src/routes/map/[view].svg). Server-only: the TopoJSON is
 * read here at build time and never bundled for the browser.
 * Usage: staticViewFor(view) in a server load, for the page's data (LazyMap adds the picture's address).
 */
import world from '../../../../static/map/world-110m.json';
import region from '../../../../static/map/central-asia-50m.json';
import { createHash } from 'node:crypto';
import { staticMapPaths, type StaticMap } from './data';
import { groundSvg } from './ground-svg';
import type { PlacedMark, StaticView } from './style';
import { px } from '../px';
import type { MapView } from './types';

/** A view's drawing with its ground's paths (for the ground picture and the share cards), at the nominal size or another. */
export const staticMapFor = (view: MapView, size?: { width: number; height: number }): StaticMap =>
	staticMapPaths(view, { world, region }, size);

/** A view as the page's data carries it: its places and inset; its ground is a picture of its own (src/routes/map/[view].svg). */
export function staticViewFor(view: MapView): StaticView {
	// Everything but the ground's paths (sphere, land, borders, highlight).
	const drawn = staticMapFor(view);
	const { width, height, radius, tone, arc, marks, locator } = drawn;
	const groundKey = createHash('sha256').update(groundSvg(drawn)).digest('hex').slice(0, 10);
	// Positions to a tenth of a pixel: the page's data and its SVG carry them.
	const placed = marks.map((m) => ({
		...m,
		x: px(m.x),
		y: px(m.y),
		labelX: px(m.labelX),
		labelY: px(m.labelY),
		box: m.box.map(px) as PlacedMark['box']
	}));
	return {
		view: view.id,
		width,
		height,
		radius: px(radius),
		tone,
		arc,
		marks: placed,
		...(locator && { locator }),
		groundKey
	};
}
