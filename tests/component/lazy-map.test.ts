// LazyMap in an embed (loadOn="need"): the build-time drawing of the first
// view, and the full map's code fetched only once it is needed: another view,
// or the reader reaching for the embed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import LazyMap from '$lib/story/LazyMap.svelte';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { embedPageData } from '$lib/server/embed-page-data';
import { buildModel } from '$lib/server/content/model';
import { readContentFiles } from '../unit/helpers';

const { edition, mapFallback } = embedPageData(buildModel(readContentFiles()), 'en');
const viewAt = (step: (typeof edition.steps)[number]) => graphicPropsFor(edition, step.id).map;
const drawn = viewAt(edition.steps.find((s) => s.map === mapFallback!.view)!);
const other = viewAt(edition.steps.find((s) => s.map !== mapFallback!.view)!);

function renderMap(view = drawn, loadOn: 'need' | 'idle' = 'need') {
	// The full map's code never arrives: what is asked for is what counts.
	const loadMap = vi.fn(() => new Promise<never>(() => {}));
	const props = {
		view,
		description: 'The map',
		unavailableText: '…',
		mapFallback,
		loadMap,
		loadOn
	};
	const result = render(LazyMap, props);
	return { ...result, loadMap, props };
}

afterEach(() => vi.restoreAllMocks());

describe('LazyMap, loadOn="need" (an embed)', () => {
	it('shows the drawn first view and fetches nothing while nobody reaches for it', async () => {
		const { container, loadMap } = renderMap();
		expect(container.querySelector('.map')).toHaveAttribute('data-map-view', drawn.id);
		expect(container.querySelector('.fallback img')).toBeInTheDocument();
		await Promise.resolve();
		expect(loadMap).not.toHaveBeenCalled();
	});

	it('loads the full map, once, when the view is not the drawn one', async () => {
		const { loadMap, rerender, props } = renderMap();
		await rerender({ ...props, view: other });
		expect(loadMap).toHaveBeenCalledTimes(1);
		await rerender({ ...props, view: drawn });
		expect(loadMap).toHaveBeenCalledTimes(1);
	});

	it('opens at another view (?step=): loads at once', () => {
		const { loadMap } = renderMap(other);
		expect(loadMap).toHaveBeenCalledTimes(1);
	});

	for (const [sign, fire] of [
		['a pointer over the page', () => fireEvent.pointerOver(document.body)],
		['a key', () => fireEvent.keyDown(document.body, { key: 'ArrowRight' })],
		['focus', () => fireEvent.focusIn(document.body)]
	] as const) {
		it(`loads it when the reader reaches for the embed: ${sign}`, async () => {
			const { loadMap } = renderMap();
			await fire();
			await fire();
			expect(loadMap).toHaveBeenCalledTimes(1);
		});
	}
});

describe('LazyMap, loadOn="idle" (the story)', () => {
	it('loads the full map once the page is idle after its load, before the reader scrolls', async () => {
		vi.useFakeTimers();
		try {
			const idle = vi.fn((run: () => void) => setTimeout(run, 100));
			vi.stubGlobal('requestIdleCallback', idle);
			const { loadMap } = renderMap(drawn, 'idle');
			expect(idle).toHaveBeenCalledTimes(document.readyState === 'complete' ? 1 : 0);
			window.dispatchEvent(new Event('load'));
			expect(loadMap).not.toHaveBeenCalled();
			await vi.advanceTimersByTimeAsync(100);
			expect(loadMap).toHaveBeenCalledTimes(1);
		} finally {
			vi.useRealTimers();
			vi.unstubAllGlobals();
		}
	});

	it('waits for its need on a connection that saves data', async () => {
		vi.useFakeTimers();
		try {
			vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 100));
			Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
			const { loadMap } = renderMap(drawn, 'idle');
			window.dispatchEvent(new Event('load'));
			await vi.advanceTimersByTimeAsync(5000);
			expect(loadMap).not.toHaveBeenCalled();
		} finally {
			delete (navigator as { connection?: unknown }).connection;
			vi.useRealTimers();
			vi.unstubAllGlobals();
		}
	});

	it('an embed (loadOn="need") does not load on idle', async () => {
		vi.useFakeTimers();
		try {
			vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 100));
			const { loadMap } = renderMap(drawn, 'need');
			window.dispatchEvent(new Event('load'));
			await vi.advanceTimersByTimeAsync(5000);
			expect(loadMap).not.toHaveBeenCalled();
		} finally {
			vi.useRealTimers();
			vi.unstubAllGlobals();
		}
	});
});
