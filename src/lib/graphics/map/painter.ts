/**
 * Who paints the map's ground (./ground.ts) on the page's canvas: a worker
 * (./ground.worker.ts) where the browser can hand it the canvas, so the
 * ground's decoding and every frame's painting leave the page's main thread;
 * else the page itself, as before (an older browser, a worker script on
 * another origin such as a CDN, one that fails to start, or data given decoded).
 * Usage: const painter = paintGround(canvas, { urls }, ({ detail, highlight }) => …);
 *        painter.paint(frame); await painter.ready; const inset = await painter.locator(view); painter.stop();
 */
import workerUrl from './ground.worker.ts?worker&url';
import { loadMapData, type MapData, type MapUrls } from './data';
import { paintFrame, type FromGround, type GroundFrame, type PaintedFrame, type ToGround } from './ground';
import { locatorPaths } from './locator';
import type { LocatorPaths } from './style';
import type { MapView } from './types';

export interface GroundPainter {
	/** Resolves once the ground's data is decoded; rejects if it cannot be fetched or read. */
	ready: Promise<void>;
	/** Paints a frame: the last one asked for, once the data is here. */
	paint(frame: GroundFrame): void;
	/** The locator inset of a close-up view, drawn from the world file. */
	locator(view: MapView): Promise<LocatorPaths | undefined>;
	/** Stops painting (and the worker). */
	stop(): void;
}

/** Where the ground comes from: the files' addresses, or the data already decoded. */
export type GroundSource = { urls: MapUrls } | { data: MapData };
/** Told after each frame is painted: whether it drew the region's 1:50m detail, and the filled countries' outlines. */
type Painted = (frame: PaintedFrame) => void;

/** Whether this page can paint the ground in a worker: one from its own origin, handed the canvas. */
function canPaintOffMain(): boolean {
	return (
		typeof Worker === 'function' &&
		typeof HTMLCanvasElement !== 'undefined' &&
		'transferControlToOffscreen' in HTMLCanvasElement.prototype &&
		new URL(workerUrl, location.href).origin === location.origin
	);
}

export function paintGround(canvas: HTMLCanvasElement, source: GroundSource, painted?: Painted): GroundPainter {
	return 'urls' in source && canPaintOffMain()
		? workerPainter(canvas, source.urls, painted)
		: pagePainter(canvas, source, painted);
}

/** A promise with its settling functions (Promise.withResolvers, which Safari has only since 17.4). */
function deferred() {
	let resolve!: () => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<void>((yes, no) => ([resolve, reject] = [yes, no]));
	promise.catch(() => {}); // a failure is the caller's to read; never an unhandled rejection
	return { promise, resolve, reject };
}

function workerPainter(canvas: HTMLCanvasElement, urls: MapUrls, painted?: Painted): GroundPainter {
	const ready = deferred();
	// Built as a classic script (any browser with OffscreenCanvas runs it); Vite's dev server serves a module.
	const worker = new Worker(workerUrl, { type: import.meta.env.DEV ? 'module' : 'classic' });
	const send = (message: ToGround, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
	let started = false;
	let fallback: GroundPainter | undefined;
	let last: GroundFrame | undefined;
	let nextId = 0;
	const asked = new Map<number, (paths: LocatorPaths | undefined) => void>();

	worker.onmessage = ({ data: message }: MessageEvent<FromGround>) => {
		switch (message.type) {
			case 'alive': {
				// The canvas is handed over only once the worker runs: until then the page can still paint it.
				started = true;
				const offscreen = canvas.transferControlToOffscreen();
				send({ type: 'canvas', canvas: offscreen }, [offscreen]);
				if (last) send({ type: 'frame', frame: last });
				break;
			}
			case 'ready':
				ready.resolve();
				break;
			case 'failed':
				ready.reject(new Error(message.message));
				break;
			case 'painted':
				painted?.(message.frame);
				break;
			case 'locator':
				asked.get(message.id)?.(message.paths);
				asked.delete(message.id);
				break;
		}
	};
	// A worker that cannot start (no module workers, a policy that forbids it): the page paints.
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
		if (started) return ready.reject(new Error('the map worker stopped'));
		console.warn('[map] no worker for the ground; the page paints it');
		fallback = pagePainter(canvas, { urls }, painted);
		fallback.ready.then(ready.resolve, ready.reject);
		if (last) fallback.paint(last);
	};
	send({ type: 'load', urls });

	return {
		ready: ready.promise,
		paint(frame) {
			last = frame;
			if (fallback) fallback.paint(frame);
			else if (started) send({ type: 'frame', frame });
		},
		async locator(view) {
			await ready.promise;
			if (fallback) return fallback.locator(view);
			const id = nextId++;
			return new Promise((resolve) => {
				asked.set(id, resolve);
				// A plain copy: a view may come wrapped in a reactive proxy, which cannot be posted.
				send({ type: 'locator', id, view: JSON.parse(JSON.stringify(view)) as MapView });
			});
		},
		stop() {
			worker.terminate();
			fallback?.stop();
		}
	};
}

function pagePainter(canvas: HTMLCanvasElement, source: GroundSource, painted?: Painted): GroundPainter {
	const controller = new AbortController();
	const context = canvas.getContext('2d');
	let data = 'data' in source ? source.data : undefined;
	let last: GroundFrame | undefined;
	const paintLast = () => {
		if (data && last) painted?.(paintFrame(context, data, last));
	};
	const ready =
		'urls' in source
			? loadMapData(source.urls, controller.signal).then((decoded) => {
					data = decoded;
					paintLast();
				})
			: Promise.resolve();
	return {
		ready,
		paint(frame) {
			last = frame;
			paintLast();
		},
		async locator(view) {
			await ready;
			return data && locatorPaths(view, data.world);
		},
		stop: () => controller.abort()
	};
}
