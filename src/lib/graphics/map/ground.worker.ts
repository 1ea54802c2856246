/**
 * The map's ground, painted off the page's main thread: this worker fetches
 * and decodes both map files, paints each frame it is sent on the canvas the
 * page handed it (an OffscreenCanvas), and draws the locator insets. The page
 * keeps only its light layers (filled countries, names, dots): a frame of a
 * move or a step's new view costs the page next to nothing, so scrolling
 * stays smooth on a slow phone. Messages: ToGround and FromGround in ./ground.ts.
 */
/// <reference lib="webworker" />
import { fetchMapFiles, prepareMapData, type MapData, type MapUrls } from './data';
import { paintFrame, type FromGround, type GroundFrame, type ToGround } from './ground';
import { locatorPaths } from './locator';

const post = (message: FromGround) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

let data: MapData | undefined;
let context: OffscreenCanvasRenderingContext2D | null = null;
/** The last frame asked for, painted in a task of its own: frames that came meanwhile are skipped. */
let pending: GroundFrame | undefined;
let scheduled = false;

function paintPending() {
	scheduled = false;
	if (!pending || !data || !context) return;
	const frame = pending;
	pending = undefined;
	post({ type: 'painted', frame: paintFrame(context, data, frame) });
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(paintPending, 0);
}

async function load(urls: MapUrls) {
	try {
		const { world, region } = await fetchMapFiles(urls);
		data = prepareMapData(world, region);
		post({ type: 'ready' });
		schedule();
	} catch (error) {
		post({ type: 'failed', message: String(error) });
	}
}

self.onmessage = (event: MessageEvent<ToGround>) => {
	const message = event.data;
	switch (message.type) {
		case 'load':
			load(message.urls);
			break;
		case 'canvas':
			context = message.canvas.getContext('2d');
			if (!context) post({ type: 'failed', message: 'no 2D context on the OffscreenCanvas' });
			schedule();
			break;
		case 'frame':
			pending = message.frame;
			schedule();
			break;
		case 'locator':
			post({ type: 'locator', id: message.id, paths: data && locatorPaths(message.view, data.world) });
			break;
	}
};

post({ type: 'alive' });
