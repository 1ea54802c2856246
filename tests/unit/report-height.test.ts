// @vitest-environment jsdom
// reportHeight (src/lib/embed/report-height.ts) with a fake ResizeObserver, a
// fake requestAnimationFrame and a controllable document.fonts.ready: it posts
// at most once per frame, never the same height twice in a row, after fonts
// load and on update(), and nothing after destroy().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportHeight } from '$lib/embed/report-height';
import type { SizeMessage } from '$lib/embed/messages';

let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;
let observers: FakeResizeObserver[];
let resolveFonts: () => void;
let height: number;

class FakeResizeObserver {
	observed: Element[] = [];
	disconnected = false;
	constructor(public callback: ResizeObserverCallback) {
		observers.push(this);
	}
	observe(target: Element) {
		this.observed.push(target);
	}
	unobserve() {}
	disconnect() {
		this.disconnected = true;
	}
	/** What the browser does when the element's size changes. */
	fire() {
		if (!this.disconnected) this.callback([], this as unknown as ResizeObserver);
	}
}

/** Runs the callbacks of the frame requested so far, as the browser does before painting. */
function runFrame() {
	const callbacks = [...frames.values()];
	frames.clear();
	for (const callback of callbacks) callback(performance.now());
}

function setup() {
	const element = document.createElement('div');
	element.getBoundingClientRect = () => ({ height, width: 320 }) as DOMRect;
	document.body.append(element);
	const posted: SizeMessage[] = [];
	const reporter = reportHeight(element, {
		childId: 'c1',
		src: 'https://story.example/embed/',
		post: (m) => posted.push(m)
	});
	/** The heights posted so far (one per post: the AMP message's). */
	const heights = () =>
		posted.filter((m) => typeof m === 'object' && 'sentinel' in m).map((m) => (m as { height: number }).height);
	return { element, posted, reporter, heights };
}

beforeEach(() => {
	frames = new Map();
	nextFrame = 1;
	observers = [];
	height = 500;
	vi.stubGlobal('ResizeObserver', FakeResizeObserver);
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		frames.set(nextFrame, callback);
		return nextFrame++;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
	const ready = new Promise<void>((resolve) => (resolveFonts = resolve));
	Object.defineProperty(document, 'fonts', { configurable: true, value: { ready } });
});

afterEach(() => {
	vi.unstubAllGlobals();
	delete (document as { fonts?: unknown }).fonts;
	document.body.innerHTML = '';
});

describe('reportHeight', () => {
	it('observes the element and posts the three messages on the first frame', () => {
		const { element, posted } = setup();
		expect(observers).toHaveLength(1);
		expect(observers[0].observed).toEqual([element]);
		expect(posted).toEqual([]);
		runFrame();
		expect(posted).toEqual([
			'pymxPYMxc1xPYMxheightxPYMx500',
			{ sentinel: 'amp', type: 'embed-size', height: 500 },
			{ context: 'iframe.resize', src: 'https://story.example/embed/', height: 500 }
		]);
	});

	it('coalesces many changes within a frame into one post of the latest height', () => {
		const { reporter, heights } = setup();
		runFrame();
		height = 600;
		observers[0].fire();
		height = 650.2;
		observers[0].fire();
		reporter.update();
		expect(frames.size).toBe(1);
		runFrame();
		expect(heights()).toEqual([500, 651]);
	});

	it('does not post the same height twice in a row', () => {
		const { reporter, heights } = setup();
		runFrame();
		observers[0].fire();
		runFrame();
		reporter.update();
		runFrame();
		height = 500.4; // rounds up to 501: a change
		reporter.update();
		runFrame();
		height = 500.9; // also 501: no change
		reporter.update();
		runFrame();
		expect(heights()).toEqual([500, 501]);
	});

	it('posts when the fonts have loaded', async () => {
		const { heights } = setup();
		runFrame();
		height = 540; // the web fonts reflow the text, and no resize is observed
		expect(frames.size).toBe(0);
		resolveFonts();
		await Promise.resolve();
		await Promise.resolve();
		expect(frames.size).toBe(1);
		runFrame();
		expect(heights()).toEqual([500, 540]);
	});

	it('works where document.fonts does not exist', () => {
		delete (document as { fonts?: unknown }).fonts;
		const { heights } = setup();
		runFrame();
		expect(heights()).toEqual([500]);
	});

	it('stops on destroy: no pending frame, no observer, no post on update or fonts', async () => {
		const { reporter, posted } = setup();
		reporter.destroy();
		expect(frames.size).toBe(0);
		expect(observers[0].disconnected).toBe(true);
		height = 700;
		observers[0].callback([], observers[0] as unknown as ResizeObserver);
		reporter.update();
		resolveFonts();
		await Promise.resolve();
		runFrame();
		expect(posted).toEqual([]);
	});

	it('can be returned as an attachment cleanup (destroy needs no this)', () => {
		const { reporter } = setup();
		const cleanup = reporter.destroy;
		cleanup();
		expect(observers[0].disconnected).toBe(true);
	});

	it("posts to the parent window with target origin '*' by default", () => {
		const postMessage = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => {});
		const element = document.createElement('div');
		element.getBoundingClientRect = () => ({ height: 320 }) as DOMRect;
		reportHeight(element, { src: 'https://story.example/embed/' });
		runFrame();
		expect(postMessage).toHaveBeenCalledWith({ sentinel: 'amp', type: 'embed-size', height: 320 }, '*');
		expect(postMessage).toHaveBeenCalledTimes(2);
		postMessage.mockRestore();
	});
});
