/**
 * The map's props: a view as plain data, nothing of a story. A caller (the
 * story's adapter, an embed, a share card) builds a MapView and hands it to
 * Map.svelte, MapPlaceholder.svelte or staticMapPaths (./data.ts).
 * Usage: const view: MapView = { id: 'uzbekistan', center: [64.5, 41.4], fit: [[55.9, 37.2], [73.1, 45.6]],
 *          highlight: ['860'], markers: [{ id: 'tashkent', kind: 'city', name: 'Tashkent', lonLat: [69.24, 41.3] }], tone: 'strong' };
 */

/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];
/** [[west, south], [east, north]] in degrees. */
export type Box = [LonLat, LonLat];
/** Which side of its dot a city's name sits on. */
type LabelSide = 'left' | 'right' | 'above' | 'below';

/** A named place on the map: a city (a dot and its name) or a country (its name only). */
export interface MapMarker {
	/** Stable id, on the label as `data-label` and on the dot as `data-marker`. */
	id: string;
	/** A city gets a dot with its name beside it; a country its name alone, centred on `lonLat`. */
	kind: 'city' | 'country';
	/** The name to write, in the reader's language. */
	name: string;
	/** The city's position, or the point a country's name is written at. */
	lonLat: LonLat;
	/** For a city, the side of the dot its name sits on (default right). */
	labelSide?: LabelSide;
	/** A name a small frame (a phone's locator) leaves out, e.g. a neighbouring country's. */
	minor?: boolean;
}

/** One picture of the globe: where it looks, what it fills, marks and joins. */
export interface MapView {
	/** The view's name, on the map's root as `data-map-view`; a static fallback is drawn for one id. */
	id: string;
	/** [lon, lat] at the centre of the frame. */
	center: LonLat;
	/** Globe radius relative to half the frame's smaller side (1: the globe touches the frame; default 0.9 without `fit`). */
	scale?: number;
	/** Or a box to fit in the frame around `center` (used instead of `scale`). */
	fit?: Box;
	/** Countries to fill, as ISO 3166-1 numeric codes (Natural Earth's ids, e.g. '860'). */
	highlight: string[];
	/** Places to mark and name. */
	markers: MapMarker[];
	/** The ends of a great-circle arc to draw, if any. */
	arc?: [LonLat, LonLat];
	/** How strongly to fill the countries: lightly when they are context, strongly when they are the subject. */
	tone: 'light' | 'strong';
	/** A legend line under the map saying what the filled countries are, if any. */
	legend?: string;
	/**
	 * A corner mini-map placing the frame in its region, if any: the box it shows and the countries it
	 * fills (ISO codes); the frame's `fit` box (or its centre) is drawn on it.
	 */
	locator?: Locator;
}

/** What a locator inset shows. */
interface Locator {
	/** [[west, south], [east, north]]: the region the inset shows. */
	fit: Box;
	/** Countries to fill on it, as ISO 3166-1 numeric codes. */
	highlight: string[];
}
