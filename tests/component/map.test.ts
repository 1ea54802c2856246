import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import Map from '$lib/graphics/map/Map.svelte';
import { prepareMapData, staticMapPaths } from '$lib/graphics/map/data';
import type { LonLat, MapView } from '$lib/graphics/map/types';

const FILES: Record<string, string> = {
	'/map/world-110m.json': readFileSync('static/map/world-110m.json', 'utf8'),
	'/map/central-asia-50m.json': readFileSync('static/map/central-asia-50m.json', 'utf8')
};
// Plain views, as any caller would build them (names in Uzbek: the map writes only what it is given).
const NEW_YORK: LonLat = [-73.968, 40.749];
const TASHKENT: LonLat = [69.24, 41.299];
const WORLD: MapView = {
	id: 'world',
	center: [0, 36],
	scale: 0.94,
	highlight: ['860'],
	markers: [
		{ id: 'new-york', kind: 'city', name: 'Nyu-York', lonLat: NEW_YORK, labelSide: 'below' },
		{ id: 'tashkent', kind: 'city', name: 'Toshkent', lonLat: TASHKENT, labelSide: 'below' }
	],
	arc: [NEW_YORK, TASHKENT],
	tone: 'light'
};
const CENTRAL_ASIA: MapView = {
	id: 'central-asia',
	center: [66.9, 45.2],
	fit: [
		[46.5, 35.1],
		[87.3, 55.4]
	],
	highlight: ['398', '417', '762', '795', '860'],
	markers: [
		{ id: 'kazakhstan', kind: 'country', name: 'Qozogʻiston', lonLat: [67.5, 48.3] },
		{ id: 'kyrgyzstan', kind: 'country', name: 'Qirgʻiziston', lonLat: [75.6, 41.7] },
		{ id: 'tajikistan', kind: 'country', name: 'Tojikiston', lonLat: [70.9, 38.6] },
		{ id: 'turkmenistan', kind: 'country', name: 'Turkmaniston', lonLat: [59.0, 39.0] },
		{ id: 'uzbekistan', kind: 'country', name: 'Oʻzbekiston', lonLat: [62.6, 41.9] }
	],
	tone: 'strong',
	legend: 'Markaziy Osiyo: besh davlat'
};
const UZBEKISTAN: MapView = {
	id: 'uzbekistan',
	center: [64.5, 41.4],
	fit: [
		[55.9, 37.2],
		[73.1, 45.6]
	],
	highlight: ['860'],
	markers: [
		{ id: 'uzbekistan', kind: 'country', name: 'Oʻzbekiston', lonLat: [62.6, 41.9] },
		{ id: 'tashkent', kind: 'city', name: 'Toshkent', lonLat: TASHKENT }
	],
	tone: 'strong'
};
const props = {
	view: WORLD,
	dataUrls: { world: '/map/world-110m.json', region: '/map/central-asia-50m.json' },
	unavailableText: 'Xarita yuklanmadi.',
	description: 'Nyu-Yorkdan Toshkentgacha'
};
const files = () => ({
	world: JSON.parse(FILES['/map/world-110m.json']),
	region: JSON.parse(FILES['/map/central-asia-50m.json'])
});
const servedFetch = vi.fn(async (url: string) =>
	url in FILES
		? new Response(FILES[url], { status: 200, headers: { 'content-type': 'application/json' } })
		: new Response('', { status: 404 })
);

beforeEach(() => {
	// jsdom has no 2D canvas; LayerCake's Canvas skips painting without a context.
	vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

const root = (container: HTMLElement) => container.querySelector<HTMLElement>('.map')!;

const labels = (container: HTMLElement) => [...container.querySelectorAll('[data-label]')].map((t) => t.textContent);

describe('Map', () => {
	it('draws the view it is given, with the names it is given only', async () => {
		vi.stubGlobal('fetch', servedFetch);
		// The clock the moves read is faked: a move takes no real time.
		vi.useFakeTimers({ toFake: ['performance'] });
		const { container, rerender } = render(Map, props);
		expect(root(container)).toHaveAttribute('data-map-view', 'world');
		await waitFor(() => expect(root(container)).toHaveAttribute('data-map-state', 'ready'));
		expect(servedFetch).toHaveBeenCalledTimes(2);
		expect(container.querySelector('canvas')).not.toBeNull();
		expect(screen.getByRole('img', { name: props.description })).toBeInTheDocument();

		expect(labels(container)).toEqual(['Nyu-York', 'Toshkent']);
		expect(container.querySelectorAll('[data-marker]')).toHaveLength(2);
		expect(container.querySelector('.arc.shown')).not.toBeNull();
		expect(container.querySelector('[data-country="860"]')).not.toBeNull();

		// The globe turns (setup’s matchMedia: no reduced motion); names wait until the zoom is nearly done.
		await rerender({ ...props, view: CENTRAL_ASIA });
		expect(root(container)).toHaveAttribute('data-map-view', 'central-asia');
		await new Promise(requestAnimationFrame);
		expect(container.querySelector('.labels')).not.toHaveClass('shown');
		// The same view as a new object does not cut the move short.
		await rerender({ ...props, view: { ...CENTRAL_ASIA } });
		await new Promise(requestAnimationFrame);
		expect(container.querySelector('.labels')).not.toHaveClass('shown');
		vi.advanceTimersByTime(900);
		await waitFor(() => expect(container.querySelector('.labels')).toHaveClass('shown'));
		expect(labels(container).sort()).toEqual([
			'Oʻzbekiston',
			'Qirgʻiziston',
			'Qozogʻiston',
			'Tojikiston',
			'Turkmaniston'
		]);
		expect(container.querySelectorAll('.highlight [data-country]')).toHaveLength(5);
		expect(container.querySelector('.highlight')).toHaveClass('strong');
		expect(container.querySelector('.legend')).toHaveTextContent('Markaziy Osiyo: besh davlat');
		// The arc fades out rather than vanishing.
		expect(container.querySelector('.arc')).not.toBeNull();
		expect(container.querySelector('.arc.shown')).toBeNull();

		await rerender({ ...props, view: UZBEKISTAN });
		expect(root(container)).toHaveAttribute('data-map-view', 'uzbekistan');
		vi.advanceTimersByTime(900);
		await waitFor(() => expect(container.querySelector('.labels')).toHaveClass('shown'));
		expect(container.querySelector('.legend')).toBeNull();
		expect(labels(container).sort()).toEqual(['Oʻzbekiston', 'Toshkent']);
		expect(container.querySelectorAll('[data-marker]')).toHaveLength(1);

		// Natural Earth's English names never reach the page.
		for (const english of ['Tashkent', 'Uzbekistan', 'Kazakhstan', 'New York', 'Central Asia']) {
			expect(container.textContent, english).not.toContain(english);
		}
	});

	it('takes data already decoded, without fetching', async () => {
		const fetch = vi.fn();
		vi.stubGlobal('fetch', fetch);
		const { world, region } = files();
		const { container } = render(Map, { ...props, dataUrls: undefined, data: prepareMapData(world, region) });
		expect(root(container)).toHaveAttribute('data-map-state', 'ready');
		expect(container.querySelector('canvas')).not.toBeNull();
		expect(container.querySelector('[data-country="860"]')).not.toBeNull();
		expect(fetch).not.toHaveBeenCalled();
	});

	it('says so in the map’s place when the data cannot be loaded', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
		const { container } = render(Map, props);
		expect(await screen.findByRole('status')).toHaveTextContent(props.unavailableText);
		expect(root(container)).toHaveAttribute('data-map-state', 'unavailable');
		expect(container.querySelector('canvas')).toBeNull();
		expect(warn).toHaveBeenCalled();
	});

	it('treats a missing file or a file that is not the map’s as unavailable', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.stubGlobal('fetch', servedFetch);
		render(Map, { ...props, dataUrls: { world: '/map/world-110m.json', region: '/map/missing.json' } });
		expect(await screen.findByRole('status')).toHaveTextContent(props.unavailableText);

		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('{"type":"FeatureCollection"}', { status: 200 }))
		);
		render(Map, props);
		await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(2));
	});

	it('shows the server’s static ground until the data arrives', async () => {
		const fallbackSvg = { ...staticMapPaths(WORLD, files()), ground: '/map/world.svg' };
		vi.stubGlobal(
			'fetch',
			vi.fn(() => new Promise<Response>(() => {}))
		);
		const { container } = render(Map, { ...props, fallbackSvg });
		const ground = container.querySelector<HTMLImageElement>('.fallback img');
		expect(ground?.getAttribute('src')).toBe('/map/world.svg');
		expect(ground?.getAttribute('alt')).toBe('');
		// Placed at the live map's scale, as its globe will be drawn when the data comes.
		expect(container.querySelector<HTMLElement>('.fallback')?.style.getPropertyValue('--k')).toMatch(/^\d+(\.\d+)?px$/);
		expect(labels(container)).toEqual(['Nyu-York', 'Toshkent']);
		// Nothing is painted on the ground's canvas until its data is here.
		expect(container.querySelector('canvas[data-ground]')).toBeNull();
	});
});

// ——— The Tashkent view names its country and neighbours and is placed in Central Asia (issue #11) ———
import MapPlaceholder from '$lib/graphics/map/MapPlaceholder.svelte';
import { graphicPropsFor } from '$lib/story/graphic-state';
import { edition } from './fixtures';

describe('the Tashkent view', () => {
	const { map: view, mapDescription } = graphicPropsFor(edition, 'visit-roadmap');
	const inFrame = (container: HTMLElement, width: number, height: number) =>
		[...container.querySelectorAll<SVGTextElement>('.labels text')].filter((t) => {
			const [x, y] = [Number(t.getAttribute('x')), Number(t.getAttribute('y'))];
			return x > 0 && x < width && y > 0 && y < height;
		});

	it('names Tashkent, Uzbekistan and its neighbours, and has a locator, in the live map', async () => {
		expect(view.id).toBe('tashkent');
		expect(view.locator?.highlight).toEqual(['860']);
		const { container } = render(Map, {
			...props,
			view,
			description: mapDescription,
			data: prepareMapData(files().world, files().region)
		});
		await waitFor(() => expect(container.querySelector('.labels')).toHaveClass('shown'));
		const names = inFrame(container, 600, 300).map((t) => t.textContent);
		expect(names).toEqual(
			expect.arrayContaining(['Toshkent', 'Oʻzbekiston', 'Qozogʻiston', 'Qirgʻiziston', 'Tojikiston'])
		);
		// The inset is drawn once the map has settled (by the ground's painter: ./painter.ts).
		await waitFor(() => expect(container.querySelector('[data-locator]')).not.toBeNull());
		const locator = container.querySelector('[data-locator]')!;
		expect(locator.querySelector('.highlight')!.getAttribute('d')!.length).toBeGreaterThan(20);
		expect(locator.querySelector('.frame')!.getAttribute('d')!.length).toBeGreaterThan(10);
	});

	it('does the same in the server’s static drawing', () => {
		const fallback = { ...staticMapPaths(view, files()), ground: '/map/tashkent.svg' };
		expect(fallback.locator?.highlight.length).toBeGreaterThan(20);
		const { container } = render(MapPlaceholder, { view, fallback, description: mapDescription });
		expect(container.querySelector('[data-locator] .frame')).not.toBeNull();
		expect(inFrame(container, fallback.width, fallback.height).length).toBeGreaterThanOrEqual(3);
	});

	it('has no locator where the view names its countries', () => {
		expect(graphicPropsFor(edition, 'frameworks').map.locator).toBeUndefined();
		expect(staticMapPaths(CENTRAL_ASIA, files()).locator).toBeUndefined();
	});
});
