// Setup for component tests in jsdom.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom lays nothing out, so every element measures 0×0. Charts measure their
// box: give every element a fixed, phone-like size.
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 300 });

// jsdom has no ResizeObserver, which LayerCake (through bind:clientWidth) uses.
// This one reports the element's size once, as a browser does on observe().
class ResizeObserverPolyfill {
	constructor(private callback: ResizeObserverCallback) {}
	observe(target: Element) {
		const rect = { width: 600, height: 300, top: 0, left: 0, bottom: 300, right: 600, x: 0, y: 0 };
		queueMicrotask(() =>
			this.callback(
				[
					{
						target,
						contentRect: rect,
						borderBoxSize: [],
						contentBoxSize: [],
						devicePixelContentBoxSize: []
					} as unknown as ResizeObserverEntry
				],
				this as unknown as ResizeObserver
			)
		);
	}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverPolyfill as unknown as typeof ResizeObserver;

// jsdom does not implement matchMedia, which svelte/motion's prefersReducedMotion reads.
window.matchMedia ??= ((query: string) => ({
	matches: false,
	media: query,
	onchange: null,
	addEventListener() {},
	removeEventListener() {},
	addListener() {},
	removeListener() {},
	dispatchEvent: () => false
})) as typeof window.matchMedia;

// jsdom has no 2D canvas (it says "Not implemented" on every call): a canvas gives no context, as
// a browser without one would, and the map's ground paints nothing (its outlines are still drawn).
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
	configurable: true,
	writable: true,
	value: () => null
});
