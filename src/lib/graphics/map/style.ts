/**
 * The map's look and its server-drawn first view, with no dependencies, so the
 * static placeholder (MapPlaceholder.svelte) can draw it without d3-geo or
 * topojson in the page's first JavaScript.
 */
/** Fill and line colours of the ground (the canvas cannot read CSS variables). */
export const COLOURS = { ocean: '#f3f1ec', land: '#e4e0d6', border: '#fbfaf7', outline: '#d6d1c5' };
/** The size the server renders at; the SVG scales it to its box. */
export const NOMINAL = { width: 560, height: 320 };
/** Label sizes in px. */
export const LABEL_FONT = { city: 12, country: 11 };

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
	/** The label's box [x0, y0, x1, y1], for overlap checks. */
	box: [number, number, number, number];
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
}
