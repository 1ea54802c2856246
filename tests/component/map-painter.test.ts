// Who paints the map's ground (src/lib/graphics/map/painter.ts): a worker handed the canvas where
// the browser can (the page then posts frames and hears back the filled countries' outlines), the
// page itself where a worker cannot start. jsdom has neither workers nor OffscreenCanvas: both are
// stood in for here, the worker by a fake that answers as ground.worker.ts does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { paintGround } from '$lib/graphics/map/painter';
import type { FromGround, GroundFrame, ToGround } from '$lib/graphics/map/ground';
import type { MapView } from '$lib/graphics/map/types';

const FILES: Record<string, string> = {
	'/map/world-110m.json': readFileSync('static/map/world-110m.json', 'utf8'),
	'/map/central-asia-50m.json': readFileSync('static/map/central-asia-50m.json', 'utf8')
};
const urls = { world: '/map/world-110m.json', region: '/map/central-asia-50m.json' };
const frame: GroundFrame = {
	params: { center: [64.5, 41.4], scale: 6 },
	width: 560,
	height: 320,
	dpr: 1,
	detail: true,
	moving: false,
	highlight: ['860'],
	seq: 1
};

/** A stand-in worker: records what the page posts; `start` answers as the real one does when it runs, `fail` as one that cannot. */
class FakeWorker {
	static last: FakeWorker;
	posted: { message: ToGround; transfer: Transferable[] }[] = [];
	onmessage: ((event: MessageEvent<FromGround>) => void) | null = null;
	onerror: ((event: Event) => void) | null = null;
	terminated = false;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(message: ToGround, transfer: Transferable[] = []) {
		this.posted.push({ message, transfer });
	}
	terminate() {
		this.terminated = true;
	}
	say(message: FromGround) {
		this.onmessage?.(new MessageEvent('message', { data: message }));
	}
	fail() {
		this.onerror?.(new Event('error', { cancelable: true }));
	}
}

function stubBrowser() {
	vi.stubGlobal('Worker', FakeWorker);
	const offscreen = { transferred: true } as unknown as OffscreenCanvas;
	const transfer = vi.fn(() => offscreen);
	Object.defineProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen', {
		value: transfer,
		configurable: true
	});
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string) => new Response(FILES[url], { status: 200 }))
	);
	return { offscreen, transfer };
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown }).transferControlToOffscreen;
});

describe('paintGround', () => {
	it('hands the canvas to a worker once it runs, posts frames, hears back what was painted and the insets', async () => {
		const { offscreen, transfer } = stubBrowser();
		const painted = vi.fn();
		const painter = paintGround(document.createElement('canvas'), { urls }, painted);
		const worker = FakeWorker.last;
		// The worker fetches the files itself; the page keeps its canvas until the worker runs.
		expect(worker.posted.map((p) => p.message)).toEqual([{ type: 'load', urls }]);
		painter.paint(frame);
		expect(transfer).not.toHaveBeenCalled();
		worker.say({ type: 'alive' });
		expect(transfer).toHaveBeenCalledTimes(1);
		expect(worker.posted[1]).toEqual({ message: { type: 'canvas', canvas: offscreen }, transfer: [offscreen] });
		// The frame asked for before the worker ran is sent once it does; later ones as they come.
		expect(worker.posted[2].message).toEqual({ type: 'frame', frame });
		painter.paint({ ...frame, moving: true });
		expect(worker.posted[3].message).toEqual({ type: 'frame', frame: { ...frame, moving: true } });
		worker.say({ type: 'ready' });
		await painter.ready;
		const outlines = { seq: 1, detail: true, moving: false, highlight: [{ id: '860', d: 'M0,0Z' }] };
		worker.say({ type: 'painted', frame: outlines });
		expect(painted).toHaveBeenCalledWith(outlines);
		// An inset is asked for and comes back by its id.
		const view = {
			id: 'tashkent',
			locator: {
				fit: [
					[55, 37],
					[73, 46]
				],
				highlight: ['860']
			}
		} as unknown as MapView;
		const inset = painter.locator(view);
		await vi.waitFor(() => expect(worker.posted.at(-1)!.message).toMatchObject({ type: 'locator', view }));
		const { id } = worker.posted.at(-1)!.message as { id: number };
		const paths = { land: 'M1,1Z', borders: '', highlight: 'M2,2Z', frame: '', dot: [1, 2] as [number, number] };
		worker.say({ type: 'locator', id, paths });
		expect(await inset).toEqual(paths);
		painter.stop();
		expect(worker.terminated).toBe(true);
	});

	it('says so when the worker cannot read the data', async () => {
		stubBrowser();
		const painter = paintGround(document.createElement('canvas'), { urls });
		FakeWorker.last.say({ type: 'alive' });
		FakeWorker.last.say({ type: 'failed', message: 'HTTP 404' });
		await expect(painter.ready).rejects.toThrow('HTTP 404');
	});

	it('paints on the page where the worker cannot start, the canvas never handed over', async () => {
		const { transfer } = stubBrowser();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const painted = vi.fn();
		// jsdom has no 2D context: the page paints no pixels, but works out the outlines all the same.
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
		const painter = paintGround(document.createElement('canvas'), { urls }, painted);
		painter.paint(frame);
		FakeWorker.last.fail();
		expect(FakeWorker.last.terminated).toBe(true);
		expect(warn).toHaveBeenCalled();
		await painter.ready;
		expect(transfer).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(painted).toHaveBeenCalled());
		const [{ highlight }] = painted.mock.calls.at(-1)!;
		expect(highlight.map((h: { id: string }) => h.id)).toEqual(['860']);
		expect(highlight[0].d.length).toBeGreaterThan(50);
	});

	it('paints on the page where the browser cannot hand a canvas to a worker', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async (url: string) => new Response(FILES[url], { status: 200 }))
		);
		const worker = vi.fn();
		vi.stubGlobal('Worker', worker);
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
		const painted = vi.fn();
		const painter = paintGround(document.createElement('canvas'), { urls }, painted);
		painter.paint(frame);
		await painter.ready;
		expect(worker).not.toHaveBeenCalled();
		expect(painted).toHaveBeenCalled();
	});
});
