/**
 * The ground, painted on a 2D canvas: the globe's water, land, the borders
 * between countries and the globe's rim; and the outlines of the countries a
 * view fills, as SVG path strings in the same frame (the map's SVG layer fills them). Inside the regional file's box the
 * land is its 1:50m detail (in a frame 300 px wide or more, once the map has
 * settled: a move draws the world's 1:110m alone), outside it the world's
 * 1:110m. A frame projects only the pieces of ground it can show (./cull.ts).
 * The same function paints in the map's worker (./ground.worker.ts, on an
 * OffscreenCanvas) and, where there is no worker, on the page (./painter.ts).
 * Usage: const { detail, highlight } = paintFrame(ctx, data, { params, width, height, dpr: 2, detail: true, moving: false, highlight: ['860'] });
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { COLOURS } from './style';
import { highlightFeatures, type MapData, type MapLayer, type MapUrls } from './data';
import type { LocatorPaths } from './style';
import type { MapView } from './types';
import { DETAIL_MIN_WIDTH, PRECISION, projectionFor, regionDetail, type ViewParams } from './views';
import { frameCap, visibleOf } from './cull';

/** One frame of the ground: the view's centre and scale, the frame's size in CSS px, and how to draw it. */
export interface GroundFrame {
	params: ViewParams;
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	dpr: number;
	/** Whether the region's 1:50m detail may be drawn (not while the map moves). */
	detail: boolean;
	/** A frame of a move: drawn without resampling (see PRECISION). */
	moving: boolean;
	/** The countries the view fills, by ISO 3166-1 numeric code. */
	highlight: string[];
	/** The frame's number, counted by the page: a painted frame says which it was. */
	seq: number;
}

/** What a frame painted: whether the region's detail, and the filled countries' outlines (`d` of an SVG path, by code). */
export interface PaintedFrame {
	/** The number of the frame painted (GroundFrame.seq). */
	seq: number;
	detail: boolean;
	moving: boolean;
	highlight: { id: string; d: string }[];
}

/** What a context must do to be painted on: a page's canvas or a worker's OffscreenCanvas. */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const SPHERE: GeoPermissibleObjects = { type: 'Sphere' };

/**
 * Sizes the context's canvas to the frame (in device pixels) and paints the
 * ground (without a context, as in a test's DOM, only the outlines are drawn).
 */
export function paintFrame(ctx: Context2D | null, data: MapData, frame: GroundFrame): PaintedFrame {
	const { width, height } = frame;
	const projection = projectionFor(frame.params, width, height, frame.moving ? PRECISION.moving : PRECISION.still);
	const detail = ctx ? paintGround(ctx, data, frame, projection) : false;
	// Filled from the file the ground is drawn from: 1:110m in a small frame and while the map moves.
	const layer = frame.detail && width >= DETAIL_MIN_WIDTH ? data.region : data.world;
	const outline = geoPath(projection).digits(1);
	const highlight = highlightFeatures(layer, frame.highlight).map((f) => ({ id: String(f.id), d: outline(f) ?? '' }));
	return { seq: frame.seq, detail, moving: frame.moving, highlight };
}

/** Paints the ground; returns whether it drew the region's detail. */
function paintGround(ctx: Context2D, data: MapData, frame: GroundFrame, projection: GeoProjection): boolean {
	const { width, height, dpr } = frame;
	const [w, h] = [Math.round(width * dpr), Math.round(height * dpr)];
	const canvas = ctx.canvas;
	if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, width, height);
	const path = geoPath(projection, ctx as CanvasRenderingContext2D);
	const shape = (object: GeoPermissibleObjects) => {
		ctx.beginPath();
		path(object);
	};
	// Only the pieces of ground the frame can show are projected.
	const seen = frameCap(projection);
	const ground = (layer: MapLayer) => {
		shape(visibleOf(layer.ground.land, seen));
		ctx.fillStyle = COLOURS.land;
		ctx.fill();
		shape(visibleOf(layer.ground.borders, seen));
		ctx.strokeStyle = COLOURS.border;
		ctx.lineWidth = 0.8;
		ctx.lineJoin = 'round';
		ctx.stroke();
	};
	// At globe scale, and in a small frame, the world's detail is enough; else both are drawn.
	const { shown, covers } = frame.detail
		? regionDetail(projection, width, height, { area: data.regionArea, box: data.region.box })
		: { shown: false, covers: false };

	shape(SPHERE);
	ctx.fillStyle = COLOURS.ocean;
	ctx.fill();
	if (!covers) ground(data.world);
	if (shown) {
		// Painting over beats clipping (a clip makes every fill costly): water over
		// the world's ground inside the box, less a thin band the two files share.
		if (!covers) {
			shape(data.worldHole);
			ctx.fillStyle = COLOURS.ocean;
			ctx.fill();
		}
		ground(data.region);
	}
	shape(SPHERE);
	ctx.strokeStyle = COLOURS.outline;
	ctx.lineWidth = 1;
	ctx.stroke();
	return shown;
}

/* The messages between the page (./painter.ts) and the map's worker (./ground.worker.ts). */
/** To the worker. */
export type ToGround =
	| { type: 'load'; urls: MapUrls }
	| { type: 'canvas'; canvas: OffscreenCanvas }
	| { type: 'frame'; frame: GroundFrame }
	| { type: 'locator'; id: number; view: MapView };
/** From the worker. */
export type FromGround =
	| { type: 'alive' }
	| { type: 'ready' }
	| { type: 'failed'; message: string }
	| { type: 'painted'; frame: PaintedFrame }
	| { type: 'locator'; id: number; paths: LocatorPaths | undefined };
