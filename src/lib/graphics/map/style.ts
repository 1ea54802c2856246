/**
 * The map's look and its server-drawn first view, with no dependencies, so the
 * static placeholder (MapPlaceholder.svelte) can draw it without d3-geo or
 * topojson in the page's first JavaScript.
 */
import { COLOUR } from '$lib/tokens';

/** Fill and line colours of the ground (the canvas cannot read CSS variables). */
export const COLOURS = { ocean: COLOUR.ocean, land: COLOUR.land, border: COLOUR.paper, outline: COLOUR.outline };
/** The size the server renders at; the SVG scales it to its box. */
export const NOMINAL = { width: 560, height: 320 };
/** Label sizes in px, in a phone's frame: at least 12. */
export const LABEL_FONT = { city: 12, country: 12 };

/** A label's size in a frame `width` px wide: LABEL_FONT on a phone, up to 2 px more on a wide screen. */
export const labelSize = (kind: keyof typeof LABEL_FONT, width: number) =>
	Math.round(Math.max(LABEL_FONT[kind], Math.min(LABEL_FONT[kind] + 2, width / 52)));

/** A place of a view where it falls in the frame, with its name and label position. */
export interface PlacedMark {
	id: string;
	kind: 'city' | 'country';
	name: string;
	x: number;
	y: number;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
	/** The label's font size, px (labelSize). */
	size: number;
	/** The label's box [x0, y0, x1, y1], for overlap checks. */
	box: [number, number, number, number];
}

/** The locator inset's drawing size in px; it is scaled to the frame (see Locator.svelte). */
export const LOCATOR_SIZE = { width: 120, height: 76 };

/** The locator's scale in a frame `width` px wide: 0.6 (72 px) on a phone to 1.2 (144 px) on a wide screen. */
export const locatorScale = (width: number) => Math.max(0.6, Math.min(1.2, width / 560));

/** A locator inset as SVG paths at LOCATOR_SIZE (see locatorPaths in ./locator.ts). */
export interface LocatorPaths {
	land: string;
	borders: string;
	/** The view's highlighted countries. */
	highlight: string;
	/** The main frame's box, or '' when the view has no box (then `dot` marks its centre). */
	frame: string;
	/** The main frame's centre, in the inset's px. */
	dot: [number, number];
}

/** One view drawn at the nominal size on the server (see staticMapPaths in ./data.ts). */
export interface StaticMap {
	/** The id of the view drawn (MapView.id). */
	view: string;
	width: number;
	height: number;
	/** The globe's radius in px at that size, so the client can scale the paths to its own frame. */
	radius: number;
	sphere: string;
	land: string;
	borders: string;
	highlight: string;
	/** How strongly the highlighted countries are filled. */
	tone: 'light' | 'strong';
	/** The view's arc, or '' when it has none. */
	arc: string;
	/** Dots and names of the view's places. */
	marks: PlacedMark[];
	/** The view's locator inset, when it has one. */
	locator?: LocatorPaths;
}

/** The paths of a StaticMap that draw its ground (see groundSvg in ./ground-svg.ts). */
type GroundPaths = 'sphere' | 'land' | 'borders' | 'highlight';

/**
 * A view as the page's data carries it: its places and inset, not its ground's
 * paths (about 3 KiB gzip, in the page's HTML twice), and a key that changes
 * with the ground's picture (its address carries it, so a cached old picture
 * is never shown with new names).
 */
export type StaticView = Omit<StaticMap, GroundPaths> & { groundKey: string };

/**
 * A view as the map draws it before its data: the page's StaticView's places
 * and the address of its ground drawn as a picture at build time (groundSvg in
 * ./ground-svg.ts, served as /map/<view>.svg), fetched once for every page.
 */
export type MapFallback = Omit<StaticMap, GroundPaths> & { ground: string };

/**
 * The area a StaticMap's ground covers, in its own px: the frame and half a
 * frame beyond each side, so the picture still fills a box wider or taller
 * than the frame's proportions (see staticMapPaths' clip extent).
 */
export const groundBox = (width: number, height: number) => ({
	x: -width / 2,
	y: -height / 2,
	width: width * 2,
	height: height * 2
});
